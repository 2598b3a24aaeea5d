package dev.migrations.autoconfigure.command;

import dev.migrations.Autogenerate;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.Rename;
import dev.migrations.command.CheckFinding;
import dev.migrations.command.CheckReport;
import dev.migrations.command.FurtherChecks;
import dev.migrations.command.JsonPresenter;
import dev.migrations.command.MigrationCommands;
import dev.migrations.command.TextPresenter;
import dev.migrations.command.Validation;
import dev.migrations.command.WrittenRevision;
import dev.migrations.error.ConfigurationException;
import dev.migrations.error.MigrationException;
import dev.migrations.error.UsageException;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one parsed command line: picks the migration set, runs the command of {@link MigrationCommands} and
 * presents its value as text and as JSON. Every failure becomes an outcome with exit code 1 and a message that
 * names the revision and the fix; nothing is thrown.
 */
public class MigrationsCommands {

    private static final Logger log = LoggerFactory.getLogger(MigrationsCommands.class);

    /** The commands that, naming no set, act on every set of an application with several. */
    private static final Set<Command> EVERY_SET = EnumSet.of(Command.CHECK, Command.VALIDATE, Command.CURRENT);

    /** Why {@code check} compared no entity model when the autogenerate configuration is absent. */
    private static final String WITHOUT_HIBERNATE = "the application has no Hibernate ORM entity model, as with "
            + "Spring Data JDBC or R2DBC; only the revisions were compared with the database";

    private final Supplier<List<MigrationSet>> sets;
    private final MigrationClassWriter writer;
    private final Supplier<List<MigrationsCheck>> checks;
    private final Supplier<Optional<EntityModelComparator>> entityModel;
    private final ZoneId zone;
    private final Consumer<String> progress;

    public MigrationsCommands(Supplier<List<MigrationSet>> sets, MigrationClassWriter writer,
                              Supplier<List<MigrationsCheck>> checks, ZoneId zone) {
        this(sets, writer, checks, Optional::empty, zone);
    }

    /** @param entityModel the comparator of {@code revision --autogenerate}, when the application has one */
    public MigrationsCommands(Supplier<List<MigrationSet>> sets, MigrationClassWriter writer,
                              Supplier<List<MigrationsCheck>> checks,
                              Supplier<Optional<EntityModelComparator>> entityModel, ZoneId zone) {
        this(sets, writer, checks, entityModel, zone, System.err::println);
    }

    /** @param progress where {@code --all-tenants} prints its progress while it runs: standard error */
    public MigrationsCommands(Supplier<List<MigrationSet>> sets, MigrationClassWriter writer,
                              Supplier<List<MigrationsCheck>> checks,
                              Supplier<Optional<EntityModelComparator>> entityModel, ZoneId zone,
                              Consumer<String> progress) {
        this.progress = progress;
        this.sets = sets;
        this.writer = writer;
        this.checks = checks;
        this.entityModel = entityModel;
        this.zone = zone;
    }

    public CommandOutcome run(CommandLine line) {
        Result result = new Result(line);
        catching(line, result, () -> {
            if (actsOnEverySet(line)) {
                onEverySet(line, result);
                return;
            }
            MigrationSet set = set(line.set());
            if (line.has(CommandOption.ALL_TENANTS)) {
                new AllTenants(line, set, result, progress).run(this::runOn);
            } else {
                runOn(line, tenantOrSet(line, set), result);
            }
        });
        return result.outcome();
    }

    /**
     * {@code check}, {@code validate}, {@code current}, or an {@code upgrade} to no named revision, names no set,
     * tenant or tenants, and the application has several sets: the application migrates them all on start-up, so a
     * gate in CI must not pass while one is behind or edited, an upgrade before the rollout (a Kubernetes Job) must
     * leave none behind, and an operator asking where the service is must see every database.
     */
    private boolean actsOnEverySet(CommandLine line) {
        boolean everySetCommand = EVERY_SET.contains(line.command()) || (line.command() == Command.UPGRADE
                && line.arguments().isEmpty() && !line.has(CommandOption.SQL));
        return everySetCommand && !line.has(CommandOption.SET) && !line.has(CommandOption.TENANT)
                && !line.has(CommandOption.ALL_TENANTS) && sets.get().size() > 1;
    }

