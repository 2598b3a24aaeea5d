package dev.migrations.autoconfigure.command.leanservice;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** Takes a service of the application, which itself needs JPA: a data migration's usual shape. */
@Migration(revision = "1eb00001", message = "create archived notes")
public class ArchiveNotes implements MigrationScript {

    private final NoteArchive archive;

    public ArchiveNotes(NoteArchive archive) {
        this.archive = archive;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("archived_notes", column("id", Types.BIGINT).primaryKey());
    }
}
