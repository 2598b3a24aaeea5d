package dev.migrations.autogenerate;

import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.CreateSchema;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropTable;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UnsupportedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Compares the schema the entities want (the target) with the schema the database has (the live one) and
 * returns the operations that turn the live schema into the target, in an order that applies, with warnings
 * where data could be lost or a table locked. Reversing the operations, last first, turns it back: every drop
 * carries the definition it removes.
 *
 * <p>Names are matched ignoring case (see {@link dev.migrations.schema.NameKey}). The operations address the
 * live model's schema ({@link SchemaModel#schema()}, null for the current schema); they name what the target
 * has in the target's spelling and what only the database has in the database's.
 *
 * <p>The other schemas the target names ({@link SchemaModel#otherSchemas()}) are compared the same way, each in
 * its schema, created first when the database lacks it; a schema only the database has is never looked at.
 * What the target declares but cannot hold ({@link SchemaModel#unsupported()}) is reported as a
 * {@link ComparisonWarning.Kind#NOT_SUPPORTED} difference.
 *
 * <p>Not generated, by design or for want of an operation: column order; constraint and primary-key names;
 * a change of a column's identity or of a generated column's expression, and removed or reordered enum values
 * (each reported as a {@link ComparisonWarning.Kind#NOT_GENERATED} warning); indexes of another access method
 * than B-tree (left alone with a warning); index operator classes, collations and INCLUDE columns; deferrable
 * constraints; a change of grouping parentheses alone in a check.
 */
public final class SchemaComparator {

    /**
     * @param target the schema the application wants, built from its entities
     * @param live the schema the database has, as a {@link dev.migrations.schema.SchemaReader} reads it
     * @return the operations, in an order that applies, and the warnings
     */
    public ComparisonResult compare(SchemaModel target, SchemaModel live, ComparisonOptions options) {
        TypeNormalizer types = TypeNormalizer.forDialect(options.dialect());
        SchemaModel wanted = ModelFilter.apply(target, options.tables(), options.objects());
        SchemaModel filteredLive = ModelFilter.apply(live, options.tables(), options.objects());
        Plan plan = new Plan();
        List<Rename> renamesOfTheDefault = new ArrayList<>(options.renames());
        for (SchemaModel other : wanted.otherSchemas()) {
            renamesOfTheDefault.removeAll(renamesOf(other, options.renames()));
        }
        SchemaModel existing = StatedRenames.apply(plan, filteredLive, wanted, renamesOfTheDefault);
        compareSchema(plan, types, wanted, existing, target, live, options);
        for (SchemaModel other : wanted.otherSchemas()) {
            Optional<SchemaModel> current = filteredLive.otherSchema(other.schema());
            if (current.isEmpty()) {
                plan.add(Phase.CREATE_SCHEMAS, new CreateSchema(other.schema()));
            }
            SchemaModel otherLive = StatedRenames.apply(plan, current.orElse(SchemaModel.empty(other.schema())), other,
                    renamesOf(other, options.renames()));
            compareSchema(plan, types, other, otherLive, other, otherLive, options);
        }
        new SuspectedRenames(types).annotate(plan);
        new OperationRisks(options, types, existing).annotate(plan);
        return plan.result();
    }

    /**
     * The renames of tables that {@code schema} holds (a table by its new name); the default schema takes the rest,
     * so that one naming no table of the model is still reported.
     */
    private static List<Rename> renamesOf(SchemaModel schema, List<Rename> renames) {
        return renames.stream().filter(rename -> schema.table(rename instanceof Rename.Table table ? table.to()
                : ((Rename.Column) rename).table()).isPresent()).toList();
    }

    /**
     * One schema: the default one, or another the model names (whose operations are in that schema; a schema
     * only the database has is never looked at, let alone dropped).
     */
    private static void compareSchema(Plan plan, TypeNormalizer types, SchemaModel wanted, SchemaModel existing,
                                      SchemaModel target, SchemaModel live, ComparisonOptions options) {
        Definitions targetDefinitions = new Definitions(live.schema(), wanted, withTablesOf(existing, target, live));
        Definitions liveDefinitions = new Definitions(live.schema(), existing, withTablesOf(wanted, live, target));
        if (options.compares(ObjectKind.ENUM_TYPE)) {
            new EnumTypeComparison(plan, targetDefinitions, liveDefinitions, options.dialect()).compare(wanted, existing);
        }
        if (options.compares(ObjectKind.SEQUENCE)) {
            new SequenceComparison(plan, targetDefinitions, liveDefinitions).compare(wanted, existing);
        }
        List<TableModel> added = new ArrayList<>();
        TableComparison tables = new TableComparison(options, types, targetDefinitions, liveDefinitions, plan);
        for (TableModel table : wanted.tables().values()) {
            Optional<TableModel> current = existing.table(table.name());
            if (current.isPresent()) {
                tables.compare(table, current.get());
            } else {
                added.add(table);
            }
        }
        if (options.compares(ObjectKind.TABLE)) {
            List<TableModel> removed = existing.tables().values().stream()
                    .filter(table -> wanted.table(table.name()).isEmpty()).toList();
            create(plan, added, existing, targetDefinitions);
            drop(plan, removed, liveDefinitions);
        }
        wanted.unsupported().forEach(object -> plan.warn(unsupported(object)));
    }

    private static ComparisonWarning unsupported(UnsupportedObject object) {
        String filter = object.isTable() ? "migrations.autogenerate.exclude-tables" : "migrations.autogenerate.exclude-objects";
        return new ComparisonWarning(ComparisonWarning.Kind.NOT_SUPPORTED, object.reason() + ": no operation "
                + "expresses it, so nothing is generated for it. Write it in a migration by hand (op.execute(...)), "
                + "then leave it out of the comparison with " + filter + "=" + object.name() + ".");
    }

    /**
     * New tables, referenced before referencing, each with its foreign keys inline where what they reference
     * exists by then: an earlier new table, the table itself, or a live table that has the referenced key. The
     * others (a cycle, or a key this migration adds) are added once every table and key exists.
     */
    private static void create(Plan plan, List<TableModel> added, SchemaModel existing, Definitions definitions) {
        TableOrder order = TableOrder.of(added);
        for (TableModel table : order.tables()) {
            // A key into another schema waits until every schema's tables exist: that table may be new too.
            Predicate<ForeignKeyModel> inline = fk -> fk.referencedSchema() == null && (order.contains(fk.referencedTable())
                    ? !order.deferred(table, fk)
                    : referencedKeyExists(fk, existing, definitions));
            plan.add(Phase.CREATE_TABLES, definitions.createTable(table, inline));
            table.indexes().stream().filter(index -> index.method() == null)
                    .forEach(index -> plan.add(Phase.CREATE_INDEXES, definitions.index(table, index)));
            table.foreignKeys().stream().filter(inline.negate()).forEach(fk -> plan.add(Phase.ADD_FOREIGN_KEYS,
                    new AddConstraint(definitions.schema(), table.name(), definitions.foreignKey(table, fk))));
        }
    }

    private static boolean referencedKeyExists(ForeignKeyModel fk, SchemaModel existing, Definitions definitions) {
        Set<NameKey> columns = keys(definitions.referencedColumns(fk));
        return existing.table(fk.referencedTable())
                .map(table -> (table.primaryKey() != null && keys(table.primaryKey().columns()).equals(columns))
                        || table.uniqueKeys().stream().anyMatch(u -> keys(u.columns()).equals(columns)))
                .orElse(false);
    }

    /**
     * Tables only the database has. Their foreign keys are dropped first and their indexes next, so that the
     * drop of each table (referencing tables first) needs nothing else, and the downgrade recreates tables,
     * indexes and then foreign keys, whatever cycles there are.
     */
    private static void drop(Plan plan, List<TableModel> removed, Definitions definitions) {
        String schema = definitions.schema();
        List<TableModel> order = new ArrayList<>(TableOrder.of(removed).tables());
        for (TableModel table : order) {
            for (ForeignKeyModel fk : table.foreignKeys()) {
                var definition = definitions.foreignKey(table, fk);
                plan.add(Phase.DROP_FOREIGN_KEYS, new DropConstraint(schema, table.name(), definition.name(), definition));
            }
            for (IndexModel index : table.indexes()) {
                if (index.method() == null) {
                    plan.add(Phase.DROP_INDEXES, new DropIndex(schema, table.name(), index.name(), false,
                            definitions.index(table, index)));
                } else {
                    plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_COMPARED, "Index " + index.name()
                            + " of dropped table " + table.name() + " uses " + index.method() + ", which no operation can "
                            + "create: the downgrade does not recreate it. Add it to downgrade() with op.execute(...)."));
                }
            }
        }
        java.util.Collections.reverse(order);
        for (TableModel table : order) {
            plan.add(Phase.DROP_TABLES, new DropTable(schema, table.name(), definitions.createTable(table, fk -> false)));
        }
    }

    /**
     * {@code first}'s tables, then those of {@code others} it lacks: where a foreign key into a table the filters
     * leave out is resolved (its referenced columns, when it names none, are that table's primary key).
     */
    private static SchemaModel withTablesOf(SchemaModel first, SchemaModel... others) {
        List<TableModel> tables = new ArrayList<>(first.tables().values());
        for (SchemaModel other : others) {
            other.tables().values().stream().filter(t -> tables.stream().noneMatch(k -> NameKey.same(k.name(), t.name())))
                    .forEach(tables::add);
        }
        return SchemaModel.of(first.schema(), tables, first.sequences().values(), first.enumTypes().values());
    }

    private static Set<NameKey> keys(List<String> names) {
        return names.stream().map(NameKey::of).collect(Collectors.toSet());
    }
}