    /** Each set in turn, under its name; a set with tenants, each of them. */
    private void onEverySet(CommandLine line, Result result) {
        Map<String, MigrationSet> all = new LinkedHashMap<>();
        sets.get().forEach(set -> all.put(set.name(), set));
        result.json.remove("set");
        EachInTurn.run(line, result, "set", all, (each, set, itsResult) -> {
            if (set.tenants() != null) {
                new AllTenants(each, set, itsResult, progress).run(this::runOn);
            } else {
                runOn(each, set, itsResult);
            }
        });
    }

    /** Runs {@code body}, turning any failure into the outcome's error. */
    static void catching(CommandLine line, Result result, Runnable body) {
        try {
            body.run();
        } catch (MigrationException e) {
            log.debug("migrations {} failed", line.command().word(), e);
            result.error(e.getClass().getSimpleName(), e.getMessage(), e.revision());
        } catch (RuntimeException e) {
            log.debug("migrations {} failed", line.command().word(), e);
            result.error(e.getClass().getSimpleName(), describe(e), null);
        }
    }

    /**
     * The tenant {@code --tenant} names; a set with tenants needs one for the commands that read or write a
     * database, since its own DataSource is not where its revisions are applied.
     */
    private static MigrationSet tenantOrSet(CommandLine line, MigrationSet set) {
        Optional<String> tenant = line.value(CommandOption.TENANT);
        if (tenant.isPresent()) {
            return set.forTenant(tenant.get());
        }
        boolean readsTheDatabase = AllTenants.ON_A_DATABASE.contains(line.command())
                || (line.command() == Command.REVISION && line.has(CommandOption.AUTOGENERATE));
        if (set.tenants() != null && readsTheDatabase) {
            throw new UsageException("Migration set '" + set.name() + "' has tenants, each with its own version "
                    + "table: name one with --tenant <name>, or act on all with --all-tenants.");
        }
        return set;
    }

    private void runOn(CommandLine line, MigrationSet set, Result result) {
        RevisionGraph graph = set.migrations().graph();
        Presented presented = new Presented(new TextPresenter(graph, zone), new JsonPresenter(graph), result);
        MigrationCommands commands = new MigrationCommands(set.migrations(), zone);
        boolean verbose = line.has(CommandOption.VERBOSE);
        switch (line.command()) {
            case UPGRADE -> {
                if (line.has(CommandOption.BACKUP) && line.has(CommandOption.SQL)) {
                    throw new UsageException("--backup and --sql do not go together: --sql runs nothing, so "
                            + "there is nothing to back up for. Leave out one of them.");
                }
                run(line, line.argument(0, "heads"), "upgrade", commands::upgradeSql,
                        line.has(CommandOption.BACKUP) ? commands::upgradeAfterBackup : commands::upgrade,
                        presented);
            }
            case BACKUP_DATABASE -> presented.add(commands.backup(line.value(CommandOption.TO).map(Path::of)
                    .orElse(null)), presented.text::backup, presented.json::backup);
            case DOWNGRADE -> run(line, line.argument(0, null), "downgrade", commands::downgradeSql,
                    commands::downgrade, presented);
            case CURRENT -> presented.add(commands.current(), c -> presented.text.current(c, verbose),
                    presented.json::current);
            case HISTORY -> {
                String range = line.value(CommandOption.RANGE).orElse(null);
                presented.add(commands.history(range), h -> presented.text.history(h, verbose),
                        h -> presented.json.history(range, h));
            }
            case HEADS -> presented.add(commands.heads(), h -> presented.text.heads(h, verbose),
                    presented.json::heads);
            case BRANCHES -> presented.add(commands.branches(), b -> presented.text.branches(b, verbose),
                    presented.json::branches);
            case SHOW -> presented.add(commands.show(line.argument(0, null)), presented.text::show,
                    presented.json::show);
            case STAMP -> {
                String target = line.argument(0, null);
                result.json("target", target);
                presented.add(commands.stamp(target, line.has(CommandOption.PURGE)), presented.text::stamp,
                        presented.json::stamp);
            }
            case REPAIR -> presented.add(commands.repair(line.argument(0, null)), presented.text::repair,
                    presented.json::repair);
            case MERGE -> written(writer.write(set, line.value(CommandOption.MESSAGE).orElseThrow(),
                    commands.mergeParents(line.arguments()), line.value(CommandOption.REV_ID).orElse(null)),
                    presented);
            case VALIDATE -> {
                Validation validation = commands.validate();
                presented.add(validation, presented.text::validate, presented.json::validate);
                presented.text.validateFailure(validation).ifPresent(result::fail);
            }
            case CHECK -> {
                CheckReport check = commands.check(() -> {
                    List<MigrationsCheck> further = checks.get();
                    // The checks first: what a check says it compared may depend on what it found.
                    List<CheckFinding> findings = further.stream().flatMap(each -> each.check(set).stream()).toList();
                    List<String> compared = new ArrayList<>(
                            further.stream().flatMap(each -> each.compared(set).stream()).toList());
                    if (further.stream().noneMatch(EntityModelCheck.class::isInstance)) {
                        compared.add(EntityModelCheck.noEntityModel(WITHOUT_HIBERNATE));
                    }
                    return new FurtherChecks(findings, compared);
                });
                presented.add(check, presented.text::check, presented.json::check);
                presented.text.checkFailure(check).ifPresent(result::fail);
            }
            case REVISION -> revision(line, set, commands, presented);
            case HELP -> throw new IllegalArgumentException("help is answered before a command runs");
        }
    }

