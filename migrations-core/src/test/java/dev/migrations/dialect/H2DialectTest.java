package dev.migrations.dialect;

import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropTable;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.INTEGER;
import static dev.migrations.ops.Types.enumType;
import static dev.migrations.ops.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2DialectTest extends DialectContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    void reset() {
        db.reset();
    }

    @Override
    String tableComment(String table) throws SQLException {
        return (String) value("SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?", dialect.fold(table));
    }

    @Override
    String columnComment(String table, String column) throws SQLException {
        return (String) value("SELECT REMARKS FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? AND COLUMN_NAME = ?",
                dialect.fold(table), dialect.fold(column));
    }

    @Override
    long lockTimeoutMillis() throws SQLException {
        return ((Number) value("SELECT LOCK_TIMEOUT()")).longValue();
    }

    @Override
    String secondsOf(String interval) {
        return "EXTRACT(EPOCH FROM " + interval + ")";
    }

    @Override
    String nextValue(String sequence) {
        return "NEXT VALUE FOR " + sequence;
    }

    @Test
    void detectsH2() {
        assertThat(dialect).isInstanceOf(H2Dialect.class);
        assertThat(dialect.name()).isEqualTo("H2");
        assertThat(dialect.transactionalDdl()).isFalse();
    }

    @Test
    void anEnumDomainAcceptsOnlyItsValuesAndIsNotDroppedWhileUsed() throws SQLException {
        run(new CreateEnumType(null, "mood", List.of("happy", "it's fine")));
        run(new CreateTable(null, "people", List.of(column("mood", enumType("mood"))), List.of(), null));

        Jdbc.execute(connection, "INSERT INTO people VALUES ('it''s fine')");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO people VALUES ('bored')"))
                .isInstanceOf(SQLException.class);
        assertThat(value("SELECT DOMAIN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'PEOPLE'"))
                .isEqualTo("MOOD");

        assertThatThrownBy(() -> run(new DropEnumType(null, "mood", null))).isInstanceOf(SQLException.class);
        assertThat(value("SELECT COUNT(*) FROM people")).isEqualTo(1L);

        run(new DropTable(null, "people", null));
        run(new DropEnumType(null, "mood", null));
        assertThat(value("SELECT COUNT(*) FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_NAME = 'MOOD'")).isEqualTo(0L);
    }

    @Test
    void changesATypeConvertingTheValues() throws SQLException {
        run(new CreateTable(null, "codes", List.of(column("code", varchar(10)).notNull()), List.of(), null));
        Jdbc.execute(connection, "INSERT INTO codes VALUES ('42')");

        run(AlterColumn.of("codes", "code").type(INTEGER));

        assertThat(value("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CODES'")).isEqualTo("INTEGER");
        assertThat(value("SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CODES'")).isEqualTo("NO");
        assertThat(value("SELECT code FROM codes")).isEqualTo(42);
    }

    @Test
    void aConcurrentIndexIsBuiltPlainly() throws SQLException {
        run(new CreateTable(null, "events", List.of(column("at", INTEGER)), List.of(), null));
        CreateIndex index = CreateIndex.of("ix_events_at", "events", "at").concurrently();

        run(index);
        assertThat(value("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'EVENTS'")).isEqualTo("IX_EVENTS_AT");

        run(new DropIndex(null, "events", "ix_events_at", true, index));
        assertThat(value("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'EVENTS'")).isNull();
    }

    @Test
    void theLockIsARowOfATableNextToTheVersionTable() throws SQLException {
        MigrationLock lock = dialect.lock(null, "migrations_version");
        try (Connection holder = db.dataSource().getConnection()) {
            assertThat(lock.tryAcquire(holder)).isTrue();
            assertThat(holder.getAutoCommit()).as("the lock is the open transaction").isFalse();

            assertThat(tableExists(null, "migrations_version_lock")).isTrue();
            assertThat(value("SELECT COUNT(*) FROM migrations_version_lock")).isEqualTo(1L);

            lock.release(holder);
            assertThat(holder.getAutoCommit()).isTrue();
            assertThat(lockTimeoutMillis()).as("the short wait does not stay").isEqualTo(2000);
        }
    }

    @Test
    void transactionTimeoutsAreNoneBecauseH2SettingsWouldOutliveTheTransaction() {
        assertThat(dialect.transactionTimeouts(Duration.ofMillis(300), Duration.ofSeconds(4))).isEmpty();
    }

    @Test
    void sessionTimeoutsSetH2sLockAndQueryTimeouts() throws SQLException {
        Jdbc.execute(connection, dialect.sessionTimeouts(Duration.ofMillis(300), Duration.ofSeconds(4))
                .toArray(String[]::new));

        assertThat(lockTimeoutMillis()).isEqualTo(300);
        assertThat(value("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'"))
                .isEqualTo("4000");

        Jdbc.execute(connection, dialect.resetSessionTimeouts().toArray(String[]::new));
        assertThat(value("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'"))
                .isEqualTo("0");
    }

    @Test
    void acquiringTheLockAgainOnTheHoldingConnectionKeepsIt() throws SQLException {
        MigrationLock lock = dialect.lock(null, "migrations_version");
        try (Connection holder = db.dataSource().getConnection(); Connection other = db.dataSource().getConnection()) {
            assertThat(lock.tryAcquire(holder)).isTrue();
            assertThat(lock.tryAcquire(holder)).isTrue();

            assertThat(lock.tryAcquire(other)).isFalse();
            lock.release(holder);
            assertThat(lock.tryAcquire(other)).isTrue();
            lock.release(other);
        }
    }
}
