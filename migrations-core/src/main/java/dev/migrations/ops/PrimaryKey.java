package dev.migrations.ops;

import java.util.List;

public record PrimaryKey(String name, List<String> columns) implements TableConstraint {

    public PrimaryKey {
        columns = Names.columns(columns, "primary key");
    }

    @Override
    public PrimaryKey withName(String name) {
        return new PrimaryKey(name, columns);
    }
}
