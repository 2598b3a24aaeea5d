package dev.migrations.autoconfigure.jpaapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "catalog_items")
public class Item {

    @Id
    private Long id;

    private String name;

    protected Item() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
