package dev.migrations.autoconfigure.command;

import java.util.Objects;

/**
 * One difference found by {@code migrations check}.
 *
 * @param kind        what sort of difference: {@code pending}, {@code drift}, or the kind a {@link MigrationsCheck}
 *                    names (such as a schema difference between the entity model and the database)
 * @param description what differs and the command or change that resolves it, as one readable line
 */
public record CheckFinding(String kind, String description) {

    public CheckFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
