package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {

    @Column(length = 4, nullable = false)
    public String lastDigits;
}
