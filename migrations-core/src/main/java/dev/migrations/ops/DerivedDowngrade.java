package dev.migrations.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Tidies a reversed upgrade, for a derived downgrade and for the one autogenerate writes out. Dropping a table
 * drops its indexes and constraints, so dropping them one by one first is redundant, and on H2 it fails: H2
 * refuses to drop an index that a foreign key has taken over. Foreign keys between two dropped tables stay: with
 * a cycle, no order of the table drops works without them. Table names match as the database folds them:
 * {@code users} and {@code USERS} are one table.
 */
public final class DerivedDowngrade {

    private DerivedDowngrade() {
    }

    public static List<Operation> withoutDropsCoveredByDropTable(List<Operation> reversed) {
        Set<String> droppedTables = new HashSet<>();
        for (Operation operation : reversed) {
            if (operation instanceof DropTable drop) {
                droppedTables.add(key(drop.schema(), drop.name()));
            }
        }
        return reversed.stream().filter(operation -> !coveredBy(operation, droppedTables)).toList();
    }

    private static boolean coveredBy(Operation operation, Set<String> droppedTables) {
        if (operation instanceof DropIndex drop) {
            return drop.table() != null && droppedTables.contains(key(drop.schema(), drop.table()));
        }
        if (operation instanceof DropConstraint drop) {
            // A foreign key into another dropped table must go first, or that table's drop fails on it.
            boolean pointsAtAnotherDroppedTable = drop.definition() instanceof ForeignKey fk
                    && !key(null, fk.referencedTable()).equals(key(null, drop.table()))
                    && droppedTables.contains(key(fk.referencedSchema() != null ? fk.referencedSchema() : drop.schema(),
                            fk.referencedTable()));
            return droppedTables.contains(key(drop.schema(), drop.table())) && !pointsAtAnotherDroppedTable;
        }
        return false;
    }

    private static String key(String schema, String table) {
        return Objects.toString(schema, "") + "." + Identifiers.bare(table).toLowerCase(Locale.ROOT);
    }
}
