package dev.migrations;


import dev.migrations.command.CheckReport;
import dev.migrations.command.FurtherChecks;
import dev.migrations.command.MigrationCommands;
import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.ConfigurationException;
import dev.migrations.error.InvalidRevisionGraphException;
import dev.migrations.fixtures.Catalog;
import dev.migrations.index.MigrationIndex;
import dev.migrations.testing.JavaSources;
import dev.migrations.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static dev.migrations.testing.JavaSources.withProcessors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start from the build-time index, as a service restarts: each build is a jar compiled from sources, each start a
 * fresh class loader over it (a new JVM's view), against one persistent PostgreSQL database.
 */
class IndexedStartPostgresTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path work;

    private int builds;

    @BeforeEach
    void reset() {
        db.reset();
    }

    @Test
    void aStartWithNothingPendingLoadsNoMigrationClass() throws IOException {
        Path release = build(users("", "NOT NULL"), orders(""));
        start(release).migrations().upgrade();

        Start again = start(release);
        assertThat(again.migrations().upgrade().steps()).isEmpty();
        assertThat(again.loaded()).isEmpty();
        assertThat(again.migrations().current()).extracting(RevisionStatus::revision).containsExactly("b2");
        assertThat(again.loaded()).as("reading the status trusts the fingerprints too").isEmpty();
    }

    @Test
    void anEditedAppliedMigrationIsLoadedAndRefused() throws IOException {
        start(build(users("", "NOT NULL"), orders(""))).migrations().upgrade();

        Start edited = start(build(users("", ""), orders("")));
        assertThatThrownBy(() -> edited.migrations().upgrade()).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("Revision a1 (users) was edited after it was applied");
        assertThat(edited.loaded()).containsExactly("app.db.Users");
    }

    @Test
    void aSourceEditThatChangesNothingIsVerifiedOnceAndRecorded() throws IOException {
        start(build(users("", "NOT NULL"), orders(""))).migrations().upgrade();
        Path reformatted = build(users("// The first table.\n", "NOT NULL"), orders(""));

        Start first = start(reformatted);
        first.migrations().upgrade();
        assertThat(first.loaded()).containsExactly("app.db.Users");

        Start second = start(reformatted);
        second.migrations().upgrade();
        assertThat(second.loaded()).isEmpty();
    }

    /** The same through a pool that hands out connections outside auto-commit, as JPA-tuned applications do. */
    @Test
    void fingerprintsRecordedThroughAPoolOutsideAutoCommitLast() throws IOException {
        start(build(users("", "NOT NULL"), orders(""))).migrations().upgrade();
        Path reformatted = build(users("// The first table.\n", "NOT NULL"), orders(""));
        try (HikariDataSource pool = db.pool(3, false)) {
            Start first = start(reformatted);
            first.migrations(pool).upgrade();
            assertThat(first.loaded()).containsExactly("app.db.Users");

            Start second = start(reformatted);
            second.migrations(pool).upgrade();
            assertThat(second.loaded()).as("the first start's fingerprint was committed").isEmpty();
        }
    }

    /** A release before fingerprints left a table without the column: the first start adds it and vouches once. */
    @Test
    void aVersionTableOfAnOlderReleaseGetsItsFingerprintsOnTheFirstStart() throws IOException {
        Path release = build(users("", "NOT NULL"), orders(""));
        start(release).migrations().upgrade();
        db.execute("ALTER TABLE migrations_version DROP COLUMN source_fingerprint");

        Start first = start(release);
        first.migrations().upgrade();
        assertThat(first.loaded()).containsExactlyInAnyOrder("app.db.Users", "app.db.Orders");

        Start second = start(release);
        second.migrations().upgrade();
        assertThat(second.loaded()).isEmpty();
    }

    /**
     * The fingerprint covers the migration's own source file: an edit in a helper it calls is not seen by a start,
     * and is found by validate and check, which load every applied revision.
     */
    @Test
    void anEditInAHelperIsFoundByValidateAndCheck() throws IOException {
        start(build(users("", "NOT NULL"), orders("Names.orders()"), names("orders"))).migrations().upgrade();

        Start edited = start(build(users("", "NOT NULL"), orders("Names.orders()"), names("purchases")));
        edited.migrations().upgrade();
        assertThat(edited.loaded()).isEmpty();

        ValidationReport report = edited.migrations().validate();
        assertThat(report.problems()).extracting(RevisionStatus::revision, RevisionStatus::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b2", RevisionState.CHECKSUM_MISMATCH));
        CheckReport check = new MigrationCommands(edited.migrations(), ZoneOffset.UTC).check(FurtherChecks::none);
        assertThat(check.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.description()).contains("b2", "CHECKSUM_MISMATCH"));
    }

    @Test
    void aPendingRevisionIsLoadedOnlyWhenItRuns() throws IOException {
        start(build(users("", "NOT NULL"))).migrations().upgrade();

        Start next = start(build(users("", "NOT NULL"), orders("")));
        assertThat(next.migrations().upgrade().steps()).hasSize(1);
        assertThat(next.loaded()).containsExactly("app.db.Orders");
    }

    @Test
    void aDirectoryOfClassesIsNotAnIndexTheFacadeTrusts() throws IOException {
        Path classes = work.resolve("classes");
        JavaSources sources = new JavaSources(work.resolve("src"));
        sources.write("app/db/Users.java", users("", "NOT NULL"));
        sources.compileInto(classes, withProcessors());

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Set<String> tablesBefore = new Catalog(db.dataSource()).tables();
            Migrations migrations = Migrations.builder(db.dataSource()).indexedMigrations(loader, "app.db").build();
            assertThatThrownBy(migrations::upgrade)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("does not cover the packages app.db: " + classes.toUri().toURL())
                    .hasMessageContaining("pass the migrations with migrations(...)");
            assertThat(new Catalog(db.dataSource()).tables()).isEqualTo(tablesBefore);
        }
    }

    /** The index is read on a thread of its own, so that the read overlaps the opening of the connection. */
    @Test
    void theIndexIsReadOffTheCallersThread() throws IOException {
        Start start = start(build(users("", "NOT NULL"), orders("")));
        Migrations migrations = start.migrations();
        assertThat(migrations.upgrade().steps()).hasSize(2);
        assertThat(start.loader().threadsReadingTheIndex).containsExactly("migrations-revisions");
    }

    /** The index is read while the first command connects: that command reports what is wrong with it. */
    @Test
    void aRevisionDeclaredTwiceIsReportedByTheFirstCommandWithNothingWritten() throws IOException {
        String accounts = users("", "NOT NULL").replace("class Users", "class Accounts");
        Migrations migrations = start(build(users("", "NOT NULL"), accounts)).migrations();
        Set<String> tablesBefore = new Catalog(db.dataSource()).tables();

        assertThatThrownBy(migrations::upgrade).isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("a1");
        assertThatThrownBy(migrations::current).as("every later command too")
                .isInstanceOf(InvalidRevisionGraphException.class);
        assertThat(new Catalog(db.dataSource()).tables()).isEqualTo(tablesBefore);
    }

    private Path build(String... sources) {
        Path root = work.resolve("build" + ++builds);
        JavaSources java = new JavaSources(root.resolve("src"));
        for (String source : sources) {
            String name = source.substring(source.indexOf("class ") + 6, source.indexOf(' ', source.indexOf("class ") + 6));
            java.write("app/db/" + name + ".java", source);
        }
        java.compileInto(root.resolve("classes"), withProcessors());
        return JavaSources.jar(root.resolve("classes"), root.resolve("app.jar"));
    }

    private Start start(Path jar) throws IOException {
        return new Start(new RecordingLoader(jar.toUri().toURL(), getClass().getClassLoader()));
    }

    private static String users(String comment, String nullability) {
        return "package app.db;\n" + comment + "@dev.migrations.Migration(revision = \"a1\", message = \"users\")\n"
                + "public class Users implements dev.migrations.MigrationScript {\n"
                + "    public void upgrade(dev.migrations.ops.Operations op) {\n"
                + "        op.execute(\"CREATE TABLE users (id BIGINT PRIMARY KEY, name TEXT " + nullability + ")\");\n"
                + "    }\n}\n";
    }

    private static String orders(String tableName) {
        String table = tableName.isEmpty() ? "\"orders\"" : tableName;
        return "package app.db;\n@dev.migrations.Migration(revision = \"b2\", revises = \"a1\", message = \"orders\")\n"
                + "public class Orders implements dev.migrations.MigrationScript {\n"
                + "    public void upgrade(dev.migrations.ops.Operations op) {\n"
                + "        op.execute(\"CREATE TABLE \" + " + table + " + \" (id BIGINT PRIMARY KEY)\");\n"
                + "    }\n}\n";
    }

    private static String names(String orders) {
        return "package app.db;\npublic class Names {\n"
                + "    public static String orders() { return \"" + orders + "\"; }\n}\n";
    }

    /** One start of the service: its class loader, which records the migration classes it loads. */
    private record Start(RecordingLoader loader) {

        Migrations migrations() {
            return migrations(db.dataSource());
        }

        Migrations migrations(DataSource dataSource) {
            return Migrations.builder(dataSource).indexedMigrations(loader, "app.db").build();
        }

        Set<String> loaded() {
            return loader.loaded;
        }
    }

    private static final class RecordingLoader extends URLClassLoader {

        final Set<String> loaded = ConcurrentHashMap.newKeySet();
        final Set<String> threadsReadingTheIndex = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(MigrationIndex.RESOURCE)) {
                threadsReadingTheIndex.add(Thread.currentThread().getName());
            }
            return super.getResources(name);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> found = super.findClass(name);
            if (name.startsWith("app.db.") && !name.equals("app.db.Names")) {
                loaded.add(name);
            }
            return found;
        }
    }
}
