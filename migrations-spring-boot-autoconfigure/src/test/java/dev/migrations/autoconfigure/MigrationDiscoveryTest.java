package dev.migrations.autoconfigure;

import dev.migrations.error.InvalidRevisionGraphException;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.MigrationScript;
import dev.migrations.error.OfflineModeException;
import dev.migrations.autoconfigure.scenarios.component.ComponentMigration;
import dev.migrations.autoconfigure.scenarios.injected.Greeting;
import dev.migrations.autoconfigure.scenarios.linear.LinearPackage;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static dev.migrations.autoconfigure.StartupFailure.assertCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which classes become migrations, and how migration beans are constructed. */
class MigrationDiscoveryTest {

    private static final String SCENARIOS = "dev.migrations.autoconfigure.scenarios.";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(DataSource.class, db::dataSource);

    private final Catalog catalog = Catalog.of(db.dataSource());

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void migrationsUnderTheAutoConfigurationPackagesAreFound() {
        runner.withUserConfiguration(LinearPackage.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(catalog.revisionsIn("migrations_version")).containsExactly("lin1", "lin2");
        });
    }

    @Test
    void packagesAddsToTheAutoConfigurationPackages() {
        runner.withUserConfiguration(LinearPackage.class)
                .withPropertyValues("migrations.packages=" + SCENARIOS + "audit")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(catalog.revisionsIn("migrations_version")).containsExactly("aud1", "lin1", "lin2");
                });
    }

    @Test
    void withNoPackageAndNoMigrationTheDefaultSetIsEmpty() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrationSet.class).migrations().graph().revisions()).isEmpty();
        });
    }

    @Test
    void aMigrationAlreadyDeclaredAsAComponentIsNotDeclaredTwice() {
        runner.withUserConfiguration(ScanComponentScenario.class)
                .withPropertyValues("migrations.packages=" + SCENARIOS + "component")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeansOfType(MigrationScript.class)).containsOnlyKeys("componentMigration");
                    assertThat(catalog.revisionsIn("migrations_version")).containsExactly("cmp1");
                });
    }

    @Test
    void anAnnotatedClassThatIsNoMigrationScriptFailsNamingTheClass() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "notascript").run(context -> {
            assertThat(context).hasFailed();
            assertCause(context.getStartupFailure(), MigrationDefinitionException.class)
                    .hasMessageContaining(SCENARIOS + "notascript.NotAScript")
                    .hasMessageContaining("does not implement MigrationScript");
        });
    }

    @Test
    void anInvalidRevisionGraphFailsTheContext() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "invalidgraph").run(context -> {
            assertThat(context).hasFailed();
            assertCause(context.getStartupFailure(), InvalidRevisionGraphException.class)
                    .hasMessageContaining("inv1").hasMessageContaining("nowhere");
        });
    }

    @Test
    void migrationsTakeBeansAndJdbcAccessorsInTheirConstructor() {
        runner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class,
                        JdbcClientAutoConfiguration.class))
                .withBean(Greeting.class, () -> new Greeting("hello"))
                .withPropertyValues("migrations.packages=" + SCENARIOS + "injected")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(JdbcTemplate.class);
                    assertThat(greetings()).containsExactly(Map.of("id", 1L, "text", "hello"),
                            Map.of("id", 2L, "text", "count 1"));
                });
    }

    @Test
    void aMigrationsJdbcAccessorRunsInItsRevisionsDowngradeToo() {
        runner.withBean(Greeting.class, () -> new Greeting("hello"))
                .withPropertyValues("migrations.packages=" + SCENARIOS + "injected")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(MigrationSet.class).migrations().downgrade("-1");
                    assertThat(greetings()).containsExactly(Map.of("id", 1L, "text", "hello"));
                    context.getBean(MigrationSet.class).migrations().downgrade("base");
                    assertThat(catalog.hasTable("greetings")).isFalse();
                });
    }

    @Test
    void aDerivedDowngradeRefusesToReplayJdbcWork() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "derived").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(catalog.jdbc().queryForObject("SELECT count(*) FROM seeds", Long.class)).isEqualTo(1);
            assertThatThrownBy(() -> context.getBean(MigrationSet.class).migrations().downgrade("base"))
                    .satisfies(failure -> assertCause(failure, OfflineModeException.class)
                            .hasMessageContaining("der1").hasMessageContaining("write downgrade(Operations op)"));
            assertThat(catalog.hasTable("seeds")).isTrue();
        });
    }

    @Test
    void aFinalMigrationTakingAJdbcAccessorFailsAskingToMakeItNonFinal() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "finaljdbc").run(context -> {
            assertThat(context).hasFailed();
            assertCause(context.getStartupFailure(), MigrationDefinitionException.class)
                    .hasMessageContaining("FinalWithJdbcTemplate").hasMessageContaining("make it non-final");
        });
    }

    private List<Map<String, Object>> greetings() {
        return catalog.jdbc().queryForList("SELECT id, text FROM greetings ORDER BY id");
    }

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = ComponentMigration.class)
    static class ScanComponentScenario {
    }
}
