package dev.migrations.runtime;

import dev.migrations.dialect.BatchSql;
import dev.migrations.dialect.Dialect;
import dev.migrations.ops.BatchedUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Pages through a table by key: each batch finds its highest key, then updates the rows up to it. The cost
 * of a batch does not grow with the rows already done (as an OFFSET loop's does), and rows the update
 * changes never shift the pages. Logs rows done, rows/s and the ETA every few seconds.
 */
final class BatchedUpdateRunner {

    private static final Logger log = LoggerFactory.getLogger("dev.migrations.progress");
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final Connection connection;
    private final StepContext step;
    private final int operationIndex;
    private final BatchedUpdate update;
    private final BatchSql sql;
    private final Runnable onBatchDone;

    BatchedUpdateRunner(Connection connection, Dialect dialect, StepContext step, int operationIndex,
                        BatchedUpdate update, Runnable onBatchDone) {
        this.onBatchDone = onBatchDone;
        this.connection = connection;
        this.step = step;
        this.operationIndex = operationIndex;
        this.update = update;
        this.sql = dialect.batchedUpdate(update);
    }

    void run() {
        String statement = sql.firstUpperKey();
        try {
            Object last = parseKey(step.resumeKey(operationIndex));
            statement = last == null ? sql.remainingFromStart() : sql.remaining();
            long total = count(statement, last);
            if (last != null) {
                log.info("Resuming batched update of {} after key {} ({} rows left)", update.table(), last, total);
            }
            long done = 0;
            long start = System.nanoTime();
            long lastLog = start;
            boolean batchTransactions = update.commitsEachBatch();
            if (batchTransactions) {
                connection.setAutoCommit(false);
            }
            try {
                while (true) {
                    statement = last == null ? sql.firstUpperKey() : sql.nextUpperKey();
                    Object upper = upperKey(statement, last);
                    if (upper == null) {
                        break;
                    }
                    statement = last == null ? sql.firstUpdate() : sql.nextUpdate();
                    int rows = updateBatch(statement, last, upper);
                    if (batchTransactions) {
                        // The batch and its checkpoint commit together: a crash keeps both or neither.
                        statement = "checkpoint of batch ending at key " + upper;
                        step.checkpoint(operationIndex, upper);
                        connection.commit();
                        step.checkpointCommitted(operationIndex, upper);
                    }
                    done += rows;
                    onBatchDone.run();
                    last = upper;
                    long now = System.nanoTime();
                    if (now - lastLog >= LOG_EVERY_NANOS) {
                        logProgress(done, total, now - start);
                        lastLog = now;
                    }
                }
            } finally {
                if (batchTransactions && !connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
            long elapsed = System.nanoTime() - start;
            log.info("Batched update of {}: {} rows in {} ms ({} rows/s)", update.table(), done, elapsed / 1_000_000,
                    rate(done, elapsed));
        } catch (SQLException e) {
            throw new StatementFailure(statement, e);
        }
    }

    private void logProgress(long done, long total, long elapsedNanos) {
        long rate = rate(done, elapsedNanos);
        long left = Math.max(0, total - done);
        String eta = rate == 0 ? "unknown" : (left / rate) + " s";
        log.info("Batched update of {}: {} of ~{} rows, {} rows/s, ETA {}", update.table(), done, total, rate, eta);
    }

    private static long rate(long rows, long nanos) {
        return nanos == 0 ? 0 : rows * 1_000_000_000L / nanos;
    }

    private long count(String query, Object after) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query)) {
            if (after != null) {
                ps.setObject(1, after);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Object upperKey(String query, Object after) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query)) {
            int i = 1;
            if (after != null) {
                ps.setObject(i++, after);
            }
            ps.setInt(i, update.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    private int updateBatch(String query, Object after, Object upper) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query)) {
            int i = 1;
            if (after != null) {
                ps.setObject(i++, after);
            }
            ps.setObject(i, upper);
            return ps.executeUpdate();
        }
    }

    /** Checkpoints are stored as text; keys are integers or UUIDs in practice, else compared as text. */
    private static Object parseKey(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Long.parseLong(stored);
        } catch (NumberFormatException notNumber) {
            try {
                return UUID.fromString(stored);
            } catch (IllegalArgumentException notUuid) {
                return stored;
            }
        }
    }
}
