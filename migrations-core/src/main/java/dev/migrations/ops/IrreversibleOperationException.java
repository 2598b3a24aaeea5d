package dev.migrations.ops;

import dev.migrations.error.IrreversibleMigrationException;

/** An operation that cannot derive its own reversal; the runner names the revision it belongs to. */
public class IrreversibleOperationException extends IrreversibleMigrationException {

    private final transient Operation operation;

    public IrreversibleOperationException(Operation operation, String why) {
        super(why);
        this.operation = operation;
    }

    public Operation operation() {
        return operation;
    }
}
