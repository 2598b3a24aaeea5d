package dev.migrations.sample.command;

import dev.migrations.sample.command.SampleJar.Result;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar sample-app.jar migrations <command>}, as an operator or a Kubernetes Job runs it, against a
 * fresh PostgreSQL database. The sample's history: twelve revisions, a branch at 87dd3865b1b2 into notes and
 * reporting, merged by e7f6ada0098e.
 */
class CommandModeJarIT {

    private static final String HEAD = "e7f6ada0098e";
    private static final String BRANCH_POINT = "87dd3865b1b2";
    private static final String APPLIED = "\\[APPLIED \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} by \\S+ \\d+ ms]";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final SampleJar sample = SampleJar.on(db);

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void upgradeMigratesEverythingPrintsOneLinePerRevisionAndExitsWithoutServing() {
        Result upgrade = sample.run("upgrade");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        List<String> lines = upgrade.outLines();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).matches("Running upgrade <base> -> 1c1c0a18f115, create users table \\(\\d+ ms\\)");
        assertThat(lines.subList(0, 12)).allMatch(line -> line.matches("Running upgrade .* \\(\\d+ ms\\)"));
        assertThat(lines.get(11)).startsWith("Running upgrade 8954db9ec6a3, 2839fc312f95 -> " + HEAD + ", merge heads");
        assertThat(lines.get(12)).isEqualTo("Now at: " + HEAD + " (head) (mergepoint)");
        assertThat(upgrade.out() + upgrade.err()).doesNotContain("Tomcat", "Started SampleApplication");
        assertThat(tables()).contains("users", "trades", "notes");

