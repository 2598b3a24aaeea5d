package dev.migrations.autoconfigure.command;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where command mode writes: the command's result to {@code out}, what went wrong to {@code err}. Standard
 * output and error, unless a bean of this type says otherwise (as tests do).
 */
public record CommandConsole(PrintStream out, PrintStream err) {

    public CommandConsole {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** Standard output and standard error, as they are when the command runs. */
    public static CommandConsole system() {
        return new CommandConsole(System.out, System.err);
    }
}
