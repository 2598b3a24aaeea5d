package dev.migrations.autoconfigure.command.leanapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import jakarta.persistence.EntityManagerFactory;

import static dev.migrations.ops.Column.column;

/** Asks for JPA in its constructor, as a data migration through an EntityManager would. */
@Migration(revision = "1ea00001", message = "create notes")
public class CountNotes implements MigrationScript {

    private final EntityManagerFactory entityManagerFactory;

    public CountNotes(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("notes", column("id", Types.BIGINT).primaryKey());
    }
}
