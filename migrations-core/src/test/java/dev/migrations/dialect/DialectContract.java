package dev.migrations.dialect;

import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.BulkInsert;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropSequence;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.Operation;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.RenameTable;
import dev.migrations.ops.SetTableComment;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.LiveSchema;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.ReferentialAction.CASCADE;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.BOOLEAN;
import static dev.migrations.ops.Types.INTEGER;
import static dev.migrations.ops.Types.TEXT;
import static dev.migrations.ops.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What every dialect must do against its real database: each test runs the dialect's statements through
 * plain JDBC and checks the effect in the catalog and in the data. Test SQL is written unquoted, so that it
 * folds as the dialect's names do.
 */
abstract class DialectContract {

    /** PostgreSQL lists each NOT NULL as a constraint of its own (a CHECK before version 18); these tests do not. */
    private static final String NOT_NULL_EXCLUDED = "constraint_type <> 'NOT NULL' AND constraint_name NOT LIKE '%not_null'";

    protected Connection connection;
    protected Dialect dialect;

    abstract TestDatabase database();

    /** Empties the database between tests. */
    abstract void reset() throws SQLException;

    abstract String tableComment(String table) throws SQLException;

    abstract String columnComment(String table, String column) throws SQLException;

    /** The session's lock timeout in milliseconds. */
    abstract long lockTimeoutMillis() throws SQLException;

    /** The number of seconds in an interval-valued SQL expression. */
    abstract String secondsOf(String interval);

    /** The expression that takes the next value of a sequence. */
    abstract String nextValue(String sequence);

    /** The SQL expression of the schema unqualified names are created in. */
    String currentSchema() {
        return "CURRENT_SCHEMA";
    }

    /** The name the database gives a primary key declared with {@code declared}. */
    String primaryKeyName(String declared) {
        return dialect.fold(declared);
    }

    /** The expression over information_schema.columns that says YES for an identity column, else NO. */
    String isIdentity() {
        return "is_identity";
    }

    /**
     * The next value of a sequence that gave 1000 with increment 1, once its increment is 50: the value given
     * plus the new increment.
     */
    long nextValueAfterIncrementChange() {
        return 1050;
    }

    /** The start value and increment of a sequence, one row, or none when there is no such sequence. */
    List<List<Object>> sequenceStartAndIncrement(String sequence) throws SQLException {
        return Jdbc.rows(connection, "SELECT start_value, increment FROM information_schema.sequences"
                + " WHERE sequence_schema = " + currentSchema() + " AND sequence_name = ?", dialect.fold(sequence));
    }

