package dev.migrations.autogenerate;

import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.DerivedDowngrade;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.IrreversibleOperationException;
import dev.migrations.ops.Operation;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The migration class autogenerate writes for a comparison, and the renderer that prints its warnings.
 *
 * <p>{@code upgrade()} holds the comparison's operations in order, each preceded by its warnings as loud
 * comments; warnings that concern no single operation go above the first one. {@code downgrade()} is left out,
 * to be derived by reversing {@code upgrade()}, whenever every operation can be reversed. An added enum value
 * cannot (PostgreSQL removes none), so then {@code downgrade()} is written out: the reversal of the other
 * operations, and for each enum type that gained values, its recreation with the values it had: every column
 * of the type goes to text, the type is dropped and created again, and the columns go back to it (with their
 * defaults). That downgrade fails, as it should, while a row holds one of the new values. Any other operation
 * that cannot be reversed leaves {@code downgrade()} out and gets a warning saying to write it.
 *
 * <pre>{@code
 * GeneratedMigration generated = GeneratedMigration.of(
 *         MigrationClass.empty("com.example.migrations", "AddUserPhone", RevisionIds.generate(), heads, "add user phone"),
 *         comparator.compare(target, live, options), live);
 * Path file = generated.write(Path.of("src/main/java"));
 * }</pre>
 *
 * @param migrationClass the class, its operations set
 * @param operations the renderer of its operations, with the warnings
 */
public record GeneratedMigration(MigrationClass migrationClass, JavaOperationRenderer operations) {

    public GeneratedMigration {
        Objects.requireNonNull(migrationClass, "migrationClass");
        Objects.requireNonNull(operations, "operations");
    }

    /**
     * @param header the class's package, name, revision, revises and message; its operations are replaced
     * @param result what the comparison found
     * @param live the schema the comparison was made against: the database before the upgrade
     */
    public static GeneratedMigration of(MigrationClass header, ComparisonResult result, SchemaModel live) {
        List<Operation> upgrade = result.operations();
        Map<Operation, List<ComparisonWarning>> warnings = new IdentityHashMap<>();
        for (Change change : result.changes()) {
            if (!change.warnings().isEmpty()) {
                warnings.computeIfAbsent(change.operation(), o -> new ArrayList<>()).addAll(change.warnings());
            }
        }
        if (!upgrade.isEmpty() && !result.warnings().isEmpty()) {
            List<ComparisonWarning> first = new ArrayList<>(result.warnings());
            first.addAll(warnings.getOrDefault(upgrade.get(0), List.of()));
            warnings.put(upgrade.get(0), first);
        }
        List<Operation> downgrade = downgrade(upgrade, live, warnings);
        return new GeneratedMigration(header.withOperations(upgrade, downgrade), new JavaOperationRenderer(warnings));
    }

    /** The Java source of the class. */
    public String source() {
        return new MigrationSourceRenderer(operations).render(migrationClass);
    }

    /** Writes the source under {@code sourceRoot}; see {@link MigrationSourceRenderer#write}. */
    public Path write(Path sourceRoot) {
        return new MigrationSourceRenderer(operations).write(migrationClass, sourceRoot);
    }

    /** Empty (derive it) unless an enum type gains values; see the class comment. */
    private static List<Operation> downgrade(List<Operation> upgrade, SchemaModel live,
                                             Map<Operation, List<ComparisonWarning>> warnings) {
        boolean addsEnumValues = false;
        for (Operation operation : upgrade) {
            if (operation instanceof AddEnumValue) {
                addsEnumValues = true;
                continue;
            }
            try {
                operation.reverse();
            } catch (IrreversibleOperationException e) {
                warnings.computeIfAbsent(operation, o -> new ArrayList<>()).add(new ComparisonWarning(
                        ComparisonWarning.Kind.NOT_GENERATED, e.getMessage() + " The downgrade is not generated."));
                return List.of();
            }
        }
        if (!addsEnumValues) {
            return List.of();
        }
        Map<NameKey, List<AddEnumValue>> additions = new LinkedHashMap<>();
        upgrade.stream().filter(o -> o instanceof AddEnumValue).map(o -> (AddEnumValue) o)
                .forEach(add -> additions.computeIfAbsent(NameKey.of(add.type()), k -> new ArrayList<>()).add(add));
        List<Operation> reversed = new ArrayList<>();
        Set<NameKey> recreated = new HashSet<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            Operation operation = upgrade.get(i);
            if (!(operation instanceof AddEnumValue add)) {
                reversed.add(operation.reverse());
            } else if (recreated.add(NameKey.of(add.type()))) {
                List<Operation> recreation = recreation(add, additions.get(NameKey.of(add.type())), live);
                warnings.put(recreation.get(0), List.of(new ComparisonWarning(ComparisonWarning.Kind.DATA_LOSS,
                        "PostgreSQL cannot remove values from enum type " + add.type() + ": it is recreated without "
                        + additions.get(NameKey.of(add.type())).stream().map(AddEnumValue::value).toList()
                        + ", its columns passing through text. This fails while a row holds one of those values: "
                        + "change such rows first.")));
                reversed.addAll(recreation);
            }
        }
        return DerivedDowngrade.withoutDropsCoveredByDropTable(reversed);
    }

    /**
     * The enum type as it was: its columns (in the live schema) to text, the type dropped and created with its
     * old values, the columns back to it with their defaults.
     */
    private static List<Operation> recreation(AddEnumValue first, List<AddEnumValue> additions, SchemaModel live) {
        String schema = first.schema();
        EnumTypeModel type = live.enumType(first.type()).orElseThrow(() -> new IllegalArgumentException(
                "values are added to enum type " + first.type() + ", which the live schema does not have"));
        List<String> values = new ArrayList<>(type.values());
        for (AddEnumValue add : additions) {
            int at = add.after() != null ? values.indexOf(add.after()) + 1
                    : add.before() != null ? Math.max(values.indexOf(add.before()), 0) : values.size();
            values.add(at, add.value());
        }
        List<Operation> toText = new ArrayList<>();
        List<Operation> back = new ArrayList<>();
        for (TableModel table : live.tables().values()) {
            for (ColumnModel column : table.columns()) {
                ColumnType enumType = column.type();
                boolean array = enumType.kind() == TypeKind.ARRAY;
                ColumnType element = array ? enumType.element() : enumType;
                if (element.kind() != TypeKind.ENUM || !NameKey.same(element.name(), type.name())) {
                    continue;
                }
                AlterColumn alter = AlterColumn.of(table.name(), column.name()).inSchema(schema);
                AlterColumn text = alter.type(array ? Types.arrayOf(Types.TEXT) : Types.TEXT);
                AlterColumn typed = alter.type(enumType);
                if (column.defaultExpression() != null) {
                    text = text.dropServerDefault();
                    typed = typed.serverDefault(column.defaultExpression());
                }
                toText.add(text);
                back.add(typed);
            }
        }
        List<Operation> recreation = new ArrayList<>(toText);
        recreation.add(new DropEnumType(schema, type.name(), new CreateEnumType(schema, type.name(), values, type.textCasts())));
        recreation.add(new CreateEnumType(schema, type.name(), type.values(), type.textCasts()));
        recreation.addAll(back);
        return recreation;
    }
}
