package dev.migrations.autogenerate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The database objects Hibernate's {@code create} adds beside the tables for the metadata's dialect (a PostgreSQL
 * named enum's type and casts, an H2 enum domain, {@code @...DatabaseObject}s), each with the statements that
 * create it.
 */
final class AuxiliaryObjects {

    /** @param name Hibernate's export identifier: for a named enum, the type's name */
    record Declared(String name, List<String> statements) {

        boolean creates(String keywords) {
            return statements.stream().anyMatch(sql -> startsWith(sql, keywords));
        }
    }

    private AuxiliaryObjects() {
    }

    static List<Declared> of(Metadata metadata) {
        Database database = metadata.getDatabase();
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromExplicit(database.getJdbcEnvironment(),
                database, null, null);
        return database.getAuxiliaryDatabaseObjects().stream()
                .filter(object -> object.appliesToDialect(database.getDialect()))
                .map(object -> new Declared(object.getExportIdentifier(), Arrays.asList(object.sqlCreateStrings(context))))
                .toList();
    }

    /** Whether a statement starts with the keywords, such as {@code create cast}, ignoring case and spacing. */
    static boolean startsWith(String sql, String keywords) {
        return sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").startsWith(keywords);
    }
}
