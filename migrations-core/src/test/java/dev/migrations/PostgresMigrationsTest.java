package dev.migrations;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.fixtures.Chain;
import dev.migrations.fixtures.Story;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import dev.migrations.runtime.AuditAction;
import dev.migrations.runtime.AuditEntry;
import dev.migrations.runtime.LoggingListener;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.Runner;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.runtime.TransactionMode;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.fixtures.Catalog;
import dev.migrations.reliability.DatabaseProbe;
import dev.migrations.testing.PsqlUri;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresMigrationsTest extends MigrationsContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase offlineDb = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }

    @Test
    void failingRevisionLeavesTheDatabaseAtTheRevisionBefore() {
        List<MigrationScript> scripts = new ArrayList<>(Story.all());
        scripts.add(new Story.BrokenSeed());
        Migrations migrations = migrations(scripts);

        assertThatThrownBy(migrations::upgrade).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("f6f6f6f6 (broken seed) failed at statement: INSERT INTO no_such_table VALUES (1)")
                .hasMessageContaining("still at e5e5e5e5");
        assertThat(catalog.tables()).doesNotContain("audit_log");
        assertThat(catalog.count("SELECT COUNT(*) FROM tags")).isZero();
        assertThat(migrations.current()).extracting(RevisionStatus::revision).containsExactly("e5e5e5e5");
        assertThat(migrations.show("f6f6").state()).isEqualTo(RevisionState.PENDING);
        assertThat(migrations.audit()).extracting(AuditEntry::action).last().isEqualTo(AuditAction.FAILED);
    }

    @Test
    void singleTransactionModeRollsBackTheWholeRun() {
        List<MigrationScript> scripts = new ArrayList<>(Story.all());
        scripts.add(new Story.BrokenSeed());
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(scripts)
                .transactionMode(TransactionMode.SINGLE).build();

        assertThatThrownBy(migrations::upgrade).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("whole run was rolled back");
        assertThat(catalog.tables()).doesNotContain("users", "posts", "tags");
        assertThat(migrations.current()).isEmpty();
    }

    @Migration(revision = "ix000001", message = "index concurrently", transactional = false)
    public static class ConcurrentIndex implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("events", column("id", Types.BIGINT).primaryKey(), column("kind", Types.TEXT));
            op.createIndex(CreateIndex.of("ix_events_kind", "events", "kind").concurrently());
        }
    }

    @Migration(revision = "ix000002", revises = "ix000001", message = "autocommit block")
    public static class AutocommitIndex implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("events", column("source", Types.TEXT));
            op.autocommit(block -> block.createIndex(CreateIndex.of("ix_events_source", "events", "source").concurrently()));
        }
    }

    @Test
    void concurrentIndexRunsInNonTransactionalRevisionAndAutocommitBlock() {
        Migrations migrations = migrations(List.of(new ConcurrentIndex(), new AutocommitIndex()));
        migrations.upgrade();
        assertThat(catalog.count("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN ('ix_events_kind', 'ix_events_source')"))
                .isEqualTo(2);
        assertThat(migrations.validate().upToDate()).isTrue();
        migrations.downgrade("base");
        assertThat(catalog.tables()).doesNotContain("events");
    }

    @Migration(revision = "lk000001", message = "alter a busy table", lockTimeout = "300ms")
    public static class AlterBusyTable implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("busy", column("extra", Types.INTEGER));
        }
    }

    @Test
    void lockTimeoutMakesDdlBehindALongTransactionFailFast() throws Exception {
        db.execute("CREATE TABLE busy (id INT)");
        try (Connection reader = db.dataSource().getConnection(); Statement s = reader.createStatement()) {
            reader.setAutoCommit(false);
            s.execute("SELECT * FROM busy");
            long start = System.nanoTime();
            assertThatThrownBy(() -> migrations(List.of(new AlterBusyTable())).upgrade())
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("lk000001")
                    .hasMessageContaining("lock timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            reader.rollback();
        }
        assertThat(catalog.columns("busy")).containsExactly("id");
    }

    @Migration(revision = "bf000001", message = "backfill full name", transactional = false)
    public static class Backfill implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.batchedUpdate(BatchedUpdate.of("people", "visits = visits + 1, full_name = 100 / divisor || ''")
                    .batchSize(250).commitEachBatch());
        }
    }

    @Test
    void batchedUpdateThatFailsMidwayResumesAfterItsLastBatchOnRepair() {
        db.execute("CREATE TABLE people (id BIGINT PRIMARY KEY, divisor INT NOT NULL, visits INT NOT NULL, full_name TEXT)",
                "INSERT INTO people SELECT g, CASE WHEN g = 1700 THEN 0 ELSE 1 END, 0, NULL FROM generate_series(1, 3000) g");
        Migrations migrations = migrations(List.of(new Backfill()));

        assertThatThrownBy(migrations::upgrade).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("bf000001").hasMessageContaining("division by zero")
                .hasMessageContaining("migrations repair bf000001");
        assertThat(catalog.count("SELECT COUNT(*) FROM people WHERE visits = 1")).isEqualTo(1500);
        assertThat(migrations.show("bf000001").state()).isEqualTo(RevisionState.FAILED);

        db.execute("UPDATE people SET divisor = 1 WHERE id = 1700");
        migrations.repair("bf000001");
        migrations.upgrade();

        assertThat(catalog.count("SELECT COUNT(*) FROM people WHERE visits = 1 AND full_name = '100'")).isEqualTo(3000);
        assertThat(migrations.show("bf000001").state()).isEqualTo(RevisionState.APPLIED);
    }

    @Test
    void runnerKilledMidRunLeavesNoLockAndTheNextRunCompletes() throws Exception {
        int length = 30;
        Process victim = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                SlowChainMain.class.getName(), db.jdbcUrl(), db.user(), db.password(), String.valueOf(length))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (appliedCount() < 5) {
                assertThat(victim.isAlive()).as("the child runner is still running").isTrue();
                assertThat(System.nanoTime()).as("the child applied 5 revisions within 60 s").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            victim.destroyForcibly().waitFor();
        }
        long appliedBeforeKill = appliedCount();
        assertThat(appliedBeforeKill).isLessThan(length);

        Chain chain = SlowChainMain.chain(length);
        RunnerSettings settings = new RunnerSettings(null, RunnerSettings.DEFAULT_TABLE, TransactionMode.PER_REVISION,
                Duration.ofSeconds(15), null, null, RunnerSettings.defaults().checksumPolicy(), "test");
        RunResult rest = new Runner(db.dataSource(), chain.graph(), chain.scripts(), settings, new LoggingListener())
                .upgrade("heads");

        assertThat(rest.headsAfter()).containsExactly(Chain.id(length));
        assertThat(rest.steps().size() + appliedBeforeKill).isEqualTo(length);
        // This database's locks only: other databases of the server may be migrating at the same moment.
        assertThat(new DatabaseProbe(db.dataSource()).advisoryLocks()).isZero();
    }

    @Test
    void offlineUpgradeScriptRunByPsqlBuildsTheSameSchemaAsAnOnlineUpgrade() throws Exception {
        offlineDb.reset();
        story().upgrade();
        String script = Migrations.offline().dialect("postgresql").migrations(Story.all()).build().upgradeSql("base:heads");
        assertThat(script).contains("BEGIN;", "COMMIT;", "INSERT INTO \"migrations_version\"");
        Path file = Files.createTempFile("upgrade", ".sql");
        Files.writeString(file, script);

        ProcessResult psql = run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", PsqlUri.of(offlineDb), "-f", file.toString());
        assertThat(psql.exitCode()).as(psql.output()).isZero();

        assertThat(schemaDump(offlineDb)).isEqualTo(schemaDump(db));
        assertThat(new Catalog(offlineDb.dataSource()).count("SELECT COUNT(*) FROM migrations_version")).isEqualTo(6);
    }

    @Test
    void offlineDowngradeScriptUndoesTheUpgrade() throws Exception {
        offlineDb.reset();
        Migrations offline = Migrations.offline().dialect("postgresql").migrations(Story.all()).build();
        String script = offline.upgradeSql("heads") + offline.downgradeSql("heads:base");
        Path file = Files.createTempFile("roundtrip", ".sql");
        Files.writeString(file, script);

        ProcessResult psql = run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", PsqlUri.of(offlineDb), "-f", file.toString());
        assertThat(psql.exitCode()).as(psql.output()).isZero();
        assertThat(new Catalog(offlineDb.dataSource()).tables())
                .containsExactlyInAnyOrder("migrations_version", "migrations_version_audit");
    }

    private static String schemaDump(TestDatabase database) throws Exception {
        ProcessResult dump = run("pg_dump", "--schema-only", "--no-owner", "--no-privileges", "-d", PsqlUri.of(database));
        assertThat(dump.exitCode()).as(dump.output()).isZero();
        // pg_dump guards its output with a random \restrict key; everything else must match.
        return dump.output().lines().filter(line -> !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
                .collect(Collectors.joining("\n"));
    }

    record ProcessResult(int exitCode, String output) {
    }

    static ProcessResult run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new ProcessResult(process.waitFor(), output);
    }

    private long appliedCount() {
        if (!catalog.tables().contains("migrations_version")) {
            return 0;
        }
        return catalog.count("SELECT COUNT(*) FROM migrations_version");
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A revision changing a table its user does not own gets the same advice as the version table does. */
    @Test
    void aRevisionAlteringATableItsUserDoesNotOwnSaysToMigrateAsTheOwner() {
        String user = "writer_" + Long.toHexString(System.nanoTime());
        db.execute("CREATE TABLE legacy (id BIGINT PRIMARY KEY)", "CREATE ROLE " + user + " LOGIN PASSWORD 'w'",
                "GRANT USAGE, CREATE ON SCHEMA public TO " + user);
        Chain chain = Chain.of(1).followedBy(op -> op.addColumn("legacy", column("note", Types.TEXT)));
        try (HikariDataSource pool = db.pool(user, "w", 2, true)) {
            Runner runner = new Runner(pool, chain.graph(), chain.scripts(), settings(), e -> { });
            assertThatThrownBy(() -> runner.upgrade("heads")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("must be owner of table legacy")
                    .hasMessageContaining("The database user lacks a right this needs: migrate as a user that may "
                            + "change the schema (its owner)");
            assertThat(runner.readState().applied()).containsExactly(Chain.id(1));
        } finally {
            db.execute("DROP OWNED BY " + user, "DROP ROLE " + user);
        }
    }

    /**
     * The URL's currentSchema names a schema the new database does not have yet: without migrations.schema the
     * error says to set it, and nothing is created; with it, the first run creates the schema and the revisions'
     * tables land in it too, as the search path says.
     */
    @Test
    void aCurrentSchemaThatDoesNotExistYetIsCreatedThroughTheSchemaSetting() {
        String schema = "shop_" + Long.toHexString(System.nanoTime());
        Chain chain = Chain.of(2);
        try (HikariDataSource inShop = pool(db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + schema)) {
            Runner without = new Runner(inShop, chain.graph(), chain.scripts(), settings(), e -> { });
            assertThatThrownBy(() -> without.upgrade("heads")).isInstanceOf(DatabaseAccessException.class)
                    .hasMessageContaining("no schema has been selected to create in")
                    .hasMessageContaining("set migrations.schema to the same name and the first run creates it");
            assertThat(db.strings("SELECT nspname FROM pg_namespace WHERE nspname = '" + schema + "'")).isEmpty();
            assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).isEmpty();

            RunnerSettings d = settings();
            new Runner(inShop, chain.graph(), chain.scripts(), new RunnerSettings(schema, d.table(),
                    d.transactionMode(), d.lockWaitTimeout(), null, null, d.checksumPolicy(), "test"), e -> { })
                    .upgrade("heads");

            assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' "
                    + "ORDER BY tablename")).contains("migrations_version", Chain.table(1), Chain.table(2));
        } finally {
            db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(db.user());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(2);
        return pool;
    }
}
