package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {

    /** Primitive: Hibernate adds a check that it is set for cars. */
    public int seats;
}
