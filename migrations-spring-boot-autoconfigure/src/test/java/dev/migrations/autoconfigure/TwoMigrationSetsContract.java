package dev.migrations.autoconfigure;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two DataSources, two migration sets: each database gets its own revisions in its own version table. */
abstract class TwoMigrationSetsContract {

    @Autowired
    Map<String, MigrationSet> sets;

    abstract TestDatabase orders();

    abstract TestDatabase audit();

    @Test
    void theOrdersDatabaseHasOnlyTheDefaultSetsRevisions() {
        JdbcTemplate orders = new JdbcTemplate(orders().dataSource());
        assertThat(orders.queryForList("SELECT revision FROM migrations_version", String.class)).containsExactly("ord1");
        assertThat(tables(orders)).contains("orders").doesNotContain("audit_events", "audit_version");
    }

    @Test
    void theAuditDatabaseHasOnlyTheAuditSetsRevisionsInItsOwnVersionTable() {
        JdbcTemplate audit = new JdbcTemplate(audit().dataSource());
        assertThat(audit.queryForList("SELECT revision FROM audit_version ORDER BY revision", String.class))
                .containsExactly("aev1", "aev2");
        assertThat(tables(audit)).contains("audit_events").doesNotContain("orders", "migrations_version");
    }

    @Test
    void eachSetIsABean() {
        assertThat(sets).containsOnlyKeys("migrationSet", "auditMigrationSet");
        assertThat(sets.get("auditMigrationSet").migrations().validate().upToDate()).isTrue();
        assertThat(sets.get("migrationSet").migrations().validate().upToDate()).isTrue();
    }

    private static java.util.List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT lower(table_name) FROM information_schema.tables", String.class);
    }
}
