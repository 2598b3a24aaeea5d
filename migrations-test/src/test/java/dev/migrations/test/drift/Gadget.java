package dev.migrations.test.drift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "gadgets")
public class Gadget {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    /** Added to the entity; no migration adds it. */
    @Column(length = 30)
    private String colour;

    protected Gadget() {
    }
}
