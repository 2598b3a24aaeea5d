package dev.migrations.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One schema: its tables, the sequences no column owns, and its enum types, each by name as stored.
 * Look-ups by name ignore case (see {@link NameKey}).
 *
 * @param schema the schema name, or null for the connection's current schema; for a model built from entities,
 *        Hibernate's default schema ({@code hibernate.default_schema}), or null when it has none
 * @param unsupported what the model's source declares that the model cannot hold, for a comparison to report
 * @param otherSchemas the other schemas the model names, each by its name ({@code @Table(schema = "audit")});
 *        for a live database, those of them that exist
 */
public record SchemaModel(String schema, Map<String, TableModel> tables, Map<String, SequenceModel> sequences,
                          Map<String, EnumTypeModel> enumTypes, List<UnsupportedObject> unsupported,
                          List<SchemaModel> otherSchemas) {

    public SchemaModel {
        tables = copy(tables);
        sequences = copy(sequences);
        enumTypes = copy(enumTypes);
        unsupported = List.copyOf(unsupported);
        otherSchemas = List.copyOf(otherSchemas);
    }

    public static SchemaModel of(String schema, Collection<TableModel> tables, Collection<SequenceModel> sequences,
                                 Collection<EnumTypeModel> enumTypes) {
        return new SchemaModel(schema, byName(tables, TableModel::name), byName(sequences, SequenceModel::name),
                byName(enumTypes, EnumTypeModel::name), List.of(), List.of());
    }

    /** An empty schema of this name: one the database does not have yet. */
    public static SchemaModel empty(String schema) {
        return of(schema, List.of(), List.of(), List.of());
    }

    /** The same model, with what its source declares that it cannot hold. */
    public SchemaModel withUnsupported(List<UnsupportedObject> unsupported) {
        return new SchemaModel(schema, tables, sequences, enumTypes, unsupported, otherSchemas);
    }

    /** The same model, with the other schemas it names. */
    public SchemaModel withOtherSchemas(List<SchemaModel> otherSchemas) {
        return new SchemaModel(schema, tables, sequences, enumTypes, unsupported, otherSchemas);
    }

    /**
     * This model as a comparison in {@code scope} (the schema it reads, null when unknown) sees it: a model whose
     * own schema is named (the entities' default schema) and is not the scope becomes another schema of an empty
     * model, so that its tables are compared with that schema and created there, with the schema if it is missing.
     */
    public SchemaModel seenFrom(String scope) {
        if (schema == null) {
            return this;
        }
        if (scope != null && NameKey.same(schema, scope)) {
            return new SchemaModel(null, tables, sequences, enumTypes, unsupported, otherSchemas);
        }
        List<SchemaModel> others = new ArrayList<>();
        others.add(new SchemaModel(schema, tables, sequences, enumTypes, List.of(), List.of()));
        others.addAll(otherSchemas);
        return new SchemaModel(null, Map.of(), Map.of(), Map.of(), unsupported, others);
    }

    /** One of the other schemas, by name, ignoring case. */
    public Optional<SchemaModel> otherSchema(String name) {
        return otherSchemas.stream().filter(other -> NameKey.same(other.schema(), name)).findFirst();
    }

    public static SchemaModel empty() {
        return empty(null);
    }

    public Optional<TableModel> table(String name) {
        return find(tables, name);
    }

    public Optional<SequenceModel> sequence(String name) {
        return find(sequences, name);
    }

    public Optional<EnumTypeModel> enumType(String name) {
        return find(enumTypes, name);
    }

    private static <T> Optional<T> find(Map<String, T> byName, String name) {
        T exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byName.entrySet().stream().filter(e -> NameKey.same(e.getKey(), name)).map(Map.Entry::getValue).findFirst();
    }

    private static <T> Map<String, T> byName(Collection<T> objects, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T object : objects) {
            if (map.put(name.apply(object), object) != null) {
                throw new IllegalArgumentException("two schema objects are named " + name.apply(object));
            }
        }
        return map;
    }

    /** Unmodifiable, keeping the order given (the readers give names in sorted order). */
    private static <T> Map<String, T> copy(Map<String, T> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
