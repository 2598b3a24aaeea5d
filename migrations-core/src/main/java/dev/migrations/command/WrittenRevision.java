package dev.migrations.command;

import dev.migrations.autogenerate.MigrationClass;

import java.nio.file.Path;

/** A migration class that {@code revision} or {@code merge} wrote, and the file it went to. */
public record WrittenRevision(MigrationClass migration, Path file) {
}
