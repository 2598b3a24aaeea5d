package dev.migrations;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.fixtures.Chain;
import dev.migrations.ops.Types;
import dev.migrations.runtime.Runner;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MariaDbMigrationsTest extends NonTransactionalDdlContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    TestDatabase db() {
        return db;
    }

    @Migration(revision = "ts000001", message = "create events")
    public static class CreateEvents implements MigrationScript {
        @Override
        public void upgrade(dev.migrations.ops.Operations op) {
            op.createTable("events", column("id", Types.BIGINT).primaryKey(),
                    column("happened_at", Types.TIMESTAMPTZ).notNull(), column("seen_at", Types.TIMESTAMPTZ));
        }
    }

    /**
     * A server without explicit_defaults_for_timestamp (the default before MariaDB 10.10) would make the first NOT
     * NULL TIMESTAMP column rewrite itself on every UPDATE, and every other TIMESTAMP column NOT NULL: the
     * runner's session turns it on, and the pooled connection gets the server's setting back afterwards.
     */
    @Test
    void timestampsMeanWhatTheyDeclareWhateverTheServersTimestampDefaults() throws SQLException {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(db.jdbcUrl() + "&sessionVariables=explicit_defaults_for_timestamp=0");
            pool.setUsername(db.user());
            pool.setPassword(db.password());
            pool.setMaximumPoolSize(2);

            Migrations.builder(pool).migrations(List.of(new CreateEvents())).build().upgrade();

            assertThat(createTable("events")).doesNotContainIgnoringCase("on update")
                    .containsPattern("`seen_at` timestamp\\(6\\) NULL");
            assertThat(createTable("migrations_version")).doesNotContainIgnoringCase("on update");
            try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
                assertThat(List.of(explicitDefaults(first), explicitDefaults(second)))
                        .as("the pooled connections' own setting, restored").containsOnly(0);
            }
        }
    }

    private static int explicitDefaults(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SELECT @@SESSION.explicit_defaults_for_timestamp")) {
            setting.next();
            return setting.getInt(1);
        }
    }

    private static String createTable(String table) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW CREATE TABLE " + table)) {
            row.next();
            return row.getString(2);
        }
    }
    /**
     * A URL that names no database: the error is the server's "No database selected" with the way out, at once
     * (the lock, named after the database, used to seem held by another runner until it timed out).
     */
    @Test
    void aUrlWithoutADatabaseIsToldToNameOne() {
        String url = db.jdbcUrl();
        Chain chain = Chain.of(1);
        HikariDataSource noDatabase = new HikariDataSource();
        noDatabase.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + url.substring(url.indexOf('?')));
        noDatabase.setUsername(db.user());
        noDatabase.setPassword(db.password());
        try (noDatabase) {
            Runner runner = new Runner(noDatabase, chain.graph(), chain.scripts(), settings(), e -> { });
            assertThatThrownBy(() -> runner.upgrade("heads")).isInstanceOf(DatabaseAccessException.class)
                    .hasMessageContaining("No database selected")
                    .hasMessageContaining("On MariaDB and MySQL, name the database in the URL");
        }
    }
}
