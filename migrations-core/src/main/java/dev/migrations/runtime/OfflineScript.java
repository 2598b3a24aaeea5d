package dev.migrations.runtime;

import dev.migrations.error.MigrationException;
import dev.migrations.error.OfflineModeException;
import dev.migrations.error.UsageException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.SqlStatement;
import dev.migrations.dialect.VersionTableStatements;
import dev.migrations.graph.Revision;
import dev.migrations.ops.AutocommitBlock;
import dev.migrations.ops.Operation;
import dev.migrations.ops.RecordingSink;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders an upgrade or downgrade as a SQL script, with no database connection, as
 * {@code alembic upgrade a:b --sql}: the version tables, each revision's statements in its transaction,
 * and the version-table rows that record it.
 */
public final class OfflineScript {

    private final Dialect dialect;
    private final RunnerSettings settings;
    private final VersionTableStatements versionTable;
    private final StringBuilder out = new StringBuilder();

    public OfflineScript(Dialect dialect, RunnerSettings settings) {
        this.dialect = dialect;
        this.settings = settings;
        this.versionTable = new VersionTableStatements(dialect, settings.schema(), settings.table());
    }

    public String render(Direction direction, List<RevisionScript> plan, String from, String to) {
        String by = settings.appliedBy() == null ? "offline script" : settings.appliedBy();
        out.append("-- ").append(direction == Direction.UPGRADE ? "Upgrade" : "Downgrade").append(" ")
                .append(from).append(" -> ").append(to).append(" for ").append(dialect.name()).append("\n\n");
        dialect.scriptPreamble().forEach(this::statement);
        statement(versionTable.createVersionTable());
        statement(versionTable.createAuditTable());
        boolean single = settings.transactionMode() == TransactionMode.SINGLE;
        boolean inTransaction = false;
        for (RevisionScript script : plan) {
            Revision revision = script.revision();
            out.append("\n-- ").append(direction == Direction.UPGRADE ? "Running upgrade " : "Running downgrade ")
                    .append(direction == Direction.UPGRADE ? Revision.parents(revision.revises()) + " -> " + revision.id()
                            : revision.id() + " -> " + Revision.parents(revision.revises()))
                    .append(revision.message().isEmpty() ? "" : ", " + revision.message()).append("\n\n");
            List<Operation> operations = record(script, direction);
            boolean transactional = script.transactional();
            if (transactional && !inTransaction) {
                statement(dialect.beginTransaction());
                inTransaction = true;
            } else if (!transactional && inTransaction) {
                statement(dialect.commitTransaction());
                inTransaction = false;
            }
            Duration lock = script.lockTimeout() != null ? script.lockTimeout() : settings.lockTimeout();
            Duration statement = script.statementTimeout() != null ? script.statementTimeout() : settings.statementTimeout();
            (transactional ? dialect.transactionTimeouts(lock, statement) : dialect.sessionTimeouts(lock, statement))
                    .forEach(this::statement);
            for (Operation operation : operations) {
                if (operation instanceof AutocommitBlock && inTransaction) {
                    statement(dialect.commitTransaction());
                    statements(script, operation).forEach(this::statement);
                    statement(dialect.beginTransaction());
                } else {
                    statements(script, operation).forEach(this::statement);
                }
            }
            if (!transactional) {
                dialect.resetSessionTimeouts().forEach(this::statement);
            }
            if (direction == Direction.UPGRADE) {
                statement(versionTable.insertLiteral(revision.id(), String.join(",", revision.revises()),
                        revision.message(), script.checksum(), by));
            } else {
                statement(versionTable.deleteLiteral(revision.id()));
            }
            statement(versionTable.insertAuditLiteral(revision.id(), direction.name(), script.checksum(), by));
            if (inTransaction && !single) {
                statement(dialect.commitTransaction());
                inTransaction = false;
            }
        }
        if (inTransaction) {
            statement(dialect.commitTransaction());
        }
        return out.toString();
    }

    private List<Operation> record(RevisionScript script, Direction direction) {
        try {
            return RecordingSink.record(dialect.database(), direction == Direction.UPGRADE ? script.upgrade() : script.downgrade());
        } catch (OfflineModeException e) {
            throw new OfflineModeException(script.id(), "Revision " + script.id() + " cannot be rendered as SQL: its "
                    + direction.name().toLowerCase(Locale.ROOT) + " uses op.connection(), which needs a live database. Write its "
                    + "database work with op.execute(...) to include it in offline scripts, or run it online.");
        } catch (MigrationException e) {
            throw new OfflineModeException(script.id(), "Revision " + script.id() + " cannot be rendered as SQL: "
                    + e.getMessage(), e);
        }
    }

    /** The operation's SQL; what this database cannot do is refused naming the revision. */
    private List<SqlStatement> statements(RevisionScript script, Operation operation) {
        try {
            return dialect.statements(operation);
        } catch (UsageException e) {
            throw new OfflineModeException(script.id(), "Revision " + script.id() + " cannot be rendered as SQL for "
                    + dialect.name() + ": " + e.getMessage(), e);
        }
    }

    private void statement(SqlStatement statement) {
        if (statement.hasParameters()) {
            for (List<Object> row : statement.parameterRows()) {
                statement(bind(statement.sql(), row));
            }
        } else {
            statement(statement.sql());
        }
    }

    private void statement(String sql) {
        out.append(sql).append(";\n");
    }

    /** Replaces each {@code ?} outside quotes with the literal of the next parameter. */
    private String bind(String sql, List<Object> parameters) {
        StringBuilder bound = new StringBuilder();
        int next = 0;
        boolean inString = false;
        boolean inIdentifier = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'' && !inIdentifier) {
                inString = !inString;
            } else if (ch == '"' && !inString) {
                inIdentifier = !inIdentifier;
            }
            if (ch == '?' && !inString && !inIdentifier) {
                if (next >= parameters.size()) {
                    throw new OfflineModeException("Offline SQL: the statement has more ? than parameters: " + sql);
                }
                bound.append(dialect.literal(parameters.get(next++)));
            } else {
                bound.append(ch);
            }
        }
        return bound.toString();
    }
}
