package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
public class Invoice extends Document {

    public BigDecimal due;
}
