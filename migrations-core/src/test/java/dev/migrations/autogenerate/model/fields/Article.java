package dev.migrations.autogenerate.model.fields;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;

/** The article with a field changed (title: longer, required), one removed (summary) and two added. */
@Entity
public class Article {

    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 200, nullable = false)
    public String title;

    @Column(length = 2000)
    public String body;

    @Column(nullable = false)
    @ColumnDefault("0")
    public int rating;
}
