package dev.migrations.autoconfigure.command;

import dev.migrations.RevisionState;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of command mode, run through SpringApplication with "migrations ..." arguments, on PostgreSQL,
 * against a service whose history branches and merges: a1 -> (b2 [profile] | b21) -> c3 (merge) -> d4.
 */
class CommandModeTest {

    private static final String APPLIED = "\\[APPLIED \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} by \\S+ \\d+ ms]";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final CommandMode migrations = CommandMode.of(StoryTestApplication.class, db);

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void startsNeitherTheWebServerNorTheStartUpUpgrade() {
        try (Run run = migrations.start("current")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.context()).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(run.out()).isEqualTo("base (no revision is applied)\n");
        }
        assertThat(tables()).doesNotContain("migrations_version", "accounts");
    }

    @Test
    void upgradeRunsEveryPendingRevisionAndPrintsOneLinePerRevision() {
        Run run = migrations.run("upgrade");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).matches("Running upgrade <base> -> a1000000, create accounts \\(\\d+ ms\\)");
        assertThat(lines.subList(1, 3)).anyMatch(l -> l.matches(
                "Running upgrade a1000000 -> b2000000, add nickname \\(\\d+ ms\\)"));
        assertThat(lines.get(3)).matches(
                "Running upgrade b2000000, b2100000 -> c3000000, merge profile and tags \\(\\d+ ms\\)");
        assertThat(lines.get(4)).matches("Running upgrade c3000000 -> d4000000, index account email \\(\\d+ ms\\)");
        assertThat(lines.get(5)).isEqualTo("Now at: d4000000 (head)");
        assertThat(tables()).contains("accounts", "tags");
    }

    @Test
    void upgradeToATargetAndThenNothingLeftToDo() {
        assertThat(migrations.run("upgrade", "b2000000").outLines())
                .last().isEqualTo("Now at: b2000000");

        Run again = migrations.run("upgrade", "b2000000");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("Nothing to upgrade: the database is at b2000000.\n");
    }

    @Test
    void downgradeByRelativeStepsPrintsEachRevisionReverted() {
        migrations.run("upgrade");

        Run run = migrations.run("downgrade", "-1");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0))
                .matches("Running downgrade d4000000 -> c3000000, index account email \\(\\d+ ms\\)");
        assertThat(run.outLines().get(1)).isEqualTo("Now at: c3000000 (mergepoint)");
    }

    @Test
    void downgradeToBaseRemovesEverything() {
        migrations.run("upgrade");

        Run run = migrations.run("downgrade", "base");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(6).last().isEqualTo("Now at: base");
        assertThat(tables()).doesNotContain("accounts", "tags");
    }

    @Test
    void currentShowsTheRevisionTheDatabaseIsAt() {
        migrations.run("upgrade");

        assertThat(migrations.run("current").out()).isEqualTo("d4000000 (head)\n");
    }

    @Test
    void currentAlsoShowsARevisionTheCodeLacks() {
        migrations.run("upgrade");
        insertUnknownRevision("e5000000", "d4000000");

        Run run = migrations.run("current");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).isEqualTo("d4000000 (head)");
        assertThat(run.outLines().get(1)).matches("e5000000  \\[UNKNOWN_IN_CODE applied \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} "
                + "by release-2@elsewhere: in the database, not in the code]");
    }

    @Test
    void historyListsEveryRevisionNewestFirstWithItsStateAndWhoAppliedIt() {
        migrations.run("upgrade", "b2000000");

        Run run = migrations.run("history");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("c3000000 -> d4000000 (head), index account email  [PENDING]");
        assertThat(lines.get(1)).isEqualTo("b2000000, b2100000 -> c3000000 (mergepoint), merge profile and tags  [PENDING]");
        assertThat(lines).contains("a1000000 -> b2100000, create tags  [PENDING]");
        assertThat(lines).anyMatch(l -> l.matches("a1000000 -> b2000000 \\(profile\\), add nickname  " + APPLIED));
        assertThat(lines.get(4)).matches("<base> -> a1000000 \\(branchpoint\\), create accounts  " + APPLIED);
    }

    @Test
    void historyOfARangeAndInDetail() {
        migrations.run("upgrade");

        Run range = migrations.run("history", "-r", "c3000000:head");
        Run verbose = migrations.run("history", "-r", "-1:current", "-v");

        assertThat(range.outLines()).hasSize(2);
        assertThat(range.outLines().get(0)).startsWith("c3000000 -> d4000000 (head)");
        assertThat(verbose.outLines()).contains("Rev: d4000000 (head)", "Parent: c3000000", "    index account email");
        assertThat(verbose.outLines()).anyMatch(l -> l.matches("State: APPLIED .* ms"));
        assertThat(verbose.outLines()).anyMatch(l -> l.matches("Checksum: 2:[0-9a-f]{8}"));
    }

    @Test
    void headsAndBranchesShowTheShapeOfTheGraph() {
        assertThat(migrations.run("heads").out()).isEqualTo("d4000000 (head)\n");
        assertThat(migrations.run("branches").outLines()).containsExactly(
                "a1000000 (branchpoint), create accounts",
                "         -> b2000000 (profile), add nickname",
                "         -> b2100000, create tags");
    }

    @Test
    void showDescribesOneRevisionFoundByPrefixOrLabel() {
        Run byPrefix = migrations.run("show", "a100");
        Run byLabel = migrations.run("show", "profile");

        assertThat(byPrefix.exitCode()).as(byPrefix.toString()).isZero();
        assertThat(byPrefix.outLines()).contains("Rev: a1000000 (branchpoint)", "Parent: <base>",
                "Branches into: b2000000, b2100000", "State: PENDING", "    create accounts",
                "Operations (what the checksum covers):");
        assertThat(byPrefix.out()).containsPattern("\n    create_table\\{columns=\\[column\\{[^\n]*name=\"accounts\"");
        assertThat(byLabel.outLines()).contains("Rev: b2000000 (profile)", "Branch names: profile");
    }

    @Test
    void stampRecordsARevisionWithoutRunningAnything() {
        Run run = migrations.run("stamp", "d4000000");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Stamped the database at: d4000000 (head)\n");
        assertThat(migrations.run("current").out()).isEqualTo("d4000000 (head)\n");
        assertThat(tables()).doesNotContain("accounts");
    }

    @Test
    void stampWithPurgeForgetsRevisionsTheCodeLacks() {
        migrations.run("upgrade");
        insertUnknownRevision("e5000000", "d4000000");

        Run refused = migrations.run("stamp", "d4000000");
        Run purged = migrations.run("stamp", "d4000000", "--purge");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("e5000000").contains("--purge");
        assertThat(purged.exitCode()).as(purged.toString()).isZero();
        assertThat(migrations.run("current").out()).isEqualTo("d4000000 (head)\n");
    }

    @Test
    void repairAcceptsAnAppliedRevisionEditedSince() {
        migrations.run("upgrade");
        // Applied by other code: another checksum and no source fingerprint to vouch for it.
        db.execute("UPDATE migrations_version SET checksum = 'edited0', source_fingerprint = NULL "
                + "WHERE revision = 'a1000000'");
        assertThat(migrations.run("validate").exitCode()).isEqualTo(1);

        Run run = migrations.run("repair", "a1000000");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(0)).startsWith("Repaired a1000000: accepted its edited code; the recorded "
                + "checksum is now ");
        assertThat(migrations.run("validate").exitCode()).isZero();
    }

    @Test
    void repairOfAHealthyRevisionExplainsThatItNeedsNone() {
        migrations.run("upgrade");

        Run run = migrations.run("repair", "a1000000");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("FAILED: Revision a1000000 needs no repair");
    }

    @Test
    void validateFailsWhileAnythingIsPendingAndPassesAtHead() {
        Run pending = migrations.run("validate");

        assertThat(pending.exitCode()).isEqualTo(1);
        assertThat(pending.outLines().get(0)).isEqualTo("Pending (5):");
        assertThat(pending.err()).isEqualTo("FAILED: validate found 5 pending revisions and 0 problems. Run "
                + "`migrations upgrade` to apply what is pending.\n");

        migrations.run("upgrade");
        Run upToDate = migrations.run("validate");

        assertThat(upToDate.exitCode()).as(upToDate.toString()).isZero();
        assertThat(upToDate.out()).isEqualTo("OK: the database is at d4000000 (head); nothing is pending and nothing "
                + "drifted.\n");
    }

    /** A newer release's revision on top of this code's: no problem for validate, which lists it apart. */
    @Test
    void validatePassesOnADatabaseANewerReleaseMigratedAndListsItsRevisions() {
        migrations.run("upgrade");
        insertUnknownRevision("e5000000", "d4000000");

        Run text = migrations.run("validate");
        Run json = migrations.run("validate", "--json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.outLines()).contains("Ahead of this code, applied by a newer release (1):");
        assertThat(text.out()).contains("d4000000 -> e5000000");
        assertThat(json.json().get("upToDate").asBoolean()).isTrue();
        assertThat(json.json().get("aheadOfCode").get(0).get("revision").asString()).isEqualTo("e5000000");
        assertThat(json.json().get("problems")).isEmpty();
        Run check = migrations.run("check");
        assertThat(check.exitCode()).as("the CI gate compares the code with its own database").isEqualTo(1);
        assertThat(check.out()).contains("e5000000", "Deploy the code that has revision e5000000");
    }

    @Test
    void validateNamesDriftAndItsFix() {
        migrations.run("upgrade");
        // Applied by other code: another checksum and no source fingerprint to vouch for it.
        db.execute("UPDATE migrations_version SET checksum = 'edited0', source_fingerprint = NULL "
                + "WHERE revision = 'b2100000'");

        Run run = migrations.run("validate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).contains("Problems (1):",
                "      fix: " + RevisionState.CHECKSUM_MISMATCH.remedy("b2100000"));
        assertThat(run.out()).contains("`migrations show b2100000`", "`migrations repair b2100000`");
        assertThat(run.err()).contains("0 pending revisions and 1 problem.");
    }

    @Test
    void checkFailsWhenTheDatabaseIsNotAtTheHeads() {
        migrations.run("upgrade", "a1000000");

        Run run = migrations.run("check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("pending: The database is at a1000000 (branchpoint), not at the code's heads "
                + "(d4000000): 4 revisions pending. Run `migrations upgrade`.\n");
        assertThat(run.err()).isEqualTo("FAILED: check found 1 difference.\n");
    }

    @Test
    void checkPassesAtTheHeadsWithoutDrift() {
        migrations.run("upgrade");

        Run run = migrations.run("check");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("OK: the database is at the code's heads (d4000000 (head)) and nothing "
                + "drifted.\nCompared: 5 revisions with the version table, each applied one's checksum from its "
                + "code; no entity model (its persistence unit maps no @Entity class).\n");
    }

    @Test
    void checkRunsTheApplicationsChecksOnceTheDatabaseIsAtTheHeads() {
        CommandMode withModelCheck = CommandMode.of(StoryTestApplication.class, db).with("test.model-check", "differs");
        Run notAtHead = withModelCheck.run("check");
        migrations.run("upgrade");

        Run atHead = withModelCheck.run("check");

        assertThat(notAtHead.out()).doesNotContain("model:");
        assertThat(atHead.exitCode()).isEqualTo(1);
        assertThat(atHead.out()).isEqualTo("model: Column accounts.phone is in the entity model, not in the database. "
                + "Run `migrations revision --autogenerate -m \"add phone\"`.\n");
    }

    @Test
    void anUnknownRevisionFailsWithAClearMessage() {
        Run show = migrations.run("show", "zz999999");
        Run upgrade = migrations.run("upgrade", "zz999999");

        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.out()).isEmpty();
        assertThat(show.err()).startsWith("FAILED: Unknown revision 'zz999999'")
                .contains("`migrations history`");
        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.err()).startsWith("FAILED: Unknown revision 'zz999999'");
    }

    @Test
    void upgradeSqlPrintsTheOfflineScriptAndTouchesNothing() {
        Run run = migrations.run("upgrade", "--sql");
        Run range = migrations.run("upgrade", "b2000000:d4000000", "--sql");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("CREATE TABLE", "\"accounts\"", "-- Running upgrade")
                .contains("CREATE INDEX \"ix_accounts_email\"");
        assertThat(range.out()).doesNotContain("CREATE TABLE \"accounts\"").contains("\"tags\"");
        assertThat(tables()).doesNotContain("accounts", "migrations_version");
    }

    @Test
    void downgradeSqlNeedsAStartingPoint() {
        Run refused = migrations.run("downgrade", "-1", "--sql");
        Run script = migrations.run("downgrade", "head:c3000000", "--sql");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Offline downgrade needs a starting point: write from:to");
        assertThat(script.exitCode()).as(script.toString()).isZero();
        assertThat(script.out()).contains("DROP INDEX").contains("-- Running downgrade d4000000 -> c3000000");
    }

    @Test
    void badInputExitsOneWithTheUsage() {
        Run unknownCommand = migrations.run("upgrad");
        Run unknownOption = migrations.run("history", "--sqll");
        Run missingTarget = migrations.run("downgrade");
        Run nothing = migrations.run();

        assertThat(unknownCommand.exitCode()).isEqualTo(1);
        assertThat(unknownCommand.err()).startsWith("error: Unknown command 'upgrad'. Did you mean 'upgrade'?")
                .contains("usage: java -jar app.jar migrations <command> [options]");
        assertThat(unknownOption.exitCode()).isEqualTo(1);
        assertThat(unknownOption.err()).startsWith("error: Unknown option '--sqll' for `history`.")
                .contains("usage: java -jar app.jar migrations history [-r <range>] [-v]");
        assertThat(missingTarget.exitCode()).isEqualTo(1);
        assertThat(missingTarget.err()).startsWith("error: `downgrade` needs a target");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).startsWith("error: No command given.");
        assertThat(List.of(unknownCommand, unknownOption, missingTarget, nothing)).allMatch(r -> r.out().isEmpty());
    }

    @Test
    void helpListsEveryCommand() {
        Run run = migrations.run("help");

        assertThat(run.exitCode()).isZero();
        for (Command command : Command.values()) {
            assertThat(run.out()).contains("  " + command.word() + " ");
        }
        assertThat(migrations.run("help", "stamp").out()).startsWith("usage: java -jar app.jar migrations stamp <target> [--purge]")
                .contains("--purge");
    }

    @Test
    void anUnknownSetIsNamedWithTheSetsThereAre() {
        Run run = migrations.run("heads", "--set", "reporting");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("FAILED: No migration set named 'reporting'; this application has default. "
                + "Name one with --set <name>.\n");
    }

    @Test
    void springBootPropertiesMayBeGivenAmongTheArguments() {
        Run run = CommandMode.of(StoryTestApplication.class, db).with("spring.datasource.url", "jdbc:postgresql://nowhere/x")
                .run("upgrade", "a1000000", "--spring.datasource.url=" + db.jdbcUrl());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).last().isEqualTo("Now at: a1000000 (branchpoint)");
    }

    @Test
    void jsonOutputOfEveryReadingCommandParses() {
        migrations.run("upgrade", "b2000000");

        JsonNode history = migrations.run("history", "--json").json();
        JsonNode current = migrations.run("current", "--json").json();
        JsonNode heads = migrations.run("heads", "--json").json();
        JsonNode branches = migrations.run("branches", "--json").json();
        JsonNode show = migrations.run("show", "a1000000", "--json").json();
        JsonNode validate = migrations.run("validate", "--json").json();
        JsonNode check = migrations.run("check", "--json").json();

        assertThat(history.get("command").asString()).isEqualTo("history");
        assertThat(history.get("set").asString()).isEqualTo("default");
        assertThat(history.get("ok").asBoolean()).isTrue();
        assertThat(history.get("revisions")).hasSize(5);
        JsonNode a1 = history.get("revisions").get(4);
        assertThat(a1.get("revision").asString()).isEqualTo("a1000000");
        assertThat(a1.get("state").asString()).isEqualTo("APPLIED");
        assertThat(a1.get("appliedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(a1.get("executionMillis").isNumber()).isTrue();
        assertThat(current.get("current").get(0).get("revision").asString()).isEqualTo("b2000000");
        assertThat(heads.get("heads").get(0).get("revision").asString()).isEqualTo("d4000000");
        assertThat(branches.get("branchPoints").get(0).get("branches")).hasSize(2);
        assertThat(show.get("revision").get("message").asString()).isEqualTo("create accounts");
        assertThat(show.get("checksummedOperations").get(0).asString()).startsWith("create_table{");
        assertThat(validate.get("ok").asBoolean()).isFalse();
        assertThat(validate.get("pending")).hasSize(3);
        assertThat(check.get("findings").get(0).get("kind").asString()).isEqualTo("pending");
        assertThat(check.get("compared")).singleElement().satisfies(compared -> assertThat(compared.asString())
                .isEqualTo("5 revisions with the version table, each applied one's checksum from its code"));
    }

    @Test
    void jsonOutputOfChangesAndOfFailures() {
        Run upgrade = migrations.run("upgrade", "--json");
        Run stamp = migrations.run("stamp", "c3000000", "--json");
        Run sql = migrations.run("upgrade", "base:a1000000", "--sql", "--json");
        Run failure = migrations.run("show", "zz999999", "--json");

        JsonNode steps = upgrade.json().get("steps");
        assertThat(steps).hasSize(5);
        assertThat(steps.get(0).get("revision").asString()).isEqualTo("a1000000");
        assertThat(steps.get(0).get("direction").asString()).isEqualTo("UPGRADE");
        assertThat(upgrade.json().get("after").get(0).asString()).isEqualTo("d4000000");
        assertThat(stamp.json().get("current").get(0).asString()).isEqualTo("c3000000");
        assertThat(sql.json().get("sql").asString()).contains("CREATE TABLE");
        assertThat(failure.exitCode()).isEqualTo(1);
        assertThat(failure.json().get("ok").asBoolean()).isFalse();
        assertThat(failure.json().get("error").get("type").asString()).isEqualTo("TargetResolutionException");
        assertThat(failure.json().get("error").get("message").asString()).startsWith("Unknown revision 'zz999999'");
        assertThat(failure.err()).startsWith("FAILED: Unknown revision 'zz999999'");
    }

    private void insertUnknownRevision(String revision, String revises) {
        db.execute("INSERT INTO migrations_version (revision, revises, message, checksum, state, applied_at, "
                + "applied_by, execution_ms) VALUES ('" + revision + "', '" + revises + "', 'from a newer release', "
                + "'0123abcd', 'APPLIED', now(), 'release-2@elsewhere', 7)");
    }

    private static List<String> tables() {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
