package dev.migrations.autoconfigure;

import dev.migrations.error.DatabaseStateException;
import dev.migrations.RevisionStatus;
import dev.migrations.ValidationReport;
import dev.migrations.graph.Revision;

import java.util.List;
import java.util.stream.Collectors;

/** {@code migrations.on-startup=validate} found revisions pending, failed, edited since applied, or unknown to the code. */
public class StartupValidationException extends DatabaseStateException {

    private static final String REMEDY = "Run `migrations upgrade` before starting the application (for example as a "
            + "Kubernetes Job), or set migrations.on-startup=upgrade.";

    private final ValidationReport report;

    public StartupValidationException(String setName, ValidationReport report) {
        super(firstRevision(report), message(setName, report), null);
        this.report = report;
    }

    @Override
    public String remedy() {
        return REMEDY;
    }

    public ValidationReport report() {
        return report;
    }

    private static String firstRevision(ValidationReport report) {
        List<RevisionStatus> first = report.problems().isEmpty() ? report.pending() : report.problems();
        return first.isEmpty() ? null : first.get(0).revision();
    }

    private static String message(String setName, ValidationReport report) {
        StringBuilder message = new StringBuilder("migrations.on-startup=validate: the database of migration set '")
                .append(setName).append("' is not up to date.");
        if (!report.pending().isEmpty()) {
            message.append("\n  Pending: ").append(list(report.pending(), false));
        }
        if (!report.problems().isEmpty()) {
            message.append("\n  Problems: ").append(list(report.problems(), true));
        }
        return message.append('\n').append(REMEDY).append(" `migrations history` shows every revision's state.").toString();
    }

    private static String list(List<RevisionStatus> revisions, boolean withState) {
        return revisions.stream()
                .map(r -> Revision.label(r.revision(), r.message())
                        + (withState ? " " + r.state() : ""))
                .collect(Collectors.joining(", "));
    }
}
