package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Map;

/**
 * JSON and arrays: a map as JSON ({@code jsonb} on PostgreSQL, {@code JSON} on H2), a {@code String[]} (an array
 * of VARCHAR(40)) and a list of integers mapped as an array.
 */
@Entity
public class Bookmark {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> attributes;

    @Column(length = 40)
    public String[] keywords;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Integer> ratings;
}
