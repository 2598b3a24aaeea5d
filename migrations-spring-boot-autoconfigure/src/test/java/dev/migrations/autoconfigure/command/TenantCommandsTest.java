package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.actuate.tenantsapp.TenantsTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands on a set with {@value #TENANTS} tenant schemas of a real PostgreSQL: one tenant, or all. */
class TenantCommandsTest {

    private static final int TENANTS = 40;
    private static final String SCHEMAS = String.join(",", IntStream.rangeClosed(1, TENANTS)
            .mapToObj(i -> String.format("shop_%03d", i)).toList());

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    private CommandMode commands() {
        return CommandMode.of(TenantsTestApplication.class, db).with("migrations.tenants.schemas", SCHEMAS)
                .with("migrations.tenants.parallelism", 2);
    }

    @Test
    void upgradeOfAllTenantsRunsThemInParallelAndPrintsProgressAndASummary() {
        CommandMode.Run upgrade = commands().run("upgrade", "--all-tenants");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.outLines()).filteredOn(line -> line.startsWith("tenant ")).hasSize(TENANTS)
                .allMatch(line -> line.contains(": upgraded 2 revisions, now at 7e0a00000002"));
        assertThat(upgrade.outLines().get(upgrade.outLines().size() - 1)).startsWith(TENANTS + " tenants in ")
                .contains("(parallelism 2, fail-fast): " + TENANTS + " upgraded, 0 already at heads, 0 failed");
        assertThat(upgrade.err()).contains(TENANTS + "/" + TENANTS + " tenants").contains("/s, ETA 0 s");

        CommandMode.Run again = commands().run("upgrade", "--all-tenants");
        assertThat(again.out()).contains("0 upgraded, " + TENANTS + " already at heads");
    }

    @Test
    void oneTenantIsNamedWithTenantAndEveryCommandActsOnItAlone() {
        commands().run("upgrade", "--all-tenants");

        CommandMode.Run downgrade = commands().run("downgrade", "-1", "--tenant", "shop_003");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();

        CommandMode.Run current = commands().run("current", "--all-tenants");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        List<String> lines = current.outLines();
        int shop3 = lines.indexOf("tenant shop_003:");
        assertThat(lines.get(shop3 + 1)).contains("7e0a00000001");
        assertThat(lines.get(lines.indexOf("tenant shop_004:") + 1)).contains("7e0a00000002");

        CommandMode.Run history = commands().run("history", "--tenant", "shop_003");
        assertThat(history.out()).contains("7e0a00000001").contains("create accounts");

        CommandMode.Run validate = commands().run("validate", "--all-tenants");
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(1);
        assertThat(validate.err()).contains("tenant shop_003: FAILED")
                .contains("`migrations upgrade --tenant shop_003`").doesNotContain("`migrations upgrade`");
        assertThat(validate.err()).doesNotContain("tenant shop_004:");
        CommandMode.Run validateOne = commands().run("validate", "--tenant", "shop_003");
        assertThat(validateOne.exitCode()).as(validateOne.toString()).isEqualTo(1);
        assertThat(validateOne.err()).contains("`migrations upgrade --tenant shop_003`");
    }

    @Test
    void aSetWithTenantsAsksForATenantAndAnUnknownTenantIsNamed() {
        CommandMode.Run withoutTenant = commands().run("current");
        assertThat(withoutTenant.exitCode()).isEqualTo(1);
        assertThat(withoutTenant.err()).contains("Migration set 'default' has tenants")
                .contains("--tenant <name>").contains("--all-tenants");

        CommandMode.Run codeOnly = commands().run("heads", "--all-tenants");
        assertThat(codeOnly.exitCode()).isEqualTo(1);
        assertThat(codeOnly.err()).contains("--all-tenants applies to upgrade").contains("heads acts on the code alone");

        CommandMode.Run unknown = commands().run("current", "--tenant", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no tenant nobody: the tenants are shop_001, shop_002");
    }

    @Test
    void upgradeWithBackupOfAllTenantsBacksUpTheirDatabaseOnceWhenSomethingIsPending(@TempDir Path backups)
            throws IOException {
        CommandMode.Run upgrade = commands().with("migrations.backup.directory", backups.toString())
                .run("upgrade", "--backup", "--all-tenants");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).contains(TENANTS + " tenants in").contains(TENANTS + " upgraded");
        assertThat(dumps(backups)).hasSize(1);

        CommandMode.Run again = commands().with("migrations.backup.directory", backups.toString())
                .run("upgrade", "--backup", "--all-tenants");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(dumps(backups)).as("nothing pending: no backup").hasSize(1);

        CommandMode.Run backup = commands().run("backup", "--all-tenants");
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("upgrade --backup --all-tenants");
    }

    private static List<Path> dumps(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".dump")).toList();
        }
    }

    @Test
    void allTenantsAsJsonHasAnEntryPerTenant() {
        CommandMode.Run upgrade = commands().run("upgrade", "--all-tenants", "--json");

        JsonNode json = upgrade.json();
        assertThat(json.get("ok").asBoolean()).as(upgrade.toString()).isTrue();
        assertThat(json.get("tenants").size()).isEqualTo(TENANTS);
        assertThat(json.get("tenants").get(0).get("tenant").asString()).isEqualTo("shop_001");
        assertThat(json.get("tenants").get(0).get("revisions").asInt()).isEqualTo(2);
    }

    @Test
    void aFailingTenantFailsTheCommandNamingItsRevision() {
        db.execute("CREATE SCHEMA shop_010", "CREATE TABLE shop_010.accounts (id INT)");

        CommandMode.Run upgrade = commands().with("migrations.tenants.failure-policy", "continue")
                .run("upgrade", "--all-tenants");

        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.out()).contains((TENANTS - 1) + " upgraded").contains("1 failed, 0 not started");
        assertThat(upgrade.err()).contains("1 of " + TENANTS + " tenants failed").contains("tenant shop_010: ")
                .contains("7e0a00000001");
    }
}
