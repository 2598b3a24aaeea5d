package dev.migrations.autoconfigure.command;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The exit code of the command that ran, as a bean: {@link org.springframework.boot.SpringApplication#exit}
 * reads it when command mode ends the JVM, and a test reads it instead, with
 * {@code migrations.command-line.system-exit=false}.
 */
public final class CommandExitCode implements ExitCodeGenerator {

    private volatile Integer exitCode;

    void set(int exitCode) {
        this.exitCode = exitCode;
    }

    /** Whether a command has run. */
    public boolean isSet() {
        return exitCode != null;
    }

    /** 0 when the command succeeded, 1 when it failed; 0 before any command ran. */
    @Override
    public int getExitCode() {
        Integer code = exitCode;
        return code == null ? 0 : code;
    }
}
