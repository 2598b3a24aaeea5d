package dev.migrations.command;

import dev.migrations.RevisionStatus;

import java.util.List;

/**
 * What {@code show} found.
 *
 * @param checksummedOperations the revision's operations as its checksum covers them
 */
public record ShownRevision(RevisionStatus revision, List<String> checksummedOperations) {

    public ShownRevision {
        checksummedOperations = List.copyOf(checksummedOperations);
    }
}
