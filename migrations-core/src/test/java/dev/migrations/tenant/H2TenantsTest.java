package dev.migrations.tenant;

import dev.migrations.Migrations;
import dev.migrations.fixtures.Story;
import dev.migrations.fixtures.TenantStory;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant set of {@value #TENANTS} schemas in one H2 database. */
class H2TenantsTest {

    private static final int TENANTS = 100;

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void everySchemaGetsItsTablesAndItsVersionTableAndAFailureStaysInItsTenant() {
        db.execute("CREATE SCHEMA tenant_007", "CREATE TABLE tenant_007.tags (id INT)");
        Migrations migrations = TenantStory.indexed(db.dataSource(), Story.all());
        TenantMigrations tenants = TenantMigrations.builder(migrations,
                        MigrationTenants.schemas(TenantStory.schemas(TENANTS).toArray(String[]::new)))
                .parallelism(4).failurePolicy(FailurePolicy.CONTINUE).build();

        TenantRun run = tenants.upgrade("heads", TenantProgress.Listener.NONE);

        assertThat(run.failed()).extracting(o -> o.tenant().name()).containsExactly("tenant_007");
        assertThat(run.failed().get(0).failure().revision()).isEqualTo("c3b3b3b3");
        for (String schema : TenantStory.schemas(TENANTS)) {
            if (!schema.equals("tenant_007")) {
                assertThat(tables(schema)).as(schema).contains("USERS", "POSTS", "TAGS", "MIGRATIONS_VERSION");
            }
        }
        assertThat(tables("PUBLIC")).isEmpty();
        assertThat(tenants.status()).filteredOn(s -> !s.upToDate()).extracting(TenantStatus::tenant)
                .containsExactly("tenant_007");
        assertThat(migrations.schemasAtHeads(TenantStory.schemas(TENANTS))).as("found at the heads with a query for all")
                .hasSize(TENANTS - 1).doesNotContain("tenant_007");
        assertThat(tenants.upgrade("heads", TenantProgress.Listener.NONE).changed()).isEmpty();
    }

    /** The tenants a newer release migrated, seen from the older release: up to date, nothing to upgrade. */
    @Test
    void tenantsANewerReleaseMigratedAreUpToDateForTheOlderOne() {
        String[] schemas = TenantStory.schemas(3).toArray(String[]::new);
        TenantMigrations.builder(TenantStory.indexed(db.dataSource(), Story.all()), MigrationTenants.schemas(schemas))
                .build().upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
        TenantMigrations older = TenantMigrations.builder(
                TenantStory.indexed(db.dataSource(), Story.all().subList(0, 2)), MigrationTenants.schemas(schemas))
                .build();

        assertThat(older.status()).allSatisfy(status -> assertThat(status.upToDate()).as(status.toString()).isTrue());
        older.requireUpToDate();
        assertThat(older.upgrade("heads", TenantProgress.Listener.NONE).changed()).isEmpty();
    }

    private static List<String> tables(String schema) {
        return db.strings("SELECT UPPER(table_name) FROM information_schema.tables WHERE UPPER(table_schema) = '"
                + schema.toUpperCase() + "'");
    }
}
