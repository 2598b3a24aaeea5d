package dev.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report to its file. The autogenerate section and the MariaDB section sit between markers, so that a run
 * of that workload (or on that server) alone replaces only its section and leaves the other figures of the file as
 * they are, and a full run without it keeps the section of the earlier run. The command-mode section, which
 * {@code benchmarks/command-mode.sh} writes, and the tenants section of {@code benchmarks/tenants.sh} are kept as they
 * are by every run.
 */
final class ReportFile {

    /** A section between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    enum Section {
        AUTOGEN("autogen", "\n## Profile\n"),
        MARIADB("mariadb", "\n## Profile\n"),
        COMMAND_MODE("command-mode", "\n## Profile\n"),
        TENANTS("tenants", "\n## Profile\n");

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

        /** Writes {@code text} as this section of the report file, the rest of the file as it was. */
        void writeInto(Path file, String text) throws IOException {
            String existing = Files.isRegularFile(file) ? Files.readString(file) : "";
            Files.writeString(file, splice(existing, marked(text)));
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
        for (Section kept : List.of(Section.COMMAND_MODE, Section.TENANTS)) {
            String old = existing == null ? null : kept.in(existing);
            if (old != null && kept.in(text) == null) {
                text = kept.splice(text, old);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        return text;
    }
}
