package dev.migrations.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

import java.util.Set;

/**
 * The readiness group Boot would create by default (the readiness state alone, status without components or
 * details, default aggregation and HTTP codes) with the {@code migrations} contributor added, so that a replica
 * whose schema is broken or behind takes no traffic.
 */
final class ReadinessGroupWithMigrations implements HealthEndpointGroup {

    private static final Set<String> MEMBERS = Set.of("readinessState", "migrations");

    @Override
    public boolean isMember(String name) {
        return MEMBERS.contains(name);
    }

    @Override
    public boolean showComponents(SecurityContext securityContext) {
        return false;
    }

    @Override
    public boolean showDetails(SecurityContext securityContext) {
        return false;
    }

    @Override
    public StatusAggregator getStatusAggregator() {
        return StatusAggregator.getDefault();
    }

    // The constant rather than getDefault(): that method only exists from Boot 4.1.
    @Override
    public HttpCodeStatusMapper getHttpCodeStatusMapper() {
        return HttpCodeStatusMapper.DEFAULT;
    }

    // Boot's probes post-processor adds /readyz to an existing readiness group when asked to.
    @Override
    public AdditionalHealthEndpointPath getAdditionalPath() {
        return null;
    }
}
