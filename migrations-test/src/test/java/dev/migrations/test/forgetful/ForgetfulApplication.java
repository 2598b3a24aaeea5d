package dev.migrations.test.forgetful;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import static dev.migrations.ops.Column.column;

/** An application one of whose revisions has a downgrade that forgets the index its upgrade creates. */
@SpringBootApplication
public class ForgetfulApplication {

    @Migration(revision = "f09e0001", message = "create notes")
    public static class CreateNotes implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("notes",
                    column("id", Types.BIGINT).primaryKey(),
                    column("body", Types.varchar(100)));
        }
    }

    @Migration(revision = "f09e0002", revises = "f09e0001", message = "index notes by body")
    public static class IndexNotes implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createIndex("ix_notes_body", "notes", "body");
        }

        @Override
        public void downgrade(Operations op) {
            // Forgets op.dropIndex("ix_notes_body", "notes").
        }
    }
}
