package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps a column, referrer, that the analytics set's migrations do not create yet. */
@Entity
@Table(name = "page_views")
public class PageView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String path;

    @Column(length = 300)
    public String referrer;
}
