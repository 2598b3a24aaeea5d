package dev.migrations.autogenerate.model.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A STRING enum: a VARCHAR column with a check on PostgreSQL (H2 gets a native ENUM column). */
@Entity
public class Ticket {

    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Level level;
}
