package dev.migrations.schema;

import dev.migrations.DatabaseAccessException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.Dialects;
import dev.migrations.dialect.H2Dialect;
import dev.migrations.dialect.PostgresDialect;

import java.sql.Connection;

/**
 * Reads one schema of a live database into a {@link SchemaModel}, in bulk: a fixed handful of catalog
 * queries, one per kind of object, however many tables there are.
 */
public sealed interface SchemaReader permits PostgresSchemaReader, H2SchemaReader {

    /**
     * @throws DatabaseAccessException when a catalog query fails
     */
    SchemaModel read(Connection connection, ReadScope scope);

    /** The reader for the database behind {@code connection}. */
    static SchemaReader forConnection(Connection connection) {
        return forDialect(Dialects.detect(connection));
    }

    static SchemaReader forDialect(Dialect dialect) {
        if (dialect instanceof PostgresDialect) {
            return new PostgresSchemaReader();
        }
        if (dialect instanceof H2Dialect) {
            return new H2SchemaReader(dialect::fold);
        }
        throw new IllegalArgumentException("no schema reader for " + dialect.name());
    }
}
