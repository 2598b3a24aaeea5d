package dev.migrations.autoconfigure.command;

import dev.migrations.command.WrittenRevision.PostWriteRun;
import dev.migrations.error.ConfigurationException;

import java.nio.file.Path;
import java.util.List;

/**
 * The hooks of {@code migrations.revision.post-write}, in order: each entry is a formatter preset's name or a
 * command line holding {@code {file}}. Read before anything is written, so a mistyped entry writes no file.
 */
final class PostWriteHooks {

    static final String PROPERTY = "migrations.revision.post-write";

    private final List<PostWriteHook> hooks;

    private PostWriteHooks(List<PostWriteHook> hooks) {
        this.hooks = hooks;
    }

    static PostWriteHooks of(List<String> entries, Path workingDirectory, ClassLoader classLoader) {
        return new PostWriteHooks(entries.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> hook(entry, workingDirectory, classLoader))
                .toList());
    }

    private static PostWriteHook hook(String entry, Path workingDirectory, ClassLoader classLoader) {
        return FormatterPreset.named(entry)
                .map(preset -> preset.hook(workingDirectory, classLoader))
                .orElseGet(() -> {
                    if (!entry.contains(ExternalCommandHook.FILE)) {
                        throw new ConfigurationException(PROPERTY + " entry '" + entry + "' is neither a formatter "
                                + "preset (" + FormatterPreset.names() + ") nor a command holding "
                                + ExternalCommandHook.FILE + " where the written file's path goes, such as "
                                + "'./format.sh " + ExternalCommandHook.FILE + "'.");
                    }
                    return new ExternalCommandHook(entry, workingDirectory);
                });
    }

    /** Runs every hook on {@code file}, in order; the first that fails stops the rest. */
    List<PostWriteRun> run(Path file) {
        return hooks.stream().map(hook -> new PostWriteRun(hook.name(), hook.run(file).strip())).toList();
    }
}
