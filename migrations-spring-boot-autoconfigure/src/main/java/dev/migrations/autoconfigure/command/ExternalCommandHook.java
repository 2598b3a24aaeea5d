package dev.migrations.autoconfigure.command;

import dev.migrations.error.ConfigurationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A post-write hook that runs a command line, with {@code {file}} replaced by the written file's absolute path.
 * The line is split into words as a shell would split it (quotes group words) but run without a shell, from the
 * working directory.
 */
final class ExternalCommandHook implements PostWriteHook {

    static final String FILE = "{file}";

    private final String commandLine;
    private final List<String> words;
    private final Path workingDirectory;

    ExternalCommandHook(String commandLine, Path workingDirectory) {
        this.commandLine = commandLine;
        this.words = words(commandLine);
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return commandLine;
    }

    @Override
    public String run(Path file) {
        String path = file.toAbsolutePath().toString();
        return HookProcess.run(name(), words.stream().map(word -> word.replace(FILE, path)).toList(),
                workingDirectory, file);
    }

    /** The words of a command line: split at unquoted white space, with '…' and "…" each one word. */
    static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : commandLine.toCharArray()) {
            if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (quote != 0) {
            throw new ConfigurationException(PostWriteHooks.PROPERTY + " entry '" + commandLine + "' opens a "
                    + quote + " quote it does not close.");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
