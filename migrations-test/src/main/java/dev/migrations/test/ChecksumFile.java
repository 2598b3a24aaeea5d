package dev.migrations.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The released revisions' checksums, committed with the code: a comment header, then one {@code revision checksum}
 * line per revision, in the order of the graph.
 */
final class ChecksumFile {

    private final Path path;

    private ChecksumFile(Path path) {
        this.path = path;
    }

    static ChecksumFile at(Path path) {
        return new ChecksumFile(path);
    }

    boolean exists() {
        return Files.isRegularFile(path);
    }

    Map<String, String> read() {
        Map<String, String> checksums = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checksum file " + path, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2) {
                throw new IllegalArgumentException(path + " line " + (i + 1) + " is '" + line + "': each line "
                        + "holds a revision and its checksum, separated by a space.");
            }
            checksums.put(fields[0], fields[1]);
        }
        return checksums;
    }

    void write(Map<String, String> checksums) {
        StringBuilder text = new StringBuilder("# Checksums of the released revisions: "
                + "MigrationsChecks.noEditedHistory fails when one changes.\n"
                + "# A new revision's line is added when it is released.\n");
        checksums.forEach((revision, checksum) -> text.append(revision).append(' ').append(checksum).append('\n'));
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checksum file " + path, e);
        }
    }
}
