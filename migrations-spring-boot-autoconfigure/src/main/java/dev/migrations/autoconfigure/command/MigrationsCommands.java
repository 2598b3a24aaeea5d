package dev.migrations.autoconfigure.command;

import dev.migrations.error.UsageException;
import dev.migrations.error.ConfigurationException;
import dev.migrations.Autogenerate;
import dev.migrations.BranchPoint;
import dev.migrations.error.MigrationException;
import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.StatusReport;
import dev.migrations.ValidationReport;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.Rename;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.StepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs one parsed command on a migration set and describes the result as text and as JSON. Every failure
 * becomes an outcome with exit code 1 and a message that names the revision and the fix; nothing is thrown.
 */
public class MigrationsCommands {

    private static final Logger log = LoggerFactory.getLogger(MigrationsCommands.class);

    private final Supplier<List<MigrationSet>> sets;
    private final MigrationClassWriter writer;
    private final Supplier<List<MigrationsCheck>> checks;
    private final Supplier<Optional<EntityModelComparator>> entityModel;
    private final ZoneId zone;

    public MigrationsCommands(Supplier<List<MigrationSet>> sets, MigrationClassWriter writer,
                              Supplier<List<MigrationsCheck>> checks, ZoneId zone) {
        this(sets, writer, checks, Optional::empty, zone);
    }

    /** @param entityModel the comparator of {@code revision --autogenerate}, when the application has one */
    public MigrationsCommands(Supplier<List<MigrationSet>> sets, MigrationClassWriter writer,
                              Supplier<List<MigrationsCheck>> checks,
                              Supplier<Optional<EntityModelComparator>> entityModel, ZoneId zone) {
        this.sets = sets;
        this.writer = writer;
        this.checks = checks;
        this.entityModel = entityModel;
        this.zone = zone;
    }

    public CommandOutcome run(CommandLine line) {
        Result result = new Result(line);
        try {
            MigrationSet set = set(line.set());
            RevisionText text = new RevisionText(set.migrations().graph(), zone);
            switch (line.command()) {
                case UPGRADE -> upgrade(line, set, text, result);
                case DOWNGRADE -> downgrade(line, set, text, result);
                case CURRENT -> current(line, set, text, result);
                case HISTORY -> history(line, set, text, result);
                case HEADS -> heads(line, set, text, result);
                case BRANCHES -> branches(line, set, text, result);
                case SHOW -> show(line, set, text, result);
                case STAMP -> stamp(line, set, text, result);
                case REPAIR -> repair(line, set, text, result);
                case MERGE -> merge(line, set, text, result);
                case VALIDATE -> validate(set, text, result);
                case CHECK -> check(set, text, result);
                case REVISION -> revision(line, set, text, result);
                case HELP -> throw new IllegalArgumentException("help is answered before a command runs");
            }
        } catch (MigrationException e) {
            log.debug("migrations {} failed", line.command().word(), e);
            result.error(e.getClass().getSimpleName(), e.getMessage(), e.revision());
        } catch (RuntimeException e) {
            log.debug("migrations {} failed", line.command().word(), e);
            result.error(e.getClass().getSimpleName(), describe(e), null);
        }
        return result.outcome();
    }

    // --- running ----------------------------------------------------------------------------------

    private void upgrade(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        String target = line.argument(0, "heads");
        result.json("target", target);
        if (line.has(CommandOption.SQL)) {
            sql(set.migrations().upgradeSql(target), result);
            return;
        }
        RunResult run = set.migrations().upgrade(target);
        steps(run, set.migrations().graph(), text, result);
        result.out(run.didNothing() ? "Nothing to upgrade: the database is at " + text.revisions(run.headsAfter()) + "."
                : "Now at: " + text.revisions(run.headsAfter()));
    }

    private void downgrade(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        String target = line.argument(0, null);
        result.json("target", target);
        if (line.has(CommandOption.SQL)) {
            sql(set.migrations().downgradeSql(target), result);
            return;
        }
        RunResult run = set.migrations().downgrade(target);
        steps(run, set.migrations().graph(), text, result);
        result.out(run.didNothing() ? "Nothing to downgrade: the database is at " + text.revisions(run.headsAfter())
                + "." : "Now at: " + text.revisions(run.headsAfter()));
    }

    private static void sql(String script, Result result) {
        result.out(script.endsWith("\n") ? script.substring(0, script.length() - 1) : script);
        result.json("sql", script);
    }

