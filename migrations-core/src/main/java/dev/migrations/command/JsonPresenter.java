package dev.migrations.command;

import dev.migrations.backup.Backup;
import dev.migrations.BranchPoint;
import dev.migrations.RevisionStatus;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.ComparisonWarning;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.StepResult;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of {@link MigrationCommands} as JSON trees of maps, lists, strings, numbers and booleans, with
 * stable key order, so that any JSON library writes them the same way. Times are ISO-8601 instants. Each method
 * gives the fields a command adds to its answer.
 */
public final class JsonPresenter {

    private final RevisionGraph graph;

    public JsonPresenter(RevisionGraph graph) {
        this.graph = graph;
    }

    public Map<String, Object> run(RunResult run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("steps", run.steps().stream().map(step -> step(step, graph.contains(step.revision())
                ? graph.get(step.revision()).revises() : List.of())).toList());
        json.put("before", run.headsBefore());
        json.put("after", run.headsAfter());
        run.backup().ifPresent(made -> json.put("backup", backup(made)));
        return json;
    }

    public Map<String, Object> backup(Backup made) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("location", made.location());
        json.put("method", made.method());
        return json;
    }

    public Map<String, Object> sql(String script) {
        return fields("sql", script);
    }

    public Map<String, Object> stamp(List<String> current) {
        return fields("current", current);
    }

    public Map<String, Object> repair(Repair repair) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", repair.acceptedEdit() ? "ACCEPTED_EDIT" : "MARKED_FOR_RETRY");
        json.put("revision", revision(repair.after()));
        return json;
    }

    public Map<String, Object> current(CurrentRevisions current) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("current", revisions(current.current()));
        json.put("heads", current.heads());
        json.put("problems", revisions(current.problems()));
        return json;
    }

    public Map<String, Object> history(String range, List<RevisionStatus> revisions) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("range", range);
        json.put("revisions", revisions(revisions));
        return json;
    }

    public Map<String, Object> heads(List<RevisionStatus> heads) {
        return fields("heads", revisions(heads));
    }

    public Map<String, Object> branches(List<Branching> branchings) {
        return fields("branchPoints", branchings.stream().map(b -> branchPoint(b.point())).toList());
    }

    public Map<String, Object> show(ShownRevision shown) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", revision(shown.revision()));
        json.put("checksummedOperations", shown.checksummedOperations());
        return json;
    }

    public Map<String, Object> validate(Validation validation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("upToDate", validation.report().upToDate());
        json.put("current", validation.status().current());
        json.put("heads", validation.status().heads());
        json.put("pending", revisions(validation.report().pending()));
        json.put("problems", revisions(validation.report().problems()));
        json.put("aheadOfCode", revisions(validation.report().aheadOfCode()));
        return json;
    }

    public Map<String, Object> check(CheckReport check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("current", check.current());
        json.put("heads", check.heads());
        json.put("compared", check.compared());
        json.put("findings", check.findings().stream().map(finding -> {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("kind", finding.kind());
            each.put("description", finding.description());
            return each;
        }).toList());
        return json;
    }

    public Map<String, Object> comparison(ComparisonResult found) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("warnings", found.allWarnings().stream().map(JsonPresenter::warning).toList());
        json.put("operations", found.operations().stream().map(OperationText::of).toList());
        json.put("changesDetected", !found.hasNoOperations());
        return json;
    }

    public Map<String, Object> written(WrittenRevision written) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", written.migration().revision());
        json.put("revises", written.migration().revises());
        json.put("message", written.migration().message());
        json.put("className", written.migration().qualifiedName());
        json.put("path", written.file().toString());
        json.put("postWrite", written.postWrite().stream()
                .map(run -> Map.of("hook", run.hook(), "output", run.output())).toList());
        return json;
    }

    /** One revision's status: the same fields as {@link RevisionStatus} and the Actuator endpoint. */
    public static Map<String, Object> revision(RevisionStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", status.revision());
        json.put("revises", status.revises());
        json.put("dependsOn", status.dependsOn());
        json.put("branchLabels", status.branchLabels().stream().sorted().toList());
        json.put("message", status.message());
        json.put("state", status.state().name());
        json.put("head", status.head());
        json.put("appliedAt", instant(status.appliedAt()));
        json.put("appliedBy", status.appliedBy());
        json.put("executionMillis", status.executionMillis());
        json.put("checksum", status.checksum());
        json.put("error", status.error());
        return json;
    }

    private static List<Map<String, Object>> revisions(List<RevisionStatus> statuses) {
        return statuses.stream().map(JsonPresenter::revision).toList();
    }

    private static Map<String, Object> step(StepResult step, List<String> revises) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", step.revision());
        json.put("revises", revises);
        json.put("message", step.message());
        json.put("direction", step.direction().name());
        json.put("durationMillis", step.duration().toMillis());
        return json;
    }

    private static Map<String, Object> warning(ComparisonWarning warning) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", warning.kind().name());
        json.put("message", warning.message());
        return json;
    }

    private static Map<String, Object> branchPoint(BranchPoint point) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", point.revision());
        json.put("message", point.message());
        json.put("branches", point.branches());
        return json;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Map<String, Object> fields(String key, Object value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, value);
        return json;
    }
}
