package dev.migrations.autogenerate.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * An enum by name, with a column check of its own beside the one Hibernate generates. PostgreSQL only: on H2,
 * Hibernate maps it to a native {@code ENUM('A', 'B')} column, which the H2 reader reads back without its values.
 */
@Entity
public class Listing {

    @Id
    @GeneratedValue
    public Long id;

    public boolean featured;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, check = @CheckConstraint(constraint = "status <> 'ARCHIVED' or featured"))
    public Status status;
}
