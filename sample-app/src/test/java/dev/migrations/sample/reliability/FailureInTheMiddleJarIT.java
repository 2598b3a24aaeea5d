package dev.migrations.sample.reliability;

import dev.migrations.autogenerate.Compiler;
import dev.migrations.sample.reliability.SampleApp.Result;
import dev.migrations.sample.reliability.SampleApp.Server;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure in the middle, through the packaged application: two revisions are added after the sample's head, the
 * first of which fails on its third statement. {@code migrations upgrade} exits with 1 and names the revision; the
 * database stays at the sample's head, the first two statements of the failing revision rolled back with it and the
 * revision after it not run. Booting the web application on that code fails the same way (exit 1, the revision
 * named, nothing applied). Once the revision is fixed, under the same id, {@code migrations upgrade} completes both.
 *
 * <p>The added revisions are compiled by the test into the sample's migrations package and put on the classpath of
 * the packaged application, as a developer's next commit would add them to the jar.
 */
class FailureInTheMiddleJarIT {

    private static final String HEAD = "e7f6ada0098e";
    private static final String FAILING = "f00d0000a001";
    private static final String AFTER = "f00d0000a002";
    private static final String PACKAGE = "dev.migrations.sample.migrations";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path work;

    private static String openTheLedger(String thirdStatement) {
        return """
                package dev.migrations.sample.migrations;

                import dev.migrations.Migration;
                import dev.migrations.MigrationScript;
                import dev.migrations.ops.Operations;
                import dev.migrations.ops.Types;

                import static dev.migrations.ops.Column.column;

                @Migration(revision = "%s", revises = "%s", message = "open the ledger")
                public class OpenTheLedger implements MigrationScript {

                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("ledger", column("id", Types.BIGINT).primaryKey(), column("amount", Types.BIGINT));
                        op.addColumn("users", column("ledger_balance", Types.BIGINT));
                        op.execute("%s");
                    }
                }
                """.formatted(FAILING, HEAD, thirdStatement);
    }

    private static final String CREATE_STATEMENTS = """
            package dev.migrations.sample.migrations;

            import dev.migrations.Migration;
            import dev.migrations.MigrationScript;
            import dev.migrations.ops.Operations;
            import dev.migrations.ops.Types;

            import static dev.migrations.ops.Column.column;

            @Migration(revision = "%s", revises = "%s", message = "create statements")
            public class CreateStatements implements MigrationScript {

                @Override
                public void upgrade(Operations op) {
                    op.createTable("statements", column("id", Types.BIGINT).primaryKey());
                }
            }
            """.formatted(AFTER, FAILING);

    /** Compiles the two added revisions; returns the classes directory. */
    private Path compile(String name, String thirdStatement) throws IOException {
        Path sources = work.resolve(name + "-src");
        Path packageDirectory = Files.createDirectories(sources.resolve(PACKAGE.replace('.', '/')));
        Files.writeString(packageDirectory.resolve("OpenTheLedger.java"), openTheLedger(thirdStatement));
        Files.writeString(packageDirectory.resolve("CreateStatements.java"), CREATE_STATEMENTS);
        Path classes = Files.createDirectories(work.resolve(name + "-classes"));
        Compiler.compile(sources, classes);
        return classes;
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aRevisionFailingOnItsThirdStatementExitsWithOneNamingItLeavesThePreviousRevisionAndCompletesOnceFixed()
            throws Exception {
        SampleApp app = SampleApp.withClassDataSharing();
        Path broken = compile("broken", "INSERT INTO ledger_typo (id, amount) VALUES (1, 0)");
        Path fixed = compile("fixed", "INSERT INTO ledger (id, amount) VALUES (1, 0)");
        Map<String, String> dataSource = SampleApp.dataSource(db);
        assertThat(app.command(dataSource, null, "upgrade").exitCode()).isZero();
        List<String> sampleRevisions = versionRows();
        assertThat(sampleRevisions).hasSize(12);

        Result failed = app.command(dataSource, broken, "upgrade");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).as(failed.toString())
                .contains("Upgrade to revision " + FAILING + " (open the ledger) failed at statement: INSERT INTO "
                        + "ledger_typo (id, amount) VALUES (1, 0)")
                .contains("relation \"ledger_typo\" does not exist")
                .contains("Nothing of it was applied: the database is still at " + HEAD);
        assertAtTheSampleHead(sampleRevisions);
        assertThat(lastAudit()).isEqualTo(FAILING + " FAILED");

        Result history = app.command(dataSource, broken, "history");
        assertThat(history.outLines()).as(history.toString()).hasSize(14);
        assertThat(history.outLines().get(0)).isEqualTo(FAILING + " -> " + AFTER + " (head), create statements  [PENDING]");
        assertThat(history.outLines().get(1)).isEqualTo(HEAD + " -> " + FAILING + ", open the ledger  [PENDING]");

        Path bootLog = work.resolve("boot.log");
        try (Server boot = app.startServer(bootLog, broken, Map.of("spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.user(), "spring.datasource.password", db.password()))) {
            assertThat(boot.awaitExit(Duration.ofMinutes(3))).as(boot.tail()).isEqualTo(1);
            assertThat(boot.log()).contains("APPLICATION FAILED TO START").contains(FAILING)
                    .doesNotContain("Started SampleApplication");
        }
        assertAtTheSampleHead(sampleRevisions);

        Result completed = app.command(dataSource, fixed, "upgrade");

        assertThat(completed.exitCode()).as(completed.toString()).isZero();
        assertThat(completed.outLines()).hasSize(3);
        assertThat(completed.outLines().get(0)).matches("Running upgrade " + HEAD + " -> " + FAILING
                + ", open the ledger \\(\\d+ ms\\)");
        assertThat(completed.outLines().get(1)).matches("Running upgrade " + FAILING + " -> " + AFTER
                + ", create statements \\(\\d+ ms\\)");
        assertThat(completed.outLines().get(2)).isEqualTo("Now at: " + AFTER + " (head)");
        assertThat(versionRows()).hasSize(14).contains(FAILING, AFTER);
        assertThat(count("SELECT COUNT(*) FROM ledger")).isEqualTo(1);
        assertThat(tables()).contains("ledger", "statements");
        assertThat(lastAudit()).isEqualTo(AFTER + " UPGRADE");
    }

    private void assertAtTheSampleHead(List<String> sampleRevisions) throws SQLException {
        assertThat(versionRows()).as("the version table").isEqualTo(sampleRevisions);
        assertThat(tables()).as("the failing revision's first statement").doesNotContain("ledger")
                .as("the revision after it").doesNotContain("statements");
        assertThat(count("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'users' "
                + "AND column_name = 'ledger_balance'")).as("the failing revision's second statement").isZero();
    }

    private static List<String> versionRows() throws SQLException {
        return strings("SELECT revision || ' ' || state FROM migrations_version ORDER BY revision").stream()
                .map(row -> {
                    assertThat(row).endsWith(" APPLIED");
                    return row.substring(0, row.indexOf(' '));
                }).toList();
    }

    private static List<String> tables() throws SQLException {
        return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private static String lastAudit() throws SQLException {
        return strings("SELECT revision || ' ' || action FROM migrations_version_audit ORDER BY id DESC LIMIT 1").get(0);
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
