package dev.migrations.autoconfigure;

import dev.migrations.runtime.ChecksumPolicy;
import dev.migrations.runtime.TransactionMode;
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
     * More migration sets, each on its own DataSource with its own version table, by name.
     */
    private Map<String, SetProperties> sets = new LinkedHashMap<>();

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
         * The revision to upgrade this set to on start-up.
         */
        private String target = "heads";

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

    public String getRevisionPackage() {
        return revisionPackage;
    }

    public void setRevisionPackage(String revisionPackage) {
        this.revisionPackage = revisionPackage;
    }

    public Map<String, SetProperties> getSets() {
        return sets;
    }

    public void setSets(Map<String, SetProperties> sets) {
        this.sets = sets;
    }
}
