package dev.migrations.runtime;

import dev.migrations.error.Remedies;
import dev.migrations.error.MigrationException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.SqlStatement;
import dev.migrations.graph.Revision;
import dev.migrations.ops.Operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one revision in one direction and records it. An atomic revision (transactional, on a database
 * whose DDL is transactional) runs in a transaction with its version row, so a failure leaves nothing.
 * Any other revision is marked RUNNING first, so that a crash or failure part-way is seen by the next run.
 */
final class StepExecutor {

    private final Connection connection;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final RunnerSettings settings;
    private final String appliedBy;
    private final MigrationListener listener;

    StepExecutor(Connection connection, Dialect dialect, VersionTable versionTable, RunnerSettings settings,
                 String appliedBy, MigrationListener listener) {
        this.connection = connection;
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.settings = settings;
        this.appliedBy = appliedBy;
        this.listener = listener;
    }

    boolean isAtomic(RevisionScript script) {
        return script.transactional() && dialect.transactionalDdl();
    }

    /**
     * @param existing the revision's current row, or null
     * @param inOuterTransaction whether a run-wide transaction is open (atomic revisions only)
     * @param headsBefore the current revisions before this step, computed only for an error message
     */
    StepResult run(RevisionScript script, Direction direction, VersionRow existing, boolean inOuterTransaction,
                   Supplier<Collection<String>> headsBefore) {
        listener.onEvent(new MigrationEvent.Started(script.id(), script.message(), direction));
        long start = System.nanoTime();
        Step step = new Step(script, direction, existing);
        try {
            step.run(isAtomic(script), inOuterTransaction);
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            listener.onEvent(new MigrationEvent.Succeeded(script.id(), script.message(), direction, duration));
            return new StepResult(script.id(), script.message(), direction, duration);
        } catch (RuntimeException | SQLException e) {
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            MigrationException failure = step.fail(e, inOuterTransaction, headsBefore.get(), duration);
            listener.onEvent(new MigrationEvent.Failed(script.id(), script.message(), direction, duration, failure));
            throw failure;
        }
    }

    private Duration lockTimeout(RevisionScript script) {
        return script.lockTimeout() != null ? script.lockTimeout() : settings.lockTimeout();
    }

    private Duration statementTimeout(RevisionScript script) {
        return script.statementTimeout() != null ? script.statementTimeout() : settings.statementTimeout();
    }

    /** The state of one revision while it runs. */
    private final class Step implements StepContext {

        private final RevisionScript script;
        private final Direction direction;
        private VersionRow row;
        private String progress;
        private boolean marked;
        private boolean sessionTimeoutsSet;
        private ExecutingSink sink;

        Step(RevisionScript script, Direction direction, VersionRow existing) {
            this.script = script;
            this.direction = direction;
            this.row = existing;
            this.progress = existing == null ? null : existing.progress();
        }

        /**
         * Runs the revision. An atomic one runs in its transaction (or the run's) and leaves no row until it
         * commits; any other is first marked RUNNING, durably, then runs in its own transaction if it has one, or
         * statement by statement under session timeouts.
         */
        void run(boolean atomic, boolean inOuterTransaction) throws SQLException {
            boolean ownTransaction = script.transactional() && !(atomic && inOuterTransaction);
            if (!atomic) {
                connection.setAutoCommit(true);
                mark();
            }
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            // Only a database with transactional DDL bounds a transaction's statements alone; elsewhere (H2,
            // MariaDB) the bounds are set for the session and reset after the revision.
            boolean transactionBounds = script.transactional() && dialect.transactionalDdl();
            List<String> timeouts = transactionBounds
                    ? dialect.transactionTimeouts(lockTimeout(script), statementTimeout(script))
                    : dialect.sessionTimeouts(lockTimeout(script), statementTimeout(script));
            timeouts.forEach(sql -> sink().run(SqlStatement.of(sql)));
            sessionTimeoutsSet = !transactionBounds;
            long start = System.nanoTime();
            body().accept(new Operations(sink()));
            record((System.nanoTime() - start) / 1_000_000);
            if (ownTransaction) {
                connection.commit();
                connection.setAutoCommit(true);
            }
            resetSessionTimeouts();
        }

        private Consumer<Operations> body() {
            return direction == Direction.UPGRADE ? script.upgrade() : script.downgrade();
        }

        private ExecutingSink sink() {
            if (sink == null) {
                sink = new ExecutingSink(connection, dialect, this, script.id(), lockTimeout(script),
                        statementTimeout(script));
            }
            return sink;
        }

        /** Writes the version row and the audit row of a successful step. */
        private void record(long millis) throws SQLException {
            if (direction == Direction.UPGRADE) {
                VersionRow applied = new VersionRow(script.id(), script.revision().revises(), script.message(),
                        script.checksum(), RowState.APPLIED, Instant.now(), appliedBy, millis, null, null,
                        script.sourceFingerprint());
                if (row == null) {
                    versionTable.insertApplied(connection, applied, AuditAction.UPGRADE, script.checksum());
                    return;
                }
                versionTable.update(connection, applied);
            } else {
                versionTable.delete(connection, script.id());
            }
            versionTable.audit(connection, script.id(),
                    direction == Direction.UPGRADE ? AuditAction.UPGRADE : AuditAction.DOWNGRADE, appliedBy, millis,
                    script.checksum(), null);
        }

