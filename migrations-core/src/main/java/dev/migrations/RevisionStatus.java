package dev.migrations;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One revision as the code and the database know it.
 *
 * @param appliedAt when it was applied, or null when it is not
 * @param executionMillis how long it ran, or null when it is not applied
 * @param checksum the checksum recorded when it was applied, else the code's
 * @param error why it failed part-way, or null
 */
public record RevisionStatus(String revision, List<String> revises, List<String> dependsOn, Set<String> branchLabels,
                             String message, RevisionState state, Instant appliedAt, Long executionMillis,
                             String appliedBy, String checksum, boolean head, String error) {
}
