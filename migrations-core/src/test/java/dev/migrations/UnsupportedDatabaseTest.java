package dev.migrations;

import dev.migrations.error.UnsupportedDatabaseException;
import dev.migrations.fixtures.Story;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real database that is not supported gets an error naming it and the supported ones, and nothing happens. */
class UnsupportedDatabaseTest {

    @Test
    void upgradeOnAnUnsupportedDatabaseNamesItAndTouchesNothing() throws Exception {
        JDBCDataSource hsqldb = new JDBCDataSource();
        hsqldb.setUrl("jdbc:hsqldb:mem:unsupported");
        hsqldb.setUser("SA");
        hsqldb.setPassword("");
        Migrations migrations = Migrations.builder(hsqldb).migrations(Story.all()).build();

        assertThatThrownBy(migrations::upgrade).isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("HSQL Database Engine")
                .hasMessageContaining("PostgreSQL 14 or later, MariaDB 10.6 or later, MySQL 8.0 or later, and H2 2.x");

        try (Connection c = hsqldb.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            assertThat(tables.next()).as("no table was created").isFalse();
        }
    }
}
