package dev.migrations.autogenerate;

import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.TableModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables in foreign-key dependency order: a referenced table before the tables referencing it. In a cycle
 * one table has to come first; the foreign keys that then point forward are {@link #deferred} (created after
 * every table exists, or dropped before any table goes). A table referencing itself is no cycle.
 */
final class TableOrder {

    private final List<TableModel> ordered;
    private final Map<NameKey, Integer> position = new LinkedHashMap<>();

    private TableOrder(List<TableModel> ordered) {
        this.ordered = List.copyOf(ordered);
        for (int i = 0; i < ordered.size(); i++) {
            position.put(NameKey.of(ordered.get(i).name()), i);
        }
    }

    /** Kahn's algorithm by name, so the order is the same on every run; a cycle is broken at its first name. */
    static TableOrder of(List<TableModel> tables) {
        Map<NameKey, TableModel> remaining = new LinkedHashMap<>();
        tables.stream().sorted(Comparator.comparing(t -> NameKey.of(t.name()).value()))
                .forEach(t -> remaining.put(NameKey.of(t.name()), t));
        List<TableModel> ordered = new ArrayList<>();
        Set<NameKey> placed = new HashSet<>();
        while (!remaining.isEmpty()) {
            TableModel next = remaining.values().stream()
                    .filter(t -> dependencies(t, remaining.keySet()).stream().allMatch(placed::contains))
                    .findFirst()
                    .orElse(remaining.values().iterator().next());
            ordered.add(next);
            placed.add(NameKey.of(next.name()));
            remaining.remove(NameKey.of(next.name()));
        }
        return new TableOrder(ordered);
    }

    /** The tables of the set that {@code table} references, itself excluded. */
    private static Set<NameKey> dependencies(TableModel table, Set<NameKey> among) {
        Set<NameKey> dependencies = new HashSet<>();
        for (ForeignKeyModel fk : table.foreignKeys()) {
            NameKey referenced = NameKey.of(fk.referencedTable());
            if (fk.referencedSchema() == null && among.contains(referenced) && !referenced.equals(NameKey.of(table.name()))) {
                dependencies.add(referenced);
            }
        }
        return dependencies;
    }

    List<TableModel> tables() {
        return ordered;
    }

    boolean contains(String table) {
        return position.containsKey(NameKey.of(table));
    }

    /** Whether {@code fk} of {@code table} references a table of this order placed after it. */
    boolean deferred(TableModel table, ForeignKeyModel fk) {
        Integer referenced = fk.referencedSchema() == null ? position.get(NameKey.of(fk.referencedTable())) : null;
        return referenced != null && referenced > position.get(NameKey.of(table.name()));
    }
}
