package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.jpaapp.ItemRepository;
import dev.migrations.autoconfigure.jpaapp.ItemsAtStartup;
import dev.migrations.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a JPA application gets from migrating on boot, on whichever database the subclass provides. */
abstract class JpaApplicationContract {

    @Autowired
    ItemsAtStartup itemsAtStartup;

    @Autowired
    ItemRepository items;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    MigrationSet migrationSet;

    abstract TestDatabase db();

    @Test
    void theSchemaIsMigratedBeforeJpaSoARepositoryWorksInACommandLineRunner() {
        assertThat(itemsAtStartup.names()).containsExactly("anvil", "rocket skates");
    }

    @Test
    void aMigrationBeanWithAnInjectedJdbcTemplateFilledTheTable() {
        assertThat(jdbc.queryForList("SELECT name FROM catalog_items ORDER BY id", String.class))
                .containsExactly("anvil", "rocket skates");
        assertThat(jdbc.queryForList("SELECT revision FROM migrations_version ORDER BY revision", String.class))
                .containsExactly("jpa1", "jpa2");
    }

    @Test
    void hibernateLeavesTheSchemaToTheMigrations() {
        // Boot sets no hbm2ddl.auto when ddl-auto is none; on an embedded H2 it would otherwise be create-drop.
        assertThat(entityManagerFactory.getProperties()).doesNotContainKey("hibernate.hbm2ddl.auto");
        assertThat(items.count()).isEqualTo(2);
    }

    @Test
    void theApplicationRunsOnTheTestDatabase() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            // The driver may restate the URL (MariaDB's does), so the database's own name is compared.
            String withoutParameters = db().jdbcUrl().split("[?;]")[0];
            String name = withoutParameters.substring(Math.max(withoutParameters.lastIndexOf('/'), withoutParameters.lastIndexOf(':')) + 1);
            assertThat(connection.getMetaData().getURL()).contains(name);
        }
        assertThat(migrationSet.migrations().validate().upToDate()).isTrue();
    }
}
