package dev.migrations.reliability;

import dev.migrations.fixtures.TenantStory;
import dev.migrations.tenant.MigrationTenants;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.tenant.TenantProgress;
import dev.migrations.tenant.TenantRun;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant set as it breaks in production: a run killed part-way and resumed by the next, and several JVMs starting
 * at once against the same {@value #TENANTS} tenants. Each tenant must end at the heads with every revision applied
 * exactly once, as the tenant's own audit table shows.
 */
class TenantsAcrossJvmsTest {

    private static final int TENANTS = 100;
    private static final String CHILD = "tenants-child";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final DatabaseProbe probe = new DatabaseProbe(db.dataSource());

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aRunKilledPartWayIsResumedByTheNextAndEveryRevisionRunsOncePerTenant() throws Exception {
        int finishedBeforeKill;
        try (ChildJvm child = ChildJvm.start(TenantsUpgradeMain.class, db.jdbcUrl(), db.user(), db.password(),
                String.valueOf(TENANTS), "2", CHILD)) {
            awaitFinished(child, 25);
            child.kill();
            finishedBeforeKill = finished(child.output());
        }
        probe.awaitSessionsGone(CHILD, Duration.ofSeconds(15));
        assertThat(finishedBeforeKill).as("killed part-way").isBetween(25, TENANTS - 1);

        TenantRun resumed = tenantSet().upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();

        assertThat(resumed.changed().size()).as("the resumed run does only what was left")
                .isLessThanOrEqualTo(TENANTS - finishedBeforeKill);
        assertEveryTenantUpgradedOnceToTheHead();
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void severalJvmsStartingAtOnceApplyEachRevisionOncePerTenant() {
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                children.add(ChildJvm.start(TenantsUpgradeMain.class, db.jdbcUrl(), db.user(), db.password(),
                        String.valueOf(TENANTS), "2", CHILD + i));
            }
            for (ChildJvm child : children) {
                // Three JVMs contend for the same tenants' locks on a busy machine: minutes, not seconds.
                assertThat(child.awaitExit(Duration.ofMinutes(4))).as(child.output()).isZero();
                assertThat(child.output()).contains("done");
            }
        } finally {
            children.forEach(ChildJvm::close);
        }
        assertEveryTenantUpgradedOnceToTheHead();
    }

    private TenantMigrations tenantSet() {
        return TenantMigrations.builder(TenantStory.migrations(db.dataSource()),
                MigrationTenants.schemas(TenantStory.schemas(TENANTS).toArray(String[]::new))).parallelism(2).build();
    }

    /** Each revision upgraded once in each tenant (the two branches in either order), and all applied. */
    private void assertEveryTenantUpgradedOnceToTheHead() {
        for (String schema : TenantStory.schemas(TENANTS)) {
            assertThat(probe.strings("SELECT revision FROM " + schema + ".migrations_version_audit"
                    + " WHERE action = 'UPGRADE'")).as(schema).containsExactlyInAnyOrderElementsOf(TenantStory.REVISIONS);
            assertThat(probe.strings("SELECT state FROM " + schema + ".migrations_version")).as(schema)
                    .hasSize(TenantStory.REVISIONS.size()).containsOnly("APPLIED");
        }
        assertThat(probe.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .isEmpty();
    }

    private static void awaitFinished(ChildJvm child, int tenants) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (finished(child.output()) < tenants) {
            assertThat(child.isAlive()).as("the child is still running:\n" + child.output()).isTrue();
            assertThat(System.nanoTime()).as("the child finished " + tenants + " tenants within 60 s:\n"
                    + child.output()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static int finished(String output) {
        return (int) output.lines().filter(line -> line.startsWith("finished ")).count();
    }
}
