package dev.migrations.schema;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Identifiers;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.TypeKind;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Marks the names of a model that must keep their exact case ({@link Identifiers#exact}): every name of every
 * object, the names inside keys and types included, goes through one policy. For a live database the policy
 * is "stored otherwise than the database folds it" (a table created as {@code "order"} on H2), so that the
 * operations a comparison makes of live names address what is there; for an entity model, "quoted by the
 * mapping, and folded otherwise".
 */
public final class ExactNames {

    private final UnaryOperator<String> policy;

    private ExactNames(UnaryOperator<String> policy) {
        this.policy = policy;
    }

    /** The names the database stores otherwise than it folds them, marked exact. */
    public static SchemaModel ofStored(SchemaModel model, UnaryOperator<String> fold) {
        return mark(model, name -> name.equals(fold.apply(name)) ? name : Identifiers.exact(name));
    }

    /** Each name that {@code policy} maps to another (an exact one) replaced by it. */
    public static SchemaModel mark(SchemaModel model, UnaryOperator<String> policy) {
        return new ExactNames(policy).schema(model);
    }

    private SchemaModel schema(SchemaModel model) {
        // The model's own schema is named as the reader was asked for it, not as stored.
        return SchemaModel.of(model.schema(),
                        model.tables().values().stream().map(this::table).toList(),
                        model.sequences().values().stream()
                                .map(s -> new SequenceModel(name(s.name()), s.start(), s.increment())).toList(),
                        model.enumTypes().values().stream()
                                .map(e -> new EnumTypeModel(name(e.name()), e.values(), e.textCasts())).toList())
                .withUnsupported(model.unsupported())
                .withOtherSchemas(model.otherSchemas().stream().map(this::schema).toList());
    }

    private TableModel table(TableModel table) {
        return new TableModel(name(table.name()),
                table.columns().stream().map(c -> new ColumnModel(name(c.name()), type(c.type()), c.nullable(),
                        c.defaultExpression(), c.identity(), c.comment(), c.generated())).toList(),
                table.primaryKey() == null ? null
                        : new PrimaryKeyModel(name(table.primaryKey().name()), names(table.primaryKey().columns())),
                table.uniqueKeys().stream().map(u -> new UniqueKeyModel(name(u.name()), names(u.columns()))).toList(),
                table.foreignKeys().stream().map(f -> new ForeignKeyModel(name(f.name()), names(f.columns()),
                        name(f.referencedSchema()), name(f.referencedTable()), names(f.referencedColumns()),
                        f.onDelete(), f.onUpdate())).toList(),
                table.indexes().stream().map(i -> new IndexModel(name(i.name()), i.keys().stream().map(this::key).toList(),
                        i.unique(), i.where(), i.method())).toList(),
                table.checks().stream().map(c -> new CheckModel(name(c.name()), c.condition())).toList(),
                table.comment(), table.estimatedRows());
    }

    private IndexKey key(IndexKey key) {
        IndexKey marked = key.column() == null ? key : IndexKey.column(name(key.column()));
        return key.descending() ? marked.desc() : marked;
    }

    /** Enum types are named objects too. */
    private ColumnType type(ColumnType type) {
        if (type.kind() == TypeKind.ENUM) {
            return new ColumnType(type.kind(), type.length(), type.precision(), type.scale(), name(type.name()), null);
        }
        if (type.kind() == TypeKind.ARRAY) {
            return new ColumnType(type.kind(), type.length(), type.precision(), type.scale(), type.name(),
                    type(type.element()));
        }
        return type;
    }

    private List<String> names(List<String> names) {
        return names.stream().map(this::name).toList();
    }

    private String name(String name) {
        return name == null ? null : policy.apply(name);
    }
}
