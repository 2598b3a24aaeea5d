package dev.migrations;

import dev.migrations.dialect.Dialects;
import dev.migrations.error.UsageException;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
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

/**
 * The facade's contract on MySQL 8, and where MySQL differs from MariaDB: UUIDs are BINARY(16), there are no
 * sequences. It runs where a MySQL server is given or Docker is available ({@link TestDatabase#mysql()}), and is
 * reported as not run elsewhere; the MariaDB tests cover the SQL the two servers share.
 */
class MySqlMigrationsTest extends NonTransactionalDdlContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mysql();

    @Override
    TestDatabase db() {
        return db;
    }

    @Migration(revision = "my000001", message = "create devices")
    public static class CreateDevices implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createEnumType("device_kind", "PHONE", "TABLET");
            op.createTable("devices", column("id", Types.BIGINT).primaryKey().identity(),
                    column("serial", Types.UUID).notNull().unique(),
                    column("kind", Types.enumType("device_kind", "PHONE", "TABLET")).notNull().serverDefault("'PHONE'"),
                    column("registered_at", Types.TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP"));
        }
    }

    @Migration(revision = "my000002", revises = "my000001", message = "a sequence")
    public static class CreateSequence implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createSequence("order_numbers");
        }
    }

    @Test
    void theServerIsDetectedAsMySqlAndItsTypesAreMySqls() throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            assertThat(Dialects.detect(connection).database()).isEqualTo(Database.MYSQL);
        }
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(List.of(new CreateDevices())).build();

        migrations.upgrade();

        assertThat(columnType("devices", "serial")).isEqualTo("binary(16)");
        assertThat(columnType("devices", "kind")).isEqualTo("enum('PHONE','TABLET')");
        assertThat(columnType("devices", "registered_at")).isEqualTo("timestamp(6)");
        assertThat(migrations.status().upToDate()).isTrue();
        migrations.downgrade("base");
        assertThat(columnType("devices", "serial")).isNull();
    }

    @Test
    void aSequenceIsRefusedByName() {
        Migrations migrations = Migrations.builder(db.dataSource())
                .migrations(List.of(new CreateDevices(), new CreateSequence())).build();

        assertThatThrownBy(migrations::upgrade).satisfies(failure -> assertThat(rootOf(failure))
                .isInstanceOf(UsageException.class).hasMessageContaining("order_numbers")
                .hasMessageContaining("MySQL has no sequences"));
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static String columnType(String table, String column) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COLUMN_TYPE FROM information_schema.COLUMNS"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
