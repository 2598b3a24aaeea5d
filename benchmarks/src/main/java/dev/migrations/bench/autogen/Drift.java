package dev.migrations.bench.autogen;

import java.util.List;

/**
 * Scenario (c): changes made to a database at the model, each of which the next autogenerate must undo with one
 * operation. They touch tables the generator always writes alike ({@code name}, {@code created_at}, the index on
 * {@code name}, the foreign key of every third entity).
 */
public final class Drift {

    /** @param description what autogenerate should find, for the report */
    public record Change(String description, String sql) {
    }

    public static final List<Change> CHANGES = List.of(
            new Change("a NOT NULL column dropped (added back, with a warning)",
                    "ALTER TABLE entity010 DROP COLUMN created_at"),
            new Change("an index dropped (created)", "DROP INDEX ix_entity020_name"),
            new Change("a column widened (narrowed back, with a warning)",
                    "ALTER TABLE entity030 ALTER COLUMN name TYPE varchar(300)"),
            new Change("a foreign key dropped (added)", """
                    DO $$ BEGIN EXECUTE (SELECT format('ALTER TABLE entity060 DROP CONSTRAINT %I', conname)
                    FROM pg_constraint WHERE conrelid = 'entity060'::regclass AND contype = 'f'); END $$"""),
            new Change("a column the model lacks (dropped, with a warning)",
                    "ALTER TABLE entity040 ADD COLUMN legacy_flag boolean"),
            new Change("a table the model lacks (dropped, with a warning)",
                    "CREATE TABLE legacy_audit (id bigint PRIMARY KEY, note text)"));

    private Drift() {
    }
}
