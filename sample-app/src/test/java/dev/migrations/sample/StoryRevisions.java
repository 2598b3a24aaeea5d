package dev.migrations.sample;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.sample.migrations.AddEmailVerifiedToUsers;
import dev.migrations.sample.migrations.AddNotesTable;
import dev.migrations.sample.migrations.AddPartialIndexOnActiveTradingBots;
import dev.migrations.sample.migrations.AddTradingBotsAndTradesTables;
import dev.migrations.sample.migrations.AddUserPreferencesTable;
import dev.migrations.sample.migrations.AddUserStatusEnum;
import dev.migrations.sample.migrations.AddUsersCreatedAtIndex;
import dev.migrations.sample.migrations.BackfillUsersFullName;
import dev.migrations.sample.migrations.ChangeDailyTradeLimitToInteger;
import dev.migrations.sample.migrations.CreateUsersTable;
import dev.migrations.sample.migrations.MergeHeads;
import dev.migrations.sample.migrations.RenameUsersEmailToEmailAddress;

import java.util.List;

/** The sample's migrations, as the auto-configuration would find them, for tests that run the core directly. */
final class StoryRevisions {

    private StoryRevisions() {
    }

    static List<MigrationScript> all() {
        return List.of(new CreateUsersTable(), new AddUserPreferencesTable(), new AddEmailVerifiedToUsers(),
                new BackfillUsersFullName(), new RenameUsersEmailToEmailAddress(), new ChangeDailyTradeLimitToInteger(),
                new AddTradingBotsAndTradesTables(), new AddPartialIndexOnActiveTradingBots(), new AddUserStatusEnum(),
                new AddNotesTable(), new AddUsersCreatedAtIndex(), new MergeHeads());
    }

    /** The revision id of a migration class, read from its annotation so the tests never repeat it. */
    static String revisionOf(Class<? extends MigrationScript> migration) {
        return migration.getAnnotation(Migration.class).revision();
    }
}
