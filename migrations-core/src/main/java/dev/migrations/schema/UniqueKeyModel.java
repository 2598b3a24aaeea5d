package dev.migrations.schema;

import dev.migrations.ops.Names;

import java.util.List;

/** A unique constraint; matched by its set of columns, not by its name. */
public record UniqueKeyModel(String name, List<String> columns) implements SchemaObject {

    public UniqueKeyModel {
        columns = Names.columns(columns, "unique key");
    }
}
