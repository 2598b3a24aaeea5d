package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;

@Entity
public class BankTransfer extends Payment {

    public String iban;
}
