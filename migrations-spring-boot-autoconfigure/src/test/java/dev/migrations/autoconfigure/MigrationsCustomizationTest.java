package dev.migrations.autoconfigure;

import dev.migrations.error.MigrationException;
import dev.migrations.runtime.MigrationEvent;
import dev.migrations.runtime.MigrationListener;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static dev.migrations.autoconfigure.StartupFailure.assertCause;
import static org.assertj.core.api.Assertions.assertThat;

/** Customizers, strategies, listeners, dedicated DataSources and extra sets. */
class MigrationsCustomizationTest {

    private static final String SCENARIOS = "dev.migrations.autoconfigure.scenarios.";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase other = TestDatabase.postgres();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withPropertyValues("migrations.packages=" + SCENARIOS + "linear");

    @BeforeEach
    void emptyDatabases() {
        db.reset();
        other.reset();
    }

    @Test
    void customizersAdjustEachSetInOrderAfterTheProperties() {
        List<String> calls = new ArrayList<>();
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.table=from_properties")
                .withBean("second", MigrationsCustomizer.class, () -> new OrderedCustomizer(2, (set, builder) -> {
                    calls.add("second:" + set);
                    builder.table("from_customizer");
                }))
                .withBean("first", MigrationsCustomizer.class, () -> new OrderedCustomizer(1, (set, builder) -> {
                    calls.add("first:" + set);
                    builder.table("overridden_by_second");
                }))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(calls).containsExactly("first:default", "second:default");
                    assertThat(Catalog.of(db.dataSource()).revisionsIn("from_customizer")).containsExactly("lin1", "lin2");
                    assertThat(Catalog.of(db.dataSource()).hasTable("from_properties")).isFalse();
                });
    }

    @Test
    void aStrategyReplacesTheStartupAction() {
        List<String> seen = new ArrayList<>();
        runner.withBean(DataSource.class, db::dataSource)
                .withBean(MigrationsStrategy.class, () -> set -> seen.add(set.name() + "@" + set.target()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(seen).containsExactly("default@heads");
                    assertThat(Catalog.of(db.dataSource()).hasTable("items")).isFalse();
                });
    }

    @Test
    void inCommandModeNotEvenTheApplicationsStrategyTouchesTheDatabase() {
        List<String> seen = new ArrayList<>();
        runner.withBean(DataSource.class, db::dataSource)
                .withBean(MigrationsStrategy.class, () -> set -> seen.add(set.name()))
                .withPropertyValues("migrations.command-line.enabled=true", "migrations.command-line.system-exit=false")
                .run(context -> {
                    assertThat(seen).isEmpty();
                    assertThat(Catalog.of(db.dataSource()).hasTable("migrations_version")).isFalse();
                });
    }

    @Test
    void listenerBeansReceiveEveryRevisionsEvents() {
        List<String> events = new ArrayList<>();
        runner.withBean(DataSource.class, db::dataSource)
                .withBean("recorder", MigrationListener.class, () -> event -> events.add(describe(event)))
                .withBean("counter", MigrationListener.class, () -> event -> events.add("counted"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(events).containsExactly("Started lin1", "counted", "Succeeded lin1", "counted",
                            "Started lin2", "counted", "Succeeded lin2", "counted");
                });
    }

    @Test
    void theMigrationsDataSourceIsChosenOverThePrimaryOne() {
        runner.withUserConfiguration(PrimaryAndMigrationsDataSources.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Catalog.of(other.dataSource()).revisionsIn("migrations_version")).containsExactly("lin1", "lin2");
            assertThat(Catalog.of(db.dataSource()).hasTable("migrations_version")).isFalse();
        });
    }

    @Test
    void severalDataSourcesWithoutAPrimaryOneFailNamingTheFix() {
        runner.withBean("one", DataSource.class, db::dataSource)
                .withBean("two", DataSource.class, other::dataSource)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), MigrationException.class)
                            .hasMessageContaining("one, two").hasMessageContaining("@MigrationsDataSource");
                });
    }

    @Test
    void schemaIsManagedOnTheDataSourcesMigrationSetsRunOn() {
        runner.withBean("dataSource", DataSource.class, db::dataSource)
                .withBean("unmigrated", DataSource.class, other::dataSource, bd -> bd.setAutowireCandidate(false))
                .run(context -> {
                    SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
                    assertThat(provider.getSchemaManagement(context.getBean("dataSource", DataSource.class)))
                            .isEqualTo(SchemaManagement.MANAGED);
                    assertThat(provider.getSchemaManagement(context.getBean("unmigrated", DataSource.class)))
                            .isEqualTo(SchemaManagement.UNMANAGED);
                });
    }

    @Test
    void anExtraSetMigratesItsPackagesOnItsDataSourceWithItsOwnVersionTable() {
        runner.withUserConfiguration(PrimaryAndAuditDataSources.class)
                .withPropertyValues("migrations.sets.audit.packages=" + SCENARIOS + "audit",
                        "migrations.sets.audit.data-source=auditDataSource",
                        "migrations.sets.audit.table=audit_version")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Catalog primary = Catalog.of(db.dataSource());
                    Catalog audit = Catalog.of(other.dataSource());
                    assertThat(primary.revisionsIn("migrations_version")).containsExactly("lin1", "lin2");
                    assertThat(primary.hasTable("audit_log")).isFalse();
                    assertThat(audit.revisionsIn("audit_version")).containsExactly("aud1");
                    assertThat(audit.hasTable("items")).isFalse();
                    assertThat(context.getBean(SchemaManagementProvider.class)
                            .getSchemaManagement(other.dataSource())).isEqualTo(SchemaManagement.MANAGED);
                });
    }

    @Test
    void anExtraSetClaimsItsPackagesEvenUnderTheDefaultSetsOnes() {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.packages=" + SCENARIOS + "linear," + SCENARIOS + "audit",
                        "migrations.sets.audit.packages=" + SCENARIOS + "audit",
                        "migrations.sets.audit.table=audit_version",
                        "migrations.sets.audit.target=aud1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Catalog catalog = Catalog.of(db.dataSource());
                    assertThat(catalog.revisionsIn("migrations_version")).containsExactly("lin1", "lin2");
                    assertThat(catalog.revisionsIn("audit_version")).containsExactly("aud1");
                    assertThat(context.getBean("auditMigrationSet", MigrationSet.class).target()).isEqualTo("aud1");
                });
    }

    @Test
    void anExtraSetsSchemaHoldsItsVersionTable() {
        db.execute("DROP SCHEMA IF EXISTS audit_meta CASCADE", "CREATE SCHEMA audit_meta");
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.sets.audit.packages=" + SCENARIOS + "audit",
                        "migrations.sets.audit.schema=audit_meta")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Catalog catalog = Catalog.of(db.dataSource());
                    assertThat(catalog.hasTable("audit_meta", "migrations_version")).isTrue();
                    assertThat(catalog.hasTable("public", "migrations_version")).isTrue();
                    assertThat(catalog.jdbc().queryForList("SELECT revision FROM audit_meta.migrations_version",
                            String.class)).containsExactly("aud1");
                });
    }

    @Test
    void twoSetsSharingAVersionTableFailNamingBoth() {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.sets.audit.packages=" + SCENARIOS + "audit")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), MigrationSetStartupException.class)
                            .hasMessageContaining("'default' and 'audit' share the version table migrations_version")
                            .hasMessageContaining("migrations.sets.audit.table");
                });
    }

    @Test
    void anExtraSetNamingAMissingDataSourceFailsListingTheDataSources() {
        runner.withBean("dataSource", DataSource.class, db::dataSource)
                .withPropertyValues("migrations.sets.audit.packages=" + SCENARIOS + "audit",
                        "migrations.sets.audit.data-source=nowhere", "migrations.sets.audit.table=audit_version")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), MigrationSetStartupException.class)
                            .hasMessageContaining("'nowhere', which does not exist. DataSource beans: dataSource.");
                });
    }

    @Test
    void anExtraSetCannotBeNamedDefault() {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.sets.default.table=other_version")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), MigrationException.class)
                            .hasMessageContaining("migrations.sets.default");
                });
    }

    private static String describe(MigrationEvent event) {
        return event.getClass().getSimpleName() + " " + event.revision();
    }

    private record OrderedCustomizer(int order, MigrationsCustomizer delegate)
            implements MigrationsCustomizer, org.springframework.core.Ordered {

        @Override
        public void customize(String setName, dev.migrations.Migrations.Builder builder) {
            delegate.customize(setName, builder);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryAndMigrationsDataSources {

        @Bean
        @Primary
        DataSource applicationDataSource() {
            return db.dataSource();
        }

        @Bean
        @MigrationsDataSource
        DataSource ddlDataSource() {
            return other.dataSource();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryAndAuditDataSources {

        @Bean
        @Primary
        DataSource dataSource() {
            return db.dataSource();
        }

        @Bean
        @Order(2)
        DataSource auditDataSource() {
            return other.dataSource();
        }
    }
}
