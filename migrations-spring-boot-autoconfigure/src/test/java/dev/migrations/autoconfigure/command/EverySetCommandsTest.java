package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.twosetsapp.TwoSetsApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check}, {@code upgrade}, {@code current} and {@code validate} in an application with two migration sets on
 * two PostgreSQL databases: without {@code --set} the check is the gate for both, the upgrade brings both to their
 * heads, as the application migrates both on start-up, and the status commands show both.
 */
class EverySetCommandsTest {

    @RegisterExtension
    static TestDatabase orders = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase audit = TestDatabase.postgres();

    @BeforeEach
    void bothSetsAtTheirHeads() {
        orders.reset();
        audit.reset();
        assertThat(commands().run("upgrade").exitCode()).isZero();
        assertThat(commands().run("upgrade", "--set", "audit").exitCode()).isZero();
    }

    private CommandMode commands() {
        return CommandMode.of(TwoSetsApplication.class, orders)
                .with("migrations.sets.audit.packages", "dev.migrations.autoconfigure.twosetsapp.audit")
                .with("migrations.sets.audit.data-source", "auditDataSource")
                .with("migrations.sets.audit.table", "audit_version")
                .with("app.orders.url", orders.jdbcUrl()).with("app.orders.username", orders.user())
                .with("app.orders.password", orders.password())
                .with("app.audit.url", audit.jdbcUrl()).with("app.audit.username", audit.user())
                .with("app.audit.password", audit.password());
    }

    @Test
    void checkWithoutASetChecksEverySetAndFailsWhenOneIsBehind() {
        CommandMode.Run passing = commands().run("check");
        assertThat(passing.exitCode()).as(passing.toString()).isZero();
        assertThat(passing.outLines()).contains("set default:", "set audit:")
                .anyMatch(line -> line.startsWith("  OK: the database is at the code's heads (ord1 (head))"))
                .anyMatch(line -> line.startsWith("  OK: the database is at the code's heads (aev2 (head))"))
                .anyMatch(line -> line.endsWith("; no entity model (its persistence unit maps no @Entity class)."))
                .anyMatch(line -> line.endsWith("; no entity model (no EntityManagerFactory uses its database)."));

        assertThat(commands().run("downgrade", "-1", "--set", "audit").exitCode()).isZero();
        CommandMode.Run behind = commands().run("check");

        assertThat(behind.exitCode()).as(behind.toString()).isEqualTo(1);
        assertThat(behind.out()).contains("set default:\n  OK: the database is at the code's heads (ord1 (head))")
                .contains("set audit:\n  pending: ").contains("1 revision pending. Run `migrations upgrade --set audit`.");
        assertThat(behind.err()).isEqualTo("set audit: FAILED: check found 1 difference.\n");
    }

    @Test
    void checkOfOneNamedSetChecksThatSetAlone() {
        assertThat(commands().run("downgrade", "-1", "--set", "audit").exitCode()).isZero();

        CommandMode.Run defaultOnly = commands().run("check", "--set", "default");
        assertThat(defaultOnly.exitCode()).as(defaultOnly.toString()).isZero();
        assertThat(defaultOnly.out()).doesNotContain("set audit").contains("ord1 (head)");

        CommandMode.Run auditOnly = commands().run("check", "--set", "audit");
        assertThat(auditOnly.exitCode()).isEqualTo(1);
        assertThat(auditOnly.out()).startsWith("pending: ").contains("Run `migrations upgrade --set audit`.");
        assertThat(auditOnly.err()).isEqualTo("FAILED: check found 1 difference.\n");
    }

    @Test
    void theJsonOfACheckOfEverySetListsEachWithItsVerdict() {
        assertThat(commands().run("downgrade", "-1", "--set", "audit").exitCode()).isZero();

        JsonNode json = commands().run("check", "--json").json();

        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.has("set")).isFalse();
        assertThat(json.get("sets")).hasSize(2);
        assertThat(json.get("sets").get(0).get("set").asString()).isEqualTo("default");
        assertThat(json.get("sets").get(0).get("ok").asBoolean()).isTrue();
        assertThat(json.get("sets").get(1).get("set").asString()).isEqualTo("audit");
        assertThat(json.get("sets").get(1).get("ok").asBoolean()).isFalse();
    }

    @Test
    void upgradeToNoNamedRevisionUpgradesEverySetAsTheStartDoes() {
        assertThat(commands().run("downgrade", "base", "--set", "audit").exitCode()).isZero();
        assertThat(commands().run("downgrade", "base").exitCode()).isZero();

        CommandMode.Run upgrade = commands().run("upgrade");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).contains("set default:\n  Running upgrade <base> -> ord1, create orders")
                .contains("set audit:\n  Running upgrade <base> -> aev1, create audit events")
                .contains("Running upgrade aev1 -> aev2, add audit events actor");
        assertThat(commands().run("check").exitCode()).isZero();
    }

    @Test
    void anUpgradeToANamedRevisionOrAsScriptIsTheDefaultSetsAlone() {
        assertThat(commands().run("downgrade", "-1", "--set", "audit").exitCode()).isZero();

        CommandMode.Run named = commands().run("upgrade", "heads");
        CommandMode.Run script = commands().run("upgrade", "--sql");

        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(named.out()).doesNotContain("set ").doesNotContain("aev2");
        assertThat(script.out()).doesNotContain("aev2");
        assertThat(commands().run("current", "--set", "audit").outLines()).containsExactly("aev1");
    }

    @Test
    void currentAndValidateWithoutASetShowEverySet() {
        assertThat(commands().run("downgrade", "-1", "--set", "audit").exitCode()).isZero();

        CommandMode.Run current = commands().run("current");
        CommandMode.Run validate = commands().run("validate");

        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.outLines()).containsExactly("set default:", "  ord1 (head)", "set audit:", "  aev1");
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(1);
        assertThat(validate.out()).contains("set audit:\n");
        assertThat(validate.err()).startsWith("set audit: FAILED: validate found 1 pending revision")
                .contains("`migrations upgrade --set audit`");
    }
}
