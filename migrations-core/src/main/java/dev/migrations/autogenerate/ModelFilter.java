package dev.migrations.autogenerate;

import dev.migrations.ops.ConstraintNaming;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;

import java.util.function.Predicate;

/**
 * A schema model with what a comparison leaves out taken away: the tables the table filter excludes, and the
 * indexes, constraints, sequences and enum types the object filter excludes. Unnamed constraints (the entity
 * model leaves most so) are matched by the conventional name a migration gives them.
 */
final class ModelFilter {

    private ModelFilter() {
    }

    /** Tables of the other schemas the model names are matched by their qualified name, {@code audit.audit_event}. */
    static SchemaModel apply(SchemaModel model, NameFilter tables, NameFilter objects) {
        return apply(model, tables, objects, null).withOtherSchemas(model.otherSchemas().stream()
                .map(other -> apply(other, tables, objects, other.schema())).toList());
    }

    private static SchemaModel apply(SchemaModel model, NameFilter tables, NameFilter objects, String qualifier) {
        boolean allObjects = objects.equals(NameFilter.ALL);
        String prefix = qualifier == null ? "" : qualifier + ".";
        return SchemaModel.of(model.schema(),
                model.tables().values().stream().filter(t -> tables.includes(prefix + t.name()))
                        .map(t -> allObjects ? t : withObjects(t, objects)).toList(),
                model.sequences().values().stream().filter(s -> objects.includes(s.name())).toList(),
                model.enumTypes().values().stream().filter(e -> objects.includes(e.name())).toList())
                .withUnsupported(model.unsupported().stream()
                        .filter(u -> u.isTable() ? tables.includes(u.name()) : objects.includes(u.name())).toList());
    }

    private static TableModel withObjects(TableModel table, NameFilter objects) {
        String name = table.name();
        Predicate<String> kept = objects::includes;
        return table
                .withUniqueKeys(table.uniqueKeys().stream().filter(u -> kept.test(u.name() != null ? u.name()
                        : ConstraintNaming.unique(name, u.columns()))).toList())
                .withForeignKeys(table.foreignKeys().stream().filter(fk -> kept.test(fk.name() != null ? fk.name()
                        : ConstraintNaming.foreignKey(name, fk.columns(), fk.referencedTable()))).toList())
                .withIndexes(table.indexes().stream().filter(i -> kept.test(i.name())).toList())
                .withChecks(table.checks().stream().filter(c -> kept.test(c.name() != null ? c.name()
                        : ConstraintNaming.check(name, c.condition()))).toList());
    }
}