        Result current = sample.run("current");
        assertThat(current.exitCode()).isZero();
        assertThat(current.out()).isEqualTo(HEAD + " (head) (mergepoint)\n");
    }

    @Test
    void historyHeadsBranchesAndShowDescribeTheRevisionsAndTheirState() {
        sample.run("upgrade", BRANCH_POINT);

        Result history = sample.run("history");
        Result heads = sample.run("heads");
        Result branches = sample.run("branches");
        Result show = sample.run("show", "notes");

        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.outLines()).hasSize(12);
        assertThat(history.outLines().get(0)).isEqualTo("8954db9ec6a3, 2839fc312f95 -> " + HEAD
                + " (head) (mergepoint), merge heads  [PENDING]");
        assertThat(history.outLines().get(3)).matches("347ecaa3051a -> " + BRANCH_POINT
                + " \\(branchpoint\\), add status enum to users  " + APPLIED);
        assertThat(history.outLines().get(11)).matches("<base> -> 1c1c0a18f115, create users table  " + APPLIED);
        assertThat(heads.out()).isEqualTo(HEAD + " (head) (mergepoint)\n");
        assertThat(branches.outLines()).hasSize(3).first()
                .isEqualTo(BRANCH_POINT + " (branchpoint), add status enum to users");
        assertThat(branches.outLines().subList(1, 3)).containsExactlyInAnyOrder(
                "             -> 8954db9ec6a3 (notes), add notes table",
                "             -> 2839fc312f95 (reporting), add index on users created_at");
        assertThat(show.exitCode()).isZero();
        assertThat(show.outLines()).contains("Rev: 8954db9ec6a3 (notes)", "Parent: " + BRANCH_POINT,
                "Branch names: notes", "State: PENDING", "    add notes table");
    }

    @Test
    void downgradeByOneRevertsTheMergeAndLeavesBothBranches() {
        sample.run("upgrade");

        Result downgrade = sample.run("downgrade", "-1");

        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        assertThat(downgrade.outLines()).hasSize(2);
        assertThat(downgrade.outLines().get(0)).matches("Running downgrade " + HEAD
                + " -> 8954db9ec6a3, 2839fc312f95, merge heads \\(\\d+ ms\\)");
        assertThat(downgrade.outLines().get(1)).isIn("Now at: 8954db9ec6a3, 2839fc312f95",
                "Now at: 2839fc312f95, 8954db9ec6a3");
    }

    @Test
    void upgradeSqlPrintsOnlyTheScriptAndTouchesNoDatabase() {
        Result sql = sample.run("upgrade", "head", "--sql");
        Result downgradeWithoutStart = sample.run("downgrade", "-1", "--sql");

        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.outLines().get(0)).startsWith("-- Upgrade base -> head for");
        assertThat(sql.out()).contains("CREATE TABLE \"users\"", "-- Running upgrade 8954db9ec6a3, 2839fc312f95 -> "
                + HEAD);
        assertThat(sql.outLines()).noneMatch(line -> line.matches("\\d{4}-\\d{2}-\\d{2}T.*(INFO|WARN).*"));
        assertThat(tables()).isEmpty();
        assertThat(downgradeWithoutStart.exitCode()).isEqualTo(1);
        assertThat(downgradeWithoutStart.err()).contains("Offline downgrade needs a starting point");
    }

    @Test
    void stampValidateAndCheckReportWhatIsPending() {
        Result stamp = sample.run("stamp", BRANCH_POINT);
        Result validate = sample.run("validate");
        Result check = sample.run("check");

        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(stamp.out()).isEqualTo("Stamped the database at: " + BRANCH_POINT + " (branchpoint)\n");
        assertThat(tables()).containsOnly("migrations_version", "migrations_version_audit");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.outLines().get(0)).isEqualTo("Pending (3):");
        assertThat(validate.err()).isEqualTo("FAILED: validate found 3 pending revisions and 0 problems. Run "
                + "`migrations upgrade` to apply what is pending.\n");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("pending: The database is at " + BRANCH_POINT + " (branchpoint), not at the "
                + "code's heads (" + HEAD + "): 3 revisions pending.");
    }

    @Test
    void validateAndCheckPassAtHeadAndRepairAcceptsAnEditedRevision() {
        sample.run("upgrade");
        // Applied by other code: another checksum and no source fingerprint to vouch for it.
        db.execute("UPDATE migrations_version SET checksum = 'edited0', source_fingerprint = NULL "
                + "WHERE revision = '1c1c0a18f115'");

        Result drifted = sample.run("validate");
        Result repair = sample.run("repair", "1c1c0a18f115");
        Result validate = sample.run("validate");
        Result check = sample.run("check");

        assertThat(drifted.exitCode()).isEqualTo(1);
        assertThat(drifted.outLines()).contains("Problems (1):");
        assertThat(drifted.out()).contains("CHECKSUM_MISMATCH", "`migrations repair 1c1c0a18f115`");
        assertThat(repair.exitCode()).as(repair.toString()).isZero();
        assertThat(repair.outLines().get(0)).startsWith("Repaired 1c1c0a18f115: accepted its edited code");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).isEqualTo("OK: the database is at " + HEAD + " (head) (mergepoint); nothing is "
                + "pending and nothing drifted.\n");
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).as("a passing check says what it compared").contains("Compared: 12 revisions "
                + "with the version table, each applied one's checksum from its code; the entity model (5 tables, "
                + "32 columns) with the database.");
    }

    /** An application that logs Spring at INFO still prints only the command's output; -v brings its logs back. */
    @Test
    void commandModePrintsOnlyItsOutputWhateverTheApplicationLogsAndVerboseBringsTheLogsBack() {
        SampleJar chatty = SampleJar.on(db).withEnvironment("LOGGING_LEVEL_ORG_SPRINGFRAMEWORK", "INFO")
                .withEnvironment("LOGGING_LEVEL_COM_ZAXXER_HIKARI", "INFO");

        Result quiet = chatty.run("current");
        Result verbose = chatty.run("current", "-v");

        assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
        assertThat(quiet.out()).isEqualTo("base (no revision is applied)\n");
        assertThat(verbose.exitCode()).as(verbose.toString()).isZero();
        assertThat(verbose.out()).contains("HikariPool-1 - Start completed", "base (no revision is applied)");
        // The lean start: no JPA for a command that needs no entity model.
        assertThat(verbose.out()).doesNotContain("EntityManagerFactory");
    }

    @Test
    void badInputExitsOneWithAClearMessage() {
        Result unknownRevision = sample.run("upgrade", "dead00beef00");
        Result unknownCommand = sample.run("upgrayedd");

        assertThat(unknownRevision.exitCode()).isEqualTo(1);
        assertThat(unknownRevision.out()).isEmpty();
        assertThat(unknownRevision.err()).contains("FAILED: Unknown revision 'dead00beef00'")
                .contains("`migrations history`");
        assertThat(tables()).doesNotContain("users");
        assertThat(unknownCommand.exitCode()).isEqualTo(1);
        assertThat(unknownCommand.err()).startsWith("error: Unknown command 'upgrayedd'. Did you mean 'upgrade'?")
                .contains("usage: java -jar app.jar migrations <command> [options]");
    }

    @Test
    void jsonOutputIsTheOnlyThingOnStandardOutput() {
        Result upgrade = sample.run("upgrade", "--json");
        Result history = sample.run("history", "--json");

        JsonMapper json = JsonMapper.builder().build();
        JsonNode upgraded = json.readTree(upgrade.out());
        assertThat(upgraded.get("ok").asBoolean()).isTrue();
        assertThat(upgraded.get("steps")).hasSize(12);
        assertThat(upgraded.get("after").get(0).asString()).isEqualTo(HEAD);
        JsonNode revisions = json.readTree(history.out()).get("revisions");
        assertThat(revisions).hasSize(12);
        assertThat(revisions.get(0).get("state").asString()).isEqualTo("APPLIED");
        assertThat(revisions.get(0).get("appliedBy").asString()).isNotBlank();
    }

    @Test
    void theDataSourceMayComeFromEnvironmentVariables() {
        Result current = SampleJar.on(db).withDataSourceFromEnvironment().run("current");

        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo("base (no revision is applied)\n");
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
