package dev.migrations.autogenerate;

import dev.migrations.dialect.Dialect;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a comparison is made.
 *
 * @param dialect the database the operations are for: it decides how types normalize and which changes
 *        are dangerous (table rewrites and blocking index builds are PostgreSQL's)
 * @param tables which tables are compared
 * @param objects which named indexes, constraints, sequences and enum types are compared; an object the model
 *        leaves unnamed is matched by the name a migration gives it
 * @param kinds which kinds of difference are looked for; leave out {@link ObjectKind#CHECK} to ignore checks
 * @param renames renames the developer states
 * @param largeTableRows from how many (estimated) rows a table counts as large, for index-build warnings
 */
public record ComparisonOptions(Dialect dialect, NameFilter tables, NameFilter objects, Set<ObjectKind> kinds, List<Rename> renames,
                                long largeTableRows) {

    public static final long DEFAULT_LARGE_TABLE_ROWS = 1_000_000;

    public ComparisonOptions {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(objects, "objects");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        renames = List.copyOf(renames);
    }

    /** Every table, every kind of difference, no renames. */
    public static ComparisonOptions defaults(Dialect dialect) {
        return new ComparisonOptions(dialect, NameFilter.ALL, NameFilter.ALL, EnumSet.allOf(ObjectKind.class), List.of(),
                DEFAULT_LARGE_TABLE_ROWS);
    }

    public boolean compares(ObjectKind kind) {
        return kinds.contains(kind);
    }

    public ComparisonOptions withTables(NameFilter tables) {
        return new ComparisonOptions(dialect, tables, objects, kinds, renames, largeTableRows);
    }

    public ComparisonOptions withObjects(NameFilter objects) {
        return new ComparisonOptions(dialect, tables, objects, kinds, renames, largeTableRows);
    }

    public ComparisonOptions without(ObjectKind... left) {
        EnumSet<ObjectKind> remaining = kinds.isEmpty() ? EnumSet.noneOf(ObjectKind.class) : EnumSet.copyOf(kinds);
        List.of(left).forEach(remaining::remove);
        return new ComparisonOptions(dialect, tables, objects, remaining, renames, largeTableRows);
    }

    public ComparisonOptions withRenames(List<Rename> renames) {
        return new ComparisonOptions(dialect, tables, objects, kinds, renames, largeTableRows);
    }

    public ComparisonOptions withLargeTableRows(long rows) {
        return new ComparisonOptions(dialect, tables, objects, kinds, renames, rows);
    }
}
