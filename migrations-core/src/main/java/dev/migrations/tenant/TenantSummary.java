package dev.migrations.tenant;

import java.util.List;
import java.util.stream.Stream;

/**
 * A tenant set at a glance, for an endpoint, a health check or a gauge: how many tenants are up to date, behind or
 * failed, and which ones need looking at, without listing thousands.
 *
 * @param behind tenants with revisions pending and nothing wrong
 * @param failed tenants with a failed or edited revision, or whose state could not be read
 * @param needingAttention the tenants not up to date, failed first, at most the limit asked for
 */
public record TenantSummary(int total, int upToDate, int behind, int failed, List<TenantStatus> needingAttention) {

    public TenantSummary {
        needingAttention = List.copyOf(needingAttention);
    }

    public static TenantSummary of(List<TenantStatus> statuses, int listAtMost) {
        List<TenantStatus> failed = statuses.stream().filter(TenantStatus::failed).toList();
        List<TenantStatus> behind = statuses.stream().filter(s -> !s.failed() && !s.upToDate()).toList();
        List<TenantStatus> attention = Stream.concat(failed.stream(), behind.stream())
                .limit(listAtMost).toList();
        return new TenantSummary(statuses.size(), statuses.size() - failed.size() - behind.size(), behind.size(),
                failed.size(), attention);
    }
}
