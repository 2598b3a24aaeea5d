package dev.migrations.tenant;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * One tenant of a tenant set: a schema of the set's DataSource, or a database of its own. Each tenant has its own
 * version table, audit table and lock, in its schema or database.
 *
 * @param name how the tenant is named in commands, reports and errors
 * @param schema the tenant's schema on the set's DataSource, or null for a tenant with its own {@code dataSource}
 * @param dataSource the tenant's own database, or null for a schema of the set's DataSource
 */
public record Tenant(String name, String schema, DataSource dataSource) {

    public Tenant {
        requireName(name, "name");
        if ((schema == null) == (dataSource == null)) {
            throw new IllegalArgumentException("Tenant " + name + " needs exactly one of a schema or a DataSource");
        }
        if (schema != null) {
            requireName(schema, "schema");
        }
    }

    /** A tenant that is the schema of the same name. */
    public static Tenant schema(String schema) {
        return new Tenant(schema, schema, null);
    }

    public static Tenant schema(String name, String schema) {
        return new Tenant(name, schema, null);
    }

    /** A tenant with a database of its own. */
    public static Tenant database(String name, DataSource dataSource) {
        return new Tenant(name, null, Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public String toString() {
        return schema != null ? name + " (schema " + schema + ")" : name + " (own database)";
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A tenant's " + what + " must not be blank");
        }
    }
}
