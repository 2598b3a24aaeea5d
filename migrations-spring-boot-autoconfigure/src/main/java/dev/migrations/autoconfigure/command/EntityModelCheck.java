package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.Change;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.ComparisonWarning;
import dev.migrations.command.CheckFinding;
import dev.migrations.command.Counted;
import dev.migrations.command.OperationText;
import dev.migrations.ops.DropTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check of {@code migrations check} that the entities and the database agree, as {@code alembic check}:
 * one finding per operation a {@code revision --autogenerate} would write, and one per difference no operation
 * expresses.
 */
public final class EntityModelCheck implements MigrationsCheck {

    private final EntityModelComparator comparator;

    public EntityModelCheck(EntityModelComparator comparator) {
        this.comparator = comparator;
    }

    @Override
    public List<CheckFinding> check(MigrationSet set) {
        if (!comparator.appliesTo(set)) {
            return List.of();
        }
        ComparisonResult result = comparator.compare(set, List.of()).result();
        List<CheckFinding> findings = new ArrayList<>();
        for (Change change : result.changes()) {
            String operation = OperationText.of(change.operation());
            findings.add(new CheckFinding(CheckFinding.MODEL, change.operation() instanceof DropTable drop
                    ? operation + " " + ComparisonWarning.unmappedTableAdvice(drop.name()) : operation));
        }
        for (ComparisonWarning warning : result.warnings()) {
            if (warning.kind().isUnappliedDifference()) {
                findings.add(new CheckFinding(CheckFinding.MODEL, warning.message()));
            }
        }
        return findings;
    }

    /** The entity model's size, or why there was none to compare: a check that compared nothing says so. */
    @Override
    public List<String> compared(MigrationSet set) {
        List<String> compared = new ArrayList<>();
        Optional<String> missing = comparator.missingEntityModel(set);
        if (missing.isPresent()) {
            compared.add(noEntityModel(missing.get()));
        } else {
            comparator.entityModel(set).ifPresent(model -> compared.add("the entity model ("
                    + Counted.of(model.tables().size(), "table") + ", " + Counted.of(model.tables().values().stream()
                    .mapToInt(table -> table.columns().size()).sum(), "column") + ") with the database"));
        }
        comparator.notCompared(set).forEach(unit -> compared.add("not " + unit));
        return compared;
    }

    /** What {@code check} says it compared when there was no entity model, with the reason. */
    static String noEntityModel(String reason) {
        return "no entity model (" + reason + ")";
    }
}
