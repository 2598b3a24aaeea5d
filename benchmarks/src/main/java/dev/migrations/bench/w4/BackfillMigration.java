package dev.migrations.bench.w4;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.Operations;

/**
 * W4 with this project: a non-transactional revision whose batched update commits each batch of 10,000 rows,
 * paging by key.
 */
@Migration(revision = "w4backfill", message = "backfill w4.name_upper", transactional = false)
public class BackfillMigration implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.batchedUpdate(BatchedUpdate.of("w4", Backfill.SET).batchSize(Backfill.BATCH).commitEachBatch());
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("UPDATE w4 SET name_upper = NULL");
    }
}
