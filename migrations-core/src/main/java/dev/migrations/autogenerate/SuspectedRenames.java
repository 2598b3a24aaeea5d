package dev.migrations.autogenerate;

import dev.migrations.ops.AddColumn;
import dev.migrations.ops.Column;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.Operation;
import dev.migrations.schema.NameKey;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags drops that may be renames: a dropped and an added column of one table with the same type, or a
 * dropped and an added table with the same columns. The drop + add stays (only the developer knows), but the
 * drop carries a warning saying how to state the rename, since as generated the data is lost.
 */
final class SuspectedRenames {

    private final TypeNormalizer types;

    SuspectedRenames(TypeNormalizer types) {
        this.types = types;
    }

    void annotate(Plan plan) {
        List<Operation> operations = plan.changes().stream().map(Change::operation).toList();
        Map<Operation, List<ComparisonWarning>> warnings = new IdentityHashMap<>();
        for (Operation operation : operations) {
            if (operation instanceof DropColumn drop && drop.definition() != null) {
                for (Operation other : operations) {
                    if (other instanceof AddColumn add && NameKey.same(add.table(), drop.table())
                            && types.same(add.column().type(), drop.definition().type())) {
                        warnings.computeIfAbsent(drop, o -> new ArrayList<>()).add(columnWarning(drop, add));
                    }
                }
            }
            if (operation instanceof DropTable drop && drop.definition() != null) {
                for (Operation other : operations) {
                    if (other instanceof CreateTable create && columns(create).equals(columns(drop.definition()))) {
                        warnings.computeIfAbsent(drop, o -> new ArrayList<>()).add(tableWarning(drop, create));
                    }
                }
            }
        }
        plan.annotate(change -> {
            Change annotated = change;
            for (ComparisonWarning warning : warnings.getOrDefault(change.operation(), List.of())) {
                annotated = annotated.warn(warning);
            }
            return annotated;
        });
    }

    private ComparisonWarning columnWarning(DropColumn drop, AddColumn add) {
        return new ComparisonWarning(ComparisonWarning.Kind.POSSIBLE_RENAME, "Column " + drop.table() + "." + drop.name()
                + " is dropped and " + add.table() + "." + add.column().name() + " is added with the same type. If this is a "
                + "rename, state it (--rename " + add.table() + "." + drop.name() + "=" + add.column().name()
                + ") and generate again: as generated, the data in " + drop.table() + "." + drop.name() + " is lost.");
    }

    private static ComparisonWarning tableWarning(DropTable drop, CreateTable create) {
        return new ComparisonWarning(ComparisonWarning.Kind.POSSIBLE_RENAME, "Table " + drop.name() + " is dropped and "
                + create.name() + " is created with the same columns. If this is a rename, state it (--rename " + drop.name()
                + "=" + create.name() + ") and generate again: as generated, the rows of " + drop.name() + " are lost.");
    }

    /** Each column as its name and normalized type. */
    private Set<String> columns(CreateTable table) {
        return table.columns().stream().map(this::signature).collect(Collectors.toSet());
    }

    private String signature(Column column) {
        return NameKey.of(column.name()).value() + " " + types.normalize(column.type());
    }
}
