package dev.migrations.ops;

import java.util.Objects;

/** @param condition a SQL boolean expression, written as given */
public record CheckConstraint(String name, String condition) implements TableConstraint {

    public CheckConstraint {
        Objects.requireNonNull(condition, "check condition");
    }

    @Override
    public CheckConstraint withName(String name) {
        return new CheckConstraint(name, condition);
    }
}
