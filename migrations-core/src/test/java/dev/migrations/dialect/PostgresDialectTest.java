package dev.migrations.dialect;

import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AutocommitBlock;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.LiveSchema;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.ReferentialAction.CASCADE;
import static dev.migrations.ops.Types.INTEGER;
import static dev.migrations.ops.Types.TEXT;
import static dev.migrations.ops.Types.arrayOf;
import static dev.migrations.ops.Types.enumType;
import static dev.migrations.ops.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresDialectTest extends DialectContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    void reset() {
        db.reset();
        db.execute("DROP SCHEMA IF EXISTS app CASCADE");
    }

    @Override
    String tableComment(String table) throws SQLException {
        return (String) value("SELECT obj_description(c.oid, 'pg_class') FROM pg_class c"
                + " WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace", dialect.fold(table));
    }

    @Override
    String columnComment(String table, String column) throws SQLException {
        return (String) value("SELECT col_description(c.oid, a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                + " WHERE c.relname = ? AND a.attname = ? AND c.relnamespace = current_schema()::regnamespace",
                dialect.fold(table), dialect.fold(column));
    }

    @Override
    long lockTimeoutMillis() throws SQLException {
        return Long.parseLong((String) value("SELECT setting FROM pg_settings WHERE name = 'lock_timeout'"));
    }

    @Override
    String secondsOf(String interval) {
        return "EXTRACT(EPOCH FROM " + interval + ")";
    }

    @Override
    String nextValue(String sequence) {
        return "nextval('" + sequence + "')";
    }

    private String dataType(String table, String column) throws SQLException {
        return (String) value("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " WHERE a.attrelid = to_regclass(?) AND a.attname = ?", table, column);
    }

    private String indexDefinition(String index) throws SQLException {
        return (String) value("SELECT indexdef FROM pg_indexes WHERE indexname = ?", index);
    }

    @Test
    void detectsPostgres() {
        assertThat(dialect).isInstanceOf(PostgresDialect.class);
        assertThat(dialect.name()).isEqualTo("PostgreSQL");
        assertThat(dialect.transactionalDdl()).isTrue();
    }

    // --- type changes ---------------------------------------------------------------------------

    @Test
    void changesATypeConvertingWithUsing() throws SQLException {
        run(new CreateTable(null, "codes", List.of(column("code", varchar(10))), List.of(), null));
        Jdbc.execute(connection, "INSERT INTO codes VALUES (' 42 ')");

        run(AlterColumn.of("codes", "code").type(INTEGER).using("trim(code)::integer"));

        assertThat(dataType("codes", "code")).isEqualTo("integer");
        assertThat(value("SELECT code FROM codes")).isEqualTo(42);
    }

    @Test
    void changesATypeBothWaysWithoutUsingThanksToTheExplicitCast() throws SQLException {
        run(new CreateTable(null, "codes", List.of(column("code", varchar(10))), List.of(), null));
        Jdbc.execute(connection, "INSERT INTO codes VALUES ('42')");
        AlterColumn toInteger = AlterColumn.of("codes", "code").type(INTEGER).existingType(varchar(10));

        run(toInteger);
        assertThat(value("SELECT code FROM codes")).isEqualTo(42);

        run(toInteger.reverse());
        assertThat(dataType("codes", "code")).isEqualTo("character varying(10)");
        assertThat(value("SELECT code FROM codes")).isEqualTo("42");
    }

    @Test
    void changesATypeToAnEnumWhoseNewDefaultReplacesOneThatCouldNotConvert() throws SQLException {
        run(new CreateEnumType(null, "status", List.of("active", "closed")));
        run(new CreateTable(null, "accounts", List.of(column("status", varchar(10)).serverDefault("'active'")),
                List.of(), null));
        Jdbc.execute(connection, "INSERT INTO accounts VALUES ('closed')");

        run(AlterColumn.of("accounts", "status").type(enumType("status")).serverDefault("'active'::status"));

        Jdbc.execute(connection, "INSERT INTO accounts DEFAULT VALUES");
        assertThat(dataType("accounts", "status")).isEqualTo("status");
        assertThat(Jdbc.column(connection, "SELECT status::text FROM accounts ORDER BY status"))
                .containsExactly("active", "closed");
    }

    // --- indexes --------------------------------------------------------------------------------

    @Test
    void aPartialUniqueIndexAppliesOnlyWhereItsPredicateHolds() throws SQLException {
        run(new CreateTable(null, "users", List.of(column("email", TEXT), column("deleted", dev.migrations.ops.Types.BOOLEAN)),
                List.of(), null));

        run(CreateIndex.of("ix_users_live_email", "users", "email").unique().where("NOT deleted"));

        assertThat(indexDefinition("ix_users_live_email")).endsWith("WHERE (NOT deleted)");
        Jdbc.execute(connection, "INSERT INTO users VALUES ('a', true), ('a', true), ('a', false)");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO users VALUES ('a', false)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void anExpressionIndexIndexesTheExpression() throws SQLException {
        run(new CreateTable(null, "users", List.of(column("email", TEXT)), List.of(), null));

        run(CreateIndex.of("ix_users_lower_email", "users", List.of(IndexKey.expression("lower(email)"))).unique());

        assertThat(indexDefinition("ix_users_lower_email")).contains("(lower(email))");
        Jdbc.execute(connection, "INSERT INTO users VALUES ('A@example.com')");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO users VALUES ('a@example.com')"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void buildsAndDropsAnIndexConcurrentlyOutsideATransaction() throws SQLException {
        run(new CreateTable(null, "events", List.of(column("at", INTEGER)), List.of(), null));
        CreateIndex index = CreateIndex.of("ix_events_at", "events", List.of(IndexKey.column("at").desc())).concurrently();
        assertThat(connection.getAutoCommit()).isTrue();

        run(new AutocommitBlock(List.of(index)));

        assertThat(value("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass('ix_events_at')")).isEqualTo(true);
        assertThat(indexDefinition("ix_events_at")).contains("(at DESC)");

        run(index.reverse());
        assertThat(indexDefinition("ix_events_at")).isNull();
    }

    @Test
    void dropsAnIndexInAnotherSchemaByItsQualifiedName() throws SQLException {
        Jdbc.execute(connection, "CREATE SCHEMA app");
        run(new CreateTable("app", "events", List.of(column("at", INTEGER)), List.of(), null));
        run(CreateIndex.of("ix_events_at", "events", "at").inSchema("app"));
        assertThat(value("SELECT schemaname FROM pg_indexes WHERE indexname = 'ix_events_at'")).isEqualTo("app");

        run(new DropIndex("app", "events", "ix_events_at", false, null));

        assertThat(indexDefinition("ix_events_at")).isNull();
    }

    // --- enum types -----------------------------------------------------------------------------

    @Test
    void createsExtendsAndDropsAnEnumType() throws SQLException {
        run(new CreateEnumType(null, "mood", List.of("happy", "sad")));
        run(new AddEnumValue(null, "mood", "ecstatic", "happy", null));
        run(new AddEnumValue(null, "mood", "it's fine", null, "happy"));
        run(new AddEnumValue(null, "mood", "furious", null, null));

        assertThat(Jdbc.column(connection, "SELECT unnest(enum_range(NULL::mood))::text"))
                .containsExactly("ecstatic", "happy", "it's fine", "sad", "furious");

        run(new CreateTable(null, "people", List.of(column("mood", enumType("mood"))), List.of(), null));
        Jdbc.execute(connection, "INSERT INTO people VALUES ('it''s fine')");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO people VALUES ('bored')"))
                .isInstanceOf(SQLException.class);

        assertThatThrownBy(() -> run(new DropEnumType(null, "mood", null)))
                .as("never cascades to the column using it").isInstanceOf(SQLException.class);
        assertThat(value("SELECT COUNT(*) FROM people")).isEqualTo(1L);

        run(new DropColumn(null, "people", "mood", null));
        run(new DropEnumType(null, "mood", null));
        assertThat(value("SELECT to_regtype('mood')")).isNull();
    }

    @Test
    void anEnumTypeWithTextCastsTakesAVarcharParameterAndIsReadWithThemAndDroppedWithThem() throws SQLException {
        run(new CreateEnumType(null, "mood", List.of("happy", "sad"), true));
        run(new CreateTable(null, "people", List.of(column("mood", enumType("mood"))), List.of(), null));
        try (var insert = connection.prepareStatement("INSERT INTO people VALUES (CAST(? AS varchar))")) {
            insert.setString(1, "sad");
            insert.executeUpdate();
        }
        assertThat(value("SELECT mood::text FROM people")).isEqualTo("sad");
        assertThat(LiveSchema.read(db.dataSource()).enumType("mood")).get()
                .isEqualTo(new EnumTypeModel("mood", List.of("happy", "sad"), true));

        run(new DropColumn(null, "people", "mood", null));
        run(new DropEnumType(null, "mood", null));
        assertThat(value("SELECT to_regtype('mood')")).isNull();
        assertThat(value("SELECT COUNT(*) FROM pg_cast WHERE castsource = 'varchar'::regtype "
                + "AND casttarget NOT IN (SELECT oid FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace)"))
                .isEqualTo(0L);
    }

    @Test
    void anEnumTypeWithoutTextCastsIsReadWithout() throws SQLException {
        run(new CreateEnumType(null, "mood", List.of("happy")));

        assertThat(LiveSchema.read(db.dataSource()).enumType("mood").orElseThrow().textCasts()).isFalse();
    }

    @Test
    void addsAnEnumValueInsideATransaction() throws SQLException {
        run(new CreateEnumType(null, "mood", List.of("happy")));
        connection.setAutoCommit(false);

        run(new AddEnumValue(null, "mood", "sad", null, null));
        connection.commit();
        connection.setAutoCommit(true);

        assertThat(value("SELECT 'sad'::mood::text")).isEqualTo("sad");
    }

    // --- schemas --------------------------------------------------------------------------------

    @Test
    void operationsInASchemaFindTheirEnumTypesAndReferencedTablesThere() throws SQLException {
        Jdbc.execute(connection, "CREATE SCHEMA app");
        run(new CreateEnumType("app", "Mood", List.of("happy", "sad")));
        run(new CreateTable("app", "Nodes", List.of(
                column("id", INTEGER).primaryKey(),
                column("moods", arrayOf(enumType("mood"))),
                column("parent", INTEGER).references(dev.migrations.ops.ColumnReference.to("nodes", "id").onDelete(CASCADE))),
                List.of(), "a tree"));
        run(new CreateTable("app", "leaves", List.of(column("node_id", INTEGER)),
                List.of(ForeignKey.of(List.of("node_id"), "nodes", List.of("id")).withName("fk_leaves_node")), null));
        run(new AddColumn("app", "leaves", column("mood", enumType("mood")).serverDefault("'sad'")));

        Jdbc.execute(connection, "INSERT INTO app.nodes VALUES (1, '{happy,sad}', NULL), (2, NULL, 1)",
                "INSERT INTO app.leaves (node_id) VALUES (2)");
        assertThat(dataType("app.nodes", "moods")).isEqualTo("app.mood[]");
        assertThat(value("SELECT mood::text FROM app.leaves")).isEqualTo("sad");
        assertThat(value("SELECT confrelid::regclass::text FROM pg_constraint WHERE conname = 'fk_leaves_node'"))
                .isEqualTo("app.nodes");
        assertThat(value("SELECT obj_description('app.nodes'::regclass, 'pg_class')")).isEqualTo("a tree");
        assertThat(tableExists("app", "nodes")).isTrue();
        assertThat(tableExists(null, "nodes")).isFalse();
    }

    // --- timeouts and lock ----------------------------------------------------------------------

    @Test
    void transactionTimeoutsEndWithTheTransaction() throws SQLException {
        long before = lockTimeoutMillis();
        connection.setAutoCommit(false);

        Jdbc.execute(connection, dialect.transactionTimeouts(Duration.ofMillis(250), Duration.ofSeconds(5))
                .toArray(String[]::new));
        assertThat(lockTimeoutMillis()).isEqualTo(250);
        assertThat(value("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'")).isEqualTo("5000");
        connection.commit();
        connection.setAutoCommit(true);

        assertThat(lockTimeoutMillis()).isEqualTo(before);
    }

    @Test
    void theAdvisoryLockKeyDependsOnlyOnTheFoldedNames() {
        PostgresAdvisoryLock lock = (PostgresAdvisoryLock) dialect.lock("Public", "Migrations_Version");

        assertThat(lock.key()).isEqualTo(((PostgresAdvisoryLock) dialect.lock("public", "migrations_version")).key())
                .isEqualTo(PostgresAdvisoryLock.forScope("public.migrations_version").key())
                .isNotEqualTo(((PostgresAdvisoryLock) dialect.lock(null, "migrations_version")).key());
    }

    @Test
    void theAdvisoryLockSurvivesTheHoldersTransactions() throws SQLException {
        MigrationLock lock = dialect.lock(null, "migrations_version");
        try (Connection holder = db.dataSource().getConnection(); Connection other = db.dataSource().getConnection()) {
            assertThat(lock.tryAcquire(holder)).isTrue();
            holder.setAutoCommit(false);
            Jdbc.execute(holder, "CREATE TABLE t (id INTEGER)");
            holder.rollback();
            holder.setAutoCommit(true);

            assertThat(lock.tryAcquire(other)).isFalse();
            lock.release(holder);
        }
    }
}
