package dev.migrations.autoconfigure.metrics;

import dev.migrations.autoconfigure.MigrationSet;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The gauges {@code migrations.pending} and {@code migrations.applied} of every migration set (tag set), read
 * through a {@link CachedStatus} that follows the registry's clock.
 */
final class MigrationsMeterBinder implements MeterBinder {

    static final String PENDING = "migrations.pending";
    static final String APPLIED = "migrations.applied";

    /** Long enough that frequent scrapes do not query each time, short enough to show an upgrade promptly. */
    static final Duration STATUS_TIME_TO_LIVE = Duration.ofSeconds(5);

    private final Supplier<? extends Iterable<MigrationSet>> sets;
    private final Duration timeToLive;

    /** @param sets asked for at binding time, after every singleton exists, not when this binder is created */
    MigrationsMeterBinder(Supplier<? extends Iterable<MigrationSet>> sets, Duration timeToLive) {
        this.sets = sets;
        this.timeToLive = timeToLive;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MigrationSet set : sets.get()) {
            CachedStatus status = new CachedStatus(set.migrations(), timeToLive, registry.config().clock());
            // Strong references: nothing else holds the cache, and a weakly referenced gauge would go NaN.
            Gauge.builder(PENDING, status, CachedStatus::pending)
                    .description("Revisions of the code not yet applied to the database")
                    .tag("set", set.name())
                    .strongReference(true)
                    .register(registry);
            Gauge.builder(APPLIED, status, CachedStatus::applied)
                    .description("Revisions of the code applied to the database")
                    .tag("set", set.name())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
