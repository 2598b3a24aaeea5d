package dev.migrations.autogenerate.model.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The change scenarios start from these entities; the other packages hold changed versions of them. */
@Entity
public class Author {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;
}
