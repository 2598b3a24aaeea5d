package dev.migrations.autogenerate;

import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.UnsupportedObject;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What Hibernate's {@code create} would make of the entities that the schema model cannot hold, each as an
 * {@link UnsupportedObject}, so that a comparison reports it instead of passing over it: tables and sequences of
 * another catalog, foreign keys from another schema into the default one, collations, column, table and index
 * options (other than an index's {@code where}), database objects declared beside the tables (other than what
 * the model's enum types create), and init commands.
 */
final class UnsupportedMappings {

    private final Metadata metadata;
    private final List<UnsupportedObject> found = new ArrayList<>();

    private UnsupportedMappings(Metadata metadata) {
        this.metadata = metadata;
    }

    /**
     * @param enumTypes the enum types the model holds: their type is created, anything else Hibernate declares
     *        with them is reported
     */
    static List<UnsupportedObject> of(Metadata metadata, Collection<EnumTypeModel> enumTypes) {
        UnsupportedMappings mappings = new UnsupportedMappings(metadata);
        Namespace defaultNamespace = metadata.getDatabase().getDefaultNamespace();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            if (namespace == defaultNamespace || HibernateModelReader.isSchema(namespace)) {
                namespace.getTables().stream().filter(HibernateModelReader::isCreated).forEach(mappings::table);
            } else {
                mappings.otherCatalog(namespace);
            }
        }
        mappings.auxiliaryObjects(enumTypes);
        for (InitCommand command : metadata.getDatabase().getInitCommands()) {
            mappings.add("init", String.join("; ", command.initCommands()), "Hibernate runs the init command "
                    + String.join("; ", command.initCommands()) + " after creating the schema");
        }
        return List.copyOf(mappings.found);
    }

    private void otherCatalog(Namespace namespace) {
        String catalog = namespace.getName().catalog().getText()
                + (namespace.getName().schema() == null ? "" : "." + namespace.getName().schema().getText());
        for (Table table : namespace.getTables()) {
            if (HibernateModelReader.isCreated(table)) {
                found.add(new UnsupportedObject(UnsupportedObject.TABLE, catalog + "." + table.getName(), "Table "
                        + catalog + "." + table.getName() + " is in catalog " + catalog
                        + ", and autogenerate compares schemas of the connection's catalog only"));
            }
        }
        for (Sequence sequence : namespace.getSequences()) {
            String name = catalog + "." + sequence.getName().getSequenceName().getText();
            add("sequence", name, "Sequence " + name + " is in catalog " + catalog
                    + ", and autogenerate compares schemas of the connection's catalog only");
        }
    }

    private void table(Table table) {
        String qualified = table.getSchema() == null ? table.getName() : table.getSchema() + "." + table.getName();
        for (ForeignKey key : table.getForeignKeyCollection()) {
            if (key.isCreationEnabled() && key.isPhysicalConstraint()
                    && HibernateModelReader.leavesItsSchemaForTheDefault(table, key)) {
                add("foreign key", qualified + "." + key.getName(), "The foreign key of " + qualified
                        + " into table " + key.getReferencedTable().getName() + " of the default schema");
            }
        }
        if (table.getOptions() != null && !table.getOptions().isBlank()) {
            add("table options", table.getName(), "Table " + table.getName() + " has the options '"
                    + table.getOptions() + "'");
        }
        for (Column column : table.getColumns()) {
            String name = table.getName() + "." + column.getName();
            if (column.getCollation() != null) {
                add("column", name, "Column " + name + " has the collation " + column.getCollation());
            }
            if (column.getOptions() != null && !column.getOptions().isBlank()) {
                add("column", name, "Column " + name + " has the options '" + column.getOptions() + "'");
            }
        }
        for (Index index : table.getIndexes().values()) {
            String options = index.getOptions();
            if (options != null && !options.isBlank() && !HibernateModelReader.INDEX_WHERE.matcher(options).matches()) {
                add("index", index.getName(), "Index " + index.getName() + " of " + table.getName()
                        + " has the options '" + options + "'");
            }
        }
    }

    /**
     * Database objects declared beside the tables. A PostgreSQL named enum's is the enum type (which the model
     * holds) and the implicit casts from and to varchar that Hibernate creates with it (which it does not).
     */
    private void auxiliaryObjects(Collection<EnumTypeModel> enumTypes) {
        for (AuxiliaryObjects.Declared object : AuxiliaryObjects.of(metadata)) {
            String name = object.name();
            Optional<EnumTypeModel> enumType = enumTypes.stream().filter(type -> type.name().equalsIgnoreCase(name))
                    .findFirst();
            List<String> left = object.statements().stream()
                    .filter(sql -> enumType.isEmpty() || !isHeldBy(enumType.get(), sql)).toList();
            if (!left.isEmpty()) {
                add("object", name, "Hibernate creates " + String.join("; ", left)
                        + (enumType.isPresent() ? " with the enum type " + name : ""));
            }
        }
    }

    /** Whether the model's enum type creates what the statement creates: the type, and its casts if it has them. */
    private static boolean isHeldBy(EnumTypeModel type, String sql) {
        return AuxiliaryObjects.startsWith(sql, "create type")
                || type.textCasts() && AuxiliaryObjects.startsWith(sql, "create cast");
    }


    private void add(String kind, String name, String reason) {
        found.add(new UnsupportedObject(kind, name, reason));
    }
}
