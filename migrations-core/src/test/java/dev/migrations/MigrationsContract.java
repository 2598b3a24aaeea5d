package dev.migrations;

import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.IrreversibleMigrationException;
import dev.migrations.error.LockTimeoutException;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.error.UnknownRevisionException;
import dev.migrations.dialect.Dialects;
import dev.migrations.dialect.MigrationLock;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.fixtures.Catalog;
import dev.migrations.fixtures.Chain;
import dev.migrations.fixtures.CountingDataSource;
import dev.migrations.fixtures.Story;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import dev.migrations.runtime.AuditAction;
import dev.migrations.runtime.AuditEntry;
import dev.migrations.runtime.LoggingListener;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.Runner;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.runtime.StepResult;
import dev.migrations.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every supported database must do the same way; one subclass per database. */
abstract class MigrationsContract {

    abstract TestDatabase db();

    Catalog catalog;

    @BeforeEach
    void emptySchema() {
        db().reset();
        catalog = new Catalog(db().dataSource());
    }

    Migrations migrations(List<? extends MigrationScript> scripts) {
        return Migrations.builder(db().dataSource()).migrations(scripts).lockWaitTimeout(Duration.ofSeconds(20)).build();
    }

    Migrations story() {
        return migrations(Story.all());
    }

    static List<String> ids(RunResult result) {
        return result.steps().stream().map(StepResult::revision).toList();
    }

