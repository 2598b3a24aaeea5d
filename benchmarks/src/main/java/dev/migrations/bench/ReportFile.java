package dev.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report to its file. The autogenerate section and the MariaDB section sit between markers, so that a run
 * of that workload (or on that server) alone replaces only its section and leaves the other figures of the file as
 * they are, and a full run without it keeps the section of the earlier run. The command-mode section, which
 * {@code benchmarks/command-mode.sh} writes, is kept as it is by every run.
 */
final class ReportFile {

    /** A section between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    enum Section {
        AUTOGEN("autogen", "\n## Profile\n"),
        MARIADB("mariadb", "\n## Profile\n"),
        COMMAND_MODE("command-mode", "\n## Profile\n");

        private final String start;
        private final String end;
        /** Where the section goes in a report that has none yet: before this heading, or else at the end. */
        private final String insertBefore;

        Section(String name, String insertBefore) {
            this.start = "<!-- " + name + ":start -->";
            this.end = "<!-- " + name + ":end -->";
            this.insertBefore = insertBefore;
        }

        /** This section of a report, markers included, or null. */
        String in(String report) {
            int from = report.indexOf(start);
            int to = report.indexOf(end, Math.max(from, 0));
            return from < 0 || to < 0 ? null : report.substring(from, to + end.length());
        }

        String marked(String text) {
            return start + "\n" + text.strip() + "\n" + end;
        }

        /** The report with this section replaced by {@code marked}, or that section inserted. */
        String splice(String report, String marked) {
            String old = in(report);
            if (old != null) {
                return report.replace(old, marked);
            }
            int at = report.indexOf(insertBefore);
            return at < 0 ? report.stripTrailing() + "\n\n" + marked + "\n"
                    : report.substring(0, at + 1) + marked + "\n" + report.substring(at);
        }
    }

    private final Path file;

    ReportFile(Path file) {
        this.file = file;
    }

    /**
     * @param only the section this run alone writes (autogenerate alone, or a run on MariaDB): then only that section
     *        of an existing file changes; null for a full report
     * @return the text written
     */
    String write(Report report, Section only) throws IOException {
        String existing = Files.isRegularFile(file) ? Files.readString(file) : null;
        String text;
        if (only != null && existing != null) {
            text = only.splice(existing, only == Section.AUTOGEN ? report.autogenSection() : report.mariaDbSection());
        } else if (only == Section.MARIADB) {
            text = report.mariaDbSection() + "\n";
        } else {
            text = report.markdown(existing == null ? null : Section.AUTOGEN.in(existing),
                    existing == null ? null : Section.MARIADB.in(existing));
        }
        String commandMode = existing == null ? null : Section.COMMAND_MODE.in(existing);
        if (commandMode != null && Section.COMMAND_MODE.in(text) == null) {
            text = Section.COMMAND_MODE.splice(text, commandMode);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        return text;
    }
}
