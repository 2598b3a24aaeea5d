package dev.migrations;

import dev.migrations.ops.Operations;

/**
 * The body of a revision. {@link #downgrade} may be left out when every operation of
 * {@link #upgrade} can be reversed: the downgrade is then derived by reversing them.
 */
public interface MigrationScript {

    /** Moves the schema from the revisions this one revises to this revision. */
    void upgrade(Operations op);

    /**
     * Moves the schema back. The default derives it from {@link #upgrade}; a downgrade through a
     * revision whose upgrade holds an irreversible operation fails with an error naming it.
     */
    default void downgrade(Operations op) {
        op.reverseOf(this::upgrade);
    }
}
