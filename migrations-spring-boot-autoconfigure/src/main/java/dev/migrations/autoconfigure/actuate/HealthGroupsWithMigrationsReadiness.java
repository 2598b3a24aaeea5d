package dev.migrations.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The application's health groups, plus a default {@code readiness} group that includes {@code migrations}. A
 * readiness group the user configured ({@code management.endpoint.health.group.readiness.*}) is kept as it is.
 */
final class HealthGroupsWithMigrationsReadiness implements HealthEndpointGroups, AdditionalPathsMapper {

    private static final String READINESS = "readiness";

    private final HealthEndpointGroups groups;
    private final HealthEndpointGroup readiness;
    private final Set<String> names;

    HealthGroupsWithMigrationsReadiness(HealthEndpointGroups groups) {
        this.groups = groups;
        HealthEndpointGroup configured = groups.get(READINESS);
        this.readiness = configured != null ? configured : new ReadinessGroupWithMigrations();
        Set<String> all = new LinkedHashSet<>(groups.getNames());
        all.add(READINESS);
        this.names = Collections.unmodifiableSet(all);
    }

    @Override
    public HealthEndpointGroup getPrimary() {
        return groups.getPrimary();
    }

    @Override
    public Set<String> getNames() {
        return names;
    }

    @Override
    public HealthEndpointGroup get(String name) {
        return READINESS.equals(name) ? readiness : groups.get(name);
    }

    // Without this, the additional paths of the groups wrapped here would be lost.
    @Override
    public List<String> getAdditionalPaths(EndpointId endpointId, WebServerNamespace webServerNamespace) {
        return groups instanceof AdditionalPathsMapper mapper
                ? mapper.getAdditionalPaths(endpointId, webServerNamespace) : null;
    }
}
