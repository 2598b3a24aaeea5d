package dev.migrations.sample;

import dev.migrations.Migrations;
import dev.migrations.RevisionStatus;
import dev.migrations.sample.migrations.AddEmailVerifiedToUsers;
import dev.migrations.sample.migrations.AddUserPreferencesTable;
import dev.migrations.sample.migrations.AddUserStatusEnum;
import dev.migrations.sample.migrations.AddUsersCreatedAtIndex;
import dev.migrations.sample.migrations.CreateUsersTable;
import dev.migrations.sample.migrations.MergeHeads;
import dev.migrations.sample.migrations.RenameUsersEmailToEmailAddress;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static dev.migrations.sample.StoryRevisions.revisionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample's migrations, run through the core facade as the auto-configuration runs them, on a real
 * database. Each test starts from an empty schema. Subclasses name the database and check what only it can
 * show (enum types, partial indexes).
 */
abstract class MigrationStoryContract {

    static final Set<String> STORY_TABLES = Set.of("users", "user_preferences", "trading_bots", "trades", "notes");

    Migrations migrations;
    SchemaCatalog catalog;

    abstract TestDatabase database();

    /**
     * The enum types of the schema, lower case: named types where the database has them, else the enum columns
     * (as {@code table.column}), which carry their values themselves.
     */
    abstract Set<String> enumTypes();

    /** How {@link #enumTypes()} names the enum users.status is of. */
    String statusEnum() {
        return "user_status";
    }

    @BeforeEach
    void startFromAnEmptySchema() {
        database().reset();
        migrations = Migrations.builder(database().dataSource()).migrations(StoryRevisions.all()).build();
        catalog = new SchemaCatalog(database().dataSource());
    }

    @Test
    void upgradeToHeadsCreatesEveryTableOfTheStory() {
        migrations.upgrade("heads");

        assertThat(catalog.tables()).containsAll(STORY_TABLES);
        assertThat(migrations.current()).extracting(RevisionStatus::revision).containsExactly(revisionOf(MergeHeads.class));
        assertThat(migrations.status().upToDate()).isTrue();
    }

    @Test
    void usersEndsWithTheColumnsOfEveryRevision() {
        migrations.upgrade("heads");

        // email was renamed; email_verified, full_name and status were added later.
        assertThat(catalog.columns("users")).containsOnlyKeys("id", "email_address", "first_name", "last_name",
                "created_at", "email_verified", "full_name", "status");
        assertThat(catalog.columns("users")).containsEntry("email_address", false).containsEntry("email_verified", false)
                .containsEntry("status", false).containsEntry("full_name", true);
        assertThat(catalog.columns("user_preferences")).containsOnlyKeys("id", "user_id", "theme",
                "notifications_enabled", "daily_trade_limit", "created_at");
        assertThat(catalog.columns("trading_bots")).containsOnlyKeys("id", "user_id", "name", "strategy", "is_active",
                "created_at");
        assertThat(catalog.columns("trades")).containsOnlyKeys("id", "user_id", "bot_id", "symbol", "side", "quantity",
                "price", "created_at");
        assertThat(catalog.columns("notes")).containsOnlyKeys("id", "user_id", "body", "created_at");
    }

    @Test
    void upgradeToHeadsCreatesTheIndexesOfTheStory() {
        migrations.upgrade("heads");

        assertThat(catalog.indexes("user_preferences")).containsEntry("idx_user_preferences_user_id", List.of("user_id"));
        assertThat(catalog.indexes("trading_bots"))
                .containsEntry("idx_trading_bots_user_id", List.of("user_id"))
                .containsEntry("ix_trading_bots_active_created_at", List.of("created_at"));
        assertThat(catalog.indexes("trades"))
                .containsEntry("idx_trades_user_created", List.of("user_id", "created_at"))
                .containsEntry("idx_trades_created_at", List.of("created_at"))
                .containsEntry("idx_trades_bot_id", List.of("bot_id"));
        assertThat(catalog.indexes("users")).containsEntry("ix_users_created_at", List.of("created_at"));
        assertThat(catalog.indexes("notes")).containsEntry("idx_notes_user_id", List.of("user_id"));
    }

