package dev.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report to its file. The autogenerate section sits between markers, so that a run of that workload alone
 * replaces only its section and leaves the other figures of the file as they are, and a full run without it keeps the
 * section of the earlier run.
 */
final class ReportFile {

    static final String START = "<!-- autogen:start -->";
    static final String END = "<!-- autogen:end -->";

    /** Where the section goes in a report that has none yet: before the profile, or else at the end. */
    private static final String INSERT_BEFORE = "\n## Profile\n";

    private final Path file;

    ReportFile(Path file) {
        this.file = file;
    }

    /**
     * @param autogenOnly whether only the autogenerate workload ran: then only its section of an existing file changes
     * @return the text written
     */
    String write(Report report, boolean autogenOnly) throws IOException {
        String existing = Files.isRegularFile(file) ? Files.readString(file) : null;
        String text = autogenOnly && existing != null
                ? splice(existing, report.autogenSection())
                : report.markdown(existing == null ? null : section(existing));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        return text;
    }

    /** The marked section of a report, markers included, or null. */
    static String section(String report) {
        int start = report.indexOf(START);
        int end = report.indexOf(END, Math.max(start, 0));
        return start < 0 || end < 0 ? null : report.substring(start, end + END.length());
    }

    static String marked(String section) {
        return START + "\n" + section.strip() + "\n" + END;
    }

    /** The report with its marked section replaced by {@code marked}, or that section inserted. */
    static String splice(String report, String marked) {
        String old = section(report);
        if (old != null) {
            return report.replace(old, marked);
        }
        int at = report.indexOf(INSERT_BEFORE);
        return at < 0 ? report.stripTrailing() + "\n\n" + marked + "\n"
                : report.substring(0, at + 1) + marked + "\n" + report.substring(at);
    }
}
