package dev.migrations.autoconfigure;

import dev.migrations.runtime.RunnerSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties spell their defaults as literals, so that the configuration metadata (and the IDE) shows them;
 * the engine's defaults are the one source, and these must say the same.
 */
class MigrationsPropertiesDefaultsTest {

    private final RunnerSettings engine = RunnerSettings.defaults();

    @Test
    void theDefaultSetDefaultsAreTheEngines() {
        MigrationsProperties properties = new MigrationsProperties();

        assertThat(properties.getTable()).isEqualTo(engine.table());
        assertThat(properties.getSchema()).isEqualTo(engine.schema());
        assertThat(properties.getTransactionMode()).isEqualTo(engine.transactionMode());
        assertThat(properties.getLockWaitTimeout()).isEqualTo(engine.lockWaitTimeout());
        assertThat(properties.getLockTimeout()).isEqualTo(engine.lockTimeout());
        assertThat(properties.getStatementTimeout()).isEqualTo(engine.statementTimeout());
        assertThat(properties.getOnChecksumMismatch()).isEqualTo(engine.checksumPolicy());
        assertThat(properties.getAppliedBy()).isEqualTo(engine.appliedBy());
    }

    @Test
    void aNamedSetDefaultsAsTheDefaultSetDoes() {
        MigrationsProperties properties = new MigrationsProperties();
        MigrationsProperties.SetProperties set = new MigrationsProperties.SetProperties();

        assertThat(set.getTable()).isEqualTo(properties.getTable());
        assertThat(set.getSchema()).isEqualTo(properties.getSchema());
        assertThat(set.getTarget()).isEqualTo(properties.getTarget());
    }
}
