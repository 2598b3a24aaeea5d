package dev.migrations.autogenerate;

import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.SetTableComment;
import dev.migrations.ops.TypeKind;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares one table that both schemas have: columns by name; the primary key by its columns; unique keys by
 * their column set; foreign keys by columns, referenced table and referenced columns (then their actions);
 * indexes by name, then definition (a non-unique partial index as the full index a database without partial
 * indexes builds for it);
 * checks by their normalized condition; the comment. Constraint names are never compared: the database names
 * what the model leaves unnamed.
 *
 * <p>Operations address the table and its columns by the target's spelling, and what only the database has
 * by the database's.
 */
final class TableComparison {

    /** The key a foreign key is matched by. */
    private record ForeignKeyMatch(String referencedSchema, List<NameKey> columns, NameKey referencedTable,
                                   List<NameKey> referencedColumns) {
    }

    private final ComparisonOptions options;
    private final TypeNormalizer types;
    private final Definitions target;
    private final Definitions live;
    private final Plan plan;
    private final String schema;

    TableComparison(ComparisonOptions options, TypeNormalizer types, Definitions target, Definitions live, Plan plan) {
        this.options = options;
        this.types = types;
        this.target = target;
        this.live = live;
        this.plan = plan;
        this.schema = live.schema();
    }

    void compare(TableModel wanted, TableModel existing) {
        String table = wanted.name();
        compareColumns(table, wanted, existing);
        if (options.compares(ObjectKind.PRIMARY_KEY)) {
            comparePrimaryKey(table, wanted, existing);
        }
        if (options.compares(ObjectKind.UNIQUE_KEY)) {
            compareUniqueKeys(table, wanted, existing);
        }
        if (options.compares(ObjectKind.FOREIGN_KEY)) {
            compareForeignKeys(table, wanted, existing);
        }
        if (options.compares(ObjectKind.INDEX)) {
            compareIndexes(table, wanted, existing);
        }
        if (options.compares(ObjectKind.CHECK)) {
            compareChecks(table, wanted, existing);
        }
        if (options.compares(ObjectKind.COMMENT) && !sameComment(wanted.comment(), existing.comment())) {
            plan.add(Phase.ALTER_COLUMNS, new SetTableComment(schema, table, wanted.comment(),
                    Optional.ofNullable(existing.comment())));
        }
    }

    // --- columns --------------------------------------------------------------------------------

    private void compareColumns(String table, TableModel wanted, TableModel existing) {
        for (ColumnModel column : wanted.columns()) {
            Optional<ColumnModel> current = existing.column(column.name());
            if (current.isPresent()) {
                compareColumn(table, column, current.get());
            } else if (options.compares(ObjectKind.COLUMN)) {
                plan.add(Phase.ADD_COLUMNS, new AddColumn(schema, table, target.column(column)));
            }
        }
        if (options.compares(ObjectKind.COLUMN)) {
            for (ColumnModel column : existing.columns()) {
                if (wanted.column(column.name()).isEmpty()) {
                    plan.add(Phase.DROP_COLUMNS, new DropColumn(schema, table, column.name(), live.column(column)));
                }
            }
        }
    }

