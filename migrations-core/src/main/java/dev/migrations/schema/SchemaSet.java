package dev.migrations.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The schemas one read covers: the scope's, and the other schemas a target names that the database has. Rows
 * of every schema come from the same queries; each is handed to the {@link SchemaAssembly} of its schema.
 */
public final class SchemaSet {

    private final ReadScope scope;
    private final UnaryOperator<String> fold;
    private final SchemaAssembly scoped = new SchemaAssembly();
    /** By stored name, in the target's order. */
    private final Map<String, SchemaAssembly> others = new LinkedHashMap<>();
    /** Each other schema's name as the target spells it, by stored name. */
    private final Map<String, String> spelled = new LinkedHashMap<>();

    /**
     * @param fold     how the database folds unquoted names
     * @param existing which of the given stored schema names the database has (asked only when there are some)
     */
    public SchemaSet(ReadScope scope, SchemaModel target, UnaryOperator<String> fold,
              Function<List<String>, Set<String>> existing) {
        this.scope = scope;
        this.fold = fold;
        target.otherSchemas().forEach(other -> spelled.put(fold.apply(other.schema()), other.schema()));
        if (!spelled.isEmpty()) {
            spelled.keySet().retainAll(existing.apply(List.copyOf(spelled.keySet())));
        }
        spelled.keySet().forEach(name -> others.put(name, new SchemaAssembly()));
    }

    /** The stored names to read, the scope's first; an empty name stands for the connection's current schema. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(scope.schema() == null ? "" : fold.apply(scope.schema()));
        names.addAll(others.keySet());
        return names;
    }

    /** What is gathered for a row's schema: a schema that is not one of the others is the scope's. */
    public SchemaAssembly of(String storedSchema) {
        return others.getOrDefault(storedSchema, scoped);
    }

    /** Whether a table is read: all are but the library's own tables in the scope's schema. */
    public boolean keeps(String storedSchema, String table) {
        return of(storedSchema) != scoped || !scope.isOwnTable(table);
    }

    public SchemaModel build() {
        List<SchemaModel> otherModels = others.entrySet().stream()
                .map(other -> other.getValue().build(spelled.get(other.getKey()), fold)).toList();
        return scoped.build(scope.schema(), fold).withOtherSchemas(otherModels);
    }
}
