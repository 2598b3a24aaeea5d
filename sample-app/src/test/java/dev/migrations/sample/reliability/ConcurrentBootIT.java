package dev.migrations.sample.reliability;

import dev.migrations.sample.reliability.SampleApp.Server;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight replicas of the packaged sample application start at the same moment against one empty PostgreSQL
 * database, which holds none of its twelve revisions. All eight become ready (their readiness group, which includes
 * the migrations, answers UP); each revision is applied exactly once, by one replica (the version table has twelve
 * rows and the audit twelve upgrades, one per revision; twelve "Upgraded to" lines among all the logs, all in the
 * log of the replica the version table names); every replica reports the database at the head with nothing
 * pending; no log has an ERROR; and once they are stopped no advisory lock is left. Repeated on a fresh database
 * each round.
 *
 * <p>Each replica names itself in {@code migrations.applied-by}, runs with a pool of at most 4 connections (eight
 * default pools of 10 would take 80 of the server's 100 connections) and without the sample's demo data, whose
 * check-then-insert is not safe for replicas starting together (it is the sample's, not the library's).
 * {@code -Dreliability.replicas} and {@code -Dreliability.rounds} change the defaults (8 and 3).
 */
class ConcurrentBootIT {

    private static final String HEAD = "e7f6ada0098e";
    private static final int REVISIONS = 12;
    private static final int REPLICAS = Integer.getInteger("reliability.replicas", 8);
    private static final int ROUNDS = Integer.getInteger("reliability.rounds", 3);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s.*");
    private static final Pattern UPGRADED = Pattern.compile("Upgraded to (\\w+) \\(");

    private final ActuatorClient http = new ActuatorClient();

    @TempDir
    Path logs;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void replicasBootingTogetherOnAnEmptyDatabaseApplyEachRevisionOnceAndAllBecomeReady() throws Exception {
        SampleApp app = SampleApp.withClassDataSharing();
        List<String> report = new ArrayList<>();
        long start = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            report.add(round(app, round));
        }
        System.out.println("Concurrent boot: " + ROUNDS + " rounds of " + REPLICAS + " replicas (" + app.description()
                + ") in " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s:\n  "
                + String.join("\n  ", report));
    }

    private String round(SampleApp app, int round) throws Exception {
        String when = "round " + round;
        TestDatabase db = TestDatabase.postgres();
        db.create();
        List<Server> replicas = Collections.synchronizedList(new ArrayList<>());
        try {
            long start = System.nanoTime();
            startTogether(app, db, round, replicas);
            long deadline = start + ROUND_TIMEOUT.toNanos();
            List<Long> readyAfter = new ArrayList<>();
            for (Server replica : replicas) {
                replica.awaitReady(deadline, http);
                readyAfter.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
            long allReady = Collections.max(readyAfter);

            // The database: every revision once, all by one replica, and an audit of exactly twelve upgrades.
            Map<String, String> appliedBy = appliedBy(db);
            assertThat(appliedBy).as(when + ": version rows").hasSize(REVISIONS);
            Set<String> appliers = new TreeSet<>(appliedBy.values());
            assertThat(appliers).as(when + ": replicas that applied revisions (the lock is held for a whole run)")
                    .hasSize(1);
            Map<String, Integer> upgrades = upgradesPerRevision(db, when);
            assertThat(upgrades).as(when + ": UPGRADE audit rows per revision").hasSize(REVISIONS)
                    .allSatisfy((revision, count) -> assertThat(count).as(revision).isEqualTo(1));
            assertThat(upgrades.keySet()).isEqualTo(appliedBy.keySet());

            // The logs: twelve "Upgraded to" lines in all, in the applier's log; no ERROR anywhere.
            Map<String, List<String>> upgradedLines = new TreeMap<>();
            int waited = 0;
            for (int i = 0; i < replicas.size(); i++) {
                Server replica = replicas.get(i);
                List<String> lines = replica.logLines();
                List<String> errors = lines.stream().filter(line -> ERROR_LINE.matcher(line).matches()).toList();
                assertThat(errors).as(when + ": ERROR lines of replica-" + (i + 1) + "\n" + replica.tail()).isEmpty();
                assertThat(replica.log()).as(when + ": replica-" + (i + 1)).doesNotContain("APPLICATION FAILED TO START");
                List<String> upgraded = new ArrayList<>();
                for (String line : lines) {
                    Matcher matcher = UPGRADED.matcher(line);
                    if (matcher.find()) {
                        upgraded.add(matcher.group(1));
                    }
                }
                if (!upgraded.isEmpty()) {
                    upgradedLines.put("replica-" + (i + 1), upgraded);
                }
                if (replica.log().contains("Waiting for the migration lock")) {
                    waited++;
                }
            }
            assertThat(upgradedLines).as(when + ": replicas that logged upgrades").containsOnlyKeys(appliers);
            assertThat(upgradedLines.values().iterator().next()).as(when + ": revisions logged as upgraded")
                    .containsExactlyInAnyOrderElementsOf(appliedBy.keySet());

            // Every replica sees the database at the head, nothing pending.
            for (int i = 0; i < replicas.size(); i++) {
                JsonNode set = defaultSet(replicas.get(i).port());
                assertThat(set.get("pendingCount").asInt()).as(when + ": pending on replica-" + (i + 1)).isZero();
                assertThat(set.get("currentHeads").toString()).as(when + ": current heads on replica-" + (i + 1))
                        .isEqualTo("[\"" + HEAD + "\"]");
            }

            replicas.forEach(Server::stop);
            replicas.forEach(Server::close);
            assertThat(advisoryLocks(db)).as(when + ": advisory locks once every replica has stopped").isZero();
            return String.format("round %d: all %d ready after %.1f s (first after %.1f s); the 12 revisions applied "
                            + "by %s; %d other replica(s) logged waiting for the lock", round, replicas.size(),
                    allReady / 1000.0, Collections.min(readyAfter) / 1000.0, appliers.iterator().next(), waited);
        } finally {
            replicas.forEach(Server::stop);
            replicas.forEach(Server::close);
            db.drop();
        }
    }

    /** Starts every replica from its own thread, released together. */
    private void startTogether(SampleApp app, TestDatabase db, int round, List<Server> replicas) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(REPLICAS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Server>> started = new ArrayList<>();
            for (int i = 1; i <= REPLICAS; i++) {
                Map<String, String> properties = new LinkedHashMap<>(SampleApp.dataSource(db));
                properties.put("migrations.applied-by", "replica-" + i);
                properties.put("spring.datasource.hikari.maximum-pool-size", "4");
                properties.put("spring.datasource.hikari.minimum-idle", "1");
                properties.put("sample.demo-data", "false");
                Path log = logs.resolve("round" + round + "-replica" + i + ".log");
                started.add(starters.submit(() -> {
                    go.await();
                    return app.startServer(log, properties);
                }));
            }
            go.countDown();
            AssertionError failure = null;
            for (Future<Server> server : started) {
                try {
                    replicas.add(server.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException | TimeoutException e) {
                    failure = new AssertionError("A replica could not be started: " + e.getMessage(), e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            starters.shutdownNow();
        }
    }

    private JsonNode defaultSet(int port) {
        var response = http.get(port, "/actuator/migrations");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode contexts = JsonMapper.builder().build().readTree(response.body()).get("contexts");
        for (JsonNode context : contexts) {
            JsonNode set = context.get("migrationSets").get("default");
            if (set != null) {
                return set;
            }
        }
        throw new AssertionError("no default migration set in " + response.body());
    }

    private static Map<String, String> appliedBy(TestDatabase db) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision, state, applied_by FROM migrations_version")) {
            while (rs.next()) {
                assertThat(rs.getString(2)).as(rs.getString(1)).isEqualTo("APPLIED");
                rows.put(rs.getString(1), rs.getString(3));
            }
        }
        return rows;
    }

    private static Map<String, Integer> upgradesPerRevision(TestDatabase db, String when) throws SQLException {
        Map<String, Integer> upgrades = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision, action FROM migrations_version_audit ORDER BY id")) {
            while (rs.next()) {
                assertThat(rs.getString(2)).as(when + ": audit action of " + rs.getString(1)).isEqualTo("UPGRADE");
                upgrades.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        return upgrades;
    }

    private static long advisoryLocks(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                     + "WHERE l.locktype = 'advisory' AND d.datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
