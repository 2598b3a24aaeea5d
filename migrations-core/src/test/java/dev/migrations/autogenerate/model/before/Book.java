package dev.migrations.autogenerate.model.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @ManyToOne
    public Author author;
}
