package dev.migrations.libraryapps.batchscripted;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import dev.migrations.test.SliceDatabase;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test slice, which starts neither Spring Batch nor its properties, leaves Batch's tables out of the entity
 * check as {@code migrations check} does: the two agree.
 */
@MigrationsTest(properties = "migrations.packages=dev.migrations.libraryapps.batch.migrations")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class BatchTablesFromAMigrationChecksTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SliceDatabase.properties(db, registry);
    }

    @Autowired
    MigrationsChecks checks;

    @Test
    void theEntitiesMatchTheMigrations() {
        checks.entitiesMatchMigrations();
    }

    @Test
    void theBatchTablesGoAwayWithTheirDowngrade() {
        checks.downgradeLeavesNoTrace();
    }
}
