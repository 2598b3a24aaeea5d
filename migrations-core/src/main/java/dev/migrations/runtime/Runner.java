package dev.migrations.runtime;

import dev.migrations.backup.Backup;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.IrreversibleMigrationException;
import dev.migrations.error.MigrationException;
import dev.migrations.error.OfflineModeException;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.Dialects;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.ops.IrreversibleOperationException;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operation;
import dev.migrations.ops.RecordingSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The loop: read the state, plan, and when there is work, take the lock, re-read, and run each revision
 * in its transaction. When nothing is pending it costs two queries, whatever the number of revisions.
 */
public final class Runner {

    private static final Logger log = LoggerFactory.getLogger(Runner.class);
    /** The target of a plain upgrade, the one a start with nothing pending can answer from a digest. */
    private static final String EVERY_HEAD = "heads";
    /** Schemas whose digests one statement reads: PostgreSQL plans a long UNION in more than linear time. */
    private static final int SCHEMAS_PER_QUERY = 25;

    private final DataSource dataSource;
    private final CodeRevisions code;
    private final RunnerSettings settings;
    private final MigrationListener listener;
    private final BackupStep backups;
    /** Detected from the first connection: a DataSource reaches one database, whatever connection it hands out. */
    private volatile Dialect detected;

    public Runner(DataSource dataSource, RevisionGraph graph, Map<String, RevisionScript> scripts,
                  RunnerSettings settings, MigrationListener listener) {
        this(dataSource, CodeRevisions.of(graph, scripts), settings, listener, BackupStep.builtIn());
    }

    /**
     * @param code the revisions, perhaps still being read: a run waits for them only once it has a connection
     * @param backups the backup an upgrade makes first when asked to, and {@link #backup} makes
     */
    public Runner(DataSource dataSource, CodeRevisions code, RunnerSettings settings, MigrationListener listener,
                  BackupStep backups) {
        this.backups = backups;
        this.dataSource = dataSource;
        this.code = code;
        this.settings = settings;
        this.listener = listener;
    }

    /** The version table as it is; empty when it does not exist. Never writes. */
    public DatabaseState readState() {
        return withConnection((c, dialect, table) -> table.exists(c) ? table.read(c) : DatabaseState.empty());
    }

    /** Every upgrade, downgrade, stamp, failure and repair, oldest first. */
    public List<AuditEntry> audit() {
        return withConnection((c, dialect, table) -> table.exists(c) ? table.readAudit(c) : List.of());
    }

    /** The database's dialect, detected from the first connection this runner opened, or from a new one. */
    public Dialect dialect() {
        Dialect known = detected;
        return known != null ? known : withConnection((c, dialect, table) -> dialect);
    }

    public RunResult upgrade(String target) {
        return run(Direction.UPGRADE, target, false);
    }

    /**
     * Upgrades to {@code target} after a backup, made under the migration lock only when something is pending; a
     * backup that fails leaves the database as it was.
     */
    public RunResult upgradeAfterBackup(String target) {
        return run(Direction.UPGRADE, target, true);
    }

    public RunResult downgrade(String target) {
        return run(Direction.DOWNGRADE, target, false);
    }

    /**
     * Backs up the database now, to {@code file} or else a new file in the backup directory; recorded in the
     * audit table when the version table exists (a backup creates no table).
     *
     * @param reason why, as the backup and the audit table give it: {@code on request}
     */
    public Backup backup(Path file, String reason) {
        return withConnection((c, dialect, table) -> {
            boolean exists = table.exists(c);
            DatabaseState state = exists ? table.read(c) : DatabaseState.empty();
            List<String> current = List.copyOf(graph().currentHeads(state.applied()));
            Backup made = backups.make(dataSource, c, dialect, file, reason);
            if (exists) {
                recordBackup(c, table, made, current, reason);
            }
            return made;
        });
    }

