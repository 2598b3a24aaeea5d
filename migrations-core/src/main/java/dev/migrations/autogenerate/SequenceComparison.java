package dev.migrations.autogenerate;

import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.DropSequence;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SequenceModel;

import java.util.Objects;
import java.util.Optional;

/**
 * Compares the sequences no column owns. A different increment is altered: Hibernate refuses to start when a
 * sequence's increment is not its allocation size. A different start value is ignored: once a sequence is
 * used it means nothing.
 */
final class SequenceComparison {

    /** What a database steps by when a sequence states no increment. */
    private static final long DEFAULT_INCREMENT = 1L;

    private final Plan plan;
    private final Definitions target;
    private final Definitions live;

    SequenceComparison(Plan plan, Definitions target, Definitions live) {
        this.plan = plan;
        this.target = target;
        this.live = live;
    }

    void compare(SchemaModel wanted, SchemaModel existing) {
        for (SequenceModel sequence : wanted.sequences().values()) {
            Optional<SequenceModel> current = existing.sequence(sequence.name());
            if (current.isEmpty()) {
                plan.add(Phase.CREATE_SEQUENCES, target.sequence(sequence));
                continue;
            }
            long currentIncrement = Objects.requireNonNullElse(current.get().increment(), DEFAULT_INCREMENT);
            if (sequence.increment() != null && sequence.increment() != currentIncrement) {
                plan.add(Phase.CREATE_SEQUENCES,
                        new AlterSequence(target.schema(), sequence.name(), sequence.increment(), currentIncrement));
            }
        }
        for (SequenceModel sequence : existing.sequences().values()) {
            if (wanted.sequence(sequence.name()).isEmpty()) {
                plan.add(Phase.DROP_SEQUENCES, new DropSequence(live.schema(), sequence.name(), live.sequence(sequence)));
            }
        }
    }
}
