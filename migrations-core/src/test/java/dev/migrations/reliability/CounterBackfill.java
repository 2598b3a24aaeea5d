package dev.migrations.reliability;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import java.util.List;

import static dev.migrations.ops.Column.column;

/**
 * Three revisions around a data migration that cannot run in one transaction: a table of counters, a batched
 * update committing each batch (slowed down so that a kill lands mid-way) that raises every counter from 0 to 1,
 * and a revision after it. The update filters on {@code counter = 0}, as the javadoc of {@link BatchedUpdate}
 * advises, so that a batch committed just before an interruption is not counted twice.
 */
public final class CounterBackfill {

    static final int ROWS = 3000;
    static final int BATCH = 100;
    static final String TABLE = "counters";
    static final String AFTER_TABLE = "after_backfill";

    private CounterBackfill() {
    }

    static List<MigrationScript> all() {
        return List.of(new CreateCounters(), new CountEveryRowOnce(), new CreateAfterBackfill());
    }

    @Migration(revision = "nt000001", message = "create counters")
    public static class CreateCounters implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable(TABLE, column("id", Types.BIGINT).primaryKey(),
                    column("counter", Types.INTEGER).notNull().serverDefault("0"));
            op.execute(op.database() == Database.MARIADB
                    ? "INSERT INTO " + TABLE + " (id) SELECT seq FROM seq_1_to_" + ROWS
                    : "INSERT INTO " + TABLE + " (id) SELECT g FROM generate_series(1, " + ROWS + ") g");
        }
    }

    @Migration(revision = "nt000002", revises = "nt000001", message = "count every row once", transactional = false)
    public static class CountEveryRowOnce implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            // The uncorrelated sub-select runs once per batch: every batch takes at least 30 ms.
            // MariaDB runs the sleep once per row (it never caches a call of SLEEP): a hundredth of it per row.
            String sleep = op.database() == Database.MARIADB ? "SLEEP(0.0003)" : "(SELECT 0 FROM pg_sleep(0.03))";
            op.batchedUpdate(BatchedUpdate.of(TABLE, "counter = counter + 1 + " + sleep)
                    .where("counter = 0").batchSize(BATCH).commitEachBatch());
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("UPDATE " + TABLE + " SET counter = 0");
        }
    }

    @Migration(revision = "nt000003", revises = "nt000002", message = "create after_backfill")
    public static class CreateAfterBackfill implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable(AFTER_TABLE, column("id", Types.BIGINT).primaryKey());
        }
    }
}
