package dev.migrations.reliability;

import dev.migrations.error.IncompleteMigrationException;
import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.StepResult;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.migrations.reliability.CounterBackfill.AFTER_TABLE;
import static dev.migrations.reliability.CounterBackfill.BATCH;
import static dev.migrations.reliability.CounterBackfill.ROWS;
import static dev.migrations.reliability.CounterBackfill.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A non-transactional revision (a batched update committing each batch) killed with SIGKILL mid-way. Its row stays
 * RUNNING, so the next start refuses with {@link IncompleteMigrationException}, naming the revision and both ways out
 * ({@code migrations repair}, {@code migrations stamp}); refusing again and again, never skipping it. After
 * {@code repair} the rerun resumes after the last checkpoint and completes, and every row is counted exactly once.
 */
abstract class NonTransactionalKillContract {

    private static final String CHILD = "backfill-child";
    private static final Duration CHILD_PROGRESS_TIMEOUT = Duration.ofSeconds(60);

    private TestDatabase db;
    private DatabaseProbe probe;

    abstract TestDatabase db();

    @BeforeEach
    void probe() {
        db = db();
        probe = new DatabaseProbe(db.dataSource());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedNonTransactionalRevisionIsRefusedUntilRepairedThenResumesAndCountsEveryRowOnce() throws Exception {
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        // Between the 2nd batch and the 18th of 30: at least 12 batches (over a third of a second) remain at the kill.
        int killAtRows = BATCH * 2 + random.nextInt(BATCH * 16);
        int jitterMillis = random.nextInt(30);
        String when = "seed " + seed + ", kill after " + killAtRows + " rows + " + jitterMillis + " ms";
        migrations().upgrade("nt000001");

        try (ChildJvm child = ChildJvm.start(CounterBackfillMain.class, db.jdbcUrl(), db.user(), db.password(), CHILD)) {
            long deadline = System.nanoTime() + CHILD_PROGRESS_TIMEOUT.toNanos();
            while (counted() < killAtRows) {
                assertThat(child.isAlive()).as(when + ": the child is still running:\n" + child.output()).isTrue();
                assertThat(System.nanoTime()).as(when + ": the child counted " + killAtRows + " rows in time")
                        .isLessThan(deadline);
                Thread.sleep(5);
            }
            Thread.sleep(jitterMillis);
            assertThat(child.isAlive()).as(when + ": killed mid-way").isTrue();
            assertThat(probe.advisoryLocks()).as(when + ": the running child holds the migration lock").isEqualTo(1);
            child.kill();
        }
        probe.awaitSessionsGone(CHILD, Duration.ofSeconds(15));

        long countedAtKill = counted();
        String progress = probe.hasVersionTable() ? progressOf("nt000002") : null;
        System.out.println("Non-transactional kill (" + when + "): " + countedAtKill + " of " + ROWS
                + " rows counted at the kill, checkpoint " + progress);
        assertThat(countedAtKill).as(when).isBetween(1L, (long) ROWS - 1);
        assertThat(probe.count("SELECT COUNT(*) FROM " + TABLE + " WHERE counter > 1")).as(when).isZero();
        assertThat(probe.versionRows()).as(when).containsExactly(Map.entry("nt000001", "APPLIED"),
                Map.entry("nt000002", "RUNNING"));
        assertThat(progress).as(when + ": the checkpoint of the last committed batch").matches("0:\\d+");
        assertThat(probe.advisoryLocks()).as(when).isZero();

        Migrations next = migrations();
        for (String target : List.of("heads", "nt000003", "nt000002")) {
            assertThatThrownBy(() -> next.upgrade(target)).as(when + ": upgrade " + target)
                    .isInstanceOfSatisfying(IncompleteMigrationException.class,
                            e -> assertThat(e.revision()).isEqualTo("nt000002"))
                    .hasMessageContaining("Revision nt000002 (count every row once) was interrupted part-way")
                    .hasMessageContaining("ran outside a transaction")
                    .hasMessageContaining("`migrations repair nt000002`")
                    .hasMessageContaining("`migrations stamp nt000002`");
        }
        assertThat(counted()).as(when + ": a refused start changes nothing").isEqualTo(countedAtKill);
        assertThat(probe.userTables()).as(when + ": the next revision is not applied").doesNotContain(AFTER_TABLE);
        assertThat(next.show("nt000002").state()).isEqualTo(RevisionState.RUNNING);
        assertThat(next.show("nt000003").state()).isEqualTo(RevisionState.PENDING);
        assertThat(next.validate().problems()).extracting(RevisionStatus::revision).containsExactly("nt000002");

        next.repair("nt000002");
        assertThat(next.show("nt000002").state()).isEqualTo(RevisionState.PENDING);
        RunResult rerun = next.upgrade();

        assertThat(rerun.steps()).extracting(StepResult::revision).containsExactly("nt000002", "nt000003");
        assertThat(probe.count("SELECT COUNT(*) FROM " + TABLE + " WHERE counter = 1")).as(when).isEqualTo(ROWS);
        assertThat(probe.count("SELECT COUNT(*) FROM " + TABLE + " WHERE counter <> 1")).as(when).isZero();
        assertThat(probe.versionRows()).containsExactly(Map.entry("nt000001", "APPLIED"),
                Map.entry("nt000002", "APPLIED"), Map.entry("nt000003", "APPLIED"));
        assertThat(probe.userTables()).contains(AFTER_TABLE);
        assertThat(probe.count("SELECT COUNT(*) FROM " + DatabaseProbe.AUDIT_TABLE + " WHERE revision = 'nt000002' "
                + "AND action = 'REPAIR' AND detail = ?", "marked for retry, resuming at " + progress))
                .as(when + ": the repair resumes at the checkpoint").isEqualTo(1);
        assertThat(probe.audit()).containsExactly("nt000001 UPGRADE", "nt000002 REPAIR", "nt000002 UPGRADE",
                "nt000003 UPGRADE");
        assertThat(next.validate().upToDate()).isTrue();
    }

    private Migrations migrations() {
        return Migrations.builder(db.dataSource()).migrations(CounterBackfill.all())
                .lockWaitTimeout(Duration.ofSeconds(10)).build();
    }

    private long counted() {
        return probe.count("SELECT COUNT(*) FROM " + TABLE + " WHERE counter = 1");
    }

    private String progressOf(String revision) {
        try (var c = db.dataSource().getConnection();
             var ps = c.prepareStatement("SELECT progress FROM " + DatabaseProbe.VERSION_TABLE + " WHERE revision = ?")) {
            ps.setString(1, revision);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