    private RunResult run(Direction direction, String target, boolean backupFirst) {
        return withConnection((c, dialect, table) -> {
            boolean exists = table.exists(c);
            if (exists && direction == Direction.UPGRADE && EVERY_HEAD.equals(target)
                    && table.holdsAppliedSet(c, scripts().size(), code.appliedSetDigest())) {
                log.debug("Nothing to upgrade: the version table holds every revision, applied from the indexed "
                        + "sources (one digest compared, {} migration classes loaded)", loadedCount());
                List<String> heads = declaredHeads();
                return new RunResult(List.of(), heads, heads);
            }
            DatabaseState state = exists ? table.read(c) : DatabaseState.empty();
            Set<String> ahead = aheadTolerated(direction, state);
            DatabaseState known = state.without(ahead);
            verify(known);
            List<Revision> plan = plan(direction, known, target);
            requireNothingPendingBeside(ahead, plan, state);
            List<VersionRow> vouched = StateCheck.vouchedFor(state, scripts());
            if (plan.isEmpty() && state.incomplete().isEmpty()) {
                if (!vouched.isEmpty()) {
                    recordFingerprints(c, dialect, table, state.recordsFingerprints(), vouched);
                }
                warnAhead(state, ahead);
                List<String> heads = List.copyOf(graph().currentHeads(known.applied()));
                if (log.isDebugEnabled()) {
                    log.debug("Nothing to {}: {} applied revisions, {} of them loaded to verify their checksum",
                            direction == Direction.UPGRADE ? "upgrade" : "downgrade", state.applied().size(),
                            loadedCount());
                }
                return new RunResult(List.of(), heads, heads);
            }
            // Loaded before anything is written: a migration that cannot be created leaves the database as it was.
            plan.forEach(revision -> code.script(revision.id()).load());
            try (RunLock ignored = lock(c, dialect);
                 SessionSettings session = SessionSettings.apply(c, dialect, settings)) {
                // Before the version table is created, so that a failed backup leaves the database as it was.
                String reason = "before upgrade to " + target + " (" + plan.size() + " pending)";
                Backup made = backupFirst ? backups.make(dataSource, c, dialect, null, reason) : null;
                table.create(c);
                // Another runner may have migrated while this one waited for the lock.
                state = table.read(c);
                ahead = aheadTolerated(direction, state);
                known = state.without(ahead);
                verify(known);
                StateCheck.requireComplete(state);
                if (made != null) {
                    recordBackup(c, table, made, graph().currentHeads(known.applied()), reason);
                }
                plan = plan(direction, known, target);
                requireNothingPendingBeside(ahead, plan, state);
                if (!ahead.isEmpty()) {
                    // A newer release migrated while this one waited for the lock.
                    warnAhead(state, ahead);
                    List<String> heads = List.copyOf(graph().currentHeads(known.applied()));
                    return new RunResult(List.of(), heads, heads).withBackup(made);
                }
                requireRunnable(plan, direction, dialect.database());
                table.updateFingerprints(c, StateCheck.vouchedFor(state, scripts()));
                return runPlan(c, dialect, table, state, direction, plan).withBackup(made);
            }
        });
    }

    /**
     * After a start that had to load revisions to verify them (their source changed, or the rows predate
     * fingerprints), records their fingerprints so that the next start need not. A table of an older release gets
     * its fingerprint column first, which takes the lock; otherwise the update is idempotent and needs none.
     */
    private void recordFingerprints(Connection c, Dialect dialect, VersionTable table, boolean tableHasColumn,
                                    List<VersionRow> vouched) throws SQLException {
        if (tableHasColumn) {
            table.updateFingerprints(c, vouched);
            return;
        }
        try (RunLock ignored = lock(c, dialect)) {
            table.create(c);
            table.updateFingerprints(c, vouched);
        }
    }

    private void recordBackup(Connection c, VersionTable table, Backup made, Collection<String> current,
                              String reason) throws SQLException {
        table.audit(c, BackupStep.revisionsOf(current), AuditAction.BACKUP, appliedBy(c), 0, null,
                "backup " + reason + " to " + made.location() + " (" + made.method() + ")");
    }

    /**
     * The heads without building the graph when there is one (its order is then beyond doubt); several heads are
     * taken from the graph, in its order.
     */
    private List<String> declaredHeads() {
        List<String> heads = RevisionGraph.unrevised(scripts().values().stream().map(RevisionScript::revision).toList());
        return heads.size() == 1 ? heads : graph().heads();
    }

