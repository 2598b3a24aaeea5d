package dev.migrations.command;

import dev.migrations.RevisionStatus;

import java.util.List;

/**
 * What {@code current} found.
 *
 * @param current  the revisions the database is at
 * @param heads    the code's heads
 * @param problems revisions in trouble (failed, interrupted, edited, unknown) that the database is not at
 */
public record CurrentRevisions(List<RevisionStatus> current, List<String> heads, List<RevisionStatus> problems) {

    public CurrentRevisions {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        problems = List.copyOf(problems);
    }
}
