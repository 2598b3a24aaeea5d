package dev.migrations.command;

import dev.migrations.backup.Backup;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.ValidationReport;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.RunResult;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of {@link MigrationCommands} as the lines a person reads, in Alembic's shapes. A command that ran
 * and answered no ({@code validate}, {@code check}) also has a one-line failure summary.
 */
public final class TextPresenter {

    private final RevisionText text;

    public TextPresenter(RevisionGraph graph, ZoneId zone) {
        this.text = new RevisionText(graph, zone);
    }

    /** An upgrade or downgrade: each step, then where the database is now. */
    public List<String> run(RunResult run, String direction) {
        List<String> lines = new ArrayList<>();
        run.backup().ifPresent(made -> lines.addAll(backup(made)));
        run.steps().forEach(step -> lines.add(text.step(step)));
        lines.add(run.didNothing() ? "Nothing to " + direction + ": the database is at "
                + text.revisions(run.headsAfter()) + "." : "Now at: " + text.revisions(run.headsAfter()));
        return lines;
    }

    /** An offline SQL script, without its last line break (the console ends every line). */
    public List<String> sql(String script) {
        return List.of(script.endsWith("\n") ? script.substring(0, script.length() - 1) : script);
    }

    public List<String> backup(Backup made) {
        return List.of("Backed up to " + made.location() + " (" + made.method() + ")");
    }

    public List<String> stamp(List<String> current) {
        return List.of("Stamped the database at: " + text.revisions(current));
    }

    public List<String> repair(Repair repair) {
        RevisionStatus after = repair.after();
        return List.of(repair.acceptedEdit()
                ? "Repaired " + after.revision() + ": accepted its edited code; the recorded checksum is now "
                        + after.checksum() + "."
                : "Repaired " + after.revision() + ": marked for retry; the next `migrations upgrade` runs it again"
                        + " (batched updates resume after their last committed batch).",
                text.historyLine(after));
    }

    public List<String> current(CurrentRevisions current, boolean verbose) {
        List<RevisionStatus> shown = new ArrayList<>(current.current());
        shown.addAll(current.problems());
        if (shown.isEmpty()) {
            return List.of("base (no revision is applied)");
        }
        return each(shown, verbose, text::headLine);
    }

    public List<String> history(List<RevisionStatus> revisions, boolean verbose) {
        return each(revisions, verbose, text::historyLine);
    }

    public List<String> heads(List<RevisionStatus> heads, boolean verbose) {
        return each(heads, verbose, text::headLine);
    }

    public List<String> branches(List<Branching> branchings, boolean verbose) {
        List<String> lines = new ArrayList<>();
        for (Branching branching : branchings) {
            if (verbose) {
                lines.addAll(text.verbose(branching.revision()));
            }
            lines.addAll(text.branchPoint(branching.point()));
            lines.add("");
        }
        return lines;
    }

    public List<String> show(ShownRevision shown) {
        List<String> lines = new ArrayList<>(text.verbose(shown.revision()));
        lines.add("Operations (what the checksum covers):");
        shown.checksummedOperations().forEach(operation -> lines.add("    " + operation));
        return lines;
    }

    public List<String> validate(Validation validation) {
        ValidationReport report = validation.report();
        List<String> lines = new ArrayList<>();
        if (report.upToDate()) {
            lines.add("OK: the database is at " + text.revisions(validation.status().current())
                    + "; nothing is pending and nothing drifted.");
            listed("Ahead of this code, applied by a newer release", report.aheadOfCode(), lines);
            return lines;
        }
        listed("Pending", report.pending(), lines);
        listed("Problems", report.problems(), lines);
        return lines;
    }

    public Optional<String> validateFailure(Validation validation) {
        ValidationReport report = validation.report();
        if (report.upToDate()) {
            return Optional.empty();
        }
        return Optional.of("validate found " + Counted.of(report.pending().size(), "pending revision") + " and "
                + Counted.of(report.problems().size(), "problem") + "." + (report.pending().isEmpty() ? ""
                : " Run `migrations upgrade` to apply what is pending."));
    }

    public List<String> check(CheckReport check) {
        List<String> lines = new ArrayList<>();
        check.inMemoryUpgrade().ifPresent(run -> lines.add(inMemoryUpgrade(run)));
        if (check.passed()) {
            lines.add("OK: the database is at the code's heads (" + text.revisions(check.current())
                    + ") and nothing drifted.");
            lines.add("Compared: " + String.join("; ", check.compared()) + ".");
        }
        check.findings().forEach(finding -> lines.add(finding.kind() + ": " + finding.description()));
        return lines;
    }

    public Optional<String> checkFailure(CheckReport check) {
        if (check.passed()) {
            return Optional.empty();
        }
        boolean model = check.findings().stream().anyMatch(f -> f.kind().equals(CheckFinding.MODEL));
        return Optional.of("check found " + Counted.of(check.findings().size(), "difference") + "."
                + (model ? " The entities and the database differ: `migrations revision --autogenerate -m <message>` "
                + "writes the migration." : ""));
    }

    /** The upgrade of an empty in-memory database before a comparison. */
    public String inMemoryUpgrade(RunResult run) {
        return "The in-memory database starts empty: upgraded it to " + text.revisions(run.headsAfter())
                + " to compare with.";
    }

    /** What an autogenerate comparison found: its warnings, then each operation, or that there is none. */
    public List<String> comparison(ComparisonResult found) {
        List<String> lines = new ArrayList<>();
        found.allWarnings().forEach(warning -> lines.add("WARNING " + warning));
        if (found.hasNoOperations()) {
            lines.add("No changes detected.");
        }
        found.operations().forEach(operation -> lines.add("Detected " + OperationText.of(operation)));
        return lines;
    }

    public List<String> written(WrittenRevision written) {
        List<String> lines = new ArrayList<>(List.of("Generated " + written.file(), "  revision "
                + written.migration().revision() + " follows " + text.revisions(written.migration().revises()) + ": "
                + written.migration().message()));
        for (WrittenRevision.PostWriteRun run : written.postWrite()) {
            lines.add("Ran post-write hook " + run.hook());
            run.output().lines().forEach(line -> lines.add("  " + line));
        }
        return lines;
    }

    /** Said when a new revision follows every head of the code, merging them. */
    public List<String> mergedHeads(List<String> revises) {
        return revises.size() < 2 ? List.of() : List.of("The code has " + revises.size() + " heads, so the new "
                + "revision follows all of them and merges them; pass --head <revision> to follow one.");
    }

    private void listed(String title, List<RevisionStatus> revisions, List<String> lines) {
        if (revisions.isEmpty()) {
            return;
        }
        lines.add(title + " (" + revisions.size() + "):");
        for (RevisionStatus each : revisions) {
            lines.add("  " + text.historyLine(each));
            if (each.state() != RevisionState.PENDING) {
                lines.add("      fix: " + each.state().remedy(each.revision()));
            }
        }
    }

    private List<String> each(List<RevisionStatus> revisions, boolean verbose, Function<RevisionStatus, String> line) {
        List<String> lines = new ArrayList<>();
        for (RevisionStatus each : revisions) {
            if (verbose) {
                lines.addAll(text.verbose(each));
            } else {
                lines.add(line.apply(each));
            }
        }
        return lines;
    }
}
