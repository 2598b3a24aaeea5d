package dev.migrations.testing;

import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.Dialects;
import dev.migrations.dialect.MariaDbDialect;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB every MariaDB test runs on: a database of its own, emptied by {@code reset()}, gone after
 * {@code drop()}; and the dialect the library detects on it.
 */
class MariaDbTestDatabaseTest {

    @Test
    void eachTestClassGetsItsOwnDatabaseWhichResetEmptiesAndDropRemoves() throws SQLException {
        TestDatabase db = TestDatabase.mariadb();
        db.create();
        try {
            db.execute("CREATE TABLE notes (id INT PRIMARY KEY)");
            assertThat(tables(db)).isEqualTo(1);

            db.reset();

            assertThat(tables(db)).isZero();
        } finally {
            db.drop();
        }
        assertThat(databaseExists(db.jdbcUrl())).isFalse();
    }

    @Test
    void aMariaDbServerIsToldByItsMetadata() throws SQLException {
        TestDatabase db = TestDatabase.mariadb();
        db.create();
        try (Connection connection = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.detect(connection);
            assertThat(dialect).isInstanceOf(MariaDbDialect.class);
            assertThat(dialect.name()).isEqualTo("MariaDB");
        } finally {
            db.drop();
        }
    }

    private static int tables(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean databaseExists(String jdbcUrl) throws SQLException {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, jdbcUrl.indexOf('?'));
        try (Connection c = MariaDbServer.get().dataSource("").getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM information_schema.schemata "
                     + "WHERE schema_name = '" + name + "'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}