    @BeforeEach
    void connect() throws SQLException {
        reset();
        connection = database().dataSource().getConnection();
        dialect = Dialects.detect(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    void run(Operation operation) throws SQLException {
        Jdbc.run(connection, dialect.statements(operation, connection));
    }

    Object value(String sql, Object... parameters) throws SQLException {
        return Jdbc.value(connection, sql, parameters);
    }

    private void createUsersAndOrgs() throws SQLException {
        run(new CreateTable(null, "orgs", List.of(column("id", INTEGER).notNull()),
                List.of(new PrimaryKey("pk_orgs", List.of("id"))), null));
        run(new CreateTable(null, "users", List.of(
                column("id", BIGINT).identity(),
                column("email", varchar(255)).notNull().comment("login, it's unique"),
                column("org_id", INTEGER),
                column("age", INTEGER).serverDefault("0")),
                List.of(new PrimaryKey("pk_users", List.of("id")),
                        new UniqueConstraint("uq_users_email", List.of("email")),
                        ForeignKey.of(List.of("org_id"), "orgs", List.of("id")).onDelete(CASCADE).withName("fk_users_org"),
                        new CheckConstraint("ck_users_age", "age >= 0")),
                "the app's users"));
    }

    // --- tables ---------------------------------------------------------------------------------

    @Test
    void createsATableWithItsKeysChecksDefaultsAndComments() throws SQLException {
        createUsersAndOrgs();

        assertThat(Jdbc.rows(connection, "SELECT constraint_name, constraint_type FROM information_schema.table_constraints"
                + " WHERE table_schema = " + currentSchema() + " AND table_name = ? AND " + NOT_NULL_EXCLUDED
                + " ORDER BY constraint_name", dialect.fold("users")))
                .containsExactly(
                        List.of(dialect.fold("ck_users_age"), "CHECK"),
                        List.of(dialect.fold("fk_users_org"), "FOREIGN KEY"),
                        List.of(primaryKeyName("pk_users"), "PRIMARY KEY"),
                        List.of(dialect.fold("uq_users_email"), "UNIQUE"));
        assertThat(value("SELECT delete_rule FROM information_schema.referential_constraints"
                + " WHERE constraint_schema = " + currentSchema() + " AND constraint_name = ?",
                dialect.fold("fk_users_org"))).isEqualTo("CASCADE");
        assertThat(Jdbc.rows(connection, "SELECT column_name, is_nullable, " + isIdentity() + " FROM information_schema.columns"
                + " WHERE table_schema = " + currentSchema() + " AND table_name = ? ORDER BY ordinal_position",
                dialect.fold("users")))
                .containsExactly(
                        List.of(dialect.fold("id"), "NO", "YES"),
                        List.of(dialect.fold("email"), "NO", "NO"),
                        List.of(dialect.fold("org_id"), "YES", "NO"),
                        List.of(dialect.fold("age"), "YES", "NO"));
        assertThat(tableComment("users")).isEqualTo("the app's users");
        assertThat(columnComment("users", "email")).isEqualTo("login, it's unique");
    }

    @Test
    void aGeneratedColumnIsComputedByTheDatabaseAndReadBackWithItsExpression() throws SQLException {
        run(new CreateTable(null, "order_lines", List.of(column("quantity", INTEGER), column("price", INTEGER),
                column("total", INTEGER).generated("quantity * price")), List.of(), null));
        Jdbc.execute(connection, "INSERT INTO order_lines (quantity, price) VALUES (3, 5)");

        assertThat(((Number) value("SELECT total FROM order_lines")).intValue()).isEqualTo(15);
        ColumnModel total = LiveSchema.read(database().dataSource()).table("order_lines").orElseThrow().column("total")
                .orElseThrow();
        assertThat(total.generated()).as("as the database prints it: quoted, upper case, in parentheses")
                .isNotNull().satisfies(expression -> assertThat(expression.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[\"`()\\s]", "")).isEqualTo("quantity*price"));
        assertThat(total.defaultExpression()).isNull();
    }

    @Test
    void theCreatedTableBehavesAsDeclared() throws SQLException {
        createUsersAndOrgs();
        Jdbc.execute(connection, "INSERT INTO orgs (id) VALUES (1)",
                "INSERT INTO users (email, org_id) VALUES ('a@example.com', 1)");

        assertThat(Jdbc.rows(connection, "SELECT id, age FROM users")).containsExactly(List.of(1L, 0));
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO users (email) VALUES ('a@example.com')"))
                .as("unique").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO users (email, age) VALUES ('b@example.com', -1)"))
                .as("check").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO users (email, org_id) VALUES ('c@example.com', 2)"))
                .as("foreign key").isInstanceOf(SQLException.class);
        Jdbc.execute(connection, "DELETE FROM orgs");
        assertThat(value("SELECT COUNT(*) FROM users")).as("ON DELETE CASCADE").isIn(0L, 0);
    }

    @Test
    void renamesAndDropsATableAndSetsItsComment() throws SQLException {
        createUsersAndOrgs();

        run(new SetTableComment(null, "users", "people", null));
        assertThat(tableComment("users")).isEqualTo("people");
        run(new SetTableComment(null, "users", null, null));
        assertThat(tableComment("users")).isNull();

        run(new RenameTable(null, "users", "people"));
        assertThat(tableExists(null, "people")).isTrue();
        assertThat(tableExists(null, "users")).isFalse();

        run(new DropTable(null, "people", null));
        assertThat(tableExists(null, "people")).isFalse();
    }

    @Test
    void tableExistsQueryFindsTablesInTheCurrentOrAGivenSchema() throws SQLException {
        createUsersAndOrgs();
        String schema = (String) value("SELECT table_schema FROM information_schema.tables"
                + " WHERE table_schema = " + currentSchema() + " AND table_name = ?",
                dialect.fold("users"));

        assertThat(tableExists(null, "users")).isTrue();
        assertThat(tableExists(schema, "users")).isTrue();
        assertThat(tableExists(null, "missing")).isFalse();
        assertThat(tableExists("no_such_schema", "users")).isFalse();
    }

    boolean tableExists(String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(dialect.tableExistsQuery())) {
            query.setString(1, schema == null ? null : dialect.fold(schema));
            query.setString(2, dialect.fold(table));
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    // --- columns --------------------------------------------------------------------------------

    @Test
    void addsRenamesAndDropsColumns() throws SQLException {
        createUsersAndOrgs();
        Jdbc.execute(connection, "INSERT INTO users (email) VALUES ('a@example.com')");

        run(new AddColumn(null, "users", column("nick", varchar(40)).serverDefault("'anon'").notNull().comment("shown")));
        assertThat(value("SELECT nick FROM users")).isEqualTo("anon");
        assertThat(columnComment("users", "nick")).isEqualTo("shown");

        run(AlterColumn.of("users", "nick").rename("handle"));
        assertThat(value("SELECT handle FROM users")).isEqualTo("anon");

        run(new DropColumn(null, "users", "handle", null));
        assertThat(columns("users")).doesNotContain(dialect.fold("handle"), dialect.fold("nick"));
    }

    @Test
    void altersEveryAspectOfAColumnInOneOperation() throws SQLException {
        run(new CreateTable(null, "items", List.of(column("id", INTEGER).notNull(), column("label", varchar(10))),
                List.of(), null));
        Jdbc.execute(connection, "INSERT INTO items (id, label) VALUES (1, 'short')");

        run(AlterColumn.of("items", "label").type(varchar(40)).nullable(false).serverDefault("'none'")
                .comment("what it is").rename("title"));

        assertThat(Jdbc.rows(connection, "SELECT character_maximum_length, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = " + currentSchema() + " AND table_name = ? AND column_name = ?", dialect.fold("items"), dialect.fold("title")))
                .singleElement().satisfies(row -> {
                    assertThat(((Number) row.get(0)).intValue()).isEqualTo(40);
                    assertThat(row.get(1)).isEqualTo("NO");
                });
        assertThat(columnComment("items", "title")).isEqualTo("what it is");
        Jdbc.execute(connection, "INSERT INTO items (id) VALUES (2)");
        assertThat(value("SELECT title FROM items WHERE id = 2")).isEqualTo("none");
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO items (id, title) VALUES (3, NULL)"))
                .isInstanceOf(SQLException.class);

        run(AlterColumn.of("items", "title").nullable(true).dropServerDefault().comment(null));
        Jdbc.execute(connection, "INSERT INTO items (id) VALUES (4)");
        assertThat(value("SELECT title FROM items WHERE id = 4")).isNull();
        assertThat(columnComment("items", "title")).isNull();
    }

    List<Object> columns(String table) throws SQLException {
        return Jdbc.column(connection, "SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = " + currentSchema() + " AND table_name = ?",
                dialect.fold(table));
    }

    // --- indexes and constraints ----------------------------------------------------------------

    @Test
    void aUniqueIndexRefusesDuplicatesUntilDropped() throws SQLException {
        run(new CreateTable(null, "tags", List.of(column("name", varchar(20)), column("lang", varchar(2))), List.of(), null));
        run(CreateIndex.of("ix_tags_name", "tags", "name", "lang").unique());
        Jdbc.execute(connection, "INSERT INTO tags VALUES ('a', 'en')");

        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO tags VALUES ('a', 'en')"))
                .isInstanceOf(SQLException.class);

        run(new DropIndex(null, "tags", "ix_tags_name", false, null));
        Jdbc.execute(connection, "INSERT INTO tags VALUES ('a', 'en')");
        assertThat(value("SELECT COUNT(*) FROM tags")).isIn(2L, 2);
    }

    @Test
    void addsAndDropsConstraints() throws SQLException {
        run(new CreateTable(null, "parents", List.of(column("id", INTEGER).notNull()), List.of(), null));
        run(new CreateTable(null, "children", List.of(column("id", INTEGER).notNull(), column("parent_id", INTEGER)),
                List.of(), null));

        run(new AddConstraint(null, "parents", new PrimaryKey("pk_parents", List.of("id"))));
        run(new AddConstraint(null, "children", ForeignKey.of(List.of("parent_id"), "parents", List.of("id"))
                .withName("fk_children_parent")));
        run(new AddConstraint(null, "children", new CheckConstraint("ck_children_id", "id > 0")));
        run(new AddConstraint(null, "children", new UniqueConstraint("uq_children_id", List.of("id"))));

        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO children VALUES (1, 99)"))
                .as("foreign key").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Jdbc.execute(connection, "INSERT INTO children VALUES (-1, NULL)"))
                .as("check").isInstanceOf(SQLException.class);

        run(new DropConstraint(null, "children", "fk_children_parent", null));
        run(new DropConstraint(null, "children", "ck_children_id", null));
        Jdbc.execute(connection, "INSERT INTO children VALUES (-1, 99)");
        assertThat(Jdbc.column(connection, "SELECT constraint_name FROM information_schema.table_constraints"
                + " WHERE table_schema = " + currentSchema() + " AND table_name = ? AND " + NOT_NULL_EXCLUDED, dialect.fold("children")))
                .containsExactly(dialect.fold("uq_children_id"));
    }

    // --- sequences ------------------------------------------------------------------------------

    @Test
    void createsAndDropsASequence() throws SQLException {
        run(new CreateSequence(null, "order_numbers", 1000L, 10L));

        assertThat(sequenceStartAndIncrement("order_numbers")).singleElement().satisfies(row -> assertThat(row).extracting(String::valueOf).containsExactly("1000", "10"));

        run(new DropSequence(null, "order_numbers", null));
        assertThat(sequenceStartAndIncrement("order_numbers")).isEmpty();
    }

    /** The next value is the last one plus the new increment, on every database: pooled generators rely on it. */
    @Test
    void altersTheIncrementOfASequenceAndKeepsItsPosition() throws SQLException {
        run(new CreateSequence(null, "order_numbers", 1000L, 1L));
        String next = "SELECT " + nextValue("order_numbers");
        assertThat(Jdbc.column(connection, next)).extracting(String::valueOf).containsExactly("1000");

        run(new AlterSequence(null, "order_numbers", 50L, 1L));

        assertThat(sequenceStartAndIncrement("order_numbers")).singleElement()
                .satisfies(row -> assertThat(String.valueOf(row.get(1))).isEqualTo("50"));
        long first = nextValueAfterIncrementChange();
        assertThat(Jdbc.column(connection, next)).extracting(String::valueOf).containsExactly(String.valueOf(first));
        assertThat(Jdbc.column(connection, next)).extracting(String::valueOf).containsExactly(String.valueOf(first + 50));
    }

    @Test
    void anUnusedSequenceWithASmallerIncrementStillStartsAtItsStart() throws SQLException {
        run(new CreateSequence(null, "order_numbers", 1L, 50L));

        run(new AlterSequence(null, "order_numbers", 1L, 50L));

        assertThat(Jdbc.column(connection, "SELECT " + nextValue("order_numbers"))).extracting(String::valueOf)
                .containsExactly("1");
    }

    // --- data -----------------------------------------------------------------------------------

    @Test
    void bulkInsertsRowsWithNullValues() throws SQLException {
        run(new CreateTable(null, "roles", List.of(column("name", varchar(20)).notNull(), column("level", INTEGER),
                column("note", TEXT)), List.of(), null));

        run(new BulkInsert(null, "roles", List.of("name", "level", "note"), List.of(
                Arrays.asList("admin", 1, "it's all"),
                Arrays.asList("guest", null, null),
                Arrays.asList("user", 2, null))));

        assertThat(Jdbc.rows(connection, "SELECT name, level, note FROM roles ORDER BY name")).containsExactly(
                Arrays.asList("admin", 1, "it's all"),
                Arrays.asList("guest", null, null),
                Arrays.asList("user", 2, null));
    }

    @Test
    void theBatchedUpdateQueriesPageThroughEveryMatchingRowExactlyOnce() throws SQLException {
        run(new CreateTable(null, "items", List.of(column("id", INTEGER).notNull(), column("n", INTEGER).notNull(),
                column("done", BOOLEAN).notNull()), List.of(new PrimaryKey("pk_items", List.of("id"))), null));
        run(new BulkInsert(null, "items", List.of("id", "n", "done"), java.util.stream.IntStream.rangeClosed(1, 1000)
                .mapToObj(id -> List.<Object>of(id, 0, false)).toList()));
        assertThat(((Number) value("SELECT COUNT(*) FROM items")).intValue()).isEqualTo(1000);
        // An OR in the filter: it must stay inside its parentheses, next to the key bounds.
        BatchSql sql = dialect.batchedUpdate(BatchedUpdate.of("items", "n = n + 1, done = TRUE")
                .where("done = FALSE AND MOD(id, 3) = 1 OR done = FALSE AND MOD(id, 3) = 2").batchSize(100));
        int matching = 667;

        assertThat(((Number) value(sql.remainingFromStart())).intValue()).isEqualTo(matching);
        Object previous = null;
        int batches = 0;
        int done = 0;
        while (true) {
            Object upper = previous == null ? value(sql.firstUpperKey(), 100) : value(sql.nextUpperKey(), previous, 100);
            if (upper == null) {
                break;
            }
            done += previous == null ? Jdbc.update(connection, sql.firstUpdate(), upper)
                    : Jdbc.update(connection, sql.nextUpdate(), previous, upper);
            previous = upper;
            batches++;
            assertThat(((Number) value(sql.remaining(), previous)).intValue()).isEqualTo(matching - done);
        }

        assertThat(batches).isEqualTo(7);
        assertThat(done).isEqualTo(matching);
        assertThat(Jdbc.rows(connection, "SELECT MOD(id, 3), MIN(n), MAX(n), COUNT(*) FROM items GROUP BY MOD(id, 3)"
                + " ORDER BY MOD(id, 3)")).extracting(row -> row.stream().map(v -> ((Number) v).intValue()).toList())
                .containsExactly(List.of(0, 0, 0, 333), List.of(1, 1, 1, 334), List.of(2, 1, 1, 333));
        assertThat(((Number) value(sql.remainingFromStart())).intValue()).as("a rerun finds nothing to do").isZero();
    }

    /** A UUID key, which the documentation suggests: PostgreSQL cannot take the MAX of one. */
    @Test
    void theBatchedUpdateQueriesPageThroughAUuidKey() throws SQLException {
        run(new CreateTable(null, "devices", List.of(column("id", dev.migrations.ops.Types.UUID).notNull(), column("n", INTEGER).notNull()),
                List.of(new PrimaryKey("pk_devices", List.of("id"))), null));
        run(new BulkInsert(null, "devices", List.of("id", "n"), java.util.stream.IntStream.range(0, 250)
                .mapToObj(i -> List.<Object>of(java.util.UUID.randomUUID(), 0)).toList()));
        BatchSql sql = dialect.batchedUpdate(BatchedUpdate.of("devices", "n = n + 1").batchSize(100));

        int batches = 0;
        for (Object previous = null, upper = value(sql.firstUpperKey(), 100); upper != null;
             previous = upper, upper = value(sql.nextUpperKey(), previous, 100)) {
            int rows = previous == null ? Jdbc.update(connection, sql.firstUpdate(), upper)
                    : Jdbc.update(connection, sql.nextUpdate(), previous, upper);
            assertThat(rows).isEqualTo(batches < 2 ? 100 : 50);
            batches++;
        }

        assertThat(batches).isEqualTo(3);
        assertThat(Jdbc.rows(connection, "SELECT MIN(n), MAX(n), COUNT(*) FROM devices")).extracting(
                row -> row.stream().map(v -> ((Number) v).intValue()).toList()).containsExactly(List.of(1, 1, 250));
    }

    // --- identifiers ----------------------------------------------------------------------------

    @Test
    void aTableNameThatTriesSqlInjectionIsOnlyAnOddName() throws SQLException {
        Jdbc.execute(connection, "CREATE TABLE victims (id INTEGER)", "INSERT INTO victims VALUES (1)");
        String name = "users\"; DROP TABLE victims; --";

        run(new CreateTable(null, name, List.of(column("id\"); DROP TABLE victims; --", INTEGER)), List.of(), null));
        run(new CreateIndex(null, name, "ix\"; DROP TABLE victims; --", List.of(
                dev.migrations.ops.IndexKey.column("id\"); DROP TABLE victims; --")), false, null, false));
        run(new SetTableComment(null, name, "'; DROP TABLE victims; --", null));

        assertThat(tableExists(null, name)).isTrue();
        assertThat(tableComment(name)).isEqualTo("'; DROP TABLE victims; --");
        assertThat(value("SELECT COUNT(*) FROM victims")).isIn(1L, 1);
    }

    // --- literals -------------------------------------------------------------------------------

    static Stream<Arguments> literals() {
        return Stream.of(
                arguments("it's", String.class, "it's"),
                arguments("back\\slash", String.class, "back\\slash"),
                arguments("'; DROP TABLE users; --", String.class, "'; DROP TABLE users; --"),
                arguments(-12345678901L, BigDecimal.class, new BigDecimal("-12345678901")),
                arguments(new BigDecimal("-0.000125"), BigDecimal.class, new BigDecimal("-0.000125")),
                arguments(1.0e20, BigDecimal.class, new BigDecimal("1E20")),
                arguments(true, Boolean.class, true),
                arguments(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), UUID.class,
                        UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
                arguments(new byte[] {0, 15, (byte) 255}, byte[].class, new byte[] {0, 15, (byte) 255}),
                arguments(LocalDate.of(2024, 2, 29), LocalDate.class, LocalDate.of(2024, 2, 29)),
                arguments(LocalTime.of(9, 5, 1, 120_000_000), LocalTime.class, LocalTime.of(9, 5, 1, 120_000_000)),
                arguments(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000), LocalDateTime.class,
                        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000)),
                arguments(java.sql.Timestamp.valueOf("2024-03-04 05:06:07.5"), LocalDateTime.class,
                        LocalDateTime.of(2024, 3, 4, 5, 6, 7, 500_000_000)),
                arguments(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)), Instant.class,
                        Instant.parse("2024-01-02T08:04:05Z")),
                arguments(Instant.parse("2024-01-02T03:04:05Z"), Instant.class, Instant.parse("2024-01-02T03:04:05Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void literalsReadBackAsTheValuesTheyWrite(Object value, Class<?> readAs, Object expected) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + dialect.literal(value));
             ResultSet result = query.executeQuery()) {
            result.next();
            // Numbers are compared by value, whatever numeric type the database gives the literal.
            Object read = readAs == Instant.class ? result.getObject(1, OffsetDateTime.class).toInstant()
                    : readAs == BigDecimal.class ? new BigDecimal(result.getString(1))
                    : result.getObject(1, readAs);
            if (expected instanceof BigDecimal decimal) {
                assertThat((BigDecimal) read).isEqualByComparingTo(decimal);
            } else {
                assertThat(read).isEqualTo(expected);
            }
        }
    }

