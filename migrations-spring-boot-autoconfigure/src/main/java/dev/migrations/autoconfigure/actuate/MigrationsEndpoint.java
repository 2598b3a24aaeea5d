package dev.migrations.autoconfigure.actuate;

import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.StatusReport;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.tenant.TenantStatus;
import dev.migrations.tenant.TenantSummary;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Endpoint @Endpoint} showing every migration set of the application context and of its ancestors: where
 * each database is, where the code goes, and the state of every revision, drift included. Read-only on purpose:
 * migrating is a deployment step, not an HTTP call. It shows no DataSource details, so no URL or credentials.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final ApplicationContext context;

    public MigrationsEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /** Every migration set, by context then by set name. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, ContextMigrationsDescriptor> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, MigrationSetDescriptor> sets = new LinkedHashMap<>();
            setsOf(target).forEach(set -> sets.put(set.name(), MigrationSetDescriptor.of(set)));
            contexts.put(target.getId(), new ContextMigrationsDescriptor(sets, parentId(target)));
        }
        return new MigrationsDescriptor(contexts);
    }

    /**
     * One revision, by id or unique prefix, in every set that has it; {@code null} (a 404) when no set has it.
     * Revisions the database holds but the code lacks are found too. Sets with tenants are not searched: a revision
     * has a state per tenant there, which the set's tenants and {@code migrations history --tenant} show.
     */
    @ReadOperation
    public RevisionDescriptor migration(@Selector String revision) {
        Map<String, ContextRevisionDescriptor> contexts = new LinkedHashMap<>();
        boolean found = false;
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, MigrationDescriptor> matches = new LinkedHashMap<>();
            for (MigrationSet set : setsOf(target)) {
                if (set.tenants() != null) {
                    continue; // each tenant has its own state of the revision: see the set's tenants
                }
                Optional<RevisionStatus> match = RevisionLookup.find(set, revision);
                match.ifPresent(status -> matches.put(set.name(), MigrationDescriptor.of(status)));
            }
            found |= !matches.isEmpty();
            contexts.put(target.getId(), new ContextRevisionDescriptor(matches, parentId(target)));
        }
        return found ? new RevisionDescriptor(contexts) : null;
    }

    // Only this context's own beans: its ancestors are walked, and reported, separately.
    private static Iterable<MigrationSet> setsOf(ApplicationContext target) {
        return target.getBeansOfType(MigrationSet.class).values();
    }

    private static String parentId(ApplicationContext target) {
        return target.getParent() == null ? null : target.getParent().getId();
    }

    /** The migration sets of an application, by context id. */
    public record MigrationsDescriptor(Map<String, ContextMigrationsDescriptor> contexts)
            implements OperationResponseBody {
    }

    /** The migration sets of one application context, by set name. */
    public record ContextMigrationsDescriptor(Map<String, MigrationSetDescriptor> migrationSets, String parentId) {
    }

    /**
     * One migration set.
     *
     * @param currentHeads the database's current revisions
     * @param heads the code's heads
     * @param target what the set is upgraded to on start-up
     * @param pendingCount revisions in the code not yet applied; over all tenants in a set with tenants
     * @param migrations every revision, newest first, then those the code lacks; empty in a set with tenants
     * @param tenants the tenants of a set with tenants, else null
     */
    public record MigrationSetDescriptor(List<String> currentHeads, List<String> heads, String target,
                                         int pendingCount, List<MigrationDescriptor> migrations,
                                         TenantsDescriptor tenants) {

        static MigrationSetDescriptor of(MigrationSet set) {
            if (set.tenants() != null) {
                List<TenantStatus> statuses = set.tenants().status();
                return new MigrationSetDescriptor(List.of(), set.migrations().graph().heads(), set.target(),
                        statuses.stream().mapToInt(TenantStatus::pending).sum(), List.of(),
                        TenantsDescriptor.of(statuses));
            }
            StatusReport report = set.migrations().status();
            return new MigrationSetDescriptor(report.current(), report.heads(), set.target(), report.pending(),
                    report.revisions().stream().map(MigrationDescriptor::of).toList(), null);
        }
    }

    /**
     * The tenants of a set with tenants: counts, and each tenant's heads and pending count; past
     * {@value #LISTED_TENANTS} tenants only those not up to date are listed ({@code complete} is then false).
     */
    public record TenantsDescriptor(int total, int upToDate, int behind, int failed, boolean complete,
                                    List<TenantDescriptor> tenants) {

        static final int LISTED_TENANTS = 100;

        static TenantsDescriptor of(List<TenantStatus> statuses) {
            TenantSummary summary = TenantSummary.of(statuses, LISTED_TENANTS);
            boolean complete = statuses.size() <= LISTED_TENANTS;
            List<TenantStatus> listed = complete ? statuses : summary.needingAttention();
            return new TenantsDescriptor(summary.total(), summary.upToDate(), summary.behind(), summary.failed(),
                    complete, listed.stream().map(TenantDescriptor::of).toList());
        }
    }

    /** One tenant: its current revisions, pending count, failed or edited revisions, or why it is unreadable. */
    public record TenantDescriptor(String tenant, List<String> currentHeads, int pendingCount, int problems,
                                   String error) {

        static TenantDescriptor of(TenantStatus status) {
            return new TenantDescriptor(status.tenant(), status.current(), status.pending(), status.problems(),
                    status.error());
        }
    }

    /**
     * One revision, as the code and the database know it.
     *
     * @param appliedAt when it was applied; null when pending
     * @param executionMillis how long it ran; null when pending
     * @param checksum the checksum recorded when applied, else the code's
     * @param error why it failed part-way, or null
     */
    public record MigrationDescriptor(String revision, List<String> revises, List<String> dependsOn,
                                      Set<String> branchLabels, String message, RevisionState state,
                                      Instant appliedAt, Long executionMillis, String appliedBy, String checksum,
                                      boolean head, String error) {

        static MigrationDescriptor of(RevisionStatus status) {
            return new MigrationDescriptor(status.revision(), status.revises(), status.dependsOn(),
                    status.branchLabels(), status.message(), status.state(), status.appliedAt(),
                    status.executionMillis(), status.appliedBy(), status.checksum(), status.head(), status.error());
        }
    }

    /** One revision in every set that has it, by context id. */
    public record RevisionDescriptor(Map<String, ContextRevisionDescriptor> contexts) implements OperationResponseBody {
    }

    /** One revision in the migration sets of one application context, by set name. */
    public record ContextRevisionDescriptor(Map<String, MigrationDescriptor> migrationSets, String parentId) {
    }
}
