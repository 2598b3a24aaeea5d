package dev.migrations.autoconfigure.metrics;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.tenant.TenantSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The gauges {@code migrations.pending} and {@code migrations.applied} of every migration set (tag set), read
 * through a {@link CachedStatus} that follows the registry's clock; for a set with tenants,
 * {@code migrations.tenants}, {@code migrations.tenants.behind} and {@code migrations.tenants.failed}.
 */
final class MigrationsMeterBinder implements MeterBinder {

    static final String PENDING = "migrations.pending";
    static final String APPLIED = "migrations.applied";
    static final String TENANTS = "migrations.tenants";
    static final String TENANTS_BEHIND = "migrations.tenants.behind";
    static final String TENANTS_FAILED = "migrations.tenants.failed";

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
            if (set.tenants() != null) {
                bindTenants(registry, set, set.tenants());
                continue;
            }
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

    /** A set with tenants: counts by set, never a meter per tenant, so thousands of tenants stay a few series. */
    private void bindTenants(MeterRegistry registry, MigrationSet set, TenantMigrations tenants) {
        CachedRead<TenantSummary> summary = new CachedRead<>(() -> TenantSummary.of(tenants.status(), 0), timeToLive,
                registry.config().clock());
        tenantGauge(registry, set, TENANTS, "Tenants of the set", summary, TenantSummary::total);
        tenantGauge(registry, set, TENANTS_BEHIND, "Tenants with revisions pending", summary, TenantSummary::behind);
        tenantGauge(registry, set, TENANTS_FAILED, "Tenants with a failed or edited revision, or unreadable",
                summary, TenantSummary::failed);
    }

    private static void tenantGauge(MeterRegistry registry, MigrationSet set, String name, String description,
                                    CachedRead<TenantSummary> summary, ToIntFunction<TenantSummary> count) {
        Gauge.builder(name, summary, cached -> {
                    TenantSummary current = cached.get();
                    return current == null ? Double.NaN : count.applyAsInt(current);
                })
                .description(description)
                .tag("set", set.name())
                .strongReference(true)
                .register(registry);
    }
}