    private RevisionGraph graph() {
        return code.graph();
    }

    private Map<String, RevisionScript> scripts() {
        return code.scripts();
    }

    private long loadedCount() {
        return scripts().values().stream().filter(RevisionScript::isLoaded).count();
    }

    /**
     * Of {@code schemas} (tenants' schemas, this runner's version table in each), those that hold every revision
     * applied from the indexed sources, so that a plain upgrade of theirs has nothing to do: one catalog query and
     * one digest query per {@value #SCHEMAS_PER_QUERY} schemas on one connection, instead of a connection and two
     * queries each. Empty when the code has no digest (not built with the index).
     */
    public Set<String> schemasHoldingAppliedSet(List<String> schemas) {
        String digest = code.appliedSetDigest();
        if (digest == null || schemas.isEmpty()) {
            return Set.of();
        }
        return withConnection((c, dialect, table) -> {
            Set<String> withTable = VersionTable.schemasWithFingerprints(c, dialect, settings.table());
            List<String> candidates = schemas.stream().filter(s -> withTable.contains(dialect.fold(s))).toList();
            Set<String> held = new HashSet<>();
            for (int from = 0; from < candidates.size(); from += SCHEMAS_PER_QUERY) {
                held.addAll(VersionTable.holdingAppliedSet(c, dialect, candidates.subList(from,
                        Math.min(candidates.size(), from + SCHEMAS_PER_QUERY)), settings.table(), scripts().size(),
                        digest));
            }
            return held;
        });
    }

    private RunLock lock(Connection c, Dialect dialect) throws SQLException {
        SessionSettings.createSchemaIfMissing(c, dialect, settings);
        return RunLock.acquire(dataSource, c, dialect, settings.schema(), settings.table(), settings.lockWaitTimeout());
    }

    private RunResult runPlan(Connection c, Dialect dialect, VersionTable table, DatabaseState state,
                              Direction direction, List<Revision> plan) throws SQLException {
        StepExecutor executor = new StepExecutor(c, dialect, table, settings, appliedBy(c), listener);
        Set<String> applied = new LinkedHashSet<>(state.applied());
        List<String> headsBefore = List.copyOf(graph().currentHeads(applied));
        boolean single = settings.transactionMode() == TransactionMode.SINGLE;
        boolean inTransaction = false;
        List<StepResult> results = new ArrayList<>();
        for (Revision revision : plan) {
            RevisionScript script = code.script(revision.id());
            boolean atomic = executor.isAtomic(script);
            if (single && atomic && !inTransaction) {
                c.setAutoCommit(false);
                inTransaction = true;
            } else if (inTransaction && !atomic) {
                c.commit();
                c.setAutoCommit(true);
                inTransaction = false;
            }
            boolean outer = inTransaction;
            // The heads are only for a failure's message, read before the loop changes the applied set again.
            results.add(executor.run(script, direction, state.row(revision.id()), outer,
                    () -> outer ? headsBefore : graph().currentHeads(applied)));
            if (direction == Direction.UPGRADE) {
                applied.add(revision.id());
            } else {
                applied.remove(revision.id());
            }
        }
        if (inTransaction) {
            c.commit();
            c.setAutoCommit(true);
        }
        return new RunResult(results, headsBefore, List.copyOf(graph().currentHeads(applied)));
    }

