package dev.migrations.schema;

import java.util.Objects;

/**
 * What a reader reads: one schema, without the migration library's own tables.
 *
 * @param schema the schema, written as unquoted (it is folded), or null for the connection's current schema
 * @param versionTable the version table, whose audit table ({@code _audit}) and H2 lock table ({@code _lock})
 *        are skipped with it
 */
public record ReadScope(String schema, String versionTable) {

    public ReadScope {
        Objects.requireNonNull(versionTable, "versionTable");
    }

    /** The connection's current schema. */
    public static ReadScope currentSchema(String versionTable) {
        return new ReadScope(null, versionTable);
    }

    /** Whether a table is one of the library's own, which are never part of the application's schema. */
    public boolean isOwnTable(String table) {
        return NameKey.same(table, versionTable) || NameKey.same(table, versionTable + "_audit")
                || NameKey.same(table, versionTable + "_lock");
    }
}
