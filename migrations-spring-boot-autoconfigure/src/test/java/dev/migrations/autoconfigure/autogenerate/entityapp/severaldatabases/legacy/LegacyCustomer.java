package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "legacy_customers")
public class LegacyCustomer {

    @Id
    public Long id;

    @Column(length = 100)
    public String name;
}
