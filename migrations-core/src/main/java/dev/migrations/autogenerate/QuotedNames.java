package dev.migrations.autogenerate;

import dev.migrations.ops.Identifiers;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The table and column names the mapping quotes ({@code @Table(name = "\"order\"")}): Hibernate uses them
 * exactly as written, so the model keeps them exact ({@link Identifiers#exact}) whatever the database folds.
 */
final class QuotedNames implements UnaryOperator<String> {

    private final Set<String> exact = new HashSet<>();

    private QuotedNames() {
    }

    static QuotedNames of(Metadata metadata) {
        QuotedNames names = new QuotedNames();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (table.isQuoted()) {
                    names.exact.add(table.getName());
                }
                for (Column column : table.getColumns()) {
                    if (column.isQuoted()) {
                        names.exact.add(column.getName());
                    }
                }
            }
        }
        return names;
    }

    /** The name, exact when the mapping quotes it. */
    @Override
    public String apply(String name) {
        return exact.contains(name) ? Identifiers.exact(name) : name;
    }

    boolean isEmpty() {
        return exact.isEmpty();
    }
}
