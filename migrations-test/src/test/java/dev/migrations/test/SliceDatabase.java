package dev.migrations.test;

import dev.migrations.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a {@link MigrationsTest} at a test's own database on a server (PostgreSQL, MariaDB). */
public final class SliceDatabase {

    private SliceDatabase() {
    }

    public static void properties(TestDatabase db, DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
