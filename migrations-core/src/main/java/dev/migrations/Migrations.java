package dev.migrations;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.MigrationsBackup;
import dev.migrations.error.ConfigurationException;
import dev.migrations.error.UsageException;
import dev.migrations.error.InvalidRevisionGraphException;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.Dialects;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.index.IndexedMigration;
import dev.migrations.index.MigrationIndex;
import dev.migrations.runtime.AuditEntry;
import dev.migrations.runtime.BackupStep;
import dev.migrations.runtime.ChecksumPolicy;
import dev.migrations.runtime.Checksums;
import dev.migrations.runtime.CodeRevisions;
import dev.migrations.runtime.DatabaseState;
import dev.migrations.runtime.ExceptionSafeListener;
import dev.migrations.runtime.Direction;
import dev.migrations.runtime.LoggingListener;
import dev.migrations.runtime.MigrationListener;
import dev.migrations.runtime.OfflineScript;
import dev.migrations.runtime.RevisionScript;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.Runner;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.runtime.TransactionMode;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The commands, as Alembic's: {@code upgrade}, {@code downgrade}, {@code stamp}, {@code current},
 * {@code history}, {@code heads}, {@code branches}, {@code show}, {@code validate}, and offline SQL.
 * Each returns values, for a command line, an Actuator endpoint or a test to present.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.builder(dataSource).migrations(new CreateUsers(), new AddEmail()).build();
 * migrations.upgrade("heads");
 * }</pre>
 */
public final class Migrations {

    private final DataSource dataSource;
    private final CodeRevisions code;
    private final RunnerSettings settings;
    private final MigrationListener listener;
    private final BackupStep backups;
    private final Runner runner;
    private final String offlineDialect;

