package dev.migrations.autogenerate;

import java.util.Objects;

/**
 * A rename the developer states, so that the comparison keeps the data: {@code RenameTable} or a column
 * rename instead of drop + add. Written {@code old=new} for a table and {@code table.old=new} for a column,
 * where {@code table} is the table's name in the target (its new name when the table is renamed too).
 */
public sealed interface Rename permits Rename.Table, Rename.Column {

    record Table(String from, String to) implements Rename {
        public Table {
            Objects.requireNonNull(from, "old table name");
            Objects.requireNonNull(to, "new table name");
        }
    }

    record Column(String table, String from, String to) implements Rename {
        public Column {
            Objects.requireNonNull(table, "table name");
            Objects.requireNonNull(from, "old column name");
            Objects.requireNonNull(to, "new column name");
        }
    }

    /** Reads {@code old=new} or {@code table.old=new}, as the {@code --rename} option takes it. */
    static Rename parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1 || text.indexOf('=', equals + 1) >= 0) {
            throw new IllegalArgumentException("rename '" + text + "' is not old=new (a table) or table.old=new (a column)");
        }
        String from = text.substring(0, equals).strip();
        String to = text.substring(equals + 1).strip();
        int dot = from.indexOf('.');
        if (dot < 0) {
            return new Table(from, to);
        }
        if (dot == 0 || dot == from.length() - 1 || to.contains(".")) {
            throw new IllegalArgumentException("rename '" + text + "' is not table.old=new: name the table once, on the left");
        }
        return new Column(from.substring(0, dot), from.substring(dot + 1), to);
    }
}
