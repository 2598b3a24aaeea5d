package dev.migrations.command;

import dev.migrations.autogenerate.MigrationClass;

import java.nio.file.Path;
import java.util.List;

/**
 * A migration class that {@code revision} or {@code merge} wrote, the file it went to, and the post-write hooks
 * that ran on it since.
 */
public record WrittenRevision(MigrationClass migration, Path file, List<PostWriteRun> postWrite) {

    public WrittenRevision {
        postWrite = List.copyOf(postWrite);
    }

    public WrittenRevision(MigrationClass migration, Path file) {
        this(migration, file, List.of());
    }

    /** One hook that ran on the written file, and what it printed. */
    public record PostWriteRun(String hook, String output) {
    }
}
