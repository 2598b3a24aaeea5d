package dev.migrations.autogenerate;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.ExactNames;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SequenceModel;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.ColumnOrderingStrategy;
import org.hibernate.boot.model.relational.ColumnOrderingStrategyLegacy;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the schema Hibernate would create for an application's entities from its boot-time {@link Metadata}
 * into a {@link SchemaModel}: the target that {@link SchemaComparator} compares the database with.
 *
 * <p>It walks what Hibernate's own schema creator walks, in the default namespace:
 * <ul>
 *   <li>physical tables (not views, subselects or the abstract root of a {@code TABLE_PER_CLASS} hierarchy),
 *       their columns in Hibernate's order with the dialect's type ({@link HibernateTypeMapping}), nullability,
 *       {@code @ColumnDefault}, identity, the expression of a {@code @GeneratedColumn} and {@code @Comment}, and
 *       the table's {@code @Comment};</li>
 *   <li>primary keys; foreign keys that Hibernate creates (not those disabled with
 *       {@code ConstraintMode.NO_CONSTRAINT}), with {@code @OnDelete}, and with the referenced columns left out
 *       when they are the referenced table's primary key;</li>
 *   <li>unique keys: the table's ({@code @UniqueConstraint}, {@code @NaturalId}), and each column marked
 *       {@code unique = true} (or a one-to-one's join column), which Hibernate keeps on the column only;</li>
 *   <li>indexes ({@code @Index}), with their order ({@code "name desc"}), uniqueness and the predicate of a
 *       partial index ({@code options = "where active"});</li>
 *   <li>checks: the table's ({@code @Check} on an entity, the not-null checks of {@code SINGLE_TABLE}
 *       subclasses) and the columns' ({@code @Check} on a field, and the ones Hibernate generates: the allowed
 *       values of an {@code @Enumerated} column and of a discriminator). They are included because Hibernate's
 *       own {@code create} creates them: a model without them would drop them from a database Hibernate built.
 *       A new enum constant therefore changes the column's check: the migration drops and adds it.</li>
 *   <li>sequences, with their start and increment: the allocation size, 50 unless said, which Hibernate
 *       checks against the database's increment at start-up;</li>
 *   <li>PostgreSQL named enum types ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}), and the enum types a column
 *       names itself ({@link HibernateTypeMapping}), without the values check Hibernate would add beside them.</li>
 * </ul>
 *
 * <p>Columns, and the columns of composite primary keys and of the foreign keys to them, are in the order
 * Hibernate's {@code create} gives them (its {@code ColumnOrderingStrategy}, which Hibernate applies to the
 * metadata only when it creates the schema itself, and after integrators ran): the order is computed here
 * without changing the metadata. An {@code @Index(unique = true)} is a unique key, as Hibernate 7 binds it.
 *
 * <p>Names are Hibernate's physical names. Constraint names are kept where the mapping states them
 * ({@code @UniqueConstraint(name)}, {@code @ForeignKey(name)}, {@code @Check(name)}) and left null otherwise, so
 * that migrations give them conventional names ({@link dev.migrations.ops.ConstraintNaming}) instead of
 * Hibernate's hashes ({@code FK3k2j...}); index names are always kept, since indexes are matched by name.
 * A name the mapping quotes and the database would fold is kept exact ({@link QuotedNames}). The model names
 * no schema and estimates no rows.
 *
 * <p>What no operation expresses is kept beside the model ({@link SchemaModel#unsupported()}, found by
 * {@link UnsupportedMappings}), so that a comparison reports it: tables of other schemas or catalogs than the
 * default, collations, {@code options} other than an index's
 * {@code where}, auxiliary database objects other than a PostgreSQL named enum (its type and casts) and
 * init commands. Not reported: table generators' initial rows.
 */
public final class HibernateModelReader {

    /**
     * The shape of the names Hibernate's implicit naming strategies give constraints: a prefix and a base-35 hash
     * ({@code FK3k2j0x...}). A foreign key named so is taken for unnamed; a name stated in the mapping that looks
     * like that (no underscore, 16 to 26 letters and digits after the prefix) is taken for unnamed too.
     */
    private static final Pattern IMPLICIT_CONSTRAINT_NAME = Pattern.compile("(?i)(FK|UK|IDX)[0-9a-z]{16,26}");
    static final Pattern INDEX_WHERE = Pattern.compile("(?is)\\s*where\\s+(.+)");

    /**
     * The schema of Hibernate's model, as Hibernate's own {@code create} would make it, on the database of the
     * metadata's dialect.
     */
    public SchemaModel read(Metadata metadata) {
        HibernateTypeMapping types = new HibernateTypeMapping(metadata);
        ColumnOrder order = new ColumnOrder(metadata);
        Map<String, EnumTypeModel> enumTypes = new LinkedHashMap<>();
        Namespace defaultNamespace = metadata.getDatabase().getDefaultNamespace();
        List<SchemaModel> others = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            if (namespace != defaultNamespace && isSchema(namespace) && hasObjects(namespace)) {
                others.add(SchemaModel.of(namespace.getName().schema().getText(),
                        tables(namespace, types, order, enumTypes), sequences(namespace), List.of()));
            }
        }
        SchemaModel model = SchemaModel.of(defaultSchema(metadata),
                        tables(defaultNamespace, types, order, enumTypes),
                        sequences(defaultNamespace), enumTypes.values())
                .withUnsupported(UnsupportedMappings.of(metadata, enumTypes.values()))
                .withOtherSchemas(others);
        QuotedNames quoted = QuotedNames.of(metadata);
        return quoted.isEmpty() ? model : ExactNames.mark(model, quoted);
    }

    /**
     * The schema Hibernate puts the unqualified tables in: {@code hibernate.default_schema}, which it applies when it
     * writes SQL rather than to its default namespace; null when none is set.
     */
    static String defaultSchema(Metadata metadata) {
        Identifier named = metadata.getDatabase().getDefaultNamespace().getName().schema();
        if (named != null) {
            return named.getText();
        }
        Object setting = metadata.getDatabase().getServiceRegistry().requireService(ConfigurationService.class)
                .getSettings().get(AvailableSettings.DEFAULT_SCHEMA);
        return setting == null || setting.toString().isBlank() ? null : setting.toString().strip();
    }

    /** A namespace named by a schema alone; one of another catalog is reported instead. */
    static boolean isSchema(Namespace namespace) {
        return namespace.getName().schema() != null && namespace.getName().catalog() == null;
    }

    private static boolean hasObjects(Namespace namespace) {
        return namespace.getTables().stream().anyMatch(HibernateModelReader::isCreated)
                || namespace.getSequences().iterator().hasNext();
    }

    static boolean isCreated(Table table) {
        return table.isPhysicalTable() && !table.isView();
    }

    private static List<TableModel> tables(Namespace namespace, HibernateTypeMapping types, ColumnOrder order,
                                           Map<String, EnumTypeModel> enumTypes) {
        return namespace.getTables().stream().filter(HibernateModelReader::isCreated)
                .map(table -> table(table, types, order, enumTypes)).toList();
    }

    private static List<SequenceModel> sequences(Namespace namespace) {
        List<SequenceModel> sequences = new ArrayList<>();
        for (Sequence sequence : namespace.getSequences()) {
            sequences.add(new SequenceModel(sequence.getName().getSequenceName().getText(),
                    (long) sequence.getInitialValue(), (long) sequence.getIncrementSize()));
        }
        return sequences;
    }

    /**
     * A foreign key of a table in another schema into a table of the default one: the model cannot say "the
     * default schema" (it has no name until the database is known), so it is reported, not created.
     */
    static boolean leavesItsSchemaForTheDefault(Table table, ForeignKey key) {
        return table.getSchema() != null && key.getReferencedTable().getSchema() == null;
    }

    /**
     * The schema of these entities, with Hibernate's metadata built offline from {@code settings}: see
     * {@link EntityMetadata#build} for what the settings must name.
     */
    public SchemaModel build(List<Class<?>> entities, Map<String, Object> settings) {
        try (EntityMetadata built = EntityMetadata.build(entities, settings)) {
            return read(built.metadata());
        }
    }

    private static TableModel table(Table table, HibernateTypeMapping types, ColumnOrder order,
                                    Map<String, EnumTypeModel> enumTypes) {
        List<ColumnModel> columns = new ArrayList<>();
        List<CheckModel> checks = new ArrayList<>();
        for (Column column : order.columns(table)) {
            columns.add(column(column, table, types));
            Optional<EnumTypeModel> namedEnum = types.namedEnum(column);
            namedEnum.ifPresent(type -> enumTypes.merge(NameKey.of(type.name()).value(), type, (a, b) -> a));
            // An enum type allows only its values: the check Hibernate adds for them on a VARCHAR says nothing more.
            Optional<String> redundant = namedEnum.isPresent() ? types.generatedCheck(column) : Optional.empty();
            checks.addAll(columnChecks(column, redundant));
        }
        for (CheckConstraint check : table.getChecks()) {
            checks.add(new CheckModel(check.isNamed() ? check.getName() : null, check.getConstraint()));
        }
        PrimaryKeyModel primaryKey = table.hasPrimaryKey()
                ? new PrimaryKeyModel(null, names(order.primaryKey(table.getPrimaryKey()))) : null;
        return new TableModel(table.getName(), columns, primaryKey, uniqueKeys(table, primaryKey),
                foreignKeys(table, order), indexes(table), checks, table.getComment(), TableModel.UNKNOWN_ROWS);
    }

    /**
     * A column's checks as Hibernate creates them: its anonymous checks as one ({@code (a) and (b)}), each named
     * one on its own; an anonymous one whose condition is {@code leftOut} is left out.
     */
    private static List<CheckModel> columnChecks(Column column, Optional<String> leftOut) {
        List<CheckModel> checks = new ArrayList<>();
        List<CheckConstraint> anonymous = column.getCheckConstraints().stream().filter(CheckConstraint::isAnonymous)
                .filter(check -> leftOut.isEmpty() || !leftOut.get().equals(check.getConstraint())).toList();
        if (anonymous.size() == 1) {
            checks.add(new CheckModel(null, anonymous.get(0).getConstraint()));
        } else if (!anonymous.isEmpty()) {
            checks.add(new CheckModel(null, anonymous.stream().map(CheckConstraint::getConstraintInParens)
                    .collect(Collectors.joining(" and "))));
        }
        column.getCheckConstraints().stream().filter(CheckConstraint::isNamed)
                .forEach(check -> checks.add(new CheckModel(check.getName(), check.getConstraint())));
        return checks;
    }

    private static ColumnModel column(Column column, Table table, HibernateTypeMapping types) {
        ColumnType type = types.type(column);
        if (table.getSchema() != null && type.kind() == TypeKind.ENUM) {
            // Hibernate creates its named enums in the default schema and names them unqualified, so a table of
            // another schema finds them through the search path: the type is spelled as Hibernate spells it.
            type = Types.raw(type.name());
        }
        ColumnModel model = ColumnModel.of(column.getName(), type).withComment(column.getComment());
        if (column.isIdentity()) {
            return model.asIdentity();
        }
        if (column.getGeneratedAs() != null) {
            model = model.generatedAs(column.getGeneratedAs());
            return column.isNullable() ? model : model.notNull();
        }
        model = model.withDefault(column.getDefaultValue());
        return column.isNullable() && !inPrimaryKey(table, column) ? model : model.notNull();
    }

    private static boolean inPrimaryKey(Table table, Column column) {
        return table.hasPrimaryKey() && table.getPrimaryKey().getColumns().contains(column);
    }

    /**
     * The table's unique keys, then one for each column marked unique that no key covers alone; none that
     * repeats the primary key or another key.
     */
    private static List<UniqueKeyModel> uniqueKeys(Table table, PrimaryKeyModel primaryKey) {
        List<UniqueKeyModel> keys = new ArrayList<>();
        Set<Set<NameKey>> seen = new HashSet<>();
        if (primaryKey != null) {
            seen.add(keySet(primaryKey.columns()));
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> columns = names(key.getColumns());
            if (!columns.isEmpty() && seen.add(keySet(columns))) {
                keys.add(new UniqueKeyModel(key.isNameExplicit() ? key.getName() : null, columns));
            }
        }
        for (Column column : table.getColumns()) {
            if (column.isUnique() && seen.add(keySet(List.of(column.getName())))) {
                keys.add(new UniqueKeyModel(null, List.of(column.getName())));
            }
        }
        return keys;
    }

    private static List<ForeignKeyModel> foreignKeys(Table table, ColumnOrder order) {
        List<ForeignKeyModel> keys = new ArrayList<>();
        for (ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint() || leavesItsSchemaForTheDefault(table, key)) {
                continue;
            }
            Table referenced = key.getReferencedTable();
            String referencedSchema = referencedSchema(table, referenced);
            // A key into another schema names the columns: the model of this schema cannot resolve that table.
            List<String> referencedColumns = !key.isReferenceToPrimaryKey() ? names(key.getReferencedColumns())
                    : referencedSchema == null ? List.of() : names(order.primaryKey(referenced.getPrimaryKey()));
            String name = key.getName() == null || IMPLICIT_CONSTRAINT_NAME.matcher(key.getName()).matches()
                    ? null : key.getName();
            keys.add(new ForeignKeyModel(name, names(order.foreignKey(key)), referencedSchema,
                    referenced.getName(), referencedColumns, action(key.getOnDeleteAction()), null));
        }
        return keys;
    }

    /** Null when the referenced table is in the same namespace. */
    private static String referencedSchema(Table table, Table referenced) {
        String schema = referenced.getSchema();
        return schema == null || schema.equals(table.getSchema()) ? null : schema;
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case NO_ACTION -> null;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    private static List<IndexModel> indexes(Table table) {
        List<IndexModel> indexes = new ArrayList<>();
        for (Index index : table.getIndexes().values()) {
            List<IndexKey> keys = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                IndexKey key = selectable instanceof Column column ? IndexKey.column(column.getName())
                        : IndexKey.expression(selectable.getText());
                String order = index.getSelectableOrderMap().get(selectable);
                keys.add(order != null && order.strip().toLowerCase(Locale.ROOT).startsWith("desc") ? key.desc() : key);
            }
            if (!keys.isEmpty()) {
                indexes.add(new IndexModel(index.getName(), keys, index.isUnique(), predicate(index.getOptions())));
            }
        }
        return indexes;
    }

    /**
     * The predicate of a partial index: Hibernate writes an index's {@code options} after its column list, so
     * {@code @Index(options = "where active")} creates {@code ... (created_at) where active}. Other options
     * (storage parameters and the like) are not compared.
     */
    private static String predicate(String options) {
        Matcher where = options == null ? null : INDEX_WHERE.matcher(options);
        return where != null && where.matches() ? where.group(1).strip() : null;
    }

    /**
     * The order Hibernate's {@code create} gives columns, primary keys and the foreign keys that reference them:
     * Hibernate applies its {@link ColumnOrderingStrategy} to the metadata only when it creates the schema itself,
     * so the order is computed here without changing the metadata. Metadata already ordered keeps its order.
     */
    private static final class ColumnOrder {

        private final Metadata metadata;
        private final ColumnOrderingStrategy strategy;

        ColumnOrder(Metadata metadata) {
            this.metadata = metadata;
            ColumnOrderingStrategy configured = metadata instanceof MetadataImplementor implementor
                    ? implementor.getMetadataBuildingOptions().getColumnOrderingStrategy() : null;
            this.strategy = configured == ColumnOrderingStrategyLegacy.INSTANCE ? null : configured;
        }

        List<Column> columns(Table table) {
            List<Column> ordered = strategy == null ? null : strategy.orderTableColumns(table, metadata);
            return ordered == null ? List.copyOf(table.getColumns()) : ordered;
        }

        List<Column> primaryKey(PrimaryKey key) {
            if (strategy == null || key.getColumns().size() < 2 || key.getOriginalOrder() != null) {
                return key.getColumns();
            }
            List<Column> ordered = strategy.orderConstraintColumns(key, metadata);
            return ordered == null ? key.getColumns() : ordered;
        }

        /** A foreign key to a primary key whose columns move moves its own columns alike. */
        List<Column> foreignKey(ForeignKey key) {
            List<Column> columns = key.getColumns();
            PrimaryKey target = key.getReferencedTable().getPrimaryKey();
            if (columns.size() < 2 || !key.getReferencedColumns().isEmpty() || target == null
                    || target.getOriginalOrder() != null) {
                return columns;
            }
            List<Column> original = target.getColumns();
            List<Column> ordered = primaryKey(target);
            List<Column> result = new ArrayList<>();
            for (Column column : ordered) {
                result.add(columns.get(original.indexOf(column)));
            }
            return result;
        }
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::getName).toList();
    }

    private static Set<NameKey> keySet(List<String> columns) {
        return columns.stream().map(NameKey::of).collect(Collectors.toSet());
    }
}
