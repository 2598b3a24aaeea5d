package dev.migrations.reliability;

import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantee as it breaks in production: seed data written with {@code Map.of} rows (2 to 10 keys) is applied to
 * a persistent PostgreSQL database in this JVM, then each of several fresh JVMs, with other locales, time zones and
 * charsets and a hash seed of their own, restarts against it. Every one must accept every revision as unedited.
 * The test also checks that the JVMs really did iterate the maps in different orders, or it would prove nothing.
 */
class ChecksumsAcrossJvmsTest {

    private static final List<List<String>> JVMS = List.of(
            List.of(),
            List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                    "-Dfile.encoding=ISO-8859-1"),
            List.of("-Duser.language=ar", "-Duser.country=EG", "-Duser.timezone=America/Los_Angeles"),
            List.of("-Duser.language=ja", "-Duser.country=JP", "-Duser.timezone=Asia/Tokyo"),
            List.of("-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=UTC", "-Dfile.encoding=windows-1252"));

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Test
    void revisionsAppliedInOneJvmAreUneditedInEveryOther() throws SQLException {
        Migrations migrations = Migrations.builder(db.dataSource())
                .migrationClasses(SeedDataMigrations.classes().toArray(Class[]::new)).build();
        migrations.upgrade();
        Map<String, String> recorded = new LinkedHashMap<>();
        for (RevisionStatus status : migrations.history()) {
            recorded.put(status.revision(), status.checksum());
        }
        assertThat(recorded).hasSize(2).allSatisfy((revision, checksum) -> assertThat(checksum).startsWith("2:"));

        Set<String> orders = new HashSet<>();
        orders.add(SeedDataMigrations.row(SeedDataMigrations.MAX_KEYS, 0).keySet().toString());
        for (List<String> options : JVMS) {
            try (ChildJvm child = ChildJvm.start(options, ChecksumVerifierMain.class, db.jdbcUrl(), db.user(),
                    db.password())) {
                int exit = child.awaitExit();
                String output = child.output();
                assertThat(exit).as("a restart in a JVM with " + options + ":\n" + output).isZero();
                recorded.forEach((revision, checksum) -> assertThat(output).as("JVM with " + options)
                        .contains("STATE " + revision + " " + RevisionState.APPLIED + " " + checksum));
                output.lines().filter(line -> line.startsWith("ORDER ")).forEach(line -> orders.add(line.substring(6)));
            }
        }
        assertThat(orders).as("the orders in which the JVMs iterated one Map.of of ten keys").hasSizeGreaterThan(1);
        assertEveryValueIsInItsColumn();
    }

    /** Each seed value names its own column ({@code r<row>k<column>}): the rows were written by name. */
    private void assertEveryValueIsInItsColumn() throws SQLException {
        int checked = 0;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT * FROM owners WHERE c01 LIKE 'r%'")) {
            while (rows.next()) {
                for (int k = 1; k <= SeedDataMigrations.MAX_KEYS; k++) {
                    String value = rows.getString(String.format(Locale.ROOT, "c%02d", k));
                    if (value != null) {
                        assertThat(value).endsWith("k" + k);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("seed values checked").isEqualTo(2 * (2 + SeedDataMigrations.MAX_KEYS) * (SeedDataMigrations.MAX_KEYS - 1) / 2);
    }
}
