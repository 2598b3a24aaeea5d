package dev.migrations.autogenerate.model.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Article {

    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String title;

    public String summary;
}