    /** An upgrade or downgrade, or with --sql its offline script. */
    private static void run(CommandLine line, String target, String direction, UnaryOperator<String> sql,
                            Function<String, RunResult> online, Presented presented) {
        presented.result.json("target", target);
        if (line.has(CommandOption.SQL)) {
            presented.add(sql.apply(target), presented.text::sql, presented.json::sql);
        } else {
            presented.add(online.apply(target), run -> presented.text.run(run, direction), presented.json::run);
        }
    }

    private void revision(CommandLine line, MigrationSet set, MigrationCommands commands, Presented presented) {
        List<String> revises = commands.revisionParents(line.value(CommandOption.HEAD).orElse(null));
        if (line.has(CommandOption.RENAME) && !line.has(CommandOption.AUTOGENERATE)) {
            throw new UsageException("--rename applies to --autogenerate: add --autogenerate, or leave out "
                    + "--rename for an empty revision.");
        }
        String message = line.value(CommandOption.MESSAGE).orElseThrow();
        String revisionId = line.value(CommandOption.REV_ID).orElse(null);
        WrittenRevision written;
        if (line.has(CommandOption.AUTOGENERATE)) {
            commands.upgradeEmptyInMemoryDatabase()
                    .ifPresent(run -> presented.result.out(presented.text.inMemoryUpgrade(run)));
            Autogenerate.Comparison comparison = compareEntities(line, set);
            presented.add(comparison.result(), presented.text::comparison, presented.json::comparison);
            if (comparison.result().hasNoOperations()) {
                return;
            }
            written = writer.write(set, message, revises, revisionId, comparison);
        } else {
            written = writer.write(set, message, revises, revisionId);
        }
        written(written, presented);
        presented.text.mergedHeads(revises).forEach(presented.result::out);
    }

    private static void written(WrittenRevision written, Presented presented) {
        presented.add(written, presented.text::written, presented.json::written);
    }

    private Autogenerate.Comparison compareEntities(CommandLine line, MigrationSet set) {
        EntityModelComparator comparator = entityModel.get().orElseThrow(() -> new ConfigurationException(
                "--autogenerate compares the JPA entities with the database, and this application has no entity "
                + "model: add Hibernate ORM (spring-boot-starter-data-jpa) and @Entity classes, or leave out "
                + "--autogenerate to write an empty revision."));
        List<Rename> renames = new ArrayList<>();
        for (String rename : line.values(CommandOption.RENAME)) {
            try {
                renames.add(Rename.parse(rename));
            } catch (IllegalArgumentException e) {
                throw new UsageException("Cannot read --rename: " + e.getMessage() + "; write it such as "
                        + "--rename customer=client or --rename client.name=full_name.", e);
            }
        }
        return comparator.compare(set, renames);
    }

