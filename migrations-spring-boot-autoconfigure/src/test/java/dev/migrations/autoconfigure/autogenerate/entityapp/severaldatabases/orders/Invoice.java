package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "invoices")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "customer_ref", nullable = false, length = 40)
    public String customerRef;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;
}
