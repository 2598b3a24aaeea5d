package dev.migrations.autoconfigure.actuate;

import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.StatusReport;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.tenant.TenantSummary;
import org.springframework.boot.health.contributor.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The health of one migration set, from one read of its status.
 * <ul>
 * <li>DOWN when something needs a person: a revision failed part-way, an applied revision was edited, or the
 * database holds a revision the code lacks in the middle of this code's history (a deleted migration); or when the
 * status cannot be read.</li>
 * <li>Not DOWN for what another instance may be doing right now, because the indicator is part of readiness and
 * every replica would otherwise stop taking traffic at once: revisions a newer release applied on top of this code's
 * revisions (the database is ahead: during a rolling deploy the old replicas still serve) and revisions RUNNING
 * outside a transaction (a long concurrent index build). Both are listed in the details; an interrupted revision
 * is refused loudly by the next start.</li>
 * <li>OUT_OF_SERVICE when nothing is wrong but revisions are still pending toward the target (the schema is behind
 * this code, for instance until a migration Job runs): as Boot's own readiness state when refusing traffic, this
 * says "do not route here yet" rather than "broken".</li>
 * <li>UP otherwise.</li>
 * </ul>
 *
 * @param details current heads, target, pending count and problems, for the health endpoint
 */
record MigrationSetHealth(Status status, Map<String, Object> details) {

    /** Tenants listed by name in the details, at most: the counts say the rest. */
    private static final int NAMED_TENANTS = 20;

    static MigrationSetHealth of(MigrationSet set) {
        if (set.tenants() != null) {
            return ofTenants(set);
        }
        StatusReport report;
        try {
            // Toward the set's target, not the code's heads: a set deliberately held below its heads is healthy.
            report = set.migrations().status(set.target());
        } catch (RuntimeException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", Status.DOWN.getCode());
            details.put("target", set.target());
            details.put("error", e.getClass().getName() + ": " + e.getMessage());
            return new MigrationSetHealth(Status.DOWN, details);
        }
        Set<String> ahead = report.aheadOfCode(set.migrations().graph());
        List<Map<String, String>> problems = report.problemsExcept(ahead).stream()
                .filter(r -> r.state() != RevisionState.RUNNING)
                .map(MigrationSetHealth::describe).toList();
        List<String> running = report.revisions().stream().filter(r -> r.state() == RevisionState.RUNNING)
                .map(RevisionStatus::revision).toList();
        Status status = !problems.isEmpty() ? Status.DOWN : report.pending() > 0 ? Status.OUT_OF_SERVICE : Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status.getCode());
        details.put("currentHeads", report.current());
        details.put("target", set.target());
        details.put("pendingCount", report.pending());
        details.put("problems", problems);
        if (!ahead.isEmpty()) {
            details.put("aheadOfCode", List.copyOf(ahead));
        }
        if (!running.isEmpty()) {
            details.put("running", running);
        }
        return new MigrationSetHealth(status, details);
    }

    /**
     * A set with tenants: DOWN when any tenant has a problem or cannot be read, OUT_OF_SERVICE when any is behind,
     * with the counts and the first tenants needing attention in the details.
     */
    private static MigrationSetHealth ofTenants(MigrationSet set) {
        TenantSummary summary = TenantSummary.of(set.tenants().status(), NAMED_TENANTS);
        Status status = summary.failed() > 0 ? Status.DOWN : summary.behind() > 0 ? Status.OUT_OF_SERVICE : Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status.getCode());
        details.put("target", set.target());
        details.put("tenants", summary.total());
        details.put("tenantsUpToDate", summary.upToDate());
        details.put("tenantsBehind", summary.behind());
        details.put("tenantsFailed", summary.failed());
        details.put("needingAttention", summary.needingAttention().stream().map(t -> {
            Map<String, Object> tenant = new LinkedHashMap<>();
            tenant.put("tenant", t.tenant());
            tenant.put("currentHeads", t.current());
            tenant.put("pendingCount", t.pending());
            tenant.put("problems", t.problems());
            if (t.error() != null) {
                tenant.put("error", t.error());
            }
            return tenant;
        }).toList());
        return new MigrationSetHealth(status, details);
    }

    private static Map<String, String> describe(RevisionStatus revision) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("revision", revision.revision());
        problem.put("state", revision.state().name());
        problem.put("reason", reason(revision));
        return problem;
    }

    private static String reason(RevisionStatus r) {
        String id = r.revision();
        String problem = switch (r.state()) {
            case FAILED -> "It failed part-way outside a transaction" + (r.error() == null ? "" : " (" + r.error() + ")")
                    + ", so some of its changes may be in the database.";
            case RUNNING -> "It started outside a transaction and has not finished.";
            case CHECKSUM_MISMATCH -> "It was edited after it was applied on " + r.appliedAt() + ": what it does now "
                    + "differs from what the database received.";
            case UNKNOWN_IN_CODE -> "The database records it but this code does not have it: the database is ahead "
                    + "of the code (a newer release migrated it, or the migration was deleted).";
            case APPLIED, PENDING -> throw new IllegalArgumentException(id + " is " + r.state() + ", not a problem");
        };
        return problem + " " + r.state().remedy(id);
    }
}
