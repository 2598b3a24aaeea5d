package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.Change;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.ComparisonWarning;
import dev.migrations.command.CheckFinding;
import dev.migrations.command.Counted;
import dev.migrations.command.OperationText;

import java.util.ArrayList;
import java.util.List;

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
            findings.add(new CheckFinding(CheckFinding.MODEL, OperationText.of(change.operation())));
        }
        for (ComparisonWarning warning : result.warnings()) {
            if (warning.kind().isUnappliedDifference()) {
                findings.add(new CheckFinding(CheckFinding.MODEL, warning.message()));
            }
        }
        return findings;
    }

    @Override
    public List<String> compared(MigrationSet set) {
        return comparator.entityModel(set).map(model -> List.of("the entity model ("
                + Counted.of(model.tables().size(), "table") + ", " + Counted.of(model.tables().values().stream()
                .mapToInt(table -> table.columns().size()).sum(), "column") + ") with the database"))
                .orElse(List.of());
    }
}
