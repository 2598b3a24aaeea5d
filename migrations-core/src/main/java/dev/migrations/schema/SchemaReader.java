package dev.migrations.schema;

import dev.migrations.error.DatabaseAccessException;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one schema of a live database into a {@link SchemaModel}, in bulk: a fixed handful of catalog
 * queries, one per kind of object, however many tables there are. Each database's reader belongs to its dialect
 * ({@code Dialect.schemaReader()}).
 */
public interface SchemaReader {

    /**
     * @throws DatabaseAccessException when a catalog query fails
     */
    SchemaModel read(Connection connection, ReadScope scope);

    /**
     * Whether the database has the schema, written as unquoted (it is folded).
     *
     * @throws DatabaseAccessException when the catalog query fails
     */
    boolean schemaExists(Connection connection, String schema);

    /**
     * The schema of {@code scope}, with those of the other schemas {@code target} names that the database has
     * (a schema it lacks is left out: the comparison creates it).
     */
    default SchemaModel read(Connection connection, ReadScope scope, SchemaModel target) {
        List<SchemaModel> others = new ArrayList<>();
        for (SchemaModel other : target.otherSchemas()) {
            if (schemaExists(connection, other.schema())) {
                others.add(read(connection, new ReadScope(other.schema(), scope.versionTable())));
            }
        }
        return read(connection, scope).withOtherSchemas(others);
    }
}