    private Migrations(DataSource dataSource, CodeRevisions code, RunnerSettings settings, MigrationListener listener,
                       BackupStep backups, String offlineDialect) {
        this.dataSource = dataSource;
        this.code = code;
        this.settings = settings;
        this.listener = listener;
        this.backups = backups;
        this.runner = dataSource == null ? null
                : new Runner(dataSource, code, settings, listener, backups);
        this.offlineDialect = offlineDialect;
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** For offline SQL only: name the database with {@link Builder#dialect(String)}. */
    public static Builder offline() {
        return new Builder(null);
    }

    // --- tenants ----------------------------------------------------------------------------------

    /**
     * These migrations for a tenant that is a schema of this DataSource: the same revisions and settings, with
     * the version table, the audit table and the lock in {@code schema}, where the migrations' unqualified names
     * live too. The schema is created by the first run that writes. Shares the loaded revisions: cheap to make.
     */
    public Migrations inSchema(String schema) {
        return new Migrations(requireDataSource(), code, settings.inSchema(
                Objects.requireNonNull(schema, "schema")), listener, backups, offlineDialect);
    }

    /** These migrations for a tenant with a database of its own: the same revisions and settings on another DataSource. */
    public Migrations onDataSource(DataSource tenantDataSource) {
        return new Migrations(Objects.requireNonNull(tenantDataSource, "tenantDataSource"), code, settings, listener,
                backups, offlineDialect);
    }

    /**
     * Of these tenant schemas of this DataSource, those already at the heads with every revision applied from
     * unchanged indexed sources: what a plain upgrade of each would find, answered for all of them with a couple of
     * queries. Empty when the migrations were not built from the index (each tenant is then checked on its own).
     */
    public Set<String> schemasAtHeads(List<String> schemas) {
        return runner().schemasHoldingAppliedSet(schemas);
    }

    /**
     * Whether tenants in schemas of this database may be migrated at the same time; H2's schema changes lock its
     * whole catalog, so its tenants run one at a time.
     */
    public boolean concurrentSchemaChanges() {
        return runner().dialect().concurrentSchemaChanges();
    }

    // --- running ----------------------------------------------------------------------------------

    /** Upgrades to every head. */
    public RunResult upgrade() {
        return upgrade("heads");
    }

    /** Upgrades to {@code target}: {@code heads}, {@code head}, a revision or prefix, {@code +2}, {@code label@head}. */
    public RunResult upgrade(String target) {
        return runner().upgrade(target);
    }

    /**
     * Upgrades to {@code target} after backing the database up, when something is pending: the built-in backup
     * of the database or the one given to {@link Builder#backup}. A backup that fails stops the upgrade with
     * nothing applied; the one made is in {@link RunResult#backup()} and the audit table.
     */
    public RunResult upgradeAfterBackup(String target) {
        return runner().upgradeAfterBackup(target);
    }

    /** Backs the database up now, to {@code file}, or to a new file in the backup directory when null. */
    public Backup backup(Path file) {
        return backup(file, "on request");
    }

    /** As {@link #backup(Path)}, with the reason the backup request and the audit table give. */
    public Backup backup(Path file, String reason) {
        return runner().backup(file, Objects.requireNonNull(reason, "reason"));
    }

    /** Downgrades to {@code target}: {@code -1}, a revision or prefix, {@code base}, {@code label@base}. */
    public RunResult downgrade(String target) {
        return runner().downgrade(target);
    }

    /** Records the database as being at {@code target} without running anything. */
    public List<String> stamp(String target) {
        return stamp(target, false);
    }

    /** As {@link #stamp(String)}; with {@code purge}, revisions unknown to the code are forgotten too. */
    public List<String> stamp(String target, boolean purge) {
        return runner().stamp(target, purge);
    }

    /** Marks a revision that stopped part-way so that the next upgrade runs it again. */
    public void repair(String revision) {
        runner().repair(graph().resolveRevision(revision));
    }

    // --- reading ----------------------------------------------------------------------------------

    /** Every revision's state, the database's current revisions, and the code's heads. */
    public StatusReport status() {
        DatabaseState state = runner().readState();
        RevisionStatuses statuses = new RevisionStatuses(graph(), code.scripts(), state);
        return new StatusReport(current(state), graph().heads(), statuses.inState(RevisionState.PENDING).size(),
                statuses.all());
    }

    /** The database's current revisions (its applied heads), as {@code alembic current}. */
    public List<RevisionStatus> current() {
        DatabaseState state = runner().readState();
        RevisionStatuses statuses = new RevisionStatuses(graph(), code.scripts(), state);
        return current(state).stream().map(statuses::get).toList();
    }

    private List<String> current(DatabaseState state) {
        Set<String> known = state.applied().stream().filter(graph()::contains).collect(Collectors.toSet());
        return List.copyOf(graph().currentHeads(known));
    }

    /**
     * Revisions in {@code range}, newest first, as {@code alembic history -r}: {@code base:head},
     * {@code -3:current}, {@code ae10:}; null or empty for all.
     */
    public List<RevisionStatus> history(String range) {
        DatabaseState state = runner().readState();
        RevisionStatuses statuses = new RevisionStatuses(graph(), code.scripts(), state);
        Set<String> known = state.applied().stream().filter(graph()::contains).collect(Collectors.toSet());
        return graph().range(known, range).stream().map(r -> statuses.get(r.id())).toList();
    }

    /** Every revision and every unknown row, with no database access when {@code offline}. */
    public List<RevisionStatus> history() {
        return status().revisions();
    }

    /** The code's heads. */
    public List<RevisionStatus> heads() {
        RevisionStatuses statuses = new RevisionStatuses(graph(), code.scripts(),
                runner == null ? DatabaseState.empty() : runner.readState());
        return graph().heads().stream().map(statuses::get).toList();
    }

    /** The code's branch points. */
    public List<BranchPoint> branches() {
        return graph().branchPoints().stream()
                .map(id -> new BranchPoint(id, graph().get(id).message(), graph().childrenOf(id)))
                .toList();
    }

    /** One revision, by id, unique prefix or branch label; its checksum compared from its loaded code. */
    public RevisionStatus show(String revision) {
        String id = graph().resolveRevision(revision);
        // One revision is cheap to load: its state is told from its code, as validate tells it.
        return new RevisionStatuses(graph(), code.scripts(), runner().readState(), id::equals).get(id);
    }

    /** The database this facade migrates; null for offline SQL only. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The checksum of a revision's code, as a start would record it; needs no database. */
    public String checksum(String revision) {
        return code.script(graph().resolveRevision(revision)).checksum();
    }

    /**
     * What the checksum of a revision covers: its upgrade's operations in the checksum's canonical form, a line
     * each. Needs no database; {@code migrations show} prints it.
     */
    public List<String> checksummedOperations(String revision) {
        return Checksums.canonicalForm(code.script(graph().resolveRevision(revision)).upgrade());
    }

    /** What is pending toward the heads, and what is wrong: see {@link #validate(String)}. */
    public ValidationReport validate() {
        return validate("heads");
    }

    /**
     * What is pending toward {@code target}, and what is wrong: failures, interruptions, edits since applied,
     * revisions unknown to the code. Every applied revision is loaded and its checksum compared, whatever its source
     * fingerprint says.
     */
    public ValidationReport validate(String target) {
        return validate(target, Verification.CHECKSUMS);
    }

    /**
     * As {@link #validate(String)}, comparing applied revisions as {@code verification} says: a start that only
     * validates ({@code migrations.on-startup=validate}) uses {@link Verification#SOURCE_FINGERPRINTS}, as an upgrade
     * with nothing pending does.
     */
    public ValidationReport validate(String target, Verification verification) {
        DatabaseState state = runner().readState();
        RevisionStatuses statuses = new RevisionStatuses(graph(), code.scripts(), state,
                id -> verification == Verification.CHECKSUMS);
        List<RevisionStatus> pending = pendingToward(target, state, statuses);
        StatusReport report = new StatusReport(current(state), graph().heads(), pending.size(), statuses.all());
        Set<String> ahead = report.aheadOfCode(graph());
        return new ValidationReport(pending, report.problemsExcept(ahead),
                report.revisions().stream().filter(r -> ahead.contains(r.revision())).toList());
    }

    /**
     * The status, from one read of the database, with its {@link StatusReport#pending() pending} count taken toward
     * {@code target} rather than toward every revision of the code: for a set deliberately held below its heads.
     */
    public StatusReport status(String target) {
        DatabaseState state = runner().readState();
        RevisionStatuses statuses = new RevisionStatuses(graph(), code.scripts(), state);
        return new StatusReport(current(state), graph().heads(), pendingToward(target, state, statuses).size(),
                statuses.all());
    }

    private List<RevisionStatus> pendingToward(String target, DatabaseState state, RevisionStatuses statuses) {
        Set<String> known = state.applied().stream().filter(graph()::contains).collect(Collectors.toSet());
        return graph().upgradePlan(known, target).stream().map(r -> statuses.get(r.id())).toList();
    }

    /** Every upgrade, downgrade, stamp, failure and repair, oldest first. */
    public List<AuditEntry> audit() {
        return runner().audit();
    }

    /** The revision graph, validated on first use; throws {@link InvalidRevisionGraphException} when invalid. */
    public RevisionGraph graph() {
        return code.graph();
    }

    /** Comparing the application's entities with this database, to generate a migration: see {@link Autogenerate}. */
    public Autogenerate autogenerate() {
        return new Autogenerate(this, dataSource, runner().dialect(), settings);
    }

    // --- offline ----------------------------------------------------------------------------------

    /**
     * The SQL script of an upgrade, as {@code alembic upgrade from:to --sql}: {@code range} is {@code to}
     * (from base) or {@code from:to}. Needs no database when the builder names a dialect.
     */
    public String upgradeSql(String range) {
        String[] fromTo = range.contains(":") ? range.split(":", 2) : new String[] {"base", range};
        String from = fromTo[0].isBlank() ? "base" : fromTo[0].strip();
        Set<String> applied = graph().stamp(Set.of(), from, true);
        List<RevisionScript> plan = graph().upgradePlan(applied, fromTo[1].strip()).stream()
                .map(r -> code.script(r.id())).toList();
        return new OfflineScript(offlineDialect(), settings).render(Direction.UPGRADE, plan, from, fromTo[1].strip());
    }

    /** The SQL script of a downgrade; {@code range} is {@code from:to}, since there is no database to start from. */
    public String downgradeSql(String range) {
        if (!range.contains(":")) {
            throw new TargetResolutionException("Offline downgrade needs a starting point: write from:to, such as "
                    + "head:base or head:-1 — there is no database to read the current revision from.");
        }
        String[] fromTo = range.split(":", 2);
        Set<String> applied = graph().stamp(Set.of(), fromTo[0].strip(), true);
        List<RevisionScript> plan = graph().downgradePlan(applied, fromTo[1].strip()).stream()
                .map(r -> code.script(r.id())).toList();
        return new OfflineScript(offlineDialect(), settings)
                .render(Direction.DOWNGRADE, plan, fromTo[0].strip(), fromTo[1].strip());
    }

    private Dialect offlineDialect() {
        if (offlineDialect != null) {
            return Dialects.named(offlineDialect);
        }
        return runner().dialect();
    }

    private Runner runner() {
        requireDataSource();
        return runner;
    }

    private DataSource requireDataSource() {
        if (dataSource == null) {
            throw new UsageException("This Migrations was built without a DataSource, for offline SQL only: "
                    + "build it with Migrations.builder(dataSource) to reach a database.");
        }
        return dataSource;
    }

    /** Configures a {@link Migrations}. */
    public static final class Builder {

        private static final RunnerSettings DEFAULTS = RunnerSettings.defaults();

        private final DataSource dataSource;
        /** Each call's migrations, made by build(), or on a thread of its own when one reads the index. */
        private final List<Supplier<List<RevisionScript>>> sources = new ArrayList<>();
        private boolean readsIndex;
        private String schema;
        private String table = DEFAULTS.table();
        private TransactionMode transactionMode = DEFAULTS.transactionMode();
        private Duration lockWaitTimeout = DEFAULTS.lockWaitTimeout();
        private Duration lockTimeout;
        private Duration statementTimeout;
        private ChecksumPolicy checksumPolicy = DEFAULTS.checksumPolicy();
        private String appliedBy;
        private MigrationListener listener = new LoggingListener();
        private String dialect;
        private MigrationsBackup backup;
        private BackupSettings backupSettings = BackupSettings.defaults();

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        public Builder migrations(MigrationScript... migrations) {
            return migrations(Arrays.asList(migrations));
        }

        public Builder migrations(Collection<? extends MigrationScript> migrations) {
            List<MigrationScript> given = List.copyOf(migrations);
            sources.add(() -> given.stream().map(MigrationLoader::load).toList());
            return this;
        }

        /** Migration classes with a public no-argument constructor. */
        @SafeVarargs
        public final Builder migrationClasses(Class<? extends MigrationScript>... classes) {
            for (Class<? extends MigrationScript> type : classes) {
                migrations(instantiate(type));
            }
            return this;
        }

        /**
         * The migrations the build-time index ({@link MigrationIndex}) lists under {@code packages}, each class
         * loaded with a public no-argument constructor only when its revision must run or be verified: a start with
         * nothing pending loads none of them. The index must cover the packages: see docs/discovery.md. It is read
         * on a thread of its own from {@link #build()}, while the first command opens its connection; what is wrong
         * with it is thrown by that command: a {@link ConfigurationException} when a class path root holding one of
         * the packages has no index this library trusts (a jar built without the annotation processor, a directory
         * of classes, or a jar that also holds a migration its index does not list).
         */
        public Builder indexedMigrations(ClassLoader loader, String... packages) {
            List<String> covered = List.of(packages);
            readsIndex = true;
            sources.add(() -> {
                MigrationIndex index = MigrationIndex.read(loader, covered);
                if (!index.covers()) {
                    throw new ConfigurationException("The migration index does not cover the packages "
                            + String.join(", ", covered) + ": " + index.whyUncovered() + ". See docs/discovery.md, "
                            + "or pass the migrations with migrations(...).");
                }
                return deferred(index.migrations(), entry -> instantiate(MigrationClasses.load(loader, entry)));
            });
            return this;
        }

        /**
         * Migrations known by their index entries: {@code create} makes a revision's instance the first time its
         * code is needed (to run it, to render it as SQL, or to verify a revision whose source changed).
         */
        public Builder indexedMigrations(Collection<IndexedMigration> entries,
                                         Function<IndexedMigration, ? extends MigrationScript> create) {
            List<IndexedMigration> given = List.copyOf(entries);
            sources.add(() -> deferred(given, create));
            return this;
        }

        private static List<RevisionScript> deferred(Collection<IndexedMigration> entries,
                                                     Function<IndexedMigration, ? extends MigrationScript> create) {
            return entries.stream().map(entry -> MigrationLoader.defer(entry, () -> create.apply(entry))).toList();
        }

        /** The schema of the version table; default: the connection's current schema. */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** The version table; default {@code migrations_version}. Its audit table adds {@code _audit}. */
        public Builder table(String table) {
            this.table = Objects.requireNonNull(table, "table");
            return this;
        }

        public Builder transactionMode(TransactionMode mode) {
            this.transactionMode = Objects.requireNonNull(mode, "transactionMode");
            return this;
        }

        /** How long to wait for another runner's lock; default 5 minutes. */
        public Builder lockWaitTimeout(Duration timeout) {
            this.lockWaitTimeout = Objects.requireNonNull(timeout, "lockWaitTimeout");
            return this;
        }

        /** PostgreSQL {@code lock_timeout} for every revision that sets none; default none. */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        /** PostgreSQL {@code statement_timeout} for every revision that sets none; default none. */
        public Builder statementTimeout(Duration timeout) {
            this.statementTimeout = timeout;
            return this;
        }

        public Builder checksumPolicy(ChecksumPolicy policy) {
            this.checksumPolicy = Objects.requireNonNull(policy, "checksumPolicy");
            return this;
        }

        /** Who is recorded as applying revisions; default: the database user at this host. */
        public Builder appliedBy(String appliedBy) {
            this.appliedBy = appliedBy;
            return this;
        }

        /**
         * Adds a receiver of each revision's events, after the default logging and the listeners added before.
         * A listener that throws is logged and ignored: it never changes a revision's outcome.
         */
        public Builder listener(MigrationListener listener) {
            this.listener = this.listener.andThen(new ExceptionSafeListener(Objects.requireNonNull(listener, "listener")));
            return this;
        }

        /** The backup to make instead of the database's built-in one (pg_dump, H2's SCRIPT TO). */
        public Builder backup(MigrationsBackup backup) {
            this.backup = Objects.requireNonNull(backup, "backup");
            return this;
        }

        /** Where the built-in backups go and which dump program they run. */
        public Builder backupSettings(BackupSettings settings) {
            this.backupSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The database of offline SQL: {@code postgresql} or {@code h2}. */
        public Builder dialect(String dialect) {
            this.dialect = dialect;
            return this;
        }

        /**
         * The facade. The revision graph is validated when first needed: by any command, and by a start with work
         * to do; a start that finds every revision applied from unchanged sources needs no graph, and an invalid one
         * cannot be applied that way. With {@link #indexedMigrations(ClassLoader, String...)} the migrations are read
         * on a thread started here, and their problems are thrown by the first command instead.
         *
         * @throws InvalidRevisionGraphException when two migrations declare the same revision
         */
        public Migrations build() {
            List<Supplier<List<RevisionScript>>> given = List.copyOf(sources);
            Supplier<List<RevisionScript>> all = () -> {
                List<RevisionScript> scripts = new ArrayList<>();
                given.forEach(source -> scripts.addAll(source.get()));
                return scripts;
            };
            CodeRevisions code = readsIndex ? CodeRevisions.loadInBackground(all) : CodeRevisions.of(all.get());
            return new Migrations(dataSource, code,
                    new RunnerSettings(schema, table, transactionMode, lockWaitTimeout, lockTimeout, statementTimeout,
                            checksumPolicy, appliedBy),
                    listener, new BackupStep(backup, backupSettings, Clock.systemUTC()), dialect);
        }

        private static MigrationScript instantiate(Class<? extends MigrationScript> type) {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (NoSuchMethodException e) {
                throw new MigrationDefinitionException("Migration class " + type.getName() + " has no no-argument "
                        + "constructor: add one, or pass an instance with migrations(...).");
            } catch (InvocationTargetException e) {
                throw new MigrationDefinitionException(null, "Migration class " + type.getName()
                        + " failed in its constructor: " + e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new MigrationDefinitionException(null, "Migration class " + type.getName()
                        + " cannot be created: " + e.getMessage() + ". Make it public with a public constructor.", e);
            }
        }
    }
}