    /**
     * One {@code AlterColumn} with every change of the column, and the column as it was, so that it reverses.
     * A type change also re-sets the default: the old default may not convert to the new type.
     */
    private void compareColumn(String table, ColumnModel wanted, ColumnModel existing) {
        AlterColumn alter = AlterColumn.of(table, wanted.name()).inSchema(schema);
        boolean changed = false;
        boolean typeChanges = options.compares(ObjectKind.TYPE) && !types.same(wanted.type(), existing.type());
        if (typeChanges) {
            alter = alter.type(wanted.type());
            String using = options.dialect().typeChangeUsing(wanted.name(), existing.type(), wanted.type());
            if (using != null) {
                alter = alter.using(using);
            }
            changed = true;
        }
        if (options.compares(ObjectKind.NULLABILITY) && wanted.nullable() != existing.nullable()) {
            alter = alter.nullable(wanted.nullable());
            changed = true;
        }
        boolean defaultChanges = options.compares(ObjectKind.SERVER_DEFAULT) && !wanted.identity() && !existing.identity()
                && !sameDefault(options.dialect().storedDefault(wanted.defaultExpression(), wanted.type()),
                options.dialect().storedDefault(existing.defaultExpression(), existing.type()));
        boolean carryDefault = typeChanges && (wanted.defaultExpression() != null || existing.defaultExpression() != null);
        if (defaultChanges || carryDefault) {
            alter = wanted.defaultExpression() == null ? alter.dropServerDefault() : alter.serverDefault(wanted.defaultExpression());
            changed = true;
        }
        if (options.compares(ObjectKind.COMMENT) && !sameComment(wanted.comment(), existing.comment())) {
            alter = alter.comment(wanted.comment());
            changed = true;
        }
        if (wanted.identity() != existing.identity()) {
            plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Column " + table + "." + wanted.name()
                    + (wanted.identity() ? " is an identity column in the model but not in the database"
                    : " is an identity column in the database but not in the model")
                    + "; no operation changes that. Write it in the migration with op.execute(...)."));
        }
        if (changed) {
            plan.add(Phase.ALTER_COLUMNS, alter.existingType(existing.type()).existingNullable(existing.nullable())
                    .existingServerDefault(existing.defaultExpression()).existingComment(existing.comment()));
        }
        compareGeneration(table, wanted, existing);
    }

    /**
     * No statement changes a generated column's expression on every database (PostgreSQL before 17 has none), and
     * a column that becomes generated, or stops being, loses its values or their computation: each difference is
     * reported, compared after normalization as checks are.
     */
    private void compareGeneration(String table, ColumnModel wanted, ColumnModel existing) {
        if (Objects.equals(normalized(wanted.generated()), normalized(existing.generated()))) {
            return;
        }
        String model = wanted.generated() == null ? "not generated" : "generated as (" + wanted.generated() + ")";
        String database = existing.generated() == null ? "not generated" : "generated as (" + existing.generated() + ")";
        plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Column " + table + "." + wanted.name()
                + " is " + model + " in the model and " + database + " in the database; no operation changes that. "
                + "Drop the column and add it again (op.dropColumn, op.addColumn with .generated(...)), minding the "
                + "indexes and constraints that use it, or write it with op.execute(...)."));
    }

    private static String normalized(String expression) {
        return expression == null ? null : ExpressionNormalizer.normalize(expression);
    }

    // --- keys -----------------------------------------------------------------------------------

    private void comparePrimaryKey(String table, TableModel wanted, TableModel existing) {
        List<NameKey> wantedColumns = wanted.primaryKey() == null ? List.of() : keys(wanted.primaryKey().columns());
        List<NameKey> existingColumns = existing.primaryKey() == null ? List.of() : keys(existing.primaryKey().columns());
        if (wantedColumns.equals(existingColumns)) {
            return;
        }
        if (existing.primaryKey() != null) {
            var key = live.primaryKey(existing);
            plan.add(Phase.DROP_CONSTRAINTS, new DropConstraint(schema, table, key.name(), key));
        }
        if (wanted.primaryKey() != null) {
            plan.add(Phase.ADD_CONSTRAINTS, new AddConstraint(schema, table, target.primaryKey(wanted)));
        }
    }

    private void compareUniqueKeys(String table, TableModel wanted, TableModel existing) {
        List<UniqueKeyModel> unmatched = new ArrayList<>(existing.uniqueKeys());
        for (UniqueKeyModel key : wanted.uniqueKeys()) {
            Optional<UniqueKeyModel> match = unmatched.stream()
                    .filter(u -> Set.copyOf(keys(u.columns())).equals(Set.copyOf(keys(key.columns())))).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                plan.add(Phase.ADD_CONSTRAINTS, new AddConstraint(schema, table, target.unique(wanted, key.columns(), key.name())));
            }
        }
        for (UniqueKeyModel key : unmatched) {
            var definition = live.unique(existing, key.columns(), key.name());
            plan.add(Phase.DROP_CONSTRAINTS, new DropConstraint(schema, table, definition.name(), definition));
        }
    }

    /** Matched by what they connect; a match whose actions differ is dropped and added again. */
    private void compareForeignKeys(String table, TableModel wanted, TableModel existing) {
        List<ForeignKeyModel> unmatched = new ArrayList<>(existing.foreignKeys());
        for (ForeignKeyModel key : wanted.foreignKeys()) {
            ForeignKeyMatch wantedMatch = match(key, target);
            Optional<ForeignKeyModel> match = unmatched.stream().filter(fk -> match(fk, live).equals(wantedMatch)).findFirst();
            match.ifPresent(unmatched::remove);
            boolean sameActions = match.isPresent() && match.get().onDelete() == key.onDelete()
                    && match.get().onUpdate() == key.onUpdate();
            if (match.isPresent() && !sameActions) {
                unmatched.add(match.get());
            }
            if (!sameActions) {
                plan.add(Phase.ADD_FOREIGN_KEYS, new AddConstraint(schema, table, target.foreignKey(wanted, key)));
            }
        }
        for (ForeignKeyModel key : unmatched) {
            var definition = live.foreignKey(existing, key);
            plan.add(Phase.DROP_FOREIGN_KEYS, new DropConstraint(schema, table, definition.name(), definition));
        }
    }

    private static ForeignKeyMatch match(ForeignKeyModel key, Definitions side) {
        return new ForeignKeyMatch(key.referencedSchema() == null ? null : NameKey.of(key.referencedSchema()).value(),
                keys(key.columns()), NameKey.of(key.referencedTable()), keys(side.referencedColumns(key)));
    }

    // --- indexes and checks ---------------------------------------------------------------------

    private void compareIndexes(String table, TableModel wanted, TableModel existing) {
        leaveAlone(table, wanted.indexes());
        leaveAlone(table, existing.indexes());
        for (IndexModel index : wanted.indexes()) {
            if (index.method() != null) {
                continue;
            }
            Optional<IndexModel> current = existing.indexes().stream()
                    .filter(i -> i.method() == null && NameKey.same(i.name(), index.name())).findFirst();
            if (current.isPresent() && sameIndex(asBuilt(index), current.get())) {
                continue;
            }
            current.ifPresent(old -> dropIndex(table, existing, old));
            plan.add(Phase.CREATE_INDEXES, target.index(wanted, index));
        }
        for (IndexModel index : existing.indexes()) {
            if (index.method() == null && wanted.indexes().stream().noneMatch(i -> NameKey.same(i.name(), index.name()))) {
                dropIndex(table, existing, index);
            }
        }
    }

    /** {@code CreateIndex} has no access method: an index of another method would come back as a B-tree. */
    private void leaveAlone(String table, List<IndexModel> indexes) {
        indexes.stream().filter(index -> index.method() != null).forEach(index -> plan.warn(new ComparisonWarning(
                ComparisonWarning.Kind.NOT_COMPARED, "Index " + index.name() + " of table " + table + " uses " + index.method()
                + ", which no operation can create; it is left alone. Manage it with op.execute(...).")));
    }

    private void dropIndex(String table, TableModel existing, IndexModel index) {
        plan.add(Phase.DROP_INDEXES, new DropIndex(schema, table, index.name(), false, live.index(existing, index)));
    }

    /** The index as the database builds it: without its predicate where the dialect has no partial indexes. */
    private IndexModel asBuilt(IndexModel index) {
        return !options.dialect().partialIndexes() && index.where() != null && !index.unique() ? index.where(null) : index;
    }

    private static boolean sameIndex(IndexModel a, IndexModel b) {
        if (a.unique() != b.unique() || a.keys().size() != b.keys().size()
                || !Objects.equals(ExpressionNormalizer.normalize(a.where()), ExpressionNormalizer.normalize(b.where()))) {
            return false;
        }
        for (int i = 0; i < a.keys().size(); i++) {
            if (!indexKey(a.keys().get(i)).equals(indexKey(b.keys().get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** A column key and an expression naming just that column are one key. */
    private static String indexKey(IndexKey key) {
        String target = key.column() != null ? NameKey.of(key.column()).value() : ExpressionNormalizer.normalize(key.expression());
        return target + (key.descending() ? " desc" : "");
    }

    private void compareChecks(String table, TableModel wanted, TableModel existing) {
        List<CheckModel> unmatched = new ArrayList<>(existing.checks());
        for (CheckModel check : wanted.checks()) {
            String condition = ExpressionNormalizer.normalize(check.condition());
            Optional<CheckModel> match = unmatched.stream()
                    .filter(c -> ExpressionNormalizer.normalize(c.condition()).equals(condition)).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                plan.add(Phase.ADD_CONSTRAINTS, new AddConstraint(schema, table, target.check(wanted, check)));
            }
        }
        for (CheckModel check : unmatched) {
            var definition = live.check(existing, check);
            plan.add(Phase.DROP_CONSTRAINTS, new DropConstraint(schema, table, definition.name(), definition));
        }
    }

    // --- values ---------------------------------------------------------------------------------

    /** Defaults compare normalized; no default and an explicit NULL are the same. */
    static boolean sameDefault(String a, String b) {
        return Objects.equals(defaultValue(a), defaultValue(b));
    }

    private static String defaultValue(String expression) {
        String normalized = ExpressionNormalizer.normalize(expression);
        return normalized == null || normalized.isEmpty() || normalized.equals("null") ? null : normalized;
    }

    private static boolean sameComment(String a, String b) {
        return Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
    }

    private static List<NameKey> keys(List<String> names) {
        return names.stream().map(NameKey::of).collect(Collectors.toList());
    }
}
