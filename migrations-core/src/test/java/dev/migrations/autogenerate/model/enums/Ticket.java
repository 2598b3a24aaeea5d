package dev.migrations.autogenerate.model.enums;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The ticket whose enum gained a constant. */
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