    @Test
    void upgradeToHeadsRunsEveryRevisionInGraphOrder() {
        RunResult result = story().upgrade();

        assertThat(ids(result)).containsExactly("a1a1a1a1", "b2b2b2b2", "c3a3a3a3", "c3b3b3b3", "d4d4d4d4", "e5e5e5e5");
        assertThat(result.headsBefore()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("e5e5e5e5");
        assertThat(catalog.tables()).contains("users", "posts", "tags", "migrations_version", "migrations_version_audit");
        assertThat(catalog.columnSize("posts", "title")).isEqualTo(200);
        assertThat(story().current()).extracting(RevisionStatus::revision).containsExactly("e5e5e5e5");
        assertThat(story().audit()).extracting(AuditEntry::action).containsOnly(AuditAction.UPGRADE).hasSize(6);
    }

    @Test
    void secondUpgradeFindsNothingToDo() {
        story().upgrade();
        RunResult again = story().upgrade();
        assertThat(again.didNothing()).isTrue();
        assertThat(again.headsAfter()).containsExactly("e5e5e5e5");
    }

    @Test
    void downgradeStepsBackToRevisionAndToBaseThenUpgradesAgain() {
        Migrations migrations = story();
        migrations.upgrade();

        assertThat(ids(migrations.downgrade("-1"))).containsExactly("e5e5e5e5");
        assertThat(catalog.columnSize("posts", "title")).isEqualTo(100);

        RunResult toB2 = migrations.downgrade("b2b2");
        assertThat(ids(toB2)).containsExactly("d4d4d4d4", "c3b3b3b3", "c3a3a3a3");
        assertThat(toB2.headsAfter()).containsExactly("b2b2b2b2");
        assertThat(catalog.tables()).doesNotContain("tags");
        assertThat(catalog.columns("users")).doesNotContain("nickname");

        migrations.downgrade("base");
        assertThat(catalog.tables()).doesNotContain("users", "posts", "tags").contains("migrations_version");

        assertThat(ids(migrations.upgrade("heads"))).hasSize(6);
        assertThat(catalog.tables()).contains("users", "posts", "tags");
    }

    @Test
    void upgradeToOneBranchLeavesTheOtherPending() {
        Migrations migrations = story();
        assertThat(ids(migrations.upgrade("c3a3"))).containsExactly("a1a1a1a1", "b2b2b2b2", "c3a3a3a3");
        assertThat(catalog.tables()).doesNotContain("tags");

        assertThat(ids(migrations.upgrade("+1"))).containsExactly("c3b3b3b3");
        assertThat(migrations.current()).extracting(RevisionStatus::revision)
                .containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3");
        assertThat(migrations.status().pending()).isEqualTo(2);
        assertThat(migrations.status("c3b3b3b3").pending()).isZero();
        assertThat(migrations.status("d4d4").pending()).isEqualTo(1);
        assertThat(migrations.validate("c3b3b3b3").upToDate()).isTrue();
        assertThat(migrations.validate().pending()).extracting(RevisionStatus::revision)
                .containsExactly("d4d4d4d4", "e5e5e5e5");
    }

    @Test
    void stampRecordsRevisionsWithoutRunningThem() {
        Migrations migrations = story();
        assertThat(migrations.stamp("b2b2b2b2")).containsExactly("b2b2b2b2");
        assertThat(catalog.tables()).doesNotContain("users", "posts");
        assertThat(migrations.status().revisions()).filteredOn(r -> r.state() == RevisionState.APPLIED)
                .extracting(RevisionStatus::revision).containsExactlyInAnyOrder("a1a1a1a1", "b2b2b2b2");

        assertThat(migrations.stamp("base")).isEmpty();
        assertThat(migrations.current()).isEmpty();
        assertThat(migrations.audit()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.STAMP, AuditAction.STAMP, AuditAction.UNSTAMP, AuditAction.UNSTAMP);
    }

    @Test
    void editedRevisionIsDetectedAndRefusedUntilRepaired() {
        story().upgrade();
        List<MigrationScript> edited = new ArrayList<>(Story.all());
        edited.set(3, new Story.CreateTagsEdited());
        Migrations migrations = migrations(edited);

        assertThat(migrations.show("c3b3").state()).isEqualTo(RevisionState.CHECKSUM_MISMATCH);
        assertThat(migrations.validate().valid()).isFalse();
        assertThatThrownBy(migrations::upgrade).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("c3b3b3b3 (create tags) was edited after it was applied")
                .hasMessageContaining("migrations repair c3b3b3b3");

        migrations.repair("c3b3b3b3");
        assertThat(migrations.show("c3b3").state()).isEqualTo(RevisionState.APPLIED);
        assertThat(migrations.upgrade().didNothing()).isTrue();
    }

    /**
     * Pools tuned for JPA hand out connections outside auto-commit ({@code spring.datasource.hikari.auto-commit=false});
     * what a run writes outside a revision's transaction (a repair, the audit) was rolled back as the connection went
     * back to such a pool.
     */
    @Test
    void aPoolHandingOutConnectionsOutsideAutoCommitKeepsEveryWrite() {
        try (HikariDataSource pool = db().pool(3, false)) {
            Migrations original = Migrations.builder(pool).migrations(Story.all()).build();
            assertThat(ids(original.upgrade("d4d4"))).hasSize(5);
            assertThat(ids(original.downgrade("c3a3"))).containsExactly("d4d4d4d4");
            assertThat(original.stamp("d4d4")).containsExactly("d4d4d4d4");

            List<MigrationScript> edited = new ArrayList<>(Story.all());
            edited.set(3, new Story.CreateTagsEdited());
            Migrations migrations = Migrations.builder(pool).migrations(edited).build();
            migrations.repair("c3b3b3b3");
            assertThat(ids(migrations.upgrade())).containsExactly("e5e5e5e5");
        }
        List<MigrationScript> edited = new ArrayList<>(Story.all());
        edited.set(3, new Story.CreateTagsEdited());
        Migrations afterwards = migrations(edited);
        assertThat(afterwards.show("c3b3").state()).as("the repair lasted").isEqualTo(RevisionState.APPLIED);
        assertThat(afterwards.current()).extracting(RevisionStatus::revision).containsExactly("e5e5e5e5");
        assertThat(afterwards.audit()).extracting(AuditEntry::action).containsSubsequence(AuditAction.UPGRADE,
                AuditAction.DOWNGRADE, AuditAction.STAMP, AuditAction.REPAIR, AuditAction.UPGRADE);
    }

    /**
     * A session's lock is held by the connection that migrates, so a pool of one connection is enough, also after a
     * revision fails; H2's lock, a transaction, needs a second connection, and the error says so.
     */
    @Test
    void aPoolOfOneConnectionIsEnoughWhereTheLockIsTheSessions() {
        List<MigrationScript> failing = new ArrayList<>(Story.all());
        failing.add(new Story.BrokenSeed());
        try (HikariDataSource pool = db().pool(1, true)) {
            Migrations migrations = Migrations.builder(pool).migrations(failing).build();
            if (db().kind().equals("h2")) {
                assertThatThrownBy(migrations::upgrade).isInstanceOf(DatabaseAccessException.class)
                        .hasMessageContaining("Could not take the migration lock of migrations_version")
                        .hasMessageContaining("a pool needs at least two");
                assertThat(catalog.tables()).doesNotContain("migrations_version", "users");
                return;
            }
            assertThatThrownBy(migrations::upgrade).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("f6f6f6f6 (broken seed) failed");
            assertThat(migrations.current()).extracting(RevisionStatus::revision).containsExactly("e5e5e5e5");

            Migrations elsewhere = Migrations.builder(db().dataSource()).migrations(failing)
                    .lockWaitTimeout(Duration.ofSeconds(2)).build();
            assertThatThrownBy(elsewhere::upgrade).as("the lock was released with the pooled connection still open")
                    .isNotInstanceOf(LockTimeoutException.class).hasMessageContaining("f6f6f6f6 (broken seed) failed");
            assertThat(migrations.stamp("e5e5")).containsExactly("e5e5e5e5");
        }
    }

    @Test
    void reformattedRevisionKeepsItsChecksum() {
        story().upgrade();
        List<MigrationScript> reformatted = new ArrayList<>(Story.all());
        reformatted.set(3, new Story.CreateTagsReformatted());
        Migrations migrations = migrations(reformatted);

        assertThat(migrations.validate().upToDate()).isTrue();
        assertThat(migrations.upgrade().didNothing()).isTrue();
    }

    /**
     * A newer release migrated; the older one starts again, as its replicas do during a rolling deploy: its upgrade
     * and validation leave the newer revisions alone, while a downgrade from the older code is still refused with
     * the way out.
     */
    @Test
    void databaseAheadOfCodeLetsTheOlderReleaseStartButNotDowngrade() {
        story().upgrade();
        Migrations older = migrations(Story.all().subList(0, 2));

        assertThat(older.upgrade().didNothing()).isTrue();
        ValidationReport validation = older.validate();
        assertThat(validation.upToDate()).isTrue();
        assertThat(validation.aheadOfCode()).extracting(RevisionStatus::revision)
                .containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3", "d4d4d4d4", "e5e5e5e5");
        assertThat(catalog.tables()).as("the newer schema stays").contains("tags");
        assertThatThrownBy(() -> older.downgrade("a1a1a1a1")).isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("c3a3a3a3 (add nickname)")
                .hasMessageContaining("ahead of the code")
                .hasMessageContaining("migrations stamp <revision> --purge");
        assertThat(older.status().revisions()).filteredOn(r -> r.state() == RevisionState.UNKNOWN_IN_CODE)
                .extracting(RevisionStatus::revision)
                .containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3", "d4d4d4d4", "e5e5e5e5");

        assertThat(older.stamp("b2b2b2b2", true)).containsExactly("b2b2b2b2");
        assertThat(older.validate().upToDate()).isTrue();
    }

    @Test
    void irreversibleDowngradeNamesTheRevisionAndChangesNothing() {
        List<MigrationScript> scripts = new ArrayList<>(Story.all());
        scripts.add(new Story.SeedTags());
        Migrations migrations = migrations(scripts);
        migrations.upgrade();

        assertThatThrownBy(() -> migrations.downgrade("d4d4d4d4")).isInstanceOf(IrreversibleMigrationException.class)
                .hasMessageContaining("f6f6f6f6 (seed tags)")
                .hasMessageContaining("Nothing was changed");
        assertThat(migrations.current()).extracting(RevisionStatus::revision).containsExactly("f6f6f6f6");
        assertThat(catalog.columnSize("posts", "title")).isEqualTo(200);
    }

    @Test
    void headWithSeveralHeadsAsksForAMerge() {
        Migrations unmerged = migrations(Story.all().subList(0, 4));
        assertThatThrownBy(() -> unmerged.upgrade("head")).isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("c3a3a3a3").hasMessageContaining("c3b3b3b3").hasMessageContaining("merge");
        assertThat(catalog.tables()).doesNotContain("users");
    }

    @Test
    void historyShowHeadsAndBranchesDescribeTheGraph() {
        Migrations migrations = story();
        migrations.upgrade("c3a3a3a3");

        assertThat(migrations.history("b2b2b2b2:d4d4d4d4")).extracting(RevisionStatus::revision)
                .containsExactly("d4d4d4d4", "c3b3b3b3", "c3a3a3a3", "b2b2b2b2");
        assertThat(migrations.heads()).extracting(RevisionStatus::revision).containsExactly("e5e5e5e5");
        assertThat(migrations.branches()).singleElement().satisfies(b -> {
            assertThat(b.revision()).isEqualTo("b2b2b2b2");
            assertThat(b.branches()).containsExactly("c3a3a3a3", "c3b3b3b3");
        });
        RevisionStatus nickname = migrations.show("profile");
        assertThat(nickname.revision()).isEqualTo("c3a3a3a3");
        assertThat(nickname.state()).isEqualTo(RevisionState.APPLIED);
        assertThat(nickname.appliedAt()).isNotNull();
        assertThat(nickname.appliedBy()).isNotBlank();
        assertThat(migrations.show("tagging").state()).isEqualTo(RevisionState.PENDING);
    }

    @Test
    void lockHeldElsewhereTimesOutWithoutTouchingTheDatabase() throws Exception {
        try (Connection holder = db().dataSource().getConnection()) {
            MigrationLock lock = Dialects.detect(holder).lock(null, RunnerSettings.DEFAULT_TABLE);
            assertThat(lock.tryAcquire(holder)).isTrue();
            Migrations migrations = Migrations.builder(db().dataSource()).migrations(Story.all())
                    .lockWaitTimeout(Duration.ofMillis(800)).build();

            assertThatThrownBy(migrations::upgrade).isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("migrations_version").hasMessageContaining("lock-wait-timeout");
            assertThat(catalog.tables()).doesNotContain("users", "migrations_version");
            lock.release(holder);
        }
    }

    @Test
    void concurrentRunnersApplyEachRevisionExactlyOnce() throws Exception {
        Chain chain = Chain.of(24);
        int runners = 8;
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RunResult>> results = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                Runner runner = new Runner(db().dataSource(), chain.graph(), chain.scripts(), settings(), new LoggingListener());
                Callable<RunResult> upgrade = () -> {
                    start.await();
                    return runner.upgrade("heads");
                };
                results.add(pool.submit(upgrade));
            }
            start.countDown();
            int applied = 0;
            for (Future<RunResult> result : results) {
                RunResult run = result.get();
                applied += run.steps().size();
                assertThat(run.headsAfter()).containsExactly(Chain.id(24));
            }
            assertThat(applied).isEqualTo(24);
            Runner reader = new Runner(db().dataSource(), chain.graph(), chain.scripts(), settings(), e -> { });
            Map<String, Long> upgradesPerRevision = reader.audit().stream()
                    .filter(e -> e.action() == AuditAction.UPGRADE)
                    .collect(Collectors.groupingBy(AuditEntry::revision, Collectors.counting()));
            assertThat(upgradesPerRevision).hasSize(24).allSatisfy((revision, count) -> assertThat(count).isEqualTo(1));
            assertThat(catalog.tables()).containsAll(Stream.iterate(1, i -> i + 1).limit(24).map(Chain::table).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void startWithNothingPendingCostsTheSameQueriesWhateverTheHistory() {
        int few = noOpStatements(5);
        db().reset();
        int many = noOpStatements(60);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(3);
    }

    @Test
    void aRevisionCreatingWhatTheDatabaseHasAlreadySaysHowToStampItAndAppliesNothing() {
        db().execute("CREATE TABLE " + Chain.table(1) + " (id BIGINT PRIMARY KEY)");
        Chain chain = Chain.of(2);
        Runner runner = new Runner(db().dataSource(), chain.graph(), chain.scripts(), settings(), e -> { });

        assertThatThrownBy(() -> runner.upgrade("heads")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("Upgrade to revision " + Chain.id(1))
                .hasMessageContaining("If the database got it by other means")
                .hasMessageContaining("`migrations stamp " + Chain.id(1) + "`");
        assertThat(runner.readState().applied()).isEmpty();
    }

    /** A service's own user, which may only read and write data, is told to migrate as the schema's owner. */
    @Test
    void aUserWithoutTheRightToCreateTablesIsToldToMigrateAsTheSchemasOwner() {
        String user = "reader_" + Long.toHexString(System.nanoTime());
        String password = "Reader-" + user;
        boolean mariaDb = db().kind().equals("mariadb") || db().kind().equals("mysql");
        List<String> create = switch (db().kind()) {
            case "postgres" -> List.of("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'",
                    "GRANT USAGE ON SCHEMA public TO " + user);
            case "h2" -> List.of("CREATE USER " + user + " PASSWORD '" + password + "'");
            default -> List.of("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                    "GRANT SELECT ON " + db().strings("SELECT DATABASE()").get(0) + ".* TO '" + user + "'@'%'");
        };
        String[] drop = mariaDb ? new String[] {"DROP USER '" + user + "'@'%'"} : db().kind().equals("h2")
                ? new String[] {"DROP USER " + user} : new String[] {"DROP OWNED BY " + user, "DROP ROLE " + user};
        db().execute(create.toArray(String[]::new));
        try (HikariDataSource pool = db().pool(user, password, 2, true)) {
            Migrations migrations = Migrations.builder(pool).migrations(Story.all()).build();
            assertThatThrownBy(migrations::upgrade).isInstanceOf(DatabaseAccessException.class)
                    .hasMessageContaining("migrations_version")
                    .hasMessageNotContaining("a pool needs at least two")
                    .hasMessageContaining("The database user lacks a right this needs: migrate as a user that may "
                            + "change the schema (its owner), in Spring Boot with migrations.user");
        } finally {
            db().execute(drop);
        }
        assertThat(catalog.tables()).doesNotContain("migrations_version", "users");
    }

    @Test
    void anIndexOrColumnTheDatabaseHasAlreadyGetsTheSameAdviceWhileOtherFailuresDoNot() {
        assertAdviceToStamp(true, op -> op.createIndex("ix_name", Chain.table(1), "name"));
        db().reset();
        assertAdviceToStamp(true, op -> op.addColumn(Chain.table(1), column("name", Types.varchar(100))));
        db().reset();
        assertAdviceToStamp(false, op -> op.dropTable("no_such_table"));
    }

    /** Revision 1 creates t_001 (id, name) with an index ix_name; revision 2 does {@code second} alone and fails. */
    private void assertAdviceToStamp(boolean advised, Consumer<Operations> second) {
        Chain chain = Chain.of(1, i -> op -> op.createIndex("ix_name", Chain.table(1), "name")).followedBy(second);
        Runner runner = new Runner(db().dataSource(), chain.graph(), chain.scripts(), settings(), e -> { });

        assertThatThrownBy(() -> runner.upgrade("heads")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("Upgrade to revision " + Chain.id(2))
                .satisfies(failure -> assertThat(failure.getMessage().contains("`migrations stamp " + Chain.id(2) + "`"))
                        .as(failure.getMessage()).isEqualTo(advised));
        assertThat(runner.readState().applied()).containsExactly(Chain.id(1));
    }

    /** {@code migrations.schema} naming a schema the database does not have yet, as on a new environment. */
    @Test
    void theFirstUpgradeCreatesTheVersionTablesSchemaWhenTheDatabaseHasNone() {
        String schema = "vt_" + Long.toHexString(System.nanoTime());
        RunnerSettings d = settings();
        RunnerSettings inSchema = new RunnerSettings(schema, d.table(), d.transactionMode(), d.lockWaitTimeout(),
                null, null, d.checksumPolicy(), "test");
        Chain chain = Chain.of(2);
        try {
            Runner runner = new Runner(db().dataSource(), chain.graph(), chain.scripts(), inSchema, e -> { });

            runner.upgrade("heads");

            assertThat(runner.readState().applied()).containsExactly(Chain.id(1), Chain.id(2));
            assertThat(db().strings("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = '"
                    + schema + "'")).contains("migrations_version");
        } finally {
            db().execute("DROP SCHEMA IF EXISTS " + schema + (db().kind().equals("postgres") || db().kind().equals("h2")
                    ? " CASCADE" : ""));
        }
    }

    @Test
    void theDialectIsDetectedOnceSoReadingTheSchemaTakesOneConnection() {
        CountingDataSource counting = new CountingDataSource(db().dataSource());
        Migrations migrations = Migrations.builder(counting).migrations(Story.all()).build();
        migrations.upgrade("heads");
        counting.reset();

        assertThat(migrations.autogenerate().liveSchema().tables()).isNotEmpty();

        assertThat(counting.connections()).isEqualTo(1);
    }

    private int noOpStatements(int revisions) {
        Chain chain = Chain.of(revisions);
        new Runner(db().dataSource(), chain.graph(), chain.scripts(), settings(), e -> { }).upgrade("heads");
        CountingDataSource counting = new CountingDataSource(db().dataSource());
        RunResult run = new Runner(counting, chain.graph(), chain.scripts(), settings(), e -> { }).upgrade("heads");
        assertThat(run.didNothing()).isTrue();
        return counting.statements();
    }

    static RunnerSettings settings() {
        RunnerSettings d = RunnerSettings.defaults();
        return new RunnerSettings(d.schema(), d.table(), d.transactionMode(), Duration.ofSeconds(60), null, null,
                d.checksumPolicy(), "test");
    }
}
