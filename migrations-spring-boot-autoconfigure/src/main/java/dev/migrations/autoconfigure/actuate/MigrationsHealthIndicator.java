package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.MigrationSet;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.util.List;

/**
 * {@link HealthIndicator} of every migration set, one detail per set: DOWN when any set has a problem (a failed or
 * interrupted revision, an edited one, one the code lacks), OUT_OF_SERVICE when revisions are still pending toward a
 * set's target, UP when every set is at its target. See {@link MigrationSetHealth}.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    /** Boot's own order, worst first; spelled here because Boot's constant for it only exists from 4.1. */
    private static final List<Status> WORST_FIRST = List.of(Status.DOWN, Status.OUT_OF_SERVICE, Status.UP,
            Status.UNKNOWN);

    private final List<MigrationSet> sets;

    public MigrationsHealthIndicator(List<MigrationSet> sets) {
        super("Migrations health check failed");
        this.sets = List.copyOf(sets);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Status overall = Status.UP;
        for (MigrationSet set : sets) {
            MigrationSetHealth health = MigrationSetHealth.of(set);
            builder.withDetail(set.name(), health.details());
            overall = worse(overall, health.status());
        }
        builder.status(overall);
    }

    private static Status worse(Status a, Status b) {
        return WORST_FIRST.indexOf(b) < WORST_FIRST.indexOf(a) ? b : a;
    }
}
