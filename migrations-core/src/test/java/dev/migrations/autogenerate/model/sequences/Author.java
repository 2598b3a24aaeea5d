package dev.migrations.autogenerate.model.sequences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** The author whose id generator allocates 10 ids at a time instead of the default 50. */
@Entity
public class Author {

    @Id
    @GeneratedValue
    @SequenceGenerator(name = "author_seq", allocationSize = 10)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;
}
