package dev.migrations.command;

import dev.migrations.RevisionStatus;

/**
 * What {@code repair} did.
 *
 * @param after        the revision's status after the repair
 * @param acceptedEdit true when the edited code was accepted (a new checksum recorded), false when the revision
 *                     was marked for retry
 */
public record Repair(RevisionStatus after, boolean acceptedEdit) {
}
