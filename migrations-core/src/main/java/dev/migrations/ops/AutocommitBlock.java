package dev.migrations.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Operations run outside the revision's transaction, each committing on its own, as Alembic's
 * {@code autocommit_block}: the transaction so far is committed first, and a new one starts after.
 */
public record AutocommitBlock(List<Operation> operations) implements Operation {

    public AutocommitBlock {
        operations = List.copyOf(operations);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.autocommitBlock(this);
    }

    @Override
    public Operation reverse() {
        List<Operation> reversed = new ArrayList<>();
        operations.forEach(op -> reversed.add(op.reverse()));
        Collections.reverse(reversed);
        return new AutocommitBlock(reversed);
    }
}
