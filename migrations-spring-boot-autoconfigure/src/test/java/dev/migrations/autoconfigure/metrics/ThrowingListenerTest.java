package dev.migrations.autoconfigure.metrics;

import dev.migrations.Migrations;
import dev.migrations.autoconfigure.metrics.meteredapp.AddOrderTotal;
import dev.migrations.autoconfigure.metrics.meteredapp.CreateOrders;
import dev.migrations.runtime.RunResult;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Instrumentation must never change the outcome of a migration. */
class ThrowingListenerTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Test
    void aListenerThatThrowsOnEveryEventDoesNotFailTheUpgrade() {
        Migrations migrations = Migrations.builder(db.dataSource())
                .migrationClasses(CreateOrders.class, AddOrderTotal.class)
                .listener(event -> {
                    throw new IllegalStateException("metrics backend unavailable");
                })
                .build();

        RunResult result = migrations.upgrade();

        assertThat(result.steps()).hasSize(2);
        assertThat(migrations.status().upToDate()).isTrue();
    }
}
