package dev.migrations.autoconfigure.command;

import dev.migrations.error.UsageException;

/**
 * The command line cannot be understood: an unknown command or option, a missing or extra argument.
 * Answered with exit code 1 and the usage of the command, when one was recognized.
 */
public class CommandLineException extends UsageException {

    private final transient Command command;

    public CommandLineException(String message, Command command) {
        super(message);
        this.command = command;
    }

    @Override
    public String remedy() {
        return command == null ? "Run `migrations help` for the commands and their options."
                : "Run `migrations help " + command.word() + "` for its arguments and options.";
    }

    /** The command whose usage to show, or null when none was recognized. */
    public Command command() {
        return command;
    }
}