    @Test
    void deletingAUserDeletesItsRowsAndKeepsItsTradesHistoryWithoutTheBot() {
        migrations.upgrade("heads");

        assertThat(catalog.deleteRule("user_preferences", "user_id")).isEqualTo(DatabaseMetaData.importedKeyCascade);
        assertThat(catalog.deleteRule("trading_bots", "user_id")).isEqualTo(DatabaseMetaData.importedKeyCascade);
        assertThat(catalog.deleteRule("trades", "user_id")).isEqualTo(DatabaseMetaData.importedKeyCascade);
        assertThat(catalog.deleteRule("trades", "bot_id")).isEqualTo(DatabaseMetaData.importedKeySetNull);
        assertThat(catalog.deleteRule("notes", "user_id")).isEqualTo(DatabaseMetaData.importedKeyCascade);

        catalog.execute("INSERT INTO users (email_address) VALUES ('ada@example.com')",
                "INSERT INTO user_preferences (user_id) SELECT id FROM users",
                "INSERT INTO trading_bots (user_id, name, strategy) SELECT id, 'grid-1', 'grid' FROM users",
                "INSERT INTO trades (user_id, bot_id, symbol, side, quantity, price)"
                        + " SELECT user_id, id, 'BTC-USD', 'BUY', 0.5, 64000 FROM trading_bots",
                "DELETE FROM trading_bots");
        assertThat(catalog.queryValue("SELECT COUNT(*) FROM trades WHERE bot_id IS NULL")).hasToString("1");

        catalog.execute("DELETE FROM users");
        assertThat(catalog.queryValue("SELECT COUNT(*) FROM user_preferences")).hasToString("0");
        assertThat(catalog.queryValue("SELECT COUNT(*) FROM trades")).hasToString("0");
    }

    @Test
    void tradesRefuseNonPositiveQuantitiesAndPrices() {
        migrations.upgrade("heads");
        catalog.execute("INSERT INTO users (email_address) VALUES ('ada@example.com')");
        String trade = "INSERT INTO trades (user_id, symbol, side, quantity, price) SELECT id, 'BTC-USD', 'BUY', %s, %s FROM users";

        catalog.execute(trade.formatted("0.5", "64000"));
        assertThatThrownBy(() -> catalog.execute(trade.formatted("0", "64000"))).hasRootCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> catalog.execute(trade.formatted("0.5", "-1"))).hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void addingEmailVerifiedFillsExistingUsersWithFalse() {
        migrations.upgrade(revisionOf(AddUserPreferencesTable.class));
        catalog.execute("INSERT INTO users (email) VALUES ('ada@example.com')");

        migrations.upgrade("heads");

        assertThat(catalog.queryValue("SELECT email_verified FROM users")).isEqualTo(false);
    }

    @Test
    void backfillFillsFullNameOfEveryUserInsertedBeforeIt() throws SQLException {
        migrations.upgrade(revisionOf(AddEmailVerifiedToUsers.class));
        // More rows than one batch (1,000), so the backfill pages through several.
        insertUsers(database().dataSource(), 2_500);
        catalog.execute("INSERT INTO users (email, first_name) VALUES ('grace@example.com', 'Grace')",
                "INSERT INTO users (email) VALUES ('anonymous@example.com')");

        migrations.upgrade("heads");

        assertThat(catalog.queryValue("SELECT COUNT(*) FROM users WHERE full_name IS NULL")).hasToString("0");
        assertThat(catalog.queryValue("SELECT full_name FROM users WHERE email_address = ?", "user1@example.com"))
                .isEqualTo("First1 Last1");
        assertThat(catalog.queryValue("SELECT full_name FROM users WHERE email_address = ?", "user2500@example.com"))
                .isEqualTo("First2500 Last2500");
        assertThat(catalog.queryValue("SELECT full_name FROM users WHERE email_address = ?", "grace@example.com"))
                .isEqualTo("Grace");
        assertThat(catalog.queryValue("SELECT full_name FROM users WHERE email_address = ?", "anonymous@example.com"))
                .isEqualTo("");
    }