    private static void steps(RunResult run, RevisionGraph graph, RevisionText text, Result result) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepResult step : run.steps()) {
            result.out(text.step(step));
            steps.add(JsonValues.step(step, graph.contains(step.revision()) ? graph.get(step.revision()).revises()
                    : List.of()));
        }
        result.json("steps", steps);
        result.json("before", run.headsBefore());
        result.json("after", run.headsAfter());
    }

    private static void stamp(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        String target = line.argument(0, null);
        List<String> current = set.migrations().stamp(target, line.has(CommandOption.PURGE));
        result.out("Stamped the database at: " + text.revisions(current));
        result.json("target", target);
        result.json("current", current);
    }

    private static void repair(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        Migrations migrations = set.migrations();
        String id = migrations.graph().resolveRevision(line.argument(0, null));
        RevisionState before = migrations.show(id).state();
        migrations.repair(id);
        RevisionStatus after = migrations.show(id);
        boolean accepted = before == RevisionState.CHECKSUM_MISMATCH;
        result.out(accepted
                ? "Repaired " + id + ": accepted its edited code; the recorded checksum is now " + after.checksum()
                        + "."
                : "Repaired " + id + ": marked for retry; the next `migrations upgrade` runs it again"
                        + " (batched updates resume after their last committed batch).");
        result.out(text.historyLine(after));
        result.json("action", accepted ? "ACCEPTED_EDIT" : "MARKED_FOR_RETRY");
        result.json("revision", JsonValues.revision(after));
    }

    // --- reading ----------------------------------------------------------------------------------

    private static void current(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        StatusReport status = set.migrations().status();
        Map<String, RevisionStatus> byId = byId(status.revisions());
        List<RevisionStatus> current = status.current().stream().map(byId::get).toList();
        List<RevisionStatus> problems = status.problems().stream()
                .filter(p -> !status.current().contains(p.revision())).toList();
        if (current.isEmpty() && problems.isEmpty()) {
            result.out("base (no revision is applied)");
        }
        for (RevisionStatus each : concat(current, problems)) {
            if (line.has(CommandOption.VERBOSE)) {
                text.verbose(each).forEach(result::out);
            } else {
                result.out(text.headLine(each));
            }
        }
        result.json("current", JsonValues.revisions(current));
        result.json("heads", status.heads());
        result.json("problems", JsonValues.revisions(problems));
    }

    private static void history(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        String range = line.value(CommandOption.RANGE).orElse(null);
        List<RevisionStatus> revisions = range == null ? set.migrations().history() : set.migrations().history(range);
        for (RevisionStatus each : revisions) {
            if (line.has(CommandOption.VERBOSE)) {
                text.verbose(each).forEach(result::out);
            } else {
                result.out(text.historyLine(each));
            }
        }
        result.json("range", range);
        result.json("revisions", JsonValues.revisions(revisions));
    }

    private static void heads(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        List<RevisionStatus> heads = set.migrations().heads();
        for (RevisionStatus head : heads) {
            if (line.has(CommandOption.VERBOSE)) {
                text.verbose(head).forEach(result::out);
            } else {
                result.out(text.headLine(head));
            }
        }
        result.json("heads", JsonValues.revisions(heads));
    }

    private static void branches(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        List<BranchPoint> points = set.migrations().branches();
        for (BranchPoint point : points) {
            if (line.has(CommandOption.VERBOSE)) {
                text.verbose(set.migrations().show(point.revision())).forEach(result::out);
            }
            text.branchPoint(point).forEach(result::out);
            result.out("");
        }
        result.json("branchPoints", points.stream().map(JsonValues::branchPoint).toList());
    }

    private static void show(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        RevisionStatus status = set.migrations().show(line.argument(0, null));
        List<String> operations = set.migrations().checksummedOperations(status.revision());
        text.verbose(status).forEach(result::out);
        result.out("Operations (what the checksum covers):");
        operations.forEach(operation -> result.out("    " + operation));
        result.json("revision", JsonValues.revision(status));
        result.json("checksummedOperations", operations);
    }

    private static void validate(MigrationSet set, RevisionText text, Result result) {
        ValidationReport report = set.migrations().validate();
        StatusReport status = set.migrations().status();
        result.json("upToDate", report.upToDate());
        result.json("current", status.current());
        result.json("heads", status.heads());
        result.json("pending", JsonValues.revisions(report.pending()));
        result.json("problems", JsonValues.revisions(report.problems()));
        if (report.upToDate()) {
            result.out("OK: the database is at " + text.revisions(status.current())
                    + "; nothing is pending and nothing drifted.");
            return;
        }
        listed("Pending", report.pending(), text, result);
        listed("Problems", report.problems(), text, result);
        result.fail("validate found " + count(report.pending().size(), "pending revision") + " and "
                + count(report.problems().size(), "problem") + "." + (report.pending().isEmpty() ? ""
                : " Run `migrations upgrade` to apply what is pending."));
    }

    private static void listed(String title, List<RevisionStatus> revisions, RevisionText text, Result result) {
        if (revisions.isEmpty()) {
            return;
        }
        result.out(title + " (" + revisions.size() + "):");
        for (RevisionStatus each : revisions) {
            result.out("  " + text.historyLine(each));
            if (each.state() != RevisionState.PENDING) {
                result.out("      fix: " + each.state().remedy(each.revision()));
            }
        }
    }

    private void check(MigrationSet set, RevisionText text, Result result) {
        upgradeEmptyInMemoryDatabase(set, text, result);
        StatusReport status = set.migrations().status();
        List<CheckFinding> findings = new ArrayList<>();
        if (!new HashSet<>(status.current()).equals(new HashSet<>(status.heads()))) {
            findings.add(new CheckFinding("pending", "The database is at " + text.revisions(status.current())
                    + ", not at the code's heads (" + String.join(", ", status.heads()) + "): "
                    + count(status.pending(), "revision") + " pending. Run `migrations upgrade`."));
        }
        for (RevisionStatus problem : status.problems()) {
            findings.add(new CheckFinding("drift", text.historyLine(problem) + ". " + problem.state().remedy(problem.revision())));
        }
        if (findings.isEmpty()) {
            for (MigrationsCheck check : checks.get()) {
                findings.addAll(check.check(set));
            }
        }
        result.json("current", status.current());
        result.json("heads", status.heads());
        result.json("findings", findings.stream().map(f -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", f.kind());
            json.put("description", f.description());
            return json;
        }).toList());
        if (findings.isEmpty()) {
            result.out("OK: the database is at the code's heads (" + text.revisions(status.current())
                    + ") and nothing drifted.");
            return;
        }
        findings.forEach(f -> result.out(f.kind() + ": " + f.description()));
        boolean model = findings.stream().anyMatch(f -> f.kind().equals(EntityModelCheck.KIND));
        result.fail("check found " + count(findings.size(), "difference") + "." + (model ? " The entities and the "
                + "database differ: `migrations revision --autogenerate -m <message>` writes the migration." : ""));
    }

    // --- writing classes --------------------------------------------------------------------------

    private void revision(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        RevisionGraph graph = set.migrations().graph();
        List<String> revises = graph.heads();
        if (line.has(CommandOption.HEAD)) {
            String head = graph.resolveRevision(line.value(CommandOption.HEAD).orElseThrow());
            if (!graph.heads().contains(head)) {
                throw new UsageException(head, "Revision " + head + " is not a head (it is followed by "
                        + String.join(", ", graph.childrenOf(head)) + "): a new revision follows a head. The heads are "
                        + String.join(", ", graph.heads()) + ".", null);
            }
            revises = List.of(head);
        }
        if (line.has(CommandOption.RENAME) && !line.has(CommandOption.AUTOGENERATE)) {
            throw new UsageException("--rename applies to --autogenerate: add --autogenerate, or leave out "
                    + "--rename for an empty revision.");
        }
        String message = line.value(CommandOption.MESSAGE).orElseThrow();
        String revisionId = line.value(CommandOption.REV_ID).orElse(null);
        MigrationClassWriter.Written written;
        if (line.has(CommandOption.AUTOGENERATE)) {
            upgradeEmptyInMemoryDatabase(set, text, result);
            Autogenerate.Comparison comparison = compareEntities(line, set);
            ComparisonResult found = comparison.result();
            found.allWarnings().forEach(w -> result.out("WARNING " + w));
            result.json("warnings", found.allWarnings().stream().map(JsonValues::warning).toList());
            List<String> operations = found.operations().stream().map(OperationText::of).toList();
            result.json("operations", operations);
            if (found.hasNoOperations()) {
                result.out("No changes detected.");
                result.json("changesDetected", false);
                return;
            }
            result.json("changesDetected", true);
            operations.forEach(o -> result.out("Detected " + o));
            written = writer.write(set, message, revises, revisionId, comparison);
        } else {
            written = writer.write(set, message, revises, revisionId);
        }
        written(written, text, result);
        if (revises.size() > 1) {
            result.out("The code has " + revises.size() + " heads, so the new revision follows all of them and "
                    + "merges them; pass --head <revision> to follow one.");
        }
    }

    /**
     * An in-memory database starts empty in every run, so comparing it with anything but the heads means nothing,
     * and nobody else sees it: it is upgraded first, and the command says so.
     */
    private static void upgradeEmptyInMemoryDatabase(MigrationSet set, RevisionText text, Result result) {
        Migrations migrations = set.migrations();
        if (migrations.graph().heads().isEmpty() || !migrations.autogenerate().inMemoryDatabase()
                || !migrations.status().current().isEmpty()) {
            return;
        }
        RunResult run = migrations.upgrade("heads");
        result.out("The in-memory database starts empty: upgraded it to " + text.revisions(run.headsAfter())
                + " to compare with.");
    }

    private Autogenerate.Comparison compareEntities(CommandLine line, MigrationSet set) {
        EntityModelComparator comparator = entityModel.get().orElseThrow(() -> new ConfigurationException(
                "--autogenerate compares the JPA entities with the database, and this application has no entity "
                + "model: add Hibernate ORM (spring-boot-starter-data-jpa) and @Entity classes, or leave out "
                + "--autogenerate to write an empty revision."));
        List<Rename> renames = new ArrayList<>();
        for (String rename : line.values(CommandOption.RENAME)) {
            try {
                renames.add(Rename.parse(rename));
            } catch (IllegalArgumentException e) {
                throw new UsageException("Cannot read --rename: " + e.getMessage() + "; write it such as "
                        + "--rename customer=client or --rename client.name=full_name.", e);
            }
        }
        return comparator.compare(set, renames);
    }

    private void merge(CommandLine line, MigrationSet set, RevisionText text, Result result) {
        RevisionGraph graph = set.migrations().graph();
        Set<String> revisions = new LinkedHashSet<>();
        for (String argument : line.arguments()) {
            if (argument.equals("heads")) {
                revisions.addAll(graph.heads());
            } else {
                revisions.add(graph.resolveRevision(argument));
            }
        }
        if (revisions.size() < 2) {
            throw new UsageException("Nothing to merge: a merge joins two or more revisions, and "
                    + (revisions.isEmpty() ? "none was given" : "only " + String.join(", ", revisions) + " was given")
                    + (graph.heads().size() > 1 ? ". The heads are " + String.join(", ", graph.heads()) + "." : "; the "
                    + "code has a single head."));
        }
        for (String id : revisions) {
            for (String other : revisions) {
                if (!id.equals(other) && graph.ancestors(other).contains(id)) {
                    throw new UsageException(id, "Cannot merge " + id + " with " + other + ": " + id + " is "
                            + "already an ancestor of " + other + ". Merge revisions on different branches, such as "
                            + "the heads (" + String.join(", ", graph.heads()) + ").", null);
                }
            }
        }
        MigrationClassWriter.Written written = writer.write(set, line.value(CommandOption.MESSAGE).orElseThrow(),
                List.copyOf(revisions), line.value(CommandOption.REV_ID).orElse(null));
        written(written, text, result);
    }

    private static void written(MigrationClassWriter.Written written, RevisionText text, Result result) {
        result.out("Generated " + written.file());
        result.out("  revision " + written.migration().revision() + " follows "
                + text.revisions(written.migration().revises()) + ": " + written.migration().message());
        result.json("revision", written.migration().revision());
        result.json("revises", written.migration().revises());
        result.json("message", written.migration().message());
        result.json("className", written.migration().qualifiedName());
        result.json("path", written.file().toString());
    }

    // --- helpers ----------------------------------------------------------------------------------

    private MigrationSet set(String name) {
        List<MigrationSet> all = sets.get();
        if (all.isEmpty()) {
            throw new ConfigurationException("This application has no migration set: migrations need a DataSource, and "
                    + "migrations.enabled must not be false.");
        }
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new UsageException(
                "No migration set named '" + name + "'; this application has " + all.stream().map(MigrationSet::name)
                        .collect(Collectors.joining(", ")) + ". Name one with --set <name>."));
    }

    private static Map<String, RevisionStatus> byId(List<RevisionStatus> statuses) {
        Map<String, RevisionStatus> byId = new LinkedHashMap<>();
        statuses.forEach(s -> byId.put(s.revision(), s));
        return byId;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The message of an unexpected exception, with its causes, which usually say what is wrong. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = error.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append("; caused by ").append(cause.getClass().getSimpleName()).append(": ")
                        .append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** The outcome as it is built: text lines, JSON fields, and the failure, if any. */
    private static final class Result {

        private final List<String> out = new ArrayList<>();
        private final List<String> err = new ArrayList<>();
        private final Map<String, Object> json = new LinkedHashMap<>();
        private int exitCode = CommandOutcome.SUCCESS;

        Result(CommandLine line) {
            json.put("command", line.command().word());
            json.put("set", line.set());
            json.put("ok", true);
        }

        void out(String line) {
            out.add(line);
        }

        void json(String key, Object value) {
            json.put(key, value);
        }

        /** The command ran, and its answer is no: validate or check found something. */
        void fail(String summary) {
            exitCode = CommandOutcome.FAILURE;
            json.put("ok", false);
            err.add("FAILED: " + summary);
        }

        /** The command could not do what it was asked. */
        void error(String type, String message, String revision) {
            exitCode = CommandOutcome.FAILURE;
            json.put("ok", false);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", type);
            error.put("message", message);
            error.put("revision", revision);
            json.put("error", error);
            err.add("FAILED: " + message);
        }

        CommandOutcome outcome() {
            return new CommandOutcome(exitCode, out, err, json);
        }
    }
}
