package dev.migrations.backup;

import dev.migrations.error.BackupFailedException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A database's dump program ({@code pg_dump}): found where configured, else on the PATH, else in the directories
 * packages install it to; and run to completion, its errors kept for the message.
 */
public final class DumpProgram {

    private final String name;
    private final Path executable;

    private DumpProgram(String name, Path executable) {
        this.name = name;
        this.executable = executable;
    }

    /**
     * @param configured the configured program ({@code migrations.backup.command}), or null
     * @param installDirectories globs of directories it may be installed to besides the PATH, newest version last
     *        when sorted, such as {@code /usr/lib/postgresql/}
     */
    public static DumpProgram find(String name, String configured, List<Path> installDirectories) {
        return find(List.of(name), configured, installDirectories);
    }

    /** The first of {@code names} found, as {@link #find(String, String, List)} finds one. */
    public static DumpProgram find(List<String> names, String configured, List<Path> installDirectories) {
        String name = names.get(0);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (path.getNameCount() > 1 || path.isAbsolute()) {
                if (!Files.isExecutable(path)) {
                    throw new BackupFailedException("The configured backup command " + configured + " is not an "
                            + "executable file. Fix migrations.backup.command, or remove it to use " + name
                            + " from the PATH.");
                }
                return new DumpProgram(name, path);
            }
            return onPath(configured).map(found -> new DumpProgram(name, found)).orElseThrow(() ->
                    new BackupFailedException("The configured backup command " + configured + " is not on the "
                            + "PATH. Give its full path in migrations.backup.command."));
        }
        for (String each : names) {
            Optional<Path> found = onPath(each).or(() -> installed(each, installDirectories));
            if (found.isPresent()) {
                return new DumpProgram(each, found.get());
            }
        }
        throw new BackupFailedException(String.join(" or ", names) + " was not found on the PATH"
                + (installDirectories.isEmpty() ? "" : " nor in " + installDirectories) + ". Install the database's "
                + "client programs (postgresql-client, mariadb-client), or set migrations.backup.command to its full "
                + "path.");
    }

    public Path executable() {
        return executable;
    }

    /** Runs it with {@code arguments} and {@code environment} added to this process's, until it ends. */
    public void run(List<String> arguments, Map<String, String> environment) {
        List<String> command = Stream.concat(Stream.of(executable.toString()), arguments.stream()).toList();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // The dump goes to a file; what is printed is warnings and errors, small enough to read at the end.
            String printed = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset()).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupFailedException(name + " exited with " + exit + (printed.isEmpty() ? "" : ": "
                        + printed) + ". No backup was made, and nothing was migrated.");
            }
        } catch (IOException e) {
            throw new BackupFailedException("Could not run " + executable + ": " + e.getMessage()
                    + ". Nothing was migrated.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailedException(name + " was interrupted; no backup was made, and nothing was migrated.",
                    e);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The newest install: {@code /usr/lib/postgresql/16/bin/pg_dump} before {@code .../15/bin/pg_dump}. */
    private static Optional<Path> installed(String program, List<Path> installDirectories) {
        return installDirectories.stream()
                .filter(Files::isDirectory)
                .flatMap(DumpProgram::children)
                .map(version -> version.resolve("bin").resolve(program))
                .filter(Files::isExecutable)
                .max(Comparator.comparing(DumpProgram::versionOf));
    }

    private static Stream<Path> children(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static int versionOf(Path program) {
        String version = program.getParent().getParent().getFileName().toString();
        return version.matches("\\d+") ? Integer.parseInt(version) : -1;
    }
}
