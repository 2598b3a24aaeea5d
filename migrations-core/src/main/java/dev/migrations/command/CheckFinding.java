package dev.migrations.command;

import java.util.Objects;

/**
 * One difference found by {@code migrations check}.
 *
 * @param kind        what sort of difference: {@link #PENDING}, {@link #DRIFT}, or the kind a further check names
 *                    (such as {@link #MODEL}, a difference between the entity model and the database)
 * @param description what differs and the command or change that resolves it, as one readable line
 */
public record CheckFinding(String kind, String description) {

    /** The database is not at the code's heads. */
    public static final String PENDING = "pending";
    /** A revision failed, was interrupted, was edited since it ran, or is unknown to the code. */
    public static final String DRIFT = "drift";
    /** The entities and the database differ. */
    public static final String MODEL = "model";

    public CheckFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
