package dev.migrations.autoconfigure.autogenerate.entityapp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Camel-case fields, so that Spring Boot's snake-case naming shows in every column name. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String email;

    @Column(length = 100)
    public String fullName;

    @Column(length = 30)
    public String phoneNumber;
}
