package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A foreign key of two columns, to the composite key of an @IdClass entity. */
@Entity
public class Grade {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Enrollment enrollment;

    public int score;
}
