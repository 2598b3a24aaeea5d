package dev.migrations.runtime;

import dev.migrations.ops.Database;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import org.junit.jupiter.api.Test;

import dev.migrations.ops.BulkInsert;
import dev.migrations.ops.Operation;
import dev.migrations.ops.RecordingSink;

import java.sql.Timestamp;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksumsTest {

    private static final Consumer<Operations> CREATE = op -> op.createTable("users",
            column("id", Types.BIGINT).primaryKey(), column("email", Types.varchar(255)).notNull());

    /** A branch for one database: the checksum covers every branch, so an edit to any of them is seen anywhere. */
    @Test
    void anUpgradeThatAsksForItsDatabaseIsCoveredOnEveryDatabase() {
        Consumer<Operations> branching = op -> {
            CREATE.accept(op);
            op.execute(op.database() == Database.MARIADB ? "SELECT SLEEP(0)" : "SELECT pg_sleep(0)");
        };
        Consumer<Operations> mariaDbBranchEdited = op -> {
            CREATE.accept(op);
            op.execute(op.database() == Database.MARIADB ? "SELECT SLEEP(1)" : "SELECT pg_sleep(0)");
        };

        assertThat(Checksums.of(branching)).isNotEqualTo(Checksums.of(mariaDbBranchEdited))
                .isNotEqualTo(Checksums.of(CREATE)).isEqualTo(Checksums.of(branching));
        assertThat(Checksums.canonicalForm(branching)).contains("database postgresql", "database mariadb",
                "database mysql", "database h2").hasSize(4 * 3);
        assertThat(Checksums.canonicalForm(CREATE)).noneMatch(line -> line.startsWith("database"));
    }

    @Test
    void sameOperationsWrittenDifferentlyHaveTheSameChecksum() {
        Consumer<Operations> rewritten = op -> {
            var id = column("id", Types.BIGINT).primaryKey();
            var email = column("email", Types.varchar(255)).nullable(false);
            op.createTable("users", id, email);
        };
        assertThat(Checksums.of(rewritten)).isEqualTo(Checksums.of(CREATE)).matches("2:[0-9a-f]{8}");
    }

    @Test
    void anyChangeToWhatTheMigrationDoesChangesTheChecksum() {
        Consumer<Operations> widened = op -> op.createTable("users",
                column("id", Types.BIGINT).primaryKey(), column("email", Types.varchar(320)).notNull());
        assertThat(Checksums.of(widened)).isNotEqualTo(Checksums.of(CREATE));
    }

    @Test
    void parametersAndBinaryValuesCountByValueNotByIdentity() {
        Consumer<Operations> a = op -> op.execute("INSERT INTO blobs VALUES (?, ?)", 1, new byte[] {1, 2});
        Consumer<Operations> b = op -> op.execute("INSERT INTO blobs VALUES (?, ?)", 1, new byte[] {1, 2});
        Consumer<Operations> c = op -> op.execute("INSERT INTO blobs VALUES (?, ?)", 1, new byte[] {1, 3});
        assertThat(Checksums.of(a)).isEqualTo(Checksums.of(b)).isNotEqualTo(Checksums.of(c));
    }

    @Test
    void workThroughTheLiveConnectionEndsWhatTheChecksumCanSee() {
        Consumer<Operations> before = op -> op.execute("SELECT 1");
        Consumer<Operations> withConnection = op -> {
            op.execute("SELECT 1");
            op.connection();
            op.execute("never seen offline");
        };
        assertThat(Checksums.of(withConnection)).isNotEqualTo(Checksums.of(before))
                .isEqualTo(Checksums.of(op -> {
                    op.execute("SELECT 1");
                    op.connection();
                }));
    }

    @Test
    void bulkInsertRowsCountByColumnNameNotByTheOrderOfTheirKeys() {
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("first_name", "George");
        forward.put("last_name", "Franklin");
        forward.put("city", "Madison");
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("city", "Madison");
        backward.put("last_name", "Franklin");
        backward.put("first_name", "George");
        String ofMapOf = Checksums.of(op -> op.bulkInsert("owners",
                List.of(Map.of("first_name", "George", "last_name", "Franklin", "city", "Madison"))));
        assertThat(Checksums.of(op -> op.bulkInsert("owners", List.of(forward))))
                .isEqualTo(Checksums.of(op -> op.bulkInsert("owners", List.of(backward))))
                .isEqualTo(Checksums.of(op -> op.bulkInsert("owners", List.of(new TreeMap<>(forward)))))
                .isEqualTo(ofMapOf);
        assertThat(Checksums.of(op -> op.bulkInsert("owners", List.of(Map.of("first_name", "George",
                "last_name", "Franklin", "city", "Monona"))))).isNotEqualTo(ofMapOf);
    }

    @Test
    void mapsOfWhichTheJvmPicksTheOrderInsertTheirColumnsSortedByName() {
        List<Operation> recorded = RecordingSink.record(Database.POSTGRESQL, op -> op.bulkInsert("owners",
                List.of(Map.of("last_name", "Franklin", "first_name", "George", "city", "Madison"))));
        assertThat(((BulkInsert) recorded.get(0)).columns()).containsExactly("city", "first_name", "last_name");
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("last_name", "Franklin");
        ordered.put("first_name", "George");
        recorded = RecordingSink.record(Database.POSTGRESQL, op -> op.bulkInsert("owners", List.of(ordered)));
        assertThat(((BulkInsert) recorded.get(0)).columns()).containsExactly("last_name", "first_name");
    }

    @Test
    void setsAndMapsPassedAsValuesCountByContentNotByOrder() {
        assertThat(Checksums.of(op -> op.execute("SELECT ?", Set.of("a", "b", "c", "d", "e"))))
                .isEqualTo(Checksums.of(op -> op.execute("SELECT ?", new TreeSet<>(List.of("e", "d", "c", "b", "a")))));
        assertThat(Checksums.of(op -> op.execute("SELECT ?", Map.of("x", 1, "y", 2, "z", 3))))
                .isEqualTo(Checksums.of(op -> op.execute("SELECT ?", new TreeMap<>(Map.of("z", 3, "y", 2, "x", 1)))));
    }

    @Test
    void theDefaultLocaleAndTimeZoneOfTheJvmChangeNothing() {
        Consumer<Operations> body = op -> {
            op.createTable("items", column("id", Types.INTEGER).primaryKey(), column("price", Types.numeric(10, 2)));
            op.execute("INSERT INTO items VALUES (?, ?, ?, ?)", 1, 1234.5, new Date(1_700_000_000_000L),
                    new Timestamp(1_700_000_000_123L));
        };
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        String here = Checksums.of(body);
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(Checksums.of(body)).isEqualTo(here);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(Checksums.of(body)).isEqualTo(here);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void aValueWhoseOnlyTextIsItsIdentityIsRefusedByName() {
        Object opaque = new Object() { };
        assertThatThrownBy(() -> Checksums.of(op -> op.execute("SELECT ?", opaque)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(opaque.getClass().getName())
                .hasMessageContaining("differs from run to run");
    }

    @Test
    void aChecksumSaysItsFormAndWhatItCoversIsReadable() {
        assertThat(Checksums.isFirstForm("679e872b")).isTrue();
        assertThat(Checksums.isFirstForm(Checksums.of(CREATE))).isFalse();
        assertThat(Checksums.canonicalForm(CREATE)).containsExactly("create_table{columns=["
                + "column{name=\"id\",not_null=true,type=type{kind=bigint}},"
                + "column{name=\"email\",not_null=true,type=type{kind=varchar,length=255}}],"
                + "constraints=[primary_key{columns=[\"id\"],name=\"pk_users\"}],name=\"users\"}");
    }
}
