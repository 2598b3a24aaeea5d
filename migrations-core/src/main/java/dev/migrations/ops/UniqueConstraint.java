package dev.migrations.ops;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns) implements TableConstraint {

    public UniqueConstraint {
        columns = Names.columns(columns, "unique constraint");
    }

    @Override
    public UniqueConstraint withName(String name) {
        return new UniqueConstraint(name, columns);
    }
}
