package dev.migrations.test.drift;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entity change without a migration fails check 5, with the operation autogenerate would write. */
@MigrationsTest
abstract class DriftContract {

    @Autowired
    MigrationsChecks checks;

    @Test
    void entitiesMatchMigrationsListsWhatAutogenerateWouldWrite() {
        assertThatThrownBy(checks::entitiesMatchMigrations)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'entities match migrations': the entities and the database "
                        + "differ; `migrations revision --autogenerate` would write:")
                .hasMessageContaining("op.addColumn(\"gadgets\", Column.column(\"colour\", Types.varchar(30)))");
    }
}
