package dev.migrations.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How the runner works.
 *
 * @param schema the schema of the version table, or null for the connection's current schema
 * @param table the version table; its audit table is {@code table + "_audit"}
 * @param lockWaitTimeout how long to wait for another runner to release the migration lock
 * @param lockTimeout the default bound on each statement's wait for a table lock (PostgreSQL
 *        {@code lock_timeout}), or null for none; a revision may set its own
 * @param statementTimeout the default bound on each statement's run time, or null for none
 * @param appliedBy who is recorded as applying revisions, or null for the database user at this host
 * @param schemaHoldsEverything whether the migrations' unqualified names also live in {@code schema}, as in a
 *        tenant's schema: a run that writes creates the schema when missing and makes it the session's
 */
public record RunnerSettings(String schema, String table, TransactionMode transactionMode, Duration lockWaitTimeout,
                             Duration lockTimeout, Duration statementTimeout, ChecksumPolicy checksumPolicy,
                             String appliedBy, boolean schemaHoldsEverything) {

    public RunnerSettings(String schema, String table, TransactionMode transactionMode, Duration lockWaitTimeout,
                          Duration lockTimeout, Duration statementTimeout, ChecksumPolicy checksumPolicy,
                          String appliedBy) {
        this(schema, table, transactionMode, lockWaitTimeout, lockTimeout, statementTimeout, checksumPolicy, appliedBy,
                false);
    }

    public static final String DEFAULT_TABLE = "migrations_version";

    public RunnerSettings {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(transactionMode, "transactionMode");
        Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
        Objects.requireNonNull(checksumPolicy, "checksumPolicy");
        if (schemaHoldsEverything && schema == null) {
            throw new IllegalArgumentException("A schema that holds everything must be named");
        }
    }

    /** These settings for a tenant: its own version table, lock and unqualified names in {@code tenantSchema}. */
    public RunnerSettings inSchema(String tenantSchema) {
        return new RunnerSettings(tenantSchema, table, transactionMode, lockWaitTimeout, lockTimeout, statementTimeout,
                checksumPolicy, appliedBy, true);
    }

    /** The defaults, written only here: the facade's builder starts from them and the starter's properties match them. */
    public static RunnerSettings defaults() {
        return new RunnerSettings(null, DEFAULT_TABLE, TransactionMode.PER_REVISION, Duration.ofMinutes(5), null, null,
                ChecksumPolicy.FAIL, null);
    }
}
