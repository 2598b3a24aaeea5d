package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.jpaapp.JpaTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = JpaTestApplication.class)
@DirtiesContext
class JpaApplicationOnMariaDbTest extends JpaApplicationContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Override
    TestDatabase db() {
        return db;
    }
}
