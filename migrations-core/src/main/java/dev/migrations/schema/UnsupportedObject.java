package dev.migrations.schema;

import java.util.Objects;

/**
 * Something a schema's source declares that the model cannot hold, so that no migration creates or compares it:
 * kept beside the model, so that a comparison reports it rather than pass over it in silence.
 *
 * @param kind what it is: {@link #TABLE} (left out by the table filter) or another object (by the object filter)
 * @param name how to name it in a filter: {@code audit.audit_event}, {@code customer.full_name}, {@code Mood}
 * @param reason what is declared, and why no operation expresses it
 */
public record UnsupportedObject(String kind, String name, String reason) {

    public static final String TABLE = "table";

    public UnsupportedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isTable() {
        return TABLE.equals(kind);
    }
}
