package dev.migrations.autoconfigure.actuate;

import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Puts the {@code migrations} health contributor in the {@code readiness} group unless the user configured that
 * group. Ordered before Boot's availability-probes post-processor (lowest precedence), which adopts an existing
 * readiness group as it is and only creates its own (the readiness state alone) when there is none.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 100)
final class MigrationsReadinessPostProcessor implements HealthEndpointGroupsPostProcessor {

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        return new HealthGroupsWithMigrationsReadiness(groups);
    }
}
