package dev.migrations.autogenerate;

import dev.migrations.ops.DropSequence;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SequenceModel;

import java.util.Objects;
import java.util.Optional;

/**
 * Compares the sequences no column owns. A different increment matters (Hibernate refuses to start when a
 * sequence's increment is not its allocation size) but no operation alters a sequence, so it is reported with
 * the statement to write. A different start value is ignored: once a sequence is used it means nothing.
 */
final class SequenceComparison {

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
            } else if (sequence.increment() != null
                    && !Objects.equals(sequence.increment(), Objects.requireNonNullElse(current.get().increment(), 1L))) {
                plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Sequence " + current.get().name()
                        + " increments by " + Objects.requireNonNullElse(current.get().increment(), 1L)
                        + " in the database and by " + sequence.increment() + " in the model; no operation alters a "
                        + "sequence, so nothing is generated. Add op.execute(\"ALTER SEQUENCE " + current.get().name()
                        + " INCREMENT BY " + sequence.increment() + "\") to the migration."));
            }
        }
        for (SequenceModel sequence : existing.sequences().values()) {
            if (wanted.sequence(sequence.name()).isEmpty()) {
                plan.add(Phase.DROP_SEQUENCES, new DropSequence(live.schema(), sequence.name(), live.sequence(sequence)));
            }
        }
    }
}
