package dev.migrations.command;

import dev.migrations.backup.Backup;
import dev.migrations.BranchPoint;
import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.StatusReport;
import dev.migrations.ValidationReport;
import dev.migrations.error.UsageException;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.RunResult;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The commands of the migration tool, as Alembic's {@code command} module: each runs on one migration set and
 * returns a value; presenting it (as text or JSON) is for {@link TextPresenter} and {@link JsonPresenter}.
 * Failures are thrown as the errors of {@code dev.migrations.error}, each with its remedy.
 */
public final class MigrationCommands {

    private final Migrations migrations;
    private final ZoneId zone;

    /** @param zone the zone the times in findings are written in */
    public MigrationCommands(Migrations migrations, ZoneId zone) {
        this.migrations = migrations;
        this.zone = zone;
    }

    public RevisionGraph graph() {
        return migrations.graph();
    }

    public RunResult upgrade(String target) {
        return migrations.upgrade(target);
    }

    public String upgradeSql(String target) {
        return migrations.upgradeSql(target);
    }

    /** An upgrade after a backup, made only when something is pending. */
    public RunResult upgradeAfterBackup(String target) {
        return migrations.upgradeAfterBackup(target);
    }

    /** A backup now, to {@code file} or, when null, a new file in the backup directory. */
    public Backup backup(Path file) {
        return migrations.backup(file);
    }

    public RunResult downgrade(String target) {
        return migrations.downgrade(target);
    }

    public String downgradeSql(String target) {
        return migrations.downgradeSql(target);
    }

    public List<String> stamp(String target, boolean purge) {
        return migrations.stamp(target, purge);
    }

    /** Accepts an edited revision's code, or marks a failed or interrupted one for retry. */
    public Repair repair(String revision) {
        String id = migrations.graph().resolveRevision(revision);
        RevisionState before = migrations.show(id).state();
        migrations.repair(id);
        return new Repair(migrations.show(id), before == RevisionState.CHECKSUM_MISMATCH);
    }

    /** The revisions the database is at, and those in trouble that it is not at. */
    public CurrentRevisions current() {
        StatusReport status = migrations.status();
        Map<String, RevisionStatus> byId = byId(status.revisions());
        List<RevisionStatus> current = status.current().stream().map(byId::get).toList();
        List<RevisionStatus> problems = status.problems().stream()
                .filter(p -> !status.current().contains(p.revision())).toList();
        return new CurrentRevisions(current, status.heads(), problems);
    }

    /** @param range a range such as {@code base:head}, or null for every revision */
    public List<RevisionStatus> history(String range) {
        return range == null ? migrations.history() : migrations.history(range);
    }

    public List<RevisionStatus> heads() {
        return migrations.heads();
    }

    /** Every branch point with its status, from one read of the version table. */
    public List<Branching> branches() {
        List<BranchPoint> points = migrations.branches();
        if (points.isEmpty()) {
            return List.of();
        }
        Map<String, RevisionStatus> byId = byId(migrations.status().revisions());
        return points.stream().map(point -> new Branching(point, byId.get(point.revision()))).toList();
    }

    public ShownRevision show(String revision) {
        RevisionStatus status = migrations.show(revision);
        return new ShownRevision(status, migrations.checksummedOperations(status.revision()));
    }

    public Validation validate() {
        return new Validation(migrations.validate(), migrations.status());
    }

    /**
     * {@code check}, as Alembic's: the database is at the code's heads and nothing drifted, every applied revision's
     * checksum compared from its loaded code as {@code validate} does; only then are the further checks run (such as
     * the comparison with the entity model), since comparing with a database that is not up to date means nothing.
     * An empty in-memory database is upgraded first.
     */
    public CheckReport check(Supplier<FurtherChecks> furtherChecks) {
        Optional<RunResult> upgraded = upgradeEmptyInMemoryDatabase();
        StatusReport status = migrations.status();
        ValidationReport validation = migrations.validate();
        RevisionText text = new RevisionText(migrations.graph(), zone);
        List<CheckFinding> findings = new ArrayList<>();
        if (status.pending() > 0) {
            findings.add(new CheckFinding(CheckFinding.PENDING, "The database is at "
                    + text.revisions(status.current()) + ", not at the code's heads ("
                    + String.join(", ", status.heads()) + "): " + Counted.of(status.pending(), "revision")
                    + " pending. Run `migrations upgrade`."));
        }
        // A newer release's revisions pass a start, not this gate: CI compares the code with its own database.
        List<RevisionStatus> drifted = new ArrayList<>(validation.problems());
        drifted.addAll(validation.aheadOfCode());
        for (RevisionStatus problem : drifted) {
            findings.add(new CheckFinding(CheckFinding.DRIFT, text.historyLine(problem) + ". "
                    + problem.state().remedy(problem.revision())));
        }
        List<String> compared = new ArrayList<>();
        compared.add(Counted.of(migrations.graph().revisions().size(), "revision")
                + " with the version table, each applied one's checksum from its code");
        if (findings.isEmpty()) {
            FurtherChecks further = furtherChecks.get();
            findings.addAll(further.findings());
            compared.addAll(further.compared());
        }
        return new CheckReport(upgraded, status.current(), status.heads(), findings, compared);
    }

    /**
     * An in-memory database starts empty in every run, so comparing it with anything but the heads means nothing,
     * and nobody else sees it: it is upgraded to the heads first.
     *
     * @return the upgrade, when there was one
     */
    public Optional<RunResult> upgradeEmptyInMemoryDatabase() {
        if (migrations.graph().heads().isEmpty() || !migrations.autogenerate().inMemoryDatabase()
                || !migrations.status().current().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(migrations.upgrade("heads"));
    }

    /**
     * The revisions a new revision follows: the given head, or every head (the new revision then merges them).
     *
     * @param head a revision (or prefix, or label) that must be a head, or null for all of them
     */
    public List<String> revisionParents(String head) {
        RevisionGraph graph = migrations.graph();
        if (head == null) {
            return graph.heads();
        }
        String id = graph.resolveRevision(head);
        if (!graph.heads().contains(id)) {
            throw new UsageException(id, "Revision " + id + " is not a head (it is followed by "
                    + String.join(", ", graph.childrenOf(id)) + "): a new revision follows a head. The heads are "
                    + String.join(", ", graph.heads()) + ".", null);
        }
        return List.of(id);
    }

    /**
     * The revisions a merge joins: {@code heads} stands for every head; at least two, none an ancestor of
     * another.
     */
    public List<String> mergeParents(List<String> arguments) {
        RevisionGraph graph = migrations.graph();
        Set<String> revisions = new LinkedHashSet<>();
        for (String argument : arguments) {
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
        return List.copyOf(revisions);
    }

    private static Map<String, RevisionStatus> byId(List<RevisionStatus> statuses) {
        Map<String, RevisionStatus> byId = new LinkedHashMap<>();
        statuses.forEach(s -> byId.put(s.revision(), s));
        return byId;
    }
}