    /** The two presenters and the outcome they write into. */
    private record Presented(TextPresenter text, JsonPresenter json, Result result) {

        /** A command's value, as text lines and as JSON fields. */
        <T> void add(T value, Function<T, List<String>> asText, Function<T, Map<String, Object>> asJson) {
            asText.apply(value).forEach(result::out);
            result.json.putAll(asJson.apply(value));
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private MigrationSet set(String name) {
        List<MigrationSet> all = sets.get();
        if (all.isEmpty()) {
            throw new ConfigurationException("This application has no migration set: migrations need a DataSource, and "
                    + "migrations.enabled must not be false.");
        }
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new UsageException(
                "No migration set named '" + name + "'; this application has " + all.stream().map(MigrationSet::name)
                        .collect(Collectors.joining(", ")) + ". Name one with --set <name>."));
    }

    /** The message of an unexpected exception, with its causes, which usually say what is wrong. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = error.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append("; caused by ").append(cause.getClass().getSimpleName()).append(": ")
                        .append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** The outcome as it is built: text lines, JSON fields, and the failure, if any. */
    static final class Result {

        /** A command named in a remedy, which then names the set or tenant: {@code `migrations upgrade`}. */
        private static final Pattern REMEDY_COMMAND = Pattern.compile("`migrations (upgrade|revision)([` ])");

        final List<String> out = new ArrayList<>();
        final List<String> err = new ArrayList<>();
        final Map<String, Object> json = new LinkedHashMap<>();
        private int exitCode = CommandOutcome.SUCCESS;
        private final String target;

        Result(CommandLine line) {
            // A remedy need not name the default set, which a command acts on unless told otherwise.
            this(line, Stream.of(line.value(CommandOption.SET).filter(set -> !MigrationSet.DEFAULT.equals(set))
                            .map(set -> "--set " + set),
                    line.value(CommandOption.TENANT).map(tenant -> "--tenant " + tenant))
                    .flatMap(Optional::stream).reduce((set, tenant) -> set + " " + tenant).orElse(null));
        }

        /** @param target the options that name what the command acts on ({@code --tenant t1}), or null */
        Result(CommandLine line, String target) {
            this.target = target;
            json.put("command", line.command().word());
            json.put("set", line.set());
            json.put("ok", true);
        }

        /** The options that name a target within this one: {@code --set audit} and then {@code --tenant t1}. */
        String within(String options) {
            return target == null ? options : target + " " + options;
        }

        void out(String line) {
            out.add(forTarget(line));
        }

        /**
         * A remedy that names the upgrade or revision command names it for the target: in a set with tenants, a plain
         * {@code migrations upgrade} is refused, and in another set than the default either acts on the wrong one.
         */
        private String forTarget(String text) {
            return target == null || text == null ? text
                    : REMEDY_COMMAND.matcher(text)
                            .replaceAll("`migrations $1 " + Matcher.quoteReplacement(target) + "$2");
        }

        void json(String key, Object value) {
            json.put(key, value);
        }

        /** The command ran, and its answer is no: validate or check found something. */
        void fail(String summary) {
            exitCode = CommandOutcome.FAILURE;
            json.put("ok", false);
            err.add("FAILED: " + forTarget(summary));
        }

        /** The command could not do what it was asked. */
        void error(String type, String message, String revision) {
            exitCode = CommandOutcome.FAILURE;
            json.put("ok", false);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", type);
            error.put("message", forTarget(message));
            error.put("revision", revision);
            json.put("error", error);
            err.add("FAILED: " + forTarget(message));
        }

        boolean failed() {
            return exitCode != CommandOutcome.SUCCESS;
        }

        /** Failed without a message of its own: the tenants' failures say why. */
        void failQuietly() {
            exitCode = CommandOutcome.FAILURE;
            json.put("ok", false);
        }

        void err(String line) {
            err.add(forTarget(line));
        }

        CommandOutcome outcome() {
            return new CommandOutcome(exitCode, out, err, json);
        }
    }
}
