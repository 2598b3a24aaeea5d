package dev.migrations.autogenerate.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * An enum by name, with a column check of its own beside the one Hibernate generates on PostgreSQL (on H2,
 * Hibernate maps the enum to a native {@code ENUM('A', 'B')} column instead). The check names the boolean first,
 * as H2 stores it: H2 puts the cheaper operand of an OR first, which a comparison would take for a changed check.
 */
@Entity
public class Listing {

    @Id
    @GeneratedValue
    public Long id;

    public boolean featured;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, check = @CheckConstraint(constraint = "featured or status <> 'ARCHIVED'"))
    public Status status;
}
