package dev.migrations.tenant;

import dev.migrations.Migrations;
import dev.migrations.backup.Backup;
import dev.migrations.error.DatabaseNotUpToDateException;
import dev.migrations.error.MigrationException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.error.UsageException;
import dev.migrations.runtime.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One migration set applied to many tenants: each tenant, a schema or a database, gets the same revisions with its
 * own version table, audit table and lock, so a tenant is exactly as safe as a single database. Tenants run in
 * parallel, at most {@code parallelism} at once (each holds one connection, which also holds its lock); a tenant
 * with nothing pending costs one connection and two small queries (the version table, then its digest or rows).
 *
 * <pre>{@code
 * TenantMigrations tenants = TenantMigrations.builder(migrations, MigrationTenants.schemas("acme", "globex"))
 *         .parallelism(4).build();
 * tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
 * }</pre>
 */
public final class TenantMigrations {

    /** The logging context's key for the tenant being migrated: {@code %X{migrations.tenant}} in a log pattern. */
    public static final String TENANT_KEY = "migrations.tenant";
    private static final String EVERY_HEAD = "heads";

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Migrations migrations;
    private final MigrationTenants tenants;
    private final int parallelism;
    private final FailurePolicy failurePolicy;
    private volatile Boolean concurrentSchemaChanges;

    private TenantMigrations(Builder builder) {
        this.migrations = builder.migrations;
        this.tenants = builder.tenants;
        this.parallelism = builder.parallelism;
        this.failurePolicy = builder.failurePolicy;
    }

    /** @param migrations the migration set on the DataSource that holds the schema tenants */
    public static Builder builder(Migrations migrations, MigrationTenants tenants) {
        return new Builder(migrations, tenants);
    }

    /** The tenants as the provider gives them now. */
    public List<Tenant> tenants() {
        List<Tenant> now = List.copyOf(tenants.tenants());
        Set<String> names = new HashSet<>();
        for (Tenant tenant : now) {
            if (!names.add(tenant.name())) {
                throw new UsageException("Tenant " + tenant.name() + " is declared twice: give each tenant its own "
                        + "name (migrations.tenants.schemas, or the MigrationTenants bean).");
            }
        }
        return now;
    }

    public int parallelism() {
        return parallelism;
    }

    public FailurePolicy failurePolicy() {
        return failurePolicy;
    }

    /** The migrations of one tenant, for any command: {@code tenant("acme").history()}. */
    public Migrations tenant(String name) {
        return migrationsOf(find(name));
    }

    public Migrations migrationsOf(Tenant tenant) {
        return tenant.schema() != null ? migrations.inSchema(tenant.schema())
                : migrations.onDataSource(tenant.dataSource());
    }

    /**
     * Brings one tenant to the heads, asking the provider for it first: the call a sign-up makes after creating a
     * tenant, without a restart.
     */
    public RunResult upgradeTenant(String name) {
        return tenant(name).upgrade();
    }

    /**
     * Upgrades every tenant to {@code target}. For {@code heads}, the schema tenants already there are found first
     * with a couple of queries for all of them ({@link Migrations#schemasAtHeads}), and are not connected to one by
     * one.
     */
    public TenantRun upgrade(String target, TenantProgress.Listener progress) {
        return upgrade(target, progress, false);
    }

    /**
     * Upgrades every tenant to {@code target} after a backup, where something is pending: the database that holds
     * the schema tenants is backed up once, before any of them changes; a tenant with a database of its own backs
     * that database up before its own run. A backup that fails stops the upgrade before anything is applied (for
     * a tenant with its own database: that tenant's).
     */
    public TenantRun upgradeAfterBackup(String target, TenantProgress.Listener progress) {
        return upgrade(target, progress, true);
    }

    private TenantRun upgrade(String target, TenantProgress.Listener progress, boolean backupFirst) {
        List<Tenant> all = tenants();
        AtHeads atHeads = EVERY_HEAD.equals(target) ? atHeads(all) : AtHeads.NONE;
        if (backupFirst) {
            backUpSchemaTenantsIfPending(all, atHeads, target);
        }
        RunResult nothingToDo = new RunResult(List.of(), atHeads.heads(), atHeads.heads());
        return run(all, tenant -> {
            if (atHeads.holds(tenant)) {
                return nothingToDo;
            }
            Migrations one = migrationsOf(tenant);
            return backupFirst && tenant.schema() == null ? one.upgradeAfterBackup(target) : one.upgrade(target);
        }, progress);
    }