    @Test
    void renameKeepsEmailsAndTheirUniqueness() {
        migrations.upgrade(revisionOf(CreateUsersTable.class));
        catalog.execute("INSERT INTO users (email) VALUES ('ada@example.com')");

        migrations.upgrade(revisionOf(RenameUsersEmailToEmailAddress.class));

        assertThat(catalog.queryValue("SELECT email_address FROM users")).isEqualTo("ada@example.com");
        assertThatThrownBy(() -> catalog.execute("INSERT INTO users (email_address) VALUES ('ada@example.com')"))
                .hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void typeChangeConvertsTextLimitsToIntegersAndBlanksToNull() {
        migrations.upgrade(revisionOf(RenameUsersEmailToEmailAddress.class));
        catalog.execute("INSERT INTO users (email_address) VALUES ('ada@example.com')",
                "INSERT INTO user_preferences (user_id, theme, daily_trade_limit) SELECT id, 'dark', ' 25 ' FROM users",
                "INSERT INTO user_preferences (user_id, theme, daily_trade_limit) SELECT id, 'light', '' FROM users");

        migrations.upgrade("heads");

        assertThat(catalog.columnType("user_preferences", "daily_trade_limit")).isEqualTo(java.sql.Types.INTEGER);
        assertThat(catalog.queryValue("SELECT daily_trade_limit FROM user_preferences WHERE theme = 'dark'")).isEqualTo(25);
        assertThat(catalog.queryValue("SELECT daily_trade_limit FROM user_preferences WHERE theme = 'light'")).isNull();
    }

    @Test
    void statusIsAnEnumDefaultingToPendingThatRefusesOtherValues() {
        migrations.upgrade(revisionOf(AddUserStatusEnum.class));
        catalog.execute("INSERT INTO users (email_address) VALUES ('ada@example.com')");

        assertThat(enumTypes()).contains(statusEnum());
        assertThat(catalog.queryValue("SELECT CAST(status AS VARCHAR(20)) FROM users")).isEqualTo("PENDING");
        assertThatThrownBy(() -> catalog.execute("UPDATE users SET status = 'DELETED'"))
                .hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void theTwoLabelledBranchesCanBeUpgradedOneAtATimeAndMergeIntoOneHead() {
        assertThat(migrations.heads()).extracting(RevisionStatus::revision).containsExactly(revisionOf(MergeHeads.class));
        assertThat(migrations.branches()).singleElement()
                .satisfies(branchPoint -> assertThat(branchPoint.revision()).isEqualTo(revisionOf(AddUserStatusEnum.class)));

        // A label alone names the revision carrying it; reporting@head would be the merge, which continues it.
        migrations.upgrade("reporting");

        assertThat(migrations.current()).extracting(RevisionStatus::revision)
                .containsExactly(revisionOf(AddUsersCreatedAtIndex.class));
        assertThat(catalog.indexes("users")).containsKey("ix_users_created_at");
        assertThat(catalog.tables()).doesNotContain("notes");

        migrations.upgrade("heads");

        assertThat(catalog.tables()).contains("notes");
        assertThat(migrations.current()).extracting(RevisionStatus::revision).containsExactly(revisionOf(MergeHeads.class));
    }

    @Test
    void downgradeToBaseLeavesNoApplicationTablesAndUpgradingAgainSucceeds() {
        migrations.upgrade("heads");
        catalog.execute("INSERT INTO users (email_address, first_name, last_name) VALUES ('ada@example.com', 'Ada', 'Lovelace')");

        migrations.downgrade("base");

        assertThat(catalog.tables()).doesNotContainAnyElementsOf(STORY_TABLES)
                .allSatisfy(table -> assertThat(table).startsWith("migrations_version"));
        assertThat(enumTypes()).isEmpty();
        assertThat(migrations.current()).isEmpty();

        migrations.upgrade("heads");

        assertThat(catalog.tables()).containsAll(STORY_TABLES);
        assertThat(enumTypes()).containsExactly(statusEnum());
        assertThat(migrations.status().upToDate()).isTrue();
    }

    private static void insertUsers(DataSource dataSource, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO users (email, first_name, last_name) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, "user" + i + "@example.com");
                insert.setString(2, "First" + i);
                insert.setString(3, "Last" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
