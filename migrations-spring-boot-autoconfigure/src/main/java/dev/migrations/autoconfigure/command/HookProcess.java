package dev.migrations.autoconfigure.command;

import dev.migrations.error.ConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a post-write hook's process, collecting what it prints, and fails when it fails. */
final class HookProcess {

    /** A formatter needs seconds; a hook still running after this waits for something that will not come. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private HookProcess() {
    }

    static String run(String hook, List<String> command, Path workingDirectory, Path file) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close(); // a hook that asks for input gets end of file, not a hang
        } catch (IOException e) {
            throw failure(hook, file, "could not start " + command.get(0) + " (" + e.getMessage() + ")", "");
        }
        // Read while it runs: a process whose output fills the pipe would otherwise never finish.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()),
                runnable -> new Thread(runnable, "migrations-post-write").start());
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw failure(hook, file, "did not finish within " + TIMEOUT.toMinutes() + " minutes",
                        output.getNow(""));
            }
            String printed = output.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw failure(hook, file, "exited with " + process.exitValue(), printed);
            }
            return printed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw failure(hook, file, "was interrupted", "");
        } catch (ExecutionException | TimeoutException e) {
            throw failure(hook, file, "printed output that could not be read (" + e.getMessage() + ")", "");
        }
    }

    static ConfigurationException failure(String hook, Path file, String what, String output) {
        String printed = output.isBlank() ? "" : ":\n" + output.strip().indent(2).stripTrailing();
        return new ConfigurationException("Post-write hook '" + hook + "' " + what + " on " + file + printed
                + "\nThe migration class was written as generated. Fix the hook in " + PostWriteHooks.PROPERTY
                + " and run it on the file by hand.");
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), Charset.defaultCharset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
