package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.twosetsapp.TwoSetsApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = TwoSetsApplication.class, properties = {
        "migrations.sets.audit.packages=dev.migrations.autoconfigure.twosetsapp.audit",
        "migrations.sets.audit.data-source=auditDataSource",
        "migrations.sets.audit.table=audit_version"})
@DirtiesContext
class TwoMigrationSetsOnPostgresTest extends TwoMigrationSetsContract {

    @RegisterExtension
    static TestDatabase orders = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase audit = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSources(DynamicPropertyRegistry registry) {
        registry.add("app.orders.url", orders::jdbcUrl);
        registry.add("app.orders.username", orders::user);
        registry.add("app.orders.password", orders::password);
        registry.add("app.audit.url", audit::jdbcUrl);
        registry.add("app.audit.username", audit::user);
        registry.add("app.audit.password", audit::password);
    }

    @Override
    TestDatabase orders() {
        return orders;
    }

    @Override
    TestDatabase audit() {
        return audit;
    }
}
