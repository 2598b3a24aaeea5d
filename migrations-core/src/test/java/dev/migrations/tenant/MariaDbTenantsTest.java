package dev.migrations.tenant;

import dev.migrations.Migrations;
import dev.migrations.fixtures.Story;
import dev.migrations.fixtures.TenantStory;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenants on MariaDB, where a schema is a database: {@code Tenant.schema(name)} is a database of the same server,
 * created by the tenant's first upgrade, with the tenant's tables and version table in it.
 */
class MariaDbTenantsTest {

    private static final int TENANTS = 20;

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    private final List<String> databases = IntStream.rangeClosed(1, TENANTS)
            .mapToObj(i -> databaseName() + "_t" + i).toList();

    @AfterEach
    void dropTenantDatabases() {
        databases.forEach(name -> db.execute("DROP DATABASE IF EXISTS " + name));
    }

    @Test
    void eachTenantIsADatabaseWithItsTablesAndVersionTableAndAFailureStaysInIt() {
        db.execute("CREATE DATABASE " + databases.get(4), "CREATE TABLE " + databases.get(4) + ".tags (id INT)");
        Migrations migrations = TenantStory.indexed(db.dataSource(), Story.all());
        TenantMigrations tenants = TenantMigrations.builder(migrations,
                        MigrationTenants.schemas(databases.toArray(String[]::new)))
                .parallelism(3).failurePolicy(FailurePolicy.CONTINUE).build();

        TenantRun run = tenants.upgrade("heads", TenantProgress.Listener.NONE);

        assertThat(run.failed()).extracting(o -> o.tenant().name()).containsExactly(databases.get(4));
        assertThat(run.failed().get(0).failure().revision()).isEqualTo("c3b3b3b3");
        for (String database : databases) {
            if (!database.equals(databases.get(4))) {
                assertThat(tables(database)).as(database).contains("users", "posts", "tags", "migrations_version");
            }
        }
        assertThat(tables(databaseName())).as("nothing lands in the DataSource's own database").isEmpty();
        assertThat(tenants.status()).filteredOn(s -> !s.upToDate()).extracting(TenantStatus::tenant)
                .containsExactly(databases.get(4));
        assertThat(migrations.schemasAtHeads(databases)).as("found at the heads with a query for all")
                .hasSize(TENANTS - 1).doesNotContain(databases.get(4));
        assertThat(tenants.upgrade("heads", TenantProgress.Listener.NONE).changed()).isEmpty();
    }

    private static String databaseName() {
        String url = db.jdbcUrl();
        String path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static List<String> tables(String database) {
        return db.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + database + "'");
    }
}
