package dev.migrations.autoconfigure.command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs the command of command mode once the application has started, prints its result, and ends the JVM
 * with its exit code: 0 when it succeeded, 1 when it failed. It runs before the application's own runners,
 * which therefore never run in command mode.
 *
 * <p>With {@code migrations.command-line.system-exit=false} it leaves the JVM and the context running and only
 * records the exit code in the {@link CommandExitCode} bean, for tests.
 */
public class MigrationsCommandRunner implements ApplicationRunner, Ordered {

    private final List<String> arguments;
    private final MigrationsCommands commands;
    private final CommandConsole console;
    private final CommandExitCode exitCode;
    private final SecretRedactor redactor;
    private final boolean jsonAvailable;
    private final ApplicationContext context;
    private final boolean systemExit;

    /**
     * @param jsonAvailable whether Jackson is there to write {@code --json} output
     * @param systemExit    whether to end the JVM once the command ran
     */
    public MigrationsCommandRunner(List<String> arguments, MigrationsCommands commands, CommandConsole console,
                                   CommandExitCode exitCode, SecretRedactor redactor, boolean jsonAvailable,
                                   ApplicationContext context, boolean systemExit) {
        this.arguments = List.copyOf(arguments);
        this.commands = commands;
        this.console = console;
        this.exitCode = exitCode;
        this.redactor = redactor;
        this.jsonAvailable = jsonAvailable;
        this.context = context;
        this.systemExit = systemExit;
    }

    @Override
    public void run(ApplicationArguments applicationArguments) {
        exitCode.set(execute());
        if (systemExit) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** Parses, runs and prints the command; returns its exit code. */
    int execute() {
        CommandLine line;
        try {
            line = CommandLineParser.parse(arguments);
        } catch (CommandLineException e) {
            print(console.err(), "error: " + e.getMessage() + "\n\n"
                    + (e.command() == null ? Usage.general() : Usage.of(e.command())));
            return CommandOutcome.FAILURE;
        }
        if (line.command() == Command.HELP) {
            print(console.out(), line.arguments().isEmpty() ? Usage.general()
                    : Command.named(line.arguments().get(0)).map(Usage::of).orElseGet(Usage::general));
            return CommandOutcome.SUCCESS;
        }
        if (line.json() && !jsonAvailable) {
            print(console.err(), "FAILED: " + JsonWriter.unavailable());
            return CommandOutcome.FAILURE;
        }
        CommandOutcome outcome = commands.run(line);
        if (line.json()) {
            print(console.out(), JsonWriter.write(outcome.json()));
        } else if (!outcome.out().isEmpty()) {
            print(console.out(), String.join("\n", outcome.out()));
        }
        if (!outcome.err().isEmpty()) {
            print(console.err(), String.join("\n", outcome.err()));
        }
        return outcome.exitCode();
    }

    private void print(PrintStream stream, String text) {
        String redacted = redactor.redact(text);
        stream.print(redacted.endsWith("\n") ? redacted : redacted + "\n");
        stream.flush();
    }

    /** Before the application's own runners. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
