package dev.migrations.schema;

import dev.migrations.ops.IndexKey;

import java.util.List;
import java.util.Objects;

/**
 * An index that no constraint owns (the indexes behind primary keys and unique constraints are part of
 * those constraints).
 *
 * @param keys columns or expressions, each possibly descending
 * @param where the predicate of a partial index, as the database prints it, or null
 * @param method the access method when it is not the default B-tree (PostgreSQL {@code gin}, {@code gist},
 *        {@code brin}, {@code hash}), or null
 */
public record IndexModel(String name, List<IndexKey> keys, boolean unique, String where, String method)
        implements SchemaObject {

    /** A B-tree index. */
    public IndexModel(String name, List<IndexKey> keys, boolean unique, String where) {
        this(name, keys, unique, where, null);
    }

    public IndexModel {
        Objects.requireNonNull(name, "index name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one key");
        }
        method = method == null || method.equalsIgnoreCase("btree") ? null : method;
    }

    public static IndexModel on(String name, String... columns) {
        return new IndexModel(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), false, null);
    }

    public IndexModel asUnique() {
        return new IndexModel(name, keys, true, where, method);
    }

    public IndexModel where(String predicate) {
        return new IndexModel(name, keys, unique, predicate, method);
    }
}
