package dev.migrations.sample;

import dev.migrations.sample.migrations.AddPartialIndexOnActiveTradingBots;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static dev.migrations.sample.StoryRevisions.revisionOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same twelve revisions on MariaDB, unchanged: the enum type is each column's own ENUM there, and the
 * partial-index revision branches on the database. DDL commits on its own here, so each revision runs as a
 * non-transactional one.
 */
class MigrationStoryOnMariaDbTest extends MigrationStoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.mariadb();

    @Override
    TestDatabase database() {
        return database;
    }

    /** No named types: the columns of type ENUM, as table.column. */
    @Override
    Set<String> enumTypes() {
        Object names = catalog.queryValue("SELECT COALESCE(GROUP_CONCAT(CONCAT(TABLE_NAME, '.', COLUMN_NAME)), '')"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'enum'");
        return names.toString().isEmpty() ? Set.of()
                : new TreeSet<>(Set.of(names.toString().toLowerCase(Locale.ROOT).split(",")));
    }

    @Override
    String statusEnum() {
        return "users.status";
    }

    @Test
    void userStatusIsAnEnumColumnWithTheValuesOfTheTypeInOrder() {
        migrations.upgrade("heads");

        assertThat(catalog.queryValue("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'users' AND COLUMN_NAME = 'status'")).isEqualTo("enum('PENDING','ACTIVE','SUSPENDED')");
    }

    /** MariaDB has no partial indexes: the revision asks which database it runs on and creates the full one. */
    @Test
    void activeBotsIndexIsAFullIndexOnMariaDb() {
        migrations.upgrade(revisionOf(AddPartialIndexOnActiveTradingBots.class));

        assertThat(catalog.indexes("trading_bots")).containsEntry("ix_trading_bots_active_created_at", List.of("created_at"));
    }

    /** Every revision is recorded as applied, none left RUNNING or FAILED by the non-transactional runs. */
    @Test
    void everyRevisionIsAppliedCleanly() {
        migrations.upgrade("heads");

        assertThat(migrations.validate().valid()).isTrue();
        assertThat(catalog.queryValue("SELECT COUNT(*) FROM migrations_version WHERE state = 'APPLIED'"))
                .hasToString(String.valueOf(StoryRevisions.all().size()));
    }
}
