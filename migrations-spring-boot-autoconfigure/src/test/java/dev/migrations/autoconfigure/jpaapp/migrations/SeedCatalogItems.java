package dev.migrations.autoconfigure.jpaapp.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import org.springframework.jdbc.core.JdbcTemplate;

/** A data migration through an injected JdbcTemplate. */
@Migration(revision = "jpa2", revises = "jpa1", message = "seed catalog items")
public class SeedCatalogItems implements MigrationScript {

    private final JdbcTemplate jdbc;

    public SeedCatalogItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upgrade(Operations op) {
        jdbc.batchUpdate("INSERT INTO catalog_items (id, name) VALUES (?, ?)",
                java.util.List.of(new Object[] {1, "anvil"}, new Object[] {2, "rocket skates"}));
    }

    @Override
    public void downgrade(Operations op) {
        jdbc.update("DELETE FROM catalog_items WHERE id IN (1, 2)");
    }
}
