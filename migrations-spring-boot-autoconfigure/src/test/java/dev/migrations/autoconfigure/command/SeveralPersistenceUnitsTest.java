package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.SeveralDatabasesApplication;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands in a service on three databases, each with a persistence unit it builds by hand and its own
 * repositories: orders (the default set), analytics (the {@code analytics} set, whose migrations lack a column its
 * entity maps) and legacy (no set, and none of the tables its entity maps). Each set is compared with the unit on its
 * database; the legacy unit is named as not compared, and not validated.
 */
class SeveralPersistenceUnitsTest {

    private static final String APP = SeveralDatabasesApplication.class.getPackageName();

    @RegisterExtension
    static TestDatabase orders = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase analytics = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase legacy = TestDatabase.postgres();

    @TempDir
    Path sources;

    @BeforeEach
    void databasesAtTheirHeads() {
        orders.reset();
        analytics.reset();
        legacy.reset();
        assertThat(commands().run("upgrade").exitCode()).isZero();
        assertThat(commands().run("upgrade", "--set", "analytics").exitCode()).isZero();
    }

    private CommandMode commands() {
        CommandMode commands = CommandMode.of(SeveralDatabasesApplication.class, orders)
                .with("migrations.source-directory", sources.toString())
                .with("migrations.sets.analytics.packages", APP + ".analyticsmigrations")
                .with("migrations.sets.analytics.data-source", "analyticsDataSource");
        for (TestDatabase db : List.of(orders, analytics, legacy)) {
            String name = db == orders ? "orders" : db == analytics ? "analytics" : "legacy";
            commands.with("app." + name + ".url", db.jdbcUrl()).with("app." + name + ".username", db.user())
                    .with("app." + name + ".password", db.password());
        }
        return commands;
    }

    @Test
    void checkComparesEachSetWithThePersistenceUnitOnItsDatabaseAndNamesTheUnitNoSetMigrates() {
        Run check = commands().run("check");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("set default:\n  OK: the database is at the code's heads (inv00001 (head))")
                .contains("the entity model (1 table, 3 columns) with the database; not EntityManagerFactory "
                        + "'legacyEntityManagerFactory' (no migration set runs on its database).")
                .contains("set analytics:\n  model: op.addColumn(\"page_views\", Column.column(\"referrer\", "
                        + "Types.varchar(300)))")
                .contains("Hibernate's own schema validation (what spring.jpa.hibernate.ddl-auto=validate runs at "
                        + "start-up) fails for EntityManagerFactory 'analyticsEntityManagerFactory': Schema "
                        + "validation: missing column [referrer] in table [page_views]");
        assertThat(check.err()).isEqualTo("set analytics: FAILED: check found 2 differences. The entities and the "
                + "database differ: `migrations revision --set analytics --autogenerate -m <message>` writes the "
                + "migration.\n");
    }

    @Test
    void revisionAutogenerateOfASetComparesItsUnitAndWritesTheClassInTheSetsPackage() throws IOException {
        Run revision = commands().run("revision", "--autogenerate", "-m", "add referrer", "--set", "analytics");
        Run nothingForOrders = commands().run("revision", "--autogenerate", "-m", "nothing");

        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        Path written = sources.resolve(APP.replace('.', '/') + "/analyticsmigrations/AddReferrer.java");
        assertThat(javaFiles()).containsExactly(written);
        assertThat(Files.readString(written)).contains("revises = \"pv000001\"")
                .contains("op.addColumn(\"page_views\", Column.column(\"referrer\", Types.varchar(300)));");
        assertThat(nothingForOrders.exitCode()).as(nothingForOrders.toString()).isZero();
        assertThat(nothingForOrders.outLines()).containsExactly("No changes detected.");
    }

    @Test
    void leanCommandsStartThoughTheRepositoriesNeedTheUnitsTheyLeaveOut() {
        Run current = commands().run("current");
        Run analyticsHistory = commands().run("history", "--set", "analytics");

        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.outLines()).containsExactly("set default:", "  inv00001 (head)", "set analytics:",
                "  pv000001 (head)");
        assertThat(analyticsHistory.exitCode()).as(analyticsHistory.toString()).isZero();
        assertThat(analyticsHistory.out()).contains("pv000001");
    }

    private List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
