package dev.migrations.tenant;

import dev.migrations.StatusReport;
import dev.migrations.graph.RevisionGraph;

import java.util.List;

/**
 * One tenant's state: its current revisions and how many are pending, or why it could not be read.
 *
 * @param error why the tenant's state could not be read, or null
 */
public record TenantStatus(String tenant, List<String> current, int pending, int problems, String error) {

    public TenantStatus {
        current = List.copyOf(current);
    }

    /** Its status; a newer release's revisions on top of the code's history are no problem, as for a set. */
    static TenantStatus of(Tenant tenant, StatusReport report, RevisionGraph graph) {
        return new TenantStatus(tenant.name(), report.current(), report.pending(),
                report.problemsExcept(report.aheadOfCode(graph)).size(), null);
    }

    /** A tenant that holds every revision of the code, applied from the sources the code has now. */
    static TenantStatus atHeads(Tenant tenant, List<String> heads) {
        return new TenantStatus(tenant.name(), heads, 0, 0, null);
    }

    static TenantStatus unreadable(Tenant tenant, RuntimeException e) {
        return new TenantStatus(tenant.name(), List.of(), 0, 0, e.getMessage());
    }

    public boolean upToDate() {
        return error == null && pending == 0 && problems == 0;
    }

    /** Failed revisions, edited revisions, or an unreadable state: what an operator must look at. */
    public boolean failed() {
        return error != null || problems > 0;
    }
}
