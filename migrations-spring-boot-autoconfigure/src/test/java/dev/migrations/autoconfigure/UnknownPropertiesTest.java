package dev.migrations.autoconfigure;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

import static dev.migrations.autoconfigure.StartupFailure.causeOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A property under migrations.* that nothing binds fails the start, naming it and the closest valid one. */
class UnknownPropertiesTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(DataSource.class, db::dataSource);

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void aMisspelledPropertyFailsNamingItAndTheNearestValidOne() {
        runner.withPropertyValues("migrations.tabel=history").run(context -> {
            assertThat(context).hasFailed();
            UnknownPropertyException failure = causeOf(context.getStartupFailure(), UnknownPropertyException.class);
            assertThat(failure.property()).isEqualTo("migrations.tabel");
            assertThat(failure.suggestion()).isEqualTo("migrations.table");
            assertThat(failure).hasMessageContaining("migrations.tabel")
                    .hasMessageContaining("did you mean migrations.table?")
                    .hasMessageContaining("Valid properties: migrations.applied-by, migrations.autogenerate.entity-model, "
                            + "migrations.autogenerate.exclude-objects,")
                    .hasMessageContaining("migrations.autogenerate.ignore, ");
            assertThat(Catalog.of(db.dataSource()).hasTable("migrations_version")).isFalse();
        });
    }

    @Test
    void aMisspelledAutogenerateSettingIsNamedWithTheNearestOne() {
        runner.withPropertyValues("migrations.autogenerate.exclude-table=legacy_*").run(context -> {
            assertThat(context).hasFailed();
            UnknownPropertyException failure = causeOf(context.getStartupFailure(), UnknownPropertyException.class);
            assertThat(failure.suggestion()).isEqualTo("migrations.autogenerate.exclude-tables");
        });
    }

    @Test
    void aMisspelledPropertyOfAnExtraSetIsNamedWithTheSetsName() {
        runner.withPropertyValues("migrations.sets.audit.tabel=audit_version").run(context -> {
            assertThat(context).hasFailed();
            UnknownPropertyException failure = causeOf(context.getStartupFailure(), UnknownPropertyException.class);
            assertThat(failure.property()).isEqualTo("migrations.sets.audit.tabel");
            assertThat(failure.suggestion()).isEqualTo("migrations.sets.audit.table");
        });
    }

    @Test
    void aPropertyFarFromEveryValidOneListsThemWithoutASuggestion() {
        runner.withPropertyValues("migrations.flux-capacitor=on").run(context -> {
            UnknownPropertyException failure = causeOf(context.getStartupFailure(), UnknownPropertyException.class);
            assertThat(failure.suggestion()).isNull();
            assertThat(failure).hasMessageContaining("migrations.sets.<name>.data-source");
        });
    }

    @Test
    void kebabCamelCaseIndexedAndMapKeyedSpellingsAreAccepted() {
        runner.withPropertyValues("migrations.lock-wait-timeout=1m", "migrations.statementTimeout=1m",
                "migrations.on_checksum_mismatch=warn", "migrations.packages[0]=dev.migrations.nowhere",
                "migrations.sets.audit.dataSource=dataSource", "migrations.sets[audit].table=audit_version",
                "migrations.sets.audit.packages[0]=dev.migrations.nowhere.audit")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MigrationsProperties.class).getStatementTimeout())
                            .isEqualTo(Duration.ofMinutes(1));
                });
    }

    @Test
    void environmentVariablesAreCheckedInTheirOwnSpelling() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment",
                                Map.of("MIGRATIONS_LOCKWAITTIMEOUT", "2m", "MIGRATIONS_SETS_AUDIT_TABLE", "audit_v"))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MigrationsProperties.class).getLockWaitTimeout())
                            .isEqualTo(Duration.ofMinutes(2));
                });
        // Boot binds no underscore inside a name: MIGRATIONS_LOCK_WAIT_TIMEOUT is migrations.lock.wait.timeout.
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment",
                                Map.of("MIGRATIONS_LOCK_WAIT_TIMEOUT", "2m"))))
                .run(context -> assertThat(causeOf(context.getStartupFailure(), UnknownPropertyException.class))
                        .hasMessageContaining("migrations.lock.wait.timeout"));
    }

    @Test
    void kubernetesServiceLinkVariablesOfAServiceNamedMigrationsAreNotMistakenForProperties() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment",
                                Map.of("MIGRATIONS_SERVICE_HOST", "10.0.0.12", "MIGRATIONS_SERVICE_PORT", "8080",
                                        "MIGRATIONS_PORT", "tcp://10.0.0.12:8080",
                                        "MIGRATIONS_PORT_8080_TCP_ADDR", "10.0.0.12"))))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void propertiesOfOtherConfigurationPropertiesUnderMigrationsAreValid() {
        runner.withUserConfiguration(CommandPropertiesConfiguration.class)
                .withPropertyValues("migrations.command.output-format=json")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CommandProperties.class)
    static class CommandPropertiesConfiguration {
    }

    /** Properties another part of the starter could bind under migrations.*. */
    @ConfigurationProperties("migrations.command")
    static class CommandProperties {

        private String outputFormat;

        public String getOutputFormat() {
            return outputFormat;
        }

        public void setOutputFormat(String outputFormat) {
            this.outputFormat = outputFormat;
        }
    }
}
