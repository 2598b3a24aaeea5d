package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.jpaapp.JpaTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @JdbcTest}, on the real PostgreSQL, migrates before its JdbcTemplate is used. */
@JdbcTest
@ContextConfiguration(classes = JpaTestApplication.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DirtiesContext
class JdbcSliceTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSlicesDatabaseIsMigrated() {
        assertThat(jdbc.queryForList("SELECT name FROM catalog_items ORDER BY id", String.class))
                .containsExactly("anvil", "rocket skates");
    }
}
