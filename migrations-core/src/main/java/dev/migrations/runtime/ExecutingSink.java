package dev.migrations.runtime;

import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.SqlStatement;
import dev.migrations.ops.Database;
import dev.migrations.ops.AutocommitBlock;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.Operation;
import dev.migrations.ops.OperationSink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** Runs each operation of a revision on its connection, counting the statements that succeeded. */
final class ExecutingSink implements OperationSink {

    private final Connection connection;
    private final Dialect dialect;
    private final StepContext step;
    private final String revision;
    private final Duration lockTimeout;
    private final Duration statementTimeout;
    private int operationIndex;
    private int statementsDone;

    ExecutingSink(Connection connection, Dialect dialect, StepContext step, String revision, Duration lockTimeout,
                  Duration statementTimeout) {
        this.connection = connection;
        this.dialect = dialect;
        this.step = step;
        this.revision = revision;
        this.lockTimeout = lockTimeout;
        this.statementTimeout = statementTimeout;
    }

    @Override
    public void accept(Operation operation) {
        int index = operationIndex++;
        if (operation instanceof BatchedUpdate update) {
            runBatched(update, index);
        } else if (operation instanceof AutocommitBlock block) {
            runAutocommit(block);
        } else {
            dialect.statements(operation, connection).forEach(this::run);
        }
    }

    @Override
    public Database database() {
        return dialect.database();
    }

    @Override
    public Connection connection() {
        return connection;
    }

    int statementsDone() {
        return statementsDone;
    }

    void run(SqlStatement statement) {
        try {
            if (!statement.hasParameters()) {
                try (Statement s = connection.createStatement()) {
                    s.execute(statement.sql());
                }
            } else {
                try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
                    for (List<Object> row : statement.parameterRows()) {
                        for (int i = 0; i < row.size(); i++) {
                            ps.setObject(i + 1, row.get(i));
                        }
                        if (statement.parameterRows().size() > 1) {
                            ps.addBatch();
                        }
                    }
                    if (statement.parameterRows().size() > 1) {
                        ps.executeBatch();
                    } else {
                        ps.execute();
                    }
                }
            }
            statementsDone++;
        } catch (SQLException e) {
            throw new StatementFailure(statement.sql(), e);
        }
    }

    /** A batched update that commits each batch, in a revision that runs in one transaction. */
    static MigrationDefinitionException batchCommitsInTransaction(String revision, BatchedUpdate update) {
        return new MigrationDefinitionException(revision, "Revision " + revision + ": batchedUpdate on " + update.table()
                + " commits each batch, which a transactional revision cannot do. Declare the revision with "
                + "@Migration(..., transactional = false), or drop commitEachBatch() to run it in one transaction.",
                null);
    }

    private void runBatched(BatchedUpdate update, int index) {
        if (update.commitsEachBatch() && !step.autocommit()) {
            throw batchCommitsInTransaction(revision, update);
        }
        new BatchedUpdateRunner(connection, dialect, step, index, update, () -> statementsDone++).run();
    }

    private void runAutocommit(AutocommitBlock block) {
        try {
            boolean wasInTransaction = !connection.getAutoCommit();
            if (wasInTransaction) {
                step.beforeAutocommit();
                connection.commit();
                connection.setAutoCommit(true);
            }
            dialect.sessionTimeouts(lockTimeout, statementTimeout).forEach(sql -> run(SqlStatement.of(sql)));
            for (Operation operation : block.operations()) {
                dialect.statements(operation, connection).forEach(this::run);
            }
            dialect.resetSessionTimeouts().forEach(sql -> run(SqlStatement.of(sql)));
            if (wasInTransaction) {
                connection.setAutoCommit(false);
                dialect.transactionTimeouts(lockTimeout, statementTimeout).forEach(sql -> run(SqlStatement.of(sql)));
            }
        } catch (SQLException e) {
            throw new StatementFailure("COMMIT (before autocommit block)", e);
        }
    }
}
