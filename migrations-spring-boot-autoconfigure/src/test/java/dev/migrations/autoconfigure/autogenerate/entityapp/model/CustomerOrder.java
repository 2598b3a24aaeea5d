package dev.migrations.autoconfigure.autogenerate.entityapp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;

/** A camel-case entity name (table customer_order) with a foreign key to {@link Account}. */
@Entity
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    public Account account;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;
}
