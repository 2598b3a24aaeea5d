package dev.migrations.dialect;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.error.UsageException;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSchema;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropSchema;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.INTEGER;
import static dev.migrations.ops.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MariaDbDialectTest extends DialectContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

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
        String comment = (String) value("SELECT TABLE_COMMENT FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", table);
        return comment == null || comment.isEmpty() ? null : comment;
    }

    @Override
    String columnComment(String table, String column) throws SQLException {
        String comment = (String) value("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?", table, column);
        return comment == null || comment.isEmpty() ? null : comment;
    }

    @Override
    long lockTimeoutMillis() throws SQLException {
        return ((Number) value("SELECT @@SESSION.lock_wait_timeout")).longValue() * 1000;
    }

    /** A duration literal is its seconds here. */
    @Override
    String secondsOf(String interval) {
        return interval;
    }

    @Override
    String nextValue(String sequence) {
        return "NEXT VALUE FOR " + sequence;
    }

    /** MariaDB names every primary key PRIMARY, whatever it was declared as. */
    @Override
    String primaryKeyName(String declared) {
        return "PRIMARY";
    }

    @Override
    String isIdentity() {
        return "IF(extra LIKE '%auto_increment%', 'YES', 'NO')";
    }

    @Override
    String currentSchema() {
        return "DATABASE()";
    }

    /** A MariaDB sequence is a table of its own, with one row of its settings. */
    @Override
    List<List<Object>> sequenceStartAndIncrement(String sequence) throws SQLException {
        if (Jdbc.rows(connection, "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND TABLE_TYPE = 'SEQUENCE'", sequence).isEmpty()) {
            return List.of();
        }
        return Jdbc.rows(connection, "SELECT start_value, increment FROM " + dialect.quote(sequence));
    }

    @Test
    void detectsMariaDb() {
        assertThat(dialect).isInstanceOf(MariaDbDialect.class);
        assertThat(dialect.name()).isEqualTo("MariaDB");
        assertThat(dialect.transactionalDdl()).isFalse();
        assertThat(dialect.quote("order")).isEqualTo("`order`");
    }

    /** DOUBLE holds only finite numbers here: NaN and infinities are refused by name, not sent to fail in SQL. */
    @Override
    @Test
    void nullAndNonFiniteNumberLiteralsReadBack() throws SQLException {
        assertThat(value("SELECT " + dialect.literal(null))).isNull();
        assertThatThrownBy(() -> dialect.literal(Double.NaN)).isInstanceOf(UsageException.class)
                .hasMessageContaining("NaN").hasMessageContaining("finite");
        assertThatThrownBy(() -> dialect.literal(Float.NEGATIVE_INFINITY)).isInstanceOf(UsageException.class);
    }

    @Test
    void aLockWaitBelowASecondIsRoundedUpNotDown() throws SQLException {
        Jdbc.execute(connection, dialect.sessionTimeouts(Duration.ofMillis(1234), null).toArray(String[]::new));
        assertThat(lockTimeoutMillis()).isEqualTo(2000);
        assertThat(((Number) value("SELECT @@SESSION.innodb_lock_wait_timeout")).longValue()).isEqualTo(2);
    }

    @Test
    void theStatementTimeoutBoundsEveryStatementAndIsReset() throws SQLException {
        Object before = value("SELECT @@SESSION.max_statement_time");
        Jdbc.execute(connection, dialect.sessionTimeouts(null, Duration.ofMillis(1500)).toArray(String[]::new));
        assertThat(new BigDecimal(String.valueOf(value("SELECT @@SESSION.max_statement_time"))))
                .isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> value("SELECT SLEEP(5)")).isInstanceOf(SQLException.class);

        Jdbc.execute(connection, dialect.resetSessionTimeouts().toArray(String[]::new));
        assertThat(value("SELECT @@SESSION.max_statement_time")).isEqualTo(before);
    }

    /**
     * MariaDB caches sequence values (1000 by default), so a sequence may have given any value below its next
     * uncached one: the restart goes past all of them, never below a value given plus the new increment.
     */
    @Override
    long nextValueAfterIncrementChange() {
        return 2000 - 1 + 50;
    }

    @Test
    void aTypeChangeRunOnlineKeepsTheDefaultCommentAndNotNullItDoesNotRestate() throws SQLException {
        run(new CreateTable(null, "items", List.of(column("id", INTEGER).notNull(),
                column("label", varchar(10)).notNull().serverDefault("'none'").comment("what it is")), List.of(), null));

        run(AlterColumn.of("items", "label").type(varchar(40)));

        assertThat(value("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'items' AND COLUMN_NAME = 'label'")).isEqualTo("varchar(40)");
        assertThat(columnComment("items", "label")).isEqualTo("what it is");
        Jdbc.execute(connection, "INSERT INTO items (id) VALUES (1)");
        assertThat(value("SELECT label FROM items")).isEqualTo("none");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO items (id, label) VALUES (2, NULL)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void anOfflineTypeChangeMustSayWhatTheColumnHas() {
        AlterColumn change = AlterColumn.of("items", "label").type(varchar(40)).existingNullable(false);

        assertThatThrownBy(() -> dialect.statements(change)).isInstanceOf(UsageException.class)
                .hasMessageContaining("alterColumn(\"items\", \"label\")").hasMessageContaining("MODIFY COLUMN")
                .hasMessageContaining(".existingServerDefault(...)").hasMessageContaining(".existingComment(...)")
                .message().doesNotContain("existingNullable").doesNotContain("existingType");
        assertThat(dialect.statements(change.existingServerDefault(null).existingComment("it")))
                .extracting(SqlStatement::sql)
                .containsExactly("ALTER TABLE `items` MODIFY COLUMN `label` VARCHAR(40) NOT NULL COMMENT 'it'");
    }

    @Test
    void anAutoIncrementColumnIsNotRestatedBehindTheUsersBack() throws SQLException {
        run(new CreateTable(null, "items", List.of(column("id", INTEGER).identity().primaryKey()), List.of(), null));

        assertThatThrownBy(() -> run(AlterColumn.of("items", "id").type(BIGINT))).isInstanceOf(UsageException.class)
                .hasMessageContaining("AUTO_INCREMENT").hasMessageContaining("op.execute");
        assertThat(value("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'items'")).isEqualTo("int");
    }

    @Test
    void aTypeChangeWithUsingConvertsThroughANewColumn() throws SQLException {
        run(new CreateTable(null, "codes", List.of(column("code", varchar(10)).notNull().comment("the code")),
                List.of(), null));
        Jdbc.execute(connection, "INSERT INTO codes VALUES ('x42')");

        run(AlterColumn.of("codes", "code").type(INTEGER).using("CAST(SUBSTRING(code, 2) AS SIGNED)")
                .existingNullable(false).existingComment("the code"));

        assertThat(value("SELECT code FROM codes")).isEqualTo(42);
        assertThat(value("SELECT IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'codes'")).isEqualTo("NO");
        assertThat(columnComment("codes", "code")).isEqualTo("the code");
    }

    @Test
    void aConcurrentIndexIsBuiltOnlineAndDroppedFromItsTable() throws SQLException {
        run(new CreateTable(null, "events", List.of(column("at", INTEGER)), List.of(), null));
        CreateIndex index = CreateIndex.of("ix_events_at", "events", "at").concurrently();

        assertThat(dialect.statements(index)).extracting(SqlStatement::sql)
                .containsExactly("CREATE INDEX `ix_events_at` ON `events` (`at`) ALGORITHM=INPLACE LOCK=NONE");
        run(index);
        assertThat(value("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME = 'ix_events_at'")).isEqualTo(1L);

        run(new DropIndex(null, "events", "ix_events_at", true, index));
        assertThat(value("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME = 'ix_events_at'")).isEqualTo(0L);
        assertThatThrownBy(() -> dialect.statements(new DropIndex(null, null, "ix_events_at", false, null)))
                .isInstanceOf(UsageException.class).hasMessageContaining("op.dropIndex(\"ix_events_at\", \"<table>\")");
    }

    @Test
    void whatTheServerCannotDoIsRefusedByName() {
        assertThatThrownBy(() -> dialect.statements(CreateIndex.of("ix_open", "orders", "id").where("open")))
                .isInstanceOf(UsageException.class).hasMessageContaining("ix_open").hasMessageContaining("partial");
        assertThatThrownBy(() -> dialect.statements(new AddEnumValue(null, "mood", "calm", null, null)))
                .isInstanceOf(UsageException.class).hasMessageContaining("addEnumValue(\"mood\", \"calm\")")
                .hasMessageContaining("alterColumn");
        assertThatThrownBy(() -> dialect.typeName(Types.enumType("mood"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("mood").hasMessageContaining("Types.enumType(\"mood\", \"A\", \"B\")");
        assertThatThrownBy(() -> dialect.typeName(Types.INTERVAL)).isInstanceOf(UsageException.class)
                .hasMessageContaining("INTERVAL");
        assertThatThrownBy(() -> dialect.typeName(new ColumnType(TypeKind.VARCHAR, null, null, null, null, null)))
                .isInstanceOf(UsageException.class).hasMessageContaining("Types.varchar(n)");
    }

    /** The revision written for PostgreSQL runs unchanged: no type to create, the values on the column. */
    @Test
    void anEnumWithItsValuesIsTheColumnsOwnEnum() throws SQLException {
        assertThat(dialect.statements(new CreateEnumType(null, "mood", List.of("happy", "it's sad")))).isEmpty();
        run(new CreateTable(null, "feelings", List.of(column("id", INTEGER).primaryKey(),
                column("mood", Types.enumType("mood", "happy", "it's sad")).notNull()), List.of(), null));

        assertThat(value("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'feelings' AND COLUMN_NAME = 'mood'")).isEqualTo("enum('happy','it''s sad')");
        Jdbc.execute(connection, "INSERT INTO feelings VALUES (1, 'it''s sad')");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO feelings VALUES (2, 'calm')"))
                .isInstanceOf(SQLException.class);
        assertThat(dialect.statements(new DropEnumType(null, "mood", null))).isEmpty();
    }

    /** What the server prints back for the defaults Hibernate's @ColumnDefault and migrations write. */
    @Test
    void defaultsCompareInTheFormTheServerStores() throws SQLException {
        run(new CreateTable(null, "flags", List.of(column("id", INTEGER).primaryKey(),
                column("active", Types.BOOLEAN).notNull().serverDefault("TRUE"),
                column("seen", Types.TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP")), List.of(), null));

        String active = (String) value("SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'flags' AND COLUMN_NAME = 'active'");
        String seen = (String) value("SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'flags' AND COLUMN_NAME = 'seen'");
        assertThat(dialect.storedDefault("true", Types.BOOLEAN)).isEqualTo(active);
        assertThat(dialect.storedDefault("false", Types.BOOLEAN)).isEqualTo("0");
        assertThat(dialect.storedDefault(seen, Types.TIMESTAMPTZ))
                .isEqualTo(dialect.storedDefault("CURRENT_TIMESTAMP", Types.timestamp(6)));
        assertThat(dialect.storedDefault("'true'", Types.TEXT)).isEqualTo("'true'");
    }

    @Test
    void aSchemaWithTablesIsNotDropped() throws SQLException {
        String schema = "extra_" + Long.toHexString(System.nanoTime());
        run(new CreateSchema(schema));
        try {
            run(new CreateTable(schema, "kept", List.of(column("id", INTEGER)), List.of(), null));

            assertThatThrownBy(() -> run(new DropSchema(schema))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("still has tables");
            assertThat(tableExists(schema, "kept")).isTrue();

            run(new DropTable(schema, "kept", null));
            run(new DropSchema(schema));
            assertThat(value("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", schema)).isEqualTo(0L);
        } finally {
            Jdbc.execute(connection, "DROP SCHEMA IF EXISTS " + dialect.quote(schema));
        }
    }

    @Test
    void mySqlGetsItsOwnTimeoutsAndRefusesWhatItWouldIgnore() {
        Dialect mySql = Dialects.named("mysql");

        assertThat(mySql.sessionTimeouts(null, Duration.ofMillis(1500))).containsExactly("SET SESSION max_execution_time = 1500");
        assertThat(mySql.typeName(Types.UUID)).isEqualTo("BINARY(16)");
        assertThatThrownBy(() -> mySql.statements(new CreateSequence(null, "numbers", 1L, 1L)))
                .isInstanceOf(UsageException.class).hasMessageContaining("no sequences");
        assertThatThrownBy(() -> mySql.statements(new CreateTable(null, "users", List.of(
                column("org_id", INTEGER).references("orgs", "id")), List.of(), null)))
                .isInstanceOf(UsageException.class).hasMessageContaining("ignores");
    }

    /** Named locks are server-wide: two databases' version tables of the same name must not share one. */
    @Test
    void theLockOfAVersionTableIsPerDatabaseOnOneServer() throws SQLException {
        TestDatabase other = TestDatabase.mariadb();
        other.create();
        MigrationLock lock = dialect.lock(null, "migrations_version");
        try (Connection here = db.dataSource().getConnection(); Connection there = other.dataSource().getConnection();
             Connection hereAgain = db.dataSource().getConnection()) {
            assertThat(lock.tryAcquire(here)).isTrue();

            assertThat(lock.tryAcquire(there)).as("the same table name in another database").isTrue();
            assertThat(lock.tryAcquire(hereAgain)).as("the same table in the same database").isFalse();

            lock.release(here);
            lock.release(there);
            assertThat(lock.tryAcquire(hereAgain)).isTrue();
            lock.release(hereAgain);
        } finally {
            other.drop();
        }
    }
}
