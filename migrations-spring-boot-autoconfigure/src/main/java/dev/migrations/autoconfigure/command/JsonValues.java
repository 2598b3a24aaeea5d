package dev.migrations.autoconfigure.command;

import dev.migrations.BranchPoint;
import dev.migrations.RevisionStatus;
import dev.migrations.autogenerate.ComparisonWarning;
import dev.migrations.runtime.StepResult;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the commands as JSON trees of maps, lists, strings, numbers and booleans, with stable
 * key order, so that any JSON library writes them the same way. Times are ISO-8601 instants.
 */
final class JsonValues {

    private JsonValues() {
    }

    static Map<String, Object> revision(RevisionStatus status) {
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

    static List<Map<String, Object>> revisions(List<RevisionStatus> statuses) {
        return statuses.stream().map(JsonValues::revision).toList();
    }

    static Map<String, Object> step(StepResult step, List<String> revises) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", step.revision());
        json.put("revises", revises);
        json.put("message", step.message());
        json.put("direction", step.direction().name());
        json.put("durationMillis", step.duration().toMillis());
        return json;
    }

    static Map<String, Object> warning(ComparisonWarning warning) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", warning.kind().name());
        json.put("message", warning.message());
        return json;
    }

    static Map<String, Object> branchPoint(BranchPoint point) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", point.revision());
        json.put("message", point.message());
        json.put("branches", point.branches());
        return json;
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
