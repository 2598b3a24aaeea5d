package dev.migrations.schema;

import dev.migrations.ops.Names;

import java.util.List;

/** @param name the constraint name, or null to let the database (or a migration's convention) name it */
public record PrimaryKeyModel(String name, List<String> columns) implements SchemaObject {

    public PrimaryKeyModel {
        columns = Names.columns(columns, "primary key");
    }
}
