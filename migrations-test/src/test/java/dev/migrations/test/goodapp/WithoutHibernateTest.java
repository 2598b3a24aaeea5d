package dev.migrations.test.goodapp;

import dev.migrations.test.AutoConfigureMigrations;
import dev.migrations.test.MigrationsCheckSuite;
import dev.migrations.test.MigrationsChecks;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The slice of {@code @MigrationsTest} in an application without Hibernate ORM (Spring Data JDBC, jOOQ, plain
 * JDBC), on PostgreSQL: its context starts, every check but the entity check runs, and the entity check says why it
 * has nothing to compare.
 */
class WithoutHibernateTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @AutoConfigureJdbc
    @AutoConfigureMigrations
    static class Slice {
    }

    private final ApplicationContextRunner slice = new ApplicationContextRunner()
            // Hibernate's classes and their files hidden, as from such an application's class path: the slice
            // lists Hibernate's auto-configuration, which is then not there to read. The auto-configuration
            // metadata files are hidden too, since Hibernate's would otherwise say what it needs before it is read.
            .withClassLoader(new FilteredClassLoader(WithoutHibernateTest::isHibernates))
            .withUserConfiguration(Slice.class)
            .withPropertyValues("migrations.packages=" + GoodApplication.class.getPackageName(),
                    "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                    "spring.datasource.password=" + db.password());

    private static boolean isHibernates(String classOrResourceName) {
        String name = classOrResourceName.replace('/', '.');
        return name.startsWith("org.hibernate.") || name.startsWith("org.springframework.boot.hibernate.")
                || name.equals("META-INF.spring-autoconfigure-metadata.properties");
    }

    @Test
    void theChecksRunAndTheEntityCheckSaysThereAreNoEntities() {
        db.reset();
        slice.run(context -> {
            assertThat(context).hasNotFailed();
            MigrationsChecks checks = context.getBean(MigrationsChecks.class);

            checks.upgradesFromBase();
            checks.upDownConsistency();

            assertThat(checks.canCompareEntities()).isFalse();
            assertThatThrownBy(checks::entitiesMatchMigrations)
                    .hasMessageContaining("there is no JPA entity model to compare with set 'default' (the "
                            + "application has no Hibernate ORM)");
            // The suite reports it as not run, with the reason, so that the one-line suite fits such applications.
            assertThatThrownBy(new Suite(checks)::entitiesMatchMigrations)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("the application has no Hibernate ORM");
        });
    }

    /** The suite, given the slice's checks. */
    private static final class Suite extends MigrationsCheckSuite {

        Suite(MigrationsChecks checks) {
            this.checks = checks;
        }

        @Override
        protected void entitiesMatchMigrations() {
            super.entitiesMatchMigrations();
        }
    }
}