    /**
     * Records the given revisions as applied (or not) without running them, as {@code alembic stamp}.
     * Stamping an applied revision also accepts its current checksum. With {@code purge}, rows the code
     * does not know are removed too.
     *
     * @return the current revisions afterwards
     */
    public List<String> stamp(String target, boolean purge) {
        return withConnection((c, dialect, table) -> {
            try (RunLock ignored = lock(c, dialect);
                 SessionSettings session = SessionSettings.apply(c, dialect, settings)) {
                DatabaseState state = table.exists(c) ? table.read(c) : DatabaseState.empty();
                if (!purge) {
                    StateCheck.requireKnown(state, graph());
                }
                Set<String> known = new LinkedHashSet<>(state.applied());
                known.removeIf(id -> !graph().contains(id));
                // Resolved before anything is written, so a refused stamp leaves the database as it was.
                Set<String> wanted = graph().stamp(known, target, purge);
                table.create(c);
                String by = appliedBy(c);
                c.setAutoCommit(false);
                try {
                    for (VersionRow row : state.rows().values()) {
                        if (!wanted.contains(row.revision())) {
                            table.delete(c, row.revision());
                            table.audit(c, row.revision(), AuditAction.UNSTAMP, by, 0, row.checksum(), "stamp " + target);
                        }
                    }
                    for (Revision revision : graph().revisions()) {
                        if (wanted.contains(revision.id())) {
                            stampOne(c, table, state.row(revision.id()), code.script(revision.id()), by, target);
                        }
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                return List.copyOf(graph().currentHeads(wanted));
            }
        });
    }

    private static void stampOne(Connection c, VersionTable table, VersionRow row, RevisionScript script, String by,
                                 String target) throws SQLException {
        if (row == null || !row.isApplied()) {
            table.save(c, new VersionRow(script.id(), script.revision().revises(), script.message(), script.checksum(),
                    RowState.APPLIED, Instant.now(), by, 0, null, null, script.sourceFingerprint()), row != null);
            table.audit(c, script.id(), AuditAction.STAMP, by, 0, script.checksum(), "stamp " + target);
        } else if (script.isChangedFrom(row)) {
            table.updateChecksum(c, script.id(), script.checksum(), script.sourceFingerprint());
            table.audit(c, script.id(), AuditAction.STAMP, by, 0, script.checksum(),
                    "stamp " + target + ": accepted the edited revision's checksum");
        }
    }

    /**
     * Repairs the record of one revision, as Flyway's {@code repair}: a revision that stopped part-way is
     * marked so that the next upgrade runs it again, resuming its batched updates after their last committed
     * batch; an applied revision edited since is recorded with its new checksum.
     */
    public void repair(String revision) {
        withConnection((c, dialect, table) -> {
            try (RunLock ignored = lock(c, dialect);
                 SessionSettings session = SessionSettings.apply(c, dialect, settings)) {
                DatabaseState state = table.exists(c) ? table.read(c) : DatabaseState.empty();
                VersionRow row = state.row(revision);
                RevisionScript script = code.script(revision);
                String by = appliedBy(c);
                if (row != null && row.isApplied() && script != null && script.isChangedFrom(row)) {
                    table.updateChecksum(c, revision, script.checksum(), script.sourceFingerprint());
                    table.audit(c, revision, AuditAction.REPAIR, by, 0, script.checksum(),
                            "accepted the edited revision (checksum was " + row.checksum() + ")");
                    return null;
                }
                if (row == null || (row.state() != RowState.RUNNING && row.state() != RowState.FAILED)) {
                    throw new TargetResolutionException(revision, "Revision " + revision + " needs no repair: it is "
                            + (row == null ? "not applied" : row.state() + " and unchanged since")
                            + ". `migrations history` shows the state of every revision.");
                }
                table.update(c, new VersionRow(row.revision(), row.revises(), row.message(), row.checksum(),
                        RowState.RETRY, Instant.now(), by, row.executionMillis(), row.progress(), row.error(),
                        row.sourceFingerprint()));
                table.audit(c, revision, AuditAction.REPAIR, by, 0, row.checksum(),
                        "marked for retry" + (row.progress() == null ? "" : ", resuming at " + row.progress()));
                return null;
            }
        });
    }

    private List<Revision> plan(Direction direction, DatabaseState state, String target) {
        return direction == Direction.UPGRADE ? graph().upgradePlan(state.applied(), target)
                : graph().downgradePlan(state.applied(), target);
    }

    /**
     * The revisions a newer release applied on top of this code's history, which an upgrade leaves alone: during a
     * rolling deploy the old release's replicas still start once the new one has migrated, as with Flyway's future
     * migrations. Nothing else is tolerated: a downgrade or stamp from older code, or a gap in the code's history.
     */
    private Set<String> aheadTolerated(Direction direction, DatabaseState state) {
        return direction == Direction.UPGRADE ? StateCheck.aheadOfCode(state, graph()) : Set.of();
    }

    /** Code that still has revisions to run on a database a newer release migrated is not the old release: refused. */
    private void requireNothingPendingBeside(Set<String> ahead, List<Revision> plan, DatabaseState state) {
        if (!ahead.isEmpty() && !plan.isEmpty()) {
            StateCheck.requireKnown(state, graph());
        }
    }

    private void warnAhead(DatabaseState state, Set<String> ahead) {
        if (!ahead.isEmpty()) {
            log.warn("The database is ahead of this code: {} applied by a newer release on top of this code's "
                    + "revisions. Nothing to upgrade; running on the newer schema, as an older release's replicas do "
                    + "during a rolling deploy. If this is no rollout, deploy the code that has {}.",
                    ahead.stream().map(id -> StateCheck.describe(state.row(id))).collect(Collectors.joining(", ")),
                    ahead.size() > 1 ? "them" : "it");
        }
    }

    private void verify(DatabaseState state) {
        StateCheck.requireKnown(state, graph());
        switch (settings.checksumPolicy()) {
            case FAIL -> StateCheck.requireUnchanged(state, scripts());
            case WARN -> StateCheck.checksumMismatches(state, scripts()).forEach(row -> log.warn(
                    "Revision {} was edited after it was applied; its checksum differs from the recorded one",
                    StateCheck.describe(row)));
            case IGNORE -> { }
        }
    }

    /**
     * Finds, before anything runs, what would fail part-way: a downgrade that cannot be derived, and a batched
     * update committing each batch in a transactional revision (on a database whose DDL commits at once, the
     * revision's first statements would stay). Each revision of the plan is recorded once.
     */
    private void requireRunnable(List<Revision> plan, Direction direction, Database database) {
        for (Revision revision : plan) {
            RevisionScript script = code.script(revision.id());
            List<Operation> operations;
            try {
                operations = RecordingSink.record(database,
                        direction == Direction.UPGRADE ? script.upgrade() : script.downgrade());
            } catch (IrreversibleOperationException e) {
                if (direction == Direction.DOWNGRADE) {
                    throw new IrreversibleMigrationException(revision.id(), "Cannot downgrade through revision "
                            + label(script) + ": it has no downgrade() and " + e.getMessage() + " Nothing was changed.");
                }
                // An upgrade that reverses something fails as it runs, as it always did.
                continue;
            } catch (OfflineModeException e) {
                // The revision reads the database; it can only be checked by running it.
                continue;
            }
            for (Operation operation : operations) {
                if (script.transactional() && operation instanceof BatchedUpdate update && update.commitsEachBatch()) {
                    throw ExecutingSink.batchCommitsInTransaction(revision.id(), update);
                }
            }
        }
    }

    private static String label(RevisionScript script) {
        return Revision.label(script.id(), script.message());
    }

    private String appliedBy(Connection c) throws SQLException {
        if (settings.appliedBy() != null) {
            return settings.appliedBy();
        }
        String user = c.getMetaData().getUserName();
        try {
            return user + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return user;
        }
    }

    private interface ConnectionWork<T> {
        T run(Connection connection, Dialect dialect, VersionTable table) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseAccessException("Cannot connect to the database: " + e.getMessage()
                    + ". Check the URL, user and password of the DataSource.", e);
        }
        try (connection; AutoCommitForRun ignored = AutoCommitForRun.on(connection)) {
            Dialect dialect = detected;
            if (dialect == null) {
                dialect = Dialects.detect(connection);
                detected = dialect;
            }
            return work.run(connection, dialect, new VersionTable(dialect, settings.schema(), settings.table()));
        } catch (SQLException e) {
            Dialect dialect = detected;
            throw new DatabaseAccessException("Database error while reading or writing the version table "
                    + settings.table() + ": " + e.getMessage()
                    + (dialect == null ? "" : SqlCauses.remedy(e, dialect).map(". "::concat).orElse("")), e);
        } catch (MigrationException e) {
            throw e;
        }
    }
}
