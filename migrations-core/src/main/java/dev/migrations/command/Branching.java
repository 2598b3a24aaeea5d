package dev.migrations.command;

import dev.migrations.BranchPoint;
import dev.migrations.RevisionStatus;

/** A branch point of {@code branches}, with the status of its revision. */
public record Branching(BranchPoint point, RevisionStatus revision) {
}