        /** Makes the RUNNING state durable before anything that cannot be rolled back. */
        private void mark() throws SQLException {
            VersionRow running = new VersionRow(script.id(), script.revision().revises(), script.message(),
                    script.checksum(), RowState.RUNNING, Instant.now(), appliedBy, 0, progress, null,
                    script.sourceFingerprint());
            versionTable.save(connection, running, row != null);
            row = running;
            marked = true;
        }

        @Override
        public void beforeAutocommit() throws SQLException {
            if (!marked) {
                mark();
            }
        }

        @Override
        public String resumeKey(int operationIndex) {
            String prefix = operationIndex + ":";
            return progress != null && progress.startsWith(prefix) ? progress.substring(prefix.length()) : null;
        }

        @Override
        public void checkpoint(int operationIndex, Object lastKey) throws SQLException {
            versionTable.updateProgress(connection, script.id(), operationIndex + ":" + lastKey);
        }

        @Override
        public void checkpointCommitted(int operationIndex, Object lastKey) {
            progress = operationIndex + ":" + lastKey;
        }

        @Override
        public boolean autocommit() {
            try {
                return connection.getAutoCommit();
            } catch (SQLException e) {
                return false;
            }
        }

        MigrationException fail(Exception error, boolean inOuterTransaction, Collection<String> headsBefore,
                                Duration duration) {
            boolean partial = marked && sink != null && sink.statementsDone() > 0;
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                resetSessionTimeouts();
                if (marked) {
                    if (partial) {
                        versionTable.update(connection, new VersionRow(script.id(), script.revision().revises(),
                                script.message(), script.checksum(), RowState.FAILED, Instant.now(), appliedBy,
                                duration.toMillis(), progress, describe(error), script.sourceFingerprint()));
                    } else {
                        versionTable.delete(connection, script.id());
                    }
                }
                versionTable.audit(connection, script.id(), AuditAction.FAILED, appliedBy, duration.toMillis(),
                        script.checksum(), direction + ": " + describe(error));
            } catch (SQLException cleanup) {
                error.addSuppressed(cleanup);
            }
            return failure(error, partial, inOuterTransaction, headsBefore);
        }

        private void resetSessionTimeouts() throws SQLException {
            if (sessionTimeoutsSet) {
                sessionTimeoutsSet = false;
                for (String sql : dialect.resetSessionTimeouts()) {
                    try (var s = connection.createStatement()) {
                        s.execute(sql);
                    }
                }
            }
        }

        private MigrationException failure(Exception error, boolean partial, boolean inOuterTransaction,
                                           Collection<String> headsBefore) {
            String label = Revision.label(script.id(), script.message());
            String verb = direction == Direction.UPGRADE ? "Upgrade to" : "Downgrade from";
            StringBuilder message = new StringBuilder(verb).append(" revision ").append(label).append(" failed");
            if (error instanceof StatementFailure statement) {
                message.append(" at statement: ").append(abbreviate(statement.statement()))
                        .append("\n  ").append(statement.getMessage());
            } else {
                message.append(": ").append(describe(error));
            }
            String at = headsBefore.isEmpty() ? "base (no revision)" : String.join(", ", headsBefore);
            if (partial) {
                message.append("\nThe revision ran outside a transaction and stopped part-way, so some of its changes "
                        + "may be in the database; it is marked FAILED. Fix the cause. ").append(Remedies.incomplete(script.id()));
            } else if (inOuterTransaction) {
                message.append("\nThe whole run was rolled back: the database is still where it was before the run. "
                        + "Fix the revision and run the command again.");
            } else {
                message.append("\nNothing of it was applied: the database is still at ").append(at)
                        .append(". Fix the revision and run the command again.");
            }
            if (!partial && direction == Direction.UPGRADE && SqlCauses.anyMatches(error, dialect::refusedAsAlreadyThere)) {
                message.append("\nIf the database got it by other means (Hibernate's ddl-auto, a schema.sql, another "
                        + "migration tool), record the revision as applied instead of running it: `migrations stamp ")
                        .append(script.id()).append("` (docs/adopting.md).");
            }
            if (SqlCauses.anyMatches(error, dialect::refusedForLackOfRights)) {
                message.append("\n").append(Remedies.lackingRights());
            }
            Throwable cause = error instanceof StatementFailure ? error.getCause() : error;
            return new MigrationFailedException(script.id(), message.toString(), cause, partial);
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof StatementFailure ? error.getCause() : error;
        String text = cause.getMessage();
        return text == null ? cause.getClass().getSimpleName() : text;
    }

    static String abbreviate(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
