package dev.migrations.command;

import dev.migrations.Migrations;
import dev.migrations.fixtures.Story;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An in-memory database starts empty in every run, so {@code check} upgrades it before it compares. */
class InMemoryCheckTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Test
    void checkUpgradesAnEmptyInMemoryDatabaseFirstAndSaysSo() {
        MigrationCommands commands = new MigrationCommands(
                Migrations.builder(db.dataSource()).migrations(Story.all()).build(), ZoneOffset.UTC);

        CheckReport report = commands.check(FurtherChecks::none);

        assertThat(report.inMemoryUpgrade()).hasValueSatisfying(run ->
                assertThat(run.headsAfter()).containsExactly("e5e5e5e5"));
        assertThat(report.passed()).isTrue();
        assertThat(new TextPresenter(commands.graph(), ZoneOffset.UTC).check(report)).containsExactly(
                "The in-memory database starts empty: upgraded it to e5e5e5e5 (head) to compare with.",
                "OK: the database is at the code's heads (e5e5e5e5 (head)) and nothing drifted.",
                "Compared: 6 revisions with the version table, each applied one's checksum from its code.");
        assertThat(commands.upgradeEmptyInMemoryDatabase()).as("not empty any more").isEmpty();
    }
}
