package dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customers")
public class Customer {

    @Id
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;
}
