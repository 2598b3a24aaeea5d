package dev.migrations.autoconfigure;

import dev.migrations.autogenerate.ComparisonOptions;
import dev.migrations.autogenerate.ObjectKind;
import dev.migrations.autogenerate.NameFilter;
import dev.migrations.runtime.ChecksumPolicy;
import dev.migrations.runtime.TransactionMode;
import dev.migrations.tenant.FailurePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration of migrations, under {@code migrations.*}.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

    /**
     * Whether to manage the schema with migrations.
     */
    private boolean enabled = true;

    /**
     * What to do on start-up: upgrade, validate (fail when anything is pending or drifted) or none.
     */
    private OnStartup onStartup = OnStartup.UPGRADE;

    /**
     * The revision to upgrade to on start-up: heads, head, a revision id or prefix, or label@head.
     */
    private String target = "heads";

    /**
     * Packages to search for @Migration classes, in addition to the application's own packages.
     */
    private List<String> packages = new ArrayList<>();

    /**
     * The version table. Its audit table is the same name with "_audit" appended.
     */
    private String table = "migrations_version";

    /**
     * The schema of the version table. Default: the connection's current schema.
     */
    private String schema;

    /**
     * The JDBC URL the migrations connect to, when it is not the DataSource's. Default: the DataSource's.
     */
    private String url;

    /**
     * The database user the migrations connect as, such as one that owns the schema while the application
     * connects as one that only reads and writes data. Default: the DataSource's.
     */
    private String user;

    /**
     * The password of the migrations' user. Default: the DataSource's.
     */
    private String password;


    /**
     * Whether each revision runs in its own transaction (per-revision) or the whole run in one (single).
     */
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;

    /**
     * How long to wait for another instance that holds the migration lock.
     */
    private Duration lockWaitTimeout = Duration.ofMinutes(5);

    /**
     * PostgreSQL lock_timeout of each revision's statements, unless the revision sets its own. Default: none.
     */
    private Duration lockTimeout;

    /**
     * PostgreSQL statement_timeout of each revision's statements, unless the revision sets its own. Default: none.
     */
    private Duration statementTimeout;

    /**
     * What to do when an applied revision was edited afterwards: fail, warn or ignore.
     */
    private ChecksumPolicy onChecksumMismatch = ChecksumPolicy.FAIL;

    /**
     * Who is recorded as applying revisions. Default: the database user at this host.
     */
    private String appliedBy;

    /**
     * Where the revision and merge commands write new migration classes, relative to the working directory.
     */
    private String sourceDirectory = "src/main/java";

    /**
     * The package of new migration classes. Default: the package of the newest migration.
     */
    private String revisionPackage;

    /**
     * Backups before upgrades: the command line's backup and upgrade --backup, and on start-up.
     */
    private BackupProperties backup = new BackupProperties();

    /**
     * What the revision and merge commands do with each migration class they write.
     */
    private RevisionProperties revision = new RevisionProperties();

    /**
     * More migration sets, each on its own DataSource with its own version table, by name.
     */
    private Map<String, SetProperties> sets = new LinkedHashMap<>();

    /**
     * How revision --autogenerate and check compare the JPA entities with the database.
     */
    private AutogenerateProperties autogenerate = new AutogenerateProperties();

    /**
     * The tenants of the default set: the same migrations applied to each tenant's schema.
     */
    private TenantProperties tenants = new TenantProperties();

    /** A set's tenants, each a schema of the set's DataSource with its own version table. */
    public static class TenantProperties {

        /**
         * Schemas of the set's DataSource, each a tenant of the same name; created by their first upgrade. A
         * MigrationTenants bean gives the default set its tenants instead (from a table, a tenant registry).
         */
        private List<String> schemas = new ArrayList<>();

        /**
         * Tenants migrated at once. Default: the connection pool's maximum size (each tenant's run holds one
         * connection), 2 without a pool.
         */
        private Integer parallelism;

        /**
         * What happens when a tenant fails: fail-fast starts no further tenant; continue runs every tenant and
         * reports all failures at the end.
         */
        private FailurePolicy failurePolicy = FailurePolicy.FAIL_FAST;

        public List<String> getSchemas() {
            return schemas;
        }

        public void setSchemas(List<String> schemas) {
            this.schemas = schemas;
        }

        public Integer getParallelism() {
            return parallelism;
        }

        public void setParallelism(Integer parallelism) {
            this.parallelism = parallelism;
        }

        public FailurePolicy getFailurePolicy() {
            return failurePolicy;
        }

        public void setFailurePolicy(FailurePolicy failurePolicy) {
            this.failurePolicy = failurePolicy;
        }
    }

    /** How backups before upgrades are made. */
    public static class BackupProperties {

        /**
         * Whether a start-up upgrade backs the database up first, when something is pending; a backup that fails
         * stops the start with nothing applied.
         */
        private boolean onUpgrade;

        /**
         * The dump program of the built-in backup. Default: pg_dump (else the newest under /usr/lib/postgresql),
         * or mariadb-dump (else mysqldump), from the PATH.
         */
        private String command;

        /**
         * Where backups go when no file is named, relative to the working directory. Default: the working
         * directory.
         */
        private String directory = "";

        public boolean isOnUpgrade() {
            return onUpgrade;
        }

        public void setOnUpgrade(boolean onUpgrade) {
            this.onUpgrade = onUpgrade;
        }

        public String getCommand() {
            return command;
        }

        public void setCommand(String command) {
            this.command = command;
        }

        public String getDirectory() {
            return directory;
        }

        public void setDirectory(String directory) {
            this.directory = directory;
        }
    }

    /** What happens to a migration class once it is written. */
    public static class RevisionProperties {

        /**
         * Hooks run on each written migration class, in order: a formatter preset (spring-javaformat,
         * palantir-java-format, google-java-format) or a command line holding {file}, such as
         * "./mvnw -q spotless:apply -DspotlessFiles={file}".
         */
        private List<String> postWrite = new ArrayList<>();

        public List<String> getPostWrite() {
            return postWrite;
        }

        public void setPostWrite(List<String> postWrite) {
            this.postWrite = postWrite;
        }
    }

    /** What autogenerate compares. */
    public static class AutogenerateProperties {

        /**
         * Whether the JPA entity model is captured for comparison outside command mode, where `check` and
         * `revision --autogenerate` capture it anyway. The migrations-test slice turns it on for its entity check.
         */
        private boolean entityModel;

        /**
         * Tables to compare, as name globs (* and ?), ignoring case. Default: every table.
         */
        private List<String> includeTables = new ArrayList<>();

        /**
         * Tables never compared (neither created, dropped nor changed), as name globs (* and ?), ignoring case.
         */
        private List<String> excludeTables = new ArrayList<>();

        /**
         * Indexes, constraints, sequences and enum types never compared, as name globs (* and ?), ignoring case;
         * an unnamed constraint goes by the name a migration would give it, such as ck_trades_1a2b3c.
         */
        private List<String> excludeObjects = new ArrayList<>();

        /**
         * Kinds of difference not looked for, such as check or comment.
         */
        private List<ObjectKind> ignore = new ArrayList<>();

        /**
         * From how many estimated rows a table counts as large: a new index on it without CONCURRENTLY gets
         * a warning.
         */
        private long largeTableRows = ComparisonOptions.DEFAULT_LARGE_TABLE_ROWS;

        /**
         * Whether `migrations check` also runs Hibernate's own schema validation (what
         * spring.jpa.hibernate.ddl-auto=validate does at start-up) against the database, so that check never
         * passes where the application would not start.
         */
        private boolean hibernateValidation = true;

        public boolean isEntityModel() {
            return entityModel;
        }

        public void setEntityModel(boolean entityModel) {
            this.entityModel = entityModel;
        }

        public List<String> getIncludeTables() {
            return includeTables;
        }

        public void setIncludeTables(List<String> includeTables) {
            this.includeTables = includeTables;
        }

        public List<String> getExcludeTables() {
            return excludeTables;
        }

        public void setExcludeTables(List<String> excludeTables) {
            this.excludeTables = excludeTables;
        }

        public List<String> getExcludeObjects() {
            return excludeObjects;
        }

        public void setExcludeObjects(List<String> excludeObjects) {
            this.excludeObjects = excludeObjects;
        }

        public List<ObjectKind> getIgnore() {
            return ignore;
        }

        public void setIgnore(List<ObjectKind> ignore) {
            this.ignore = ignore;
        }

        public long getLargeTableRows() {
            return largeTableRows;
        }

        public boolean isHibernateValidation() {
            return hibernateValidation;
        }

        public void setHibernateValidation(boolean hibernateValidation) {
            this.hibernateValidation = hibernateValidation;
        }

        public void setLargeTableRows(long largeTableRows) {
            this.largeTableRows = largeTableRows;
        }

        /** The comparison options these settings make of {@code defaults}. */
        public ComparisonOptions applyTo(ComparisonOptions defaults) {
            return defaults.withTables(new NameFilter(includeTables, excludeTables))
                    .withObjects(new NameFilter(List.of(), excludeObjects))
                    .without(ignore.toArray(ObjectKind[]::new))
                    .withLargeTableRows(largeTableRows);
        }
    }

    /** One additional migration set. */
    public static class SetProperties {

        /**
         * Packages holding this set's @Migration classes; they belong to no other set.
         */
        private List<String> packages = new ArrayList<>();

        /**
         * The name of the DataSource bean this set runs on.
         */
        private String dataSource;

        /**
         * The version table of this set. Default: migrations_version.
         */
        private String table = "migrations_version";

        /**
         * The schema of this set's version table. Default: the connection's current schema.
         */
        private String schema;

        /**
         * The JDBC URL the migrations connect to, when it is not this set's DataSource's. Default: the DataSource's.
         */
        private String url;

        /**
         * The database user the migrations connect as, such as one that owns the schema while the application
         * connects as one that only reads and writes data. Default: the DataSource's.
         */
        private String user;

        /**
         * The password of the migrations' user. Default: the DataSource's.
         */
        private String password;

        /**
         * The revision to upgrade this set to on start-up.
         */
        private String target = "heads";

        /**
         * This set's tenants: its migrations applied to each tenant's schema instead of its own.
         */
        private TenantProperties tenants = new TenantProperties();

        public TenantProperties getTenants() {
            return tenants;
        }

        public void setTenants(TenantProperties tenants) {
            this.tenants = tenants;
        }

        public List<String> getPackages() {
            return packages;
        }

        public void setPackages(List<String> packages) {
            this.packages = packages;
        }

        public String getDataSource() {
            return dataSource;
        }

        public void setDataSource(String dataSource) {
            this.dataSource = dataSource;
        }

        public String getTable() {
            return table;
        }

        public void setTable(String table) {
            this.table = table;
        }

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        /** The connection settings of this set's own, when any is given. */
        MigrationsConnection connection() {
            return new MigrationsConnection(url, user, password);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public OnStartup getOnStartup() {
        return onStartup;
    }

    public void setOnStartup(OnStartup onStartup) {
        this.onStartup = onStartup;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public List<String> getPackages() {
        return packages;
    }

    public void setPackages(List<String> packages) {
        this.packages = packages;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Duration getLockWaitTimeout() {
        return lockWaitTimeout;
    }

    public void setLockWaitTimeout(Duration lockWaitTimeout) {
        this.lockWaitTimeout = lockWaitTimeout;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public ChecksumPolicy getOnChecksumMismatch() {
        return onChecksumMismatch;
    }

    public void setOnChecksumMismatch(ChecksumPolicy onChecksumMismatch) {
        this.onChecksumMismatch = onChecksumMismatch;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public void setAppliedBy(String appliedBy) {
        this.appliedBy = appliedBy;
    }

    public String getSourceDirectory() {
        return sourceDirectory;
    }

    public void setSourceDirectory(String sourceDirectory) {
        this.sourceDirectory = sourceDirectory;
    }

    public BackupProperties getBackup() {
        return backup;
    }

    public void setBackup(BackupProperties backup) {
        this.backup = backup;
    }

    public RevisionProperties getRevision() {
        return revision;
    }

    public void setRevision(RevisionProperties revision) {
        this.revision = revision;
    }

    public String getRevisionPackage() {
        return revisionPackage;
    }

    public void setRevisionPackage(String revisionPackage) {
        this.revisionPackage = revisionPackage;
    }

    public Map<String, SetProperties> getSets() {
        return sets;
    }

    /**
     * The properties of the set {@code name}: a named set's, or, for the default set, the top-level ones seen as a
     * set (on the application's DataSource), so that every set is read the same way. Null for an unknown name.
     */
    SetProperties ofSet(String name) {
        if (!MigrationSet.DEFAULT.equals(name)) {
            return sets.get(name);
        }
        SetProperties defaults = new SetProperties();
        defaults.setPackages(packages);
        defaults.setTable(table);
        defaults.setSchema(schema);
        defaults.setTarget(target);
        defaults.setTenants(tenants);
        defaults.setUrl(url);
        defaults.setUser(user);
        defaults.setPassword(password);
        return defaults;
    }

    public TenantProperties getTenants() {
        return tenants;
    }

    public void setTenants(TenantProperties tenants) {
        this.tenants = tenants;
    }

    public AutogenerateProperties getAutogenerate() {
        return autogenerate;
    }

    public void setAutogenerate(AutogenerateProperties autogenerate) {
        this.autogenerate = autogenerate;
    }

    public void setSets(Map<String, SetProperties> sets) {
        this.sets = sets;
    }
}
