package dev.migrations.test.drift;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A difference the comparison is told to ignore still fails check 5 when Hibernate's own validation refuses it, as
 * {@code migrations check} does: the check is never greener than an application that validates on start-up.
 */
@MigrationsTest(properties = "migrations.autogenerate.ignore=column")
class DriftSeenByHibernateOnH2Test {

    @Autowired
    MigrationsChecks checks;

    @Test
    void entitiesMatchMigrationsFailsWithHibernatesOwnValidation() {
        assertThatThrownBy(checks::entitiesMatchMigrations)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'entities match migrations': Hibernate's own schema "
                        + "validation")
                .hasMessageContaining("colour");
    }
}
