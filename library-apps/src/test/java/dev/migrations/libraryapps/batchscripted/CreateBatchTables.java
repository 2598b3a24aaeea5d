package dev.migrations.libraryapps.batchscripted;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Spring Batch's tables, from the script Batch ships for PostgreSQL, as a project copies it into a migration. */
@Migration(revision = "ba7c4000a001", revises = "54a1b0c0ffee", message = "spring batch tables")
public class CreateBatchTables implements MigrationScript {

    static final String SCRIPT = "/org/springframework/batch/core/schema-postgresql.sql";

    @Override
    public void upgrade(Operations op) {
        try (InputStream script = CreateBatchTables.class.getResourceAsStream(SCRIPT)) {
            op.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE batch_step_execution_context, batch_job_execution_context, batch_step_execution, "
                + "batch_job_execution_params, batch_job_execution, batch_job_instance");
        op.execute("DROP SEQUENCE batch_step_execution_seq, batch_job_execution_seq, batch_job_instance_seq");
    }
}
