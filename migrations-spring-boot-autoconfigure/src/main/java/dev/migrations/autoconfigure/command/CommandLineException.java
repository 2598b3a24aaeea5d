package dev.migrations.autoconfigure.command;

/**
 * The command line cannot be understood: an unknown command or option, a missing or extra argument.
 * Answered with exit code 1 and the usage of the command, when one was recognized.
 */
public class CommandLineException extends RuntimeException {

    private final transient Command command;

    public CommandLineException(String message, Command command) {
        super(message);
        this.command = command;
    }

    /** The command whose usage to show, or null when none was recognized. */
    public Command command() {
        return command;
    }
}
