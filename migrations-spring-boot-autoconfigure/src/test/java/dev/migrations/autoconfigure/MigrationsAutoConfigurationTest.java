package dev.migrations.autoconfigure;

import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When the auto-configuration applies, and which beans it declares. */
class MigrationsAutoConfigurationTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.linear");

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void withoutDataSourceDeclaresNothing() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(MigrationsInitializer.class);
            assertThat(context).doesNotHaveBean(MigrationSet.class);
            assertThat(context).doesNotHaveBean(MigrationScript.class);
        });
    }

    @Test
    void withoutTheEngineOnTheClassPathDeclaresNothing() {
        runner.withBean(DataSource.class, db::dataSource)
                .withClassLoader(new FilteredClassLoader(Migrations.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(MigrationsInitializer.class);
                    assertThat(Catalog.of(db.dataSource()).hasTable("items")).isFalse();
                });
    }

    @Test
    void disabledByPropertyDeclaresNothingAndLeavesTheDatabaseAlone() {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(MigrationsInitializer.class);
                    assertThat(context).doesNotHaveBean(MigrationSet.class);
                    assertThat(Catalog.of(db.dataSource()).hasTable("items")).isFalse();
                });
    }

    @Test
    void migratesAsTheContextStartsEvenUnderLazyInitialization() {
        runner.withBean(DataSource.class, db::dataSource)
                .withInitializer(context -> context.addBeanFactoryPostProcessor(
                        new LazyInitializationBeanFactoryPostProcessor()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Catalog.of(db.dataSource()).hasTable("items")).isTrue();
                });
    }

    @Test
    void declaresTheDefaultSetAndTheInitializerButNoBeanPerMigration() {
        runner.withBean(DataSource.class, db::dataSource).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(MigrationsInitializer.class);
            assertThat(context).getBean("migrationSet", MigrationSet.class)
                    .satisfies(set -> {
                        assertThat(set.name()).isEqualTo(MigrationSet.DEFAULT);
                        assertThat(set.target()).isEqualTo("heads");
                    });
            assertThat(context.getBeansOfType(MigrationScript.class)).isEmpty();
            assertThat(context.getBean(MigrationSet.class).migrations().graph().revisions())
                    .extracting(dev.migrations.graph.Revision::id).containsExactly("lin1", "lin2");
        });
    }

    @Test
    void upgradesToEveryHeadOnStartupByDefault() {
        runner.withBean(DataSource.class, db::dataSource).run(context -> {
            assertThat(context).hasNotFailed();
            Catalog catalog = Catalog.of(db.dataSource());
            assertThat(catalog.columns("items")).containsExactly("id", "name", "price");
            assertThat(catalog.revisionsIn("migrations_version")).containsExactly("lin1", "lin2");
        });
    }

    @Test
    void anExtraSetIsABeanNamedAfterIt() {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("migrations.sets.audit.packages=dev.migrations.autoconfigure.scenarios.audit",
                        "migrations.sets.audit.table=audit_version")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeansOfType(MigrationSet.class)).containsOnlyKeys("migrationSet",
                            "auditMigrationSet");
                    assertThat(context.getBean("auditMigrationSet", MigrationSet.class).name()).isEqualTo("audit");
                });
    }
}
