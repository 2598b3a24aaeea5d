package dev.migrations.autogenerate;

import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.Column;
import dev.migrations.ops.ConstraintNaming;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.TableConstraint;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SequenceModel;
import dev.migrations.schema.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The operation values that create the objects of a schema model. Constraints the model leaves unnamed get
 * the conventional names of {@link ConstraintNaming}, so that every generated constraint can be dropped by name.
 */
final class Definitions {

    private final String schema;
    private final SchemaModel model;
    private final SchemaModel fallback;

    /**
     * @param schema the schema the operations address, or null for the current one
     * @param model the model the objects come from
     * @param fallback where a referenced table missing from {@code model} is looked up (to resolve a foreign
     *        key that references a primary key)
     */
    Definitions(String schema, SchemaModel model, SchemaModel fallback) {
        this.schema = schema;
        this.model = model;
        this.fallback = fallback;
    }

    String schema() {
        return schema;
    }

    Column column(ColumnModel column) {
        Column definition = Column.column(column.name(), column.type()).nullable(column.nullable())
                .serverDefault(column.defaultExpression()).comment(column.comment()).generated(column.generated());
        return column.identity() ? definition.identity() : definition;
    }

    /** The table with its keys and checks, and those of its foreign keys that {@code inline} accepts. */
    CreateTable createTable(TableModel table, Predicate<ForeignKeyModel> inline) {
        List<TableConstraint> constraints = new ArrayList<>();
        if (table.primaryKey() != null) {
            constraints.add(primaryKey(table));
        }
        table.uniqueKeys().forEach(unique -> constraints.add(named(table, new UniqueConstraint(unique.name(), unique.columns()))));
        table.checks().forEach(check -> constraints.add(check(table, check)));
        table.foreignKeys().stream().filter(inline).forEach(fk -> constraints.add(foreignKey(table, fk)));
        return new CreateTable(schema, table.name(), table.columns().stream().map(this::column).toList(), constraints,
                table.comment());
    }

    PrimaryKey primaryKey(TableModel table) {
        return (PrimaryKey) named(table, new PrimaryKey(table.primaryKey().name(), table.primaryKey().columns()));
    }

    UniqueConstraint unique(TableModel table, List<String> columns, String name) {
        return (UniqueConstraint) named(table, new UniqueConstraint(name, columns));
    }

    CheckConstraint check(TableModel table, CheckModel check) {
        return (CheckConstraint) named(table, new CheckConstraint(check.name(), check.condition()));
    }

    /** The foreign key with its referenced columns spelled out: an empty list means the referenced primary key. */
    ForeignKey foreignKey(TableModel table, ForeignKeyModel fk) {
        List<String> referenced = referencedColumns(fk);
        if (referenced.isEmpty()) {
            throw new IllegalArgumentException("foreign key " + fk.columns() + " of table " + table.name() + " references table "
                    + fk.referencedTable() + " without naming its columns, and that table has no primary key in either schema");
        }
        ForeignKey key = new ForeignKey(fk.name(), fk.columns(), fk.referencedSchema(), fk.referencedTable(),
                referenced, fk.onDelete(), fk.onUpdate());
        return (ForeignKey) named(table, key);
    }

    /**
     * The referenced columns, the referenced table's primary key when the model leaves them out; empty when
     * neither model knows that key.
     */
    List<String> referencedColumns(ForeignKeyModel fk) {
        if (!fk.referencedColumns().isEmpty()) {
            return fk.referencedColumns();
        }
        return model.table(fk.referencedTable()).or(() -> fallback.table(fk.referencedTable()))
                .filter(t -> t.primaryKey() != null)
                .map(t -> t.primaryKey().columns())
                .orElse(List.of());
    }

    CreateIndex index(TableModel table, IndexModel index) {
        return new CreateIndex(schema, table.name(), index.name(), index.keys(), index.unique(), index.where(), false);
    }

    CreateSequence sequence(SequenceModel sequence) {
        return new CreateSequence(schema, sequence.name(), sequence.start(), sequence.increment());
    }

    CreateEnumType enumType(EnumTypeModel type) {
        return new CreateEnumType(schema, type.name(), type.values(), type.textCasts());
    }

    private static TableConstraint named(TableModel table, TableConstraint constraint) {
        return ConstraintNaming.named(table.name(), constraint);
    }
}
