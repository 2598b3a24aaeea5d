package dev.migrations.autoconfigure.command;

import dev.migrations.Autogenerate;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.Rename;
import dev.migrations.schema.SchemaModel;

import java.util.List;
import java.util.Optional;

/**
 * Compares the application's entity model with a migration set's database, for {@code revision --autogenerate}
 * and {@code check}. Auto-configured when the application has Hibernate ORM; an application may provide its own.
 */
public interface EntityModelComparator {

    /**
     * Whether there is an entity model to compare with this set's database; {@code check} passes over a set
     * for which there is not, saying so ({@link #missingEntityModel}).
     */
    default boolean appliesTo(MigrationSet set) {
        return missingEntityModel(set).isEmpty();
    }

    /**
     * Why there is no entity model to compare with this set's database, as a phrase ("the application started no
     * JPA EntityManagerFactory"); empty when there is one.
     */
    Optional<String> missingEntityModel(MigrationSet set);

    /**
     * The entity models the application has that no comparison covers, each named with why ("EntityManagerFactory
     * 'legacy' (no migration set runs on its database)"), for {@code check} to say beside this set's result.
     */
    default List<String> notCompared(MigrationSet set) {
        return List.of();
    }

    /**
     * @param renames renames stated on the command line, in addition to those the entities state
     * @throws dev.migrations.error.DatabaseNotUpToDateException when the database is not at the code's heads
     * @throws dev.migrations.error.MigrationException when there is no entity model for the set, saying why
     */
    Autogenerate.Comparison compare(MigrationSet set, List<Rename> renames);

    /**
     * The entity model as the comparison sees it, without reading the database: what {@code check} says it
     * compared. Empty when the implementation does not tell.
     */
    default Optional<SchemaModel> entityModel(MigrationSet set) {
        return Optional.empty();
    }
}