    /** One backup of the database of the schema tenants, when one of them has something to apply. */
    private void backUpSchemaTenantsIfPending(List<Tenant> all, AtHeads atHeads, String target) {
        List<Tenant> inSchemas = all.stream().filter(t -> t.schema() != null).toList();
        String why = inSchemas.stream().filter(t -> !atHeads.holds(t)).map(t -> whyItMayChange(t, target))
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (why != null) {
            Backup backup = migrations.backup(null, "before upgrading " + inSchemas.size() + " schema tenants to "
                    + target + " (" + why + ")");
            log.info("Backed up the database of {} schema tenants to {} ({}) before upgrading them", inSchemas.size(),
                    backup.location(), backup.method());
        }
    }

    /** Why an upgrade may change the tenant (something pending, or a state that cannot be read), or null. */
    private String whyItMayChange(Tenant tenant, String target) {
        try {
            return migrationsOf(tenant).status(target).pending() > 0 ? tenant.name() + " has revisions pending"
                    : null;
        } catch (RuntimeException e) {
            return tenant.name() + " cannot be read: " + e.getMessage();
        }
    }

    /**
     * The schema tenants whose version tables hold every revision applied from the indexed sources, found with a
     * couple of queries for all of them ({@link Migrations#schemasAtHeads}), so that neither an upgrade nor a
     * status read connects to them one by one.
     */
    private AtHeads atHeads(List<Tenant> all) {
        Set<String> schemas = migrations.schemasAtHeads(all.stream().map(Tenant::schema).filter(Objects::nonNull)
                .toList());
        return schemas.isEmpty() ? AtHeads.NONE : new AtHeads(schemas, migrations.graph().heads());
    }

    private record AtHeads(Set<String> schemas, List<String> heads) {

        static final AtHeads NONE = new AtHeads(Set.of(), List.of());

        boolean holds(Tenant tenant) {
            return tenant.schema() != null && schemas.contains(tenant.schema());
        }
    }

    public TenantRun downgrade(String target, TenantProgress.Listener progress) {
        return run(m -> m.downgrade(target), progress);
    }

    /** Runs {@code work} on each tenant, in parallel, under the failure policy. */
    public TenantRun run(Function<Migrations, RunResult> work, TenantProgress.Listener progress) {
        return run(tenants(), tenant -> work.apply(migrationsOf(tenant)), progress);
    }

    private TenantRun run(List<Tenant> all, Function<Tenant, RunResult> work, TenantProgress.Listener progress) {
        long started = System.nanoTime();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<TenantOutcome> outcomes = inParallel(all, writers(all), tenant -> {
            if (stop.get()) {
                return TenantOutcome.notStarted(tenant);
            }
            TenantOutcome outcome = runOne(tenant, work);
            if (outcome.failed()) {
                failed.incrementAndGet();
                stop.set(failurePolicy == FailurePolicy.FAIL_FAST);
            }
            progress.progressed(new TenantProgress(finished.incrementAndGet(), all.size(), failed.get(),
                    Duration.ofNanos(System.nanoTime() - started), outcome));
            return outcome;
        });
        TenantRun run = new TenantRun(outcomes, Duration.ofNanos(System.nanoTime() - started));
        log.info("Tenant set of {}: {} changed, {} failed, {} not started, in {} ms", all.size(), run.changed().size(),
                run.failed().size(), run.notStarted().size(), run.took().toMillis());
        return run;
    }

    /**
     * Every tenant's state; a tenant that cannot be read says why instead of failing the rest. The schema tenants at
     * the heads are found together, as for an upgrade; the others are read one by one, in parallel. So a health
     * probe of many up-to-date tenants costs one connection and a query per 25 of them.
     */
    public List<TenantStatus> status() {
        List<Tenant> all = tenants();
        AtHeads atHeads = atHeadsOrNone(all);
        // Only the tenants not at the heads go to the pool: a probe of tenants all up to date starts no thread.
        Iterator<TenantStatus> read = inParallel(all.stream().filter(t -> !atHeads.holds(t)).toList(), parallelism,
                tenant -> {
                    try {
                        Migrations tenantMigrations = migrationsOf(tenant);
                        return TenantStatus.of(tenant, tenantMigrations.status(), tenantMigrations.graph());
                    } catch (RuntimeException e) {
                        return TenantStatus.unreadable(tenant, e);
                    }
                }).iterator();
        return all.stream().map(t -> atHeads.holds(t) ? TenantStatus.atHeads(t, atHeads.heads()) : read.next())
                .toList();
    }

    /** As {@link #atHeads}, or none when the shared query fails: each tenant's own read then says why. */
    private AtHeads atHeadsOrNone(List<Tenant> all) {
        try {
            return atHeads(all);
        } catch (RuntimeException e) {
            log.debug("Reading every tenant on its own: the query for the tenants at the heads failed", e);
            return AtHeads.NONE;
        }
    }

