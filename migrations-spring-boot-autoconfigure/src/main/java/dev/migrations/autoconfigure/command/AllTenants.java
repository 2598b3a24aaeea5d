package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.command.MigrationsCommands.Result;
import dev.migrations.error.UsageException;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.tenant.TenantOutcome;
import dev.migrations.tenant.TenantProgress;
import dev.migrations.tenant.TenantRun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A command with {@code --all-tenants}: upgrade and downgrade run the tenants in parallel under the set's failure
 * policy, printing progress (tenants done / total, rate, ETA) while they run; any other command runs on each tenant
 * in turn, its output under the tenant's name.
 */
final class AllTenants {

    /** The commands that read or write a database, and so need a tenant in a set with tenants. */
    static final Set<Command> ON_A_DATABASE = EnumSet.of(Command.UPGRADE, Command.DOWNGRADE, Command.CURRENT,
            Command.HISTORY, Command.STAMP, Command.REPAIR, Command.VALIDATE, Command.CHECK,
            Command.BACKUP_DATABASE);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final CommandLine line;
    private final MigrationSet set;
    private final Result result;
    private final Consumer<String> progress;

    AllTenants(CommandLine line, MigrationSet set, Result result, Consumer<String> progress) {
        this.line = line;
        this.set = set;
        this.result = result;
        this.progress = progress;
    }

    void run(EachInTurn.OnTarget command) {
        TenantMigrations tenants = set.tenants();
        if (tenants == null) {
            throw new UsageException("Migration set '" + set.name() + "' has no tenants, so --all-tenants names "
                    + "nothing: declare them with migrations.tenants.schemas or a MigrationTenants bean, or leave out "
                    + "--all-tenants.");
        }
        if (line.has(CommandOption.TENANT)) {
            throw new UsageException("--tenant and --all-tenants do not go together: name one tenant, or all.");
        }
        if (!ON_A_DATABASE.contains(line.command()) || line.command() == Command.BACKUP_DATABASE) {
            throw new UsageException("--all-tenants applies to upgrade (with --backup too), downgrade, current, "
                    + "history, stamp, repair, validate and check; " + line.command().word() + " acts on "
                    + (line.command() == Command.BACKUP_DATABASE ? "a whole database: back up with `migrations "
                    + "upgrade --backup --all-tenants`, which backs up what is about to change, or with your "
                    + "database's own tools" : "the code alone, or compares with one tenant (--tenant <name>)") + ".");
        }
        boolean migrates = line.command() == Command.UPGRADE || line.command() == Command.DOWNGRADE;
        if (migrates && !line.has(CommandOption.SQL)) {
            migrateInParallel(tenants);
        } else {
            eachInTurn(tenants, command);
        }
    }

    private void migrateInParallel(TenantMigrations tenants) {
        boolean upgrade = line.command() == Command.UPGRADE;
        String target = line.argument(0, upgrade ? "heads" : null);
        if (target == null) {
            throw new UsageException("downgrade --all-tenants needs a target, such as -1 or base: it is applied to "
                    + "every tenant.");
        }
        TenantProgress.Listener listener = TenantProgress.Listener.every(PROGRESS_INTERVAL, progress);
        TenantRun run = !upgrade ? tenants.downgrade(target, listener)
                : line.has(CommandOption.BACKUP) ? tenants.upgradeAfterBackup(target, listener)
                : tenants.upgrade(target, listener);
        String verb = upgrade ? "upgraded" : "downgraded";
        List<Map<String, Object>> json = new ArrayList<>();
        for (TenantOutcome outcome : run.outcomes()) {
            json.add(asJson(outcome));
            if (outcome.revisionsRun() > 0) {
                result.out("tenant " + outcome.tenant().name() + ": " + verb + " " + outcome.revisionsRun()
                        + " revisions, now at " + heads(outcome.result().headsAfter()) + " ("
                        + outcome.took().toMillis() + " ms)");
            }
        }
        result.out(String.format(Locale.ROOT, "%d tenants in %.1f s (parallelism %d, %s): %d %s, %d already at %s, "
                        + "%d failed, %d not started", run.outcomes().size(), run.took().toMillis() / 1000.0,
                tenants.parallelism(), tenants.failurePolicy().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                run.changed().size(), verb, run.outcomes().size() - run.changed().size() - run.failed().size()
                        - run.notStarted().size(), target, run.failed().size(), run.notStarted().size()));
        result.json("target", target);
        result.json("tenants", json);
        if (!run.failed().isEmpty()) {
            try {
                run.requireSuccess();
            } catch (RuntimeException e) {
                result.error(e.getClass().getSimpleName(), e.getMessage(), run.failed().get(0).failure().revision());
            }
        }
    }

    private void eachInTurn(TenantMigrations tenants, EachInTurn.OnTarget command) {
        Map<String, MigrationSet> each = new LinkedHashMap<>();
        tenants.tenants().forEach(tenant -> each.put(tenant.name(), set.forTenant(tenant)));
        EachInTurn.run(line, result, "tenant", each, command);
    }

    private static Map<String, Object> asJson(TenantOutcome outcome) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tenant", outcome.tenant().name());
        fields.put("ok", !outcome.failed());
        fields.put("started", outcome.started());
        fields.put("revisions", outcome.revisionsRun());
        fields.put("heads", outcome.result() == null ? null : outcome.result().headsAfter());
        fields.put("millis", outcome.took().toMillis());
        if (outcome.failed()) {
            fields.put("error", outcome.failure().getMessage());
            fields.put("revision", outcome.failure().revision());
        }
        return fields;
    }

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }
}
