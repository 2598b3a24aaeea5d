package dev.migrations.autogenerate.model.keys;

import dev.migrations.autogenerate.model.before.Author;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The article with a new index, a new unique key and a new foreign key. */
@Entity
@Table(indexes = @Index(name = "ix_article_title", columnList = "title"),
        uniqueConstraints = @UniqueConstraint(name = "uq_article_summary", columnNames = "summary"))
public class Article {

    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String title;

    public String summary;

    @ManyToOne
    public Author author;
}