    /**
     * @throws DatabaseNotUpToDateException naming the tenants behind or with a problem, when any is: what a start
     *         that validates instead of upgrading reports
     */
    public void requireUpToDate() {
        List<TenantStatus> behind = status().stream().filter(s -> !s.upToDate()).toList();
        if (!behind.isEmpty()) {
            throw new DatabaseNotUpToDateException(null, behind.size() + " tenants are not up to date: "
                    + behind.stream().limit(20).map(TenantMigrations::describe).collect(Collectors.joining("; "))
                    + (behind.size() > 20 ? "; and " + (behind.size() - 20) + " more" : "")
                    + ". Upgrade them with `migrations upgrade --all-tenants`.");
        }
    }

    private static String describe(TenantStatus status) {
        if (status.error() != null) {
            return status.tenant() + " unreadable (" + status.error() + ")";
        }
        return status.tenant() + " at " + (status.current().isEmpty() ? "base" : String.join(",", status.current()))
                + " (" + status.pending() + " pending" + (status.problems() > 0 ? ", " + status.problems()
                + " failed or edited" : "") + ")";
    }

    /**
     * Runs one tenant with its name in the thread's name and in the logging context ({@value #TENANT_KEY}), so that
     * every line its revisions log says which tenant it is about, in any log pattern that shows the thread.
     */
    private TenantOutcome runOne(Tenant tenant, Function<Tenant, RunResult> work) {
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName("tenant " + tenant.name());
        try (MDC.MDCCloseable ignored = MDC.putCloseable(TENANT_KEY, tenant.name())) {
            return runOneNamed(tenant, work);
        } finally {
            thread.setName(threadName);
        }
    }

    private TenantOutcome runOneNamed(Tenant tenant, Function<Tenant, RunResult> work) {
        long started = System.nanoTime();
        try {
            RunResult result = work.apply(tenant);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (!result.steps().isEmpty()) {
                log.info("Tenant {}: ran {} revisions, now at {} ({} ms)", tenant.name(), result.steps().size(),
                        String.join(", ", result.headsAfter()), took.toMillis());
            }
            return new TenantOutcome(tenant, result, null, took);
        } catch (MigrationException e) {
            log.warn("Tenant {} failed: {}", tenant.name(), e.getMessage());
            return new TenantOutcome(tenant, null, e, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            log.warn("Tenant {} failed", tenant.name(), e);
            return new TenantOutcome(tenant, null, new MigrationFailedException("Tenant " + tenant.name()
                    + " failed: " + e, e), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Tenant find(String name) {
        List<Tenant> all = tenants();
        return all.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("There is no tenant " + name + ": the tenants are "
                        + all.stream().limit(10).map(Tenant::name).collect(Collectors.joining(", "))
                        + (all.size() > 10 ? " and " + (all.size() - 10) + " more" : "")
                        + ". Add it to migrations.tenants.schemas or have the MigrationTenants bean return it."));
    }

    /** Asked of the database once: it does not change under a tenant set. */
    private boolean concurrentSchemaChanges() {
        Boolean known = concurrentSchemaChanges;
        if (known == null) {
            known = migrations.concurrentSchemaChanges();
            concurrentSchemaChanges = known;
        }
        return known;
    }

    /** The parallelism for work that changes schemas: one at a time where the database cannot do more. */
    private int writers(List<Tenant> all) {
        if (parallelism > 1 && all.stream().anyMatch(t -> t.schema() != null) && !concurrentSchemaChanges()) {
            log.info("Migrating tenants one at a time: this database cannot change several schemas at once");
            return 1;
        }
        return parallelism;
    }

    private <T> List<T> inParallel(List<Tenant> all, int threads, Function<Tenant, T> task) {
        if (all.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, all.size()), threads());
        try {
            List<Future<T>> futures = new ArrayList<>(all.size());
            for (Tenant tenant : all) {
                futures.add(pool.submit(() -> task.apply(tenant)));
            }
            List<T> results = new ArrayList<>(all.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationFailedException("Interrupted while migrating tenants; each tenant is left "
                    + "consistent at the revision it reached.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory threads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "migrations-tenants-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a {@link TenantMigrations}. */
    public static final class Builder {

        private final Migrations migrations;
        private final MigrationTenants tenants;
        private int parallelism = 1;
        private FailurePolicy failurePolicy = FailurePolicy.FAIL_FAST;

        private Builder(Migrations migrations, MigrationTenants tenants) {
            this.migrations = Objects.requireNonNull(migrations, "migrations");
            this.tenants = Objects.requireNonNull(tenants, "tenants");
        }

        /** Tenants migrated at once; default 1. Each holds up to two connections: keep it at most half the pool. */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        public Builder failurePolicy(FailurePolicy policy) {
            this.failurePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public TenantMigrations build() {
            return new TenantMigrations(this);
        }
    }
}
