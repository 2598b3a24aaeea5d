package dev.migrations.reliability;

import dev.migrations.fixtures.Chain;
import dev.migrations.runtime.ChecksumPolicy;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.Runner;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.runtime.TransactionMode;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill storm: a runner upgrading a chain of {@value #LENGTH} revisions (each creates a table and sleeps a little
 * inside its transaction) is killed with SIGKILL at a random point, again and again, each time on an empty schema.
 * After every kill the database must be consistent on its own, before anyone repairs anything: the history matches
 * the schema (every applied revision's table exists, no pending revision's table does), no row is left in another
 * state, and no advisory lock outlives the dead runner. Then a new runner reaches head within its lock wait, and the
 * audit shows every revision upgraded exactly once over the two runs.
 *
 * <p>The kill points are random, from a seed printed with the results; {@code -Dreliability.seed=<seed>} replays a
 * run.
 */
class KillStormTest {

    private static final int LENGTH = 32;
    private static final int KILLS = 10;
    private static final int MAX_ROUNDS = 16;
    private static final String CHILD = "kill-storm-child";
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private static final Duration CHILD_PROGRESS_TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final DatabaseProbe probe = new DatabaseProbe(db.dataSource());

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void runnersKilledAtRandomPointsLeaveAConsistentHistoryNoLockAndTheNextRunReachesHead() throws Exception {
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        Chain chain = SlowChainRunnerMain.chain(LENGTH);
        List<String> report = new ArrayList<>();
        int midRunKills = 0;
        long started = System.nanoTime();
        for (int round = 1; round <= MAX_ROUNDS && midRunKills < KILLS; round++) {
            db.reset();
            int killAfter = random.nextInt(LENGTH);
            int jitterMillis = random.nextInt(60);
            String when = "round " + round + " (seed " + seed + ", kill after " + killAfter + " applied + "
                    + jitterMillis + " ms)";

            boolean killedMidRun;
            try (ChildJvm child = ChildJvm.start(SlowChainRunnerMain.class, db.jdbcUrl(), db.user(), db.password(),
                    String.valueOf(LENGTH), CHILD)) {
                awaitKillPoint(child, killAfter, when);
                Thread.sleep(jitterMillis);
                killedMidRun = child.isAlive();
                child.kill();
                if (!killedMidRun) {
                    assertThat(child.awaitExit()).as(when + ": the child ended before the kill:\n" + child.output())
                            .isZero();
                }
            }
            Duration reaped = probe.awaitSessionsGone(CHILD, Duration.ofSeconds(15));
            int appliedAfterKill = probe.versionRows().size();
            killedMidRun &= appliedAfterKill < LENGTH;

            assertThat(probe.advisoryLocks()).as(when + ": advisory locks once the killed runner's sessions are gone")
                    .isZero();
            assertHistoryMatchesSchema(when + ", after the kill");

            long restStart = System.nanoTime();
            RunResult rest = new Runner(db.dataSource(), chain.graph(), chain.scripts(), settings(), event -> { })
                    .upgrade("heads");
            Duration restTook = Duration.ofNanos(System.nanoTime() - restStart);

            assertThat(rest.headsAfter()).as(when).containsExactly(Chain.id(LENGTH));
            assertThat(rest.steps().size() + appliedAfterKill).as(when + ": revisions run by the new runner")
                    .isEqualTo(LENGTH);
            assertHistoryMatchesSchema(when + ", after the next run");
            assertThat(probe.audit()).as(when + ": every revision upgraded exactly once over both runs")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, LENGTH).mapToObj(i -> Chain.id(i) + " UPGRADE")
                            .toList());
            assertThat(probe.advisoryLocks()).as(when + ": advisory locks after the next run").isZero();

            if (killedMidRun) {
                midRunKills++;
            }
            report.add(String.format("round %2d: kill after %2d applied + %2d ms -> %2d applied at the kill%s; "
                            + "sessions gone in %d ms; next run applied %2d in %d ms", round, killAfter, jitterMillis,
                    appliedAfterKill, killedMidRun ? "" : " (child had finished: not counted)", reaped.toMillis(),
                    rest.steps().size(), restTook.toMillis()));
        }
        System.out.println("Kill storm, seed " + seed + ", " + midRunKills + " kills mid-run in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s:\n  " + String.join("\n  ", report));
        assertThat(midRunKills).as("kills that landed mid-run (seed " + seed + ")").isGreaterThanOrEqualTo(KILLS);
    }

    /** Waits until the child runs (it has a session) and has applied {@code killAfter} revisions. */
    private void awaitKillPoint(ChildJvm child, int killAfter, String when) throws InterruptedException {
        long deadline = System.nanoTime() + CHILD_PROGRESS_TIMEOUT.toNanos();
        while (child.isAlive() && (probe.sessions(CHILD) == 0 || applied() < killAfter)) {
            assertThat(System.nanoTime()).as(when + ": the child reached the kill point within "
                    + CHILD_PROGRESS_TIMEOUT.toSeconds() + " s:\n" + child.output()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private long applied() {
        return probe.hasVersionTable() ? probe.count("SELECT COUNT(*) FROM " + DatabaseProbe.VERSION_TABLE) : 0;
    }

    /**
     * Every applied revision's table exists and no pending revision's table does; the applied revisions are a
     * prefix of the chain; no row is in any state but APPLIED (the chain is transactional, so a killed revision
     * leaves nothing).
     */
    private void assertHistoryMatchesSchema(String when) {
        Map<String, String> rows = probe.versionRows();
        Set<String> tables = probe.userTables();
        assertThat(rows.values()).as(when + ": version rows " + rows).allMatch("APPLIED"::equals);
        assertThat(List.copyOf(rows.keySet())).as(when + ": the applied revisions are a prefix of the chain")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, rows.size()).mapToObj(Chain::id).toList());
        List<String> mismatches = new ArrayList<>();
        for (int i = 1; i <= LENGTH; i++) {
            boolean applied = rows.containsKey(Chain.id(i));
            boolean exists = tables.contains(Chain.table(i));
            if (applied != exists) {
                mismatches.add(Chain.id(i) + (applied ? " is applied but " + Chain.table(i) + " is missing"
                        : " is pending but " + Chain.table(i) + " exists"));
            }
        }
        assertThat(mismatches).as(when + ": history against schema").isEmpty();
        assertThat(tables).as(when + ": no table other than the chain's").allMatch(t -> t.matches("t_\\d{3}"));
    }

    private static RunnerSettings settings() {
        return new RunnerSettings(null, RunnerSettings.DEFAULT_TABLE, TransactionMode.PER_REVISION, LOCK_WAIT, null,
                null, ChecksumPolicy.FAIL, "kill-storm-test");
    }
}