    @Test
    void nullAndNonFiniteNumberLiteralsReadBack() throws SQLException {
        assertThat(value("SELECT " + dialect.literal(null))).isNull();
        assertThat((Double) value("SELECT " + dialect.literal(Double.NaN))).isNaN();
        assertThat((Double) value("SELECT " + dialect.literal(Double.NEGATIVE_INFINITY))).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void durationLiteralsReadBackAsTheirSeconds() throws SQLException {
        for (Duration duration : List.of(Duration.ofHours(26).plusMinutes(3).plusMillis(500), Duration.ofMinutes(-90),
                Duration.ofMillis(-1500), Duration.ZERO)) {
            BigDecimal seconds = new BigDecimal(String.valueOf(
                    value("SELECT " + secondsOf(dialect.literal(duration)))));
            assertThat(seconds).as(duration.toString())
                    .isEqualByComparingTo(BigDecimal.valueOf(duration.toMillis()).movePointLeft(3));
        }
    }

    // --- timeouts -------------------------------------------------------------------------------

    @Test
    void sessionTimeoutsApplyAndResetToTheDefaults() throws SQLException {
        long before = lockTimeoutMillis();

        Jdbc.execute(connection, dialect.sessionTimeouts(Duration.ofMillis(2000), Duration.ofSeconds(30)).toArray(String[]::new));
        assertThat(lockTimeoutMillis()).isEqualTo(2000);

        Jdbc.execute(connection, dialect.resetSessionTimeouts().toArray(String[]::new));
        assertThat(lockTimeoutMillis()).isEqualTo(before);
    }

    @Test
    void noTimeoutsGivenMeansNoStatements() {
        assertThat(dialect.transactionTimeouts(null, null)).isEmpty();
        assertThat(dialect.sessionTimeouts(null, null)).isEmpty();
    }

    // --- lock -----------------------------------------------------------------------------------

    @Test
    void theLockKeepsASecondConnectionOutUntilReleased() throws SQLException {
        MigrationLock lock = dialect.lock(null, "migrations_version");
        try (Connection first = database().dataSource().getConnection();
             Connection second = database().dataSource().getConnection()) {
            assertThat(lock.tryAcquire(first)).isTrue();
            assertThat(lock.tryAcquire(second)).isFalse();
            assertThat(lock.tryAcquire(second)).as("trying again does not succeed either").isFalse();

            lock.release(first);
            assertThat(lock.tryAcquire(second)).isTrue();
            assertThat(lock.tryAcquire(first)).isFalse();
            lock.release(second);
        }
    }

    @Test
    void aLockHeldByAConnectionThatDiesIsFreedByTheDatabase() throws SQLException, InterruptedException {
        MigrationLock lock = dialect.lock(null, "migrations_version");
        try (Connection second = database().dataSource().getConnection()) {
            Connection first = database().dataSource().getConnection();
            assertThat(lock.tryAcquire(first)).isTrue();
            assertThat(lock.tryAcquire(second)).isFalse();

            first.close();

            assertThat(acquiresWithinSeconds(lock, second, 10)).isTrue();
            lock.release(second);
        }
    }

    @Test
    void locksOnDifferentVersionTablesAreIndependent() throws SQLException {
        try (Connection first = database().dataSource().getConnection();
             Connection second = database().dataSource().getConnection()) {
            MigrationLock one = dialect.lock(null, "versions_a");
            MigrationLock other = dialect.lock(null, "versions_b");

            assertThat(one.tryAcquire(first)).isTrue();
            assertThat(other.tryAcquire(second)).isTrue();
            one.release(first);
            other.release(second);
        }
    }

    /** The server may notice a closed connection a moment later; the runner retries likewise. */
    static boolean acquiresWithinSeconds(MigrationLock lock, Connection connection, int seconds)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            if (lock.tryAcquire(connection)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
