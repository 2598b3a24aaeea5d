package dev.migrations.autoconfigure.metrics;

import dev.migrations.Migrations;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.metrics.meteredapp.AddOrderTotal;
import dev.migrations.autoconfigure.metrics.meteredapp.CreateOrders;
import dev.migrations.testing.PostgresServer;
import dev.migrations.testing.TestDatabase;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pending and applied gauges read the status through a cache that follows the registry's clock. */
class MigrationsGaugesTest {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    @AfterEach
    void emptySchema() {
        db.reset();
    }

    @Test
    void readTheStatusAtMostOncePerTimeToLive() {
        Migrations migrations = migrationsOn(db.dataSource());
        bind(migrations);
        assertThat(gauge(MigrationsMeterBinder.PENDING)).isEqualTo(2);
        assertThat(gauge(MigrationsMeterBinder.APPLIED)).isZero();

        migrations.upgrade();
        clock.add(TIME_TO_LIVE.minusMillis(1));
        assertThat(gauge(MigrationsMeterBinder.PENDING)).as("cached").isEqualTo(2);

        clock.add(Duration.ofMillis(1));
        assertThat(gauge(MigrationsMeterBinder.PENDING)).isZero();
        assertThat(gauge(MigrationsMeterBinder.APPLIED)).isEqualTo(2);
    }

    @Test
    void showNoValueWhileTheDatabaseCannotBeRead() {
        bind(migrationsOn(PostgresServer.get().dataSource("no_such_database_for_gauges")));

        assertThat(gauge(MigrationsMeterBinder.PENDING)).isNaN();
        assertThat(gauge(MigrationsMeterBinder.APPLIED)).isNaN();
    }

    private static Migrations migrationsOn(DataSource dataSource) {
        return Migrations.builder(dataSource).migrationClasses(CreateOrders.class, AddOrderTotal.class).build();
    }

    private void bind(Migrations migrations) {
        new MigrationsMeterBinder(() -> List.of(new MigrationSet("orders", migrations, "heads")), TIME_TO_LIVE)
                .bindTo(registry);
    }

    private double gauge(String name) {
        return registry.get(name).tag("set", "orders").gauge().value();
    }
}
