package dev.migrations.test.goodapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "customers", indexes = @Index(name = "ix_customers_email", columnList = "email"))
public class Customer {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 255)
    private String email;

    protected Customer() {
    }

    public Long getId() {
        return id;
    }
}
