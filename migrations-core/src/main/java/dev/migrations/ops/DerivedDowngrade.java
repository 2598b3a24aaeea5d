package dev.migrations.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tidies a reversed upgrade. Dropping a table drops its indexes and constraints, so dropping them one by
 * one first is redundant, and on H2 it fails: H2 refuses to drop an index that a foreign key has taken over.
 */
final class DerivedDowngrade {

    private DerivedDowngrade() {
    }

    static List<Operation> withoutDropsCoveredByDropTable(List<Operation> reversed) {
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
            return droppedTables.contains(key(drop.schema(), drop.table()));
        }
        return false;
    }

    private static String key(String schema, String table) {
        return Objects.toString(schema, "") + "." + table;
    }
}
