package dev.migrations.tenant;

import dev.migrations.error.MigrationFailedException;
import dev.migrations.error.UsageException;
import dev.migrations.Migrations;
import dev.migrations.fixtures.Story;
import dev.migrations.fixtures.TenantStory;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tenant set of {@value #TENANTS} schemas on a real PostgreSQL, and tenants with databases of their own. */
class PostgresTenantsTest {

    private static final int TENANTS = 120;

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase other = TestDatabase.postgres();

    @BeforeEach
    void emptyDatabases() {
        db.reset();
        other.reset();
    }

    @Test
    void everyTenantGetsTheRevisionsInItsOwnSchemaWithItsOwnVersionTable() {
        PeakConnections connections = new PeakConnections(db.dataSource());
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.migrations(connections),
                MigrationTenants.schemas(TenantStory.schemas(TENANTS).toArray(String[]::new))).parallelism(4).build();
        List<TenantProgress> progress = new CopyOnWriteArrayList<>();

        TenantRun run = tenants.upgrade("heads", progress::add).requireSuccess();

        assertThat(run.changed()).hasSize(TENANTS);
        assertThat(progress).hasSize(TENANTS);
        assertThat(progress).extracting(TenantProgress::finished).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, TENANTS).boxed().toList());
        for (String schema : TenantStory.schemas(TENANTS)) {
            assertThat(tables(schema)).as(schema).contains("users", "posts", "tags", "migrations_version");
            assertThat(db.strings("SELECT revision FROM " + schema + ".migrations_version WHERE state = 'APPLIED'"))
                    .as(schema).containsExactlyInAnyOrderElementsOf(TenantStory.REVISIONS);
        }
        assertThat(tables("public")).as("nothing lands in the DataSource's own schema").isEmpty();
        assertThat(connections.peak()).as("each tenant holds at most its work and its lock connection")
                .isLessThanOrEqualTo(2 * 4);

        TenantRun again = tenants.upgrade("heads", TenantProgress.Listener.NONE);
        assertThat(again.changed()).isEmpty();
        assertThat(again.failed()).isEmpty();
        assertThat(tenants.status()).hasSize(TENANTS).allMatch(TenantStatus::upToDate);
    }

    @Test
    void tenantsAtTheHeadsOfAnIndexedSetAreFoundWithOneConnectionForAll() {
        PeakConnections connections = new PeakConnections(db.dataSource());
        List<Tenant> known = new CopyOnWriteArrayList<>(TenantStory.schemas(TENANTS).stream().map(Tenant::schema)
                .toList());
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.indexed(connections, Story.all()),
                () -> known).parallelism(4).build();
        tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();

        int before = connections.opened();
        TenantRun noOp = tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
        assertThat(noOp.changed()).isEmpty();
        assertThat(noOp.outcomes()).hasSize(TENANTS)
                .allMatch(o -> o.result().headsAfter().equals(List.of("e5e5e5e5")));
        assertThat(connections.opened() - before).as("one connection for every tenant at the heads").isEqualTo(1);
        before = connections.opened();
        assertThat(tenants.status()).hasSize(TENANTS).allMatch(TenantStatus::upToDate)
                .allMatch(s -> s.current().equals(List.of("e5e5e5e5")));
        assertThat(connections.opened() - before).as("a status read of tenants at the heads, as a health probe")
                .isEqualTo(1);

        // A row without its fingerprint, and a new tenant: each is checked, or migrated, on its own.
        db.execute("UPDATE tenant_009.migrations_version SET source_fingerprint = NULL WHERE revision = 'a1a1a1a1'");
        db.execute("UPDATE tenant_010.migrations_version SET state = 'FAILED' WHERE revision = 'e5e5e5e5'");
        known.add(Tenant.schema("newcomer"));
        before = connections.opened();
        List<TenantStatus> statuses = tenants.status();
        assertThat(connections.opened() - before).as("the three tenants not at the heads read on their own")
                .isEqualTo(1 + 3);
        assertThat(statuses).filteredOn(s -> !s.upToDate()).extracting(TenantStatus::tenant)
                .containsExactly("tenant_010", "newcomer");
        assertThat(statuses).filteredOn(s -> s.tenant().equals("newcomer")).singleElement()
                .satisfies(s -> assertThat(s.pending()).isEqualTo(Story.all().size()));
        assertThat(statuses).filteredOn(s -> s.tenant().equals("tenant_010")).singleElement()
                .satisfies(s -> assertThat(s.problems()).isEqualTo(1));
        db.execute("UPDATE tenant_010.migrations_version SET state = 'APPLIED' WHERE revision = 'e5e5e5e5'");
        before = connections.opened();
        TenantRun mixed = tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
        assertThat(mixed.changed()).extracting(o -> o.tenant().name()).containsExactly("newcomer");
        assertThat(connections.opened() - before).isGreaterThan(2);
        assertThat(db.strings("SELECT source_fingerprint FROM tenant_009.migrations_version WHERE revision = "
                + "'a1a1a1a1'")).as("vouched for by its checksum, and its fingerprint recorded again")
                .containsExactly("source-of-a1a1a1a1");

        before = connections.opened();
        assertThat(tenants.upgrade("heads", TenantProgress.Listener.NONE).changed()).isEmpty();
        assertThat(connections.opened() - before).isEqualTo(1);
    }

    @Test
    void underContinueOneFailingTenantIsReportedWithItsRevisionAndTheOthersReachTheHeads() {
        db.execute("CREATE SCHEMA tenant_042", "CREATE TABLE tenant_042.posts (id INT)");
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.migrations(db.dataSource()),
                        MigrationTenants.schemas(TenantStory.schemas(TENANTS).toArray(String[]::new)))
                .parallelism(3).failurePolicy(FailurePolicy.CONTINUE).build();

        TenantRun run = tenants.upgrade("heads", TenantProgress.Listener.NONE);

        assertThat(run.failed()).extracting(o -> o.tenant().name()).containsExactly("tenant_042");
        assertThat(run.failed().get(0).failure().revision()).isEqualTo("b2b2b2b2");
        assertThat(run.changed()).hasSize(TENANTS - 1);
        assertThat(db.strings("SELECT revision FROM tenant_042.migrations_version WHERE state = 'APPLIED'"))
                .as("the failed tenant stays at the revision before the failure").containsExactly("a1a1a1a1");
        assertThatThrownBy(run::requireSuccess).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("1 of " + TENANTS + " tenants failed")
                .hasMessageContaining("tenant tenant_042: ")
                .hasMessageContaining("b2b2b2b2")
                .hasMessageContaining("CREATE TABLE");
        List<TenantStatus> status = tenants.status();
        assertThat(status.stream().filter(s -> !s.upToDate())).extracting(TenantStatus::tenant)
                .containsExactly("tenant_042");
    }

    @Test
    void underFailFastNoTenantStartsAfterTheFirstFailure() {
        db.execute("CREATE SCHEMA tenant_005", "CREATE TABLE tenant_005.users (id INT)");
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.migrations(db.dataSource()),
                MigrationTenants.schemas(TenantStory.schemas(TENANTS).toArray(String[]::new))).build();

        TenantRun run = tenants.upgrade("heads", TenantProgress.Listener.NONE);

        assertThat(run.failed()).extracting(o -> o.tenant().name()).containsExactly("tenant_005");
        assertThat(run.changed()).hasSize(4);
        assertThat(run.notStarted()).hasSize(TENANTS - 5);
        assertThat(db.strings("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'"))
                .as("tenants never started are not touched").hasSize(5);
        assertThatThrownBy(run::requireSuccess).hasMessageContaining((TENANTS - 5) + " were not started");
    }

    @Test
    void eachRevisionsEventsAndLogLinesNameTheirTenant() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(Story.all())
                .listener(event -> seen.add(Thread.currentThread().getName() + "|"
                        + MDC.get(TenantMigrations.TENANT_KEY)))
                .build();
        TenantMigrations tenants = TenantMigrations.builder(migrations, MigrationTenants.schemas("acme", "globex"))
                .parallelism(2).build();

        tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();

        assertThat(seen).isNotEmpty().allMatch(s -> s.equals("tenant acme|acme") || s.equals("tenant globex|globex"));
        assertThat(seen).contains("tenant acme|acme", "tenant globex|globex");
        assertThat(MDC.get(TenantMigrations.TENANT_KEY)).isNull();
    }

    @Test
    void aTenantAddedAtRunTimeIsMigratedOnDemand() {
        List<Tenant> known = new CopyOnWriteArrayList<>(List.of(Tenant.schema("acme")));
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.migrations(db.dataSource()), () -> known)
                .build();
        tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();

        assertThatThrownBy(() -> tenants.upgradeTenant("globex")).isInstanceOf(UsageException.class)
                .hasMessageContaining("There is no tenant globex: the tenants are acme");
        known.add(Tenant.schema("globex"));
        assertThat(tenants.upgradeTenant("globex").headsAfter()).containsExactly(TenantStory.HEAD);
        assertThat(tables("globex")).contains("users", "posts");
        assertThat(tenants.tenant("globex").history()).hasSize(TenantStory.REVISIONS.size());
    }

    @Test
    void tenantsWithDatabasesOfTheirOwnKeepTheirVersionTablesThere() {
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.migrations(db.dataSource()),
                () -> List.of(Tenant.database("north", db.dataSource()), Tenant.database("south",
                        other.dataSource()))).parallelism(2).build();

        tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
        tenants.tenant("south").downgrade("e5e5e5e5");

        assertThat(tenants.status()).extracting(TenantStatus::tenant, TenantStatus::pending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("north", 0),
                        org.assertj.core.groups.Tuple.tuple("south", 1));
        assertThat(tables("public")).contains("users", "migrations_version");
    }

    private List<String> tables(String schema) {
        return db.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'");
    }


    /** The most connections open at once: what a pool of that size must allow. */
    static final class PeakConnections implements DataSource {

        private final DataSource target;
        private final AtomicInteger open = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();
        private final AtomicInteger opened = new AtomicInteger();

        PeakConnections(DataSource target) {
            this.target = target;
        }

        int peak() {
            return peak.get();
        }

        int opened() {
            return opened.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = target.getConnection();
            opened.incrementAndGet();
            peak.accumulateAndGet(open.incrementAndGet(), Math::max);
            AtomicInteger closed = new AtomicInteger();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && closed.getAndIncrement() == 0) {
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
