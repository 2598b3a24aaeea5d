package dev.migrations.autoconfigure.command;

import java.nio.file.Path;

/** Something run on each migration class that {@code revision} or {@code merge} writes: a formatter, say. */
interface PostWriteHook {

    /** How the hook is named in messages and output: the preset's name or the command line. */
    String name();

    /**
     * Runs the hook on {@code file}.
     *
     * @return what the hook printed, possibly empty
     * @throws dev.migrations.error.ConfigurationException when the hook fails, naming the hook and the file
     */
    String run(Path file);
}
