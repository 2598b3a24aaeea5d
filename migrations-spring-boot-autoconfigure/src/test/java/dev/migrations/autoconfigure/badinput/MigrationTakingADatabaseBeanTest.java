package dev.migrations.autoconfigure.badinput;

import dev.migrations.autoconfigure.badinput.cycleapp.CycleTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A migration that runs on start-up and takes a service built on the application's JdbcTemplate cannot be made:
 * the JdbcTemplate waits for the migrations. The start fails with a report in the migration's terms (which
 * migration, which argument, what to take instead), not Spring's advice to allow circular references, and
 * nothing is applied.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationTakingADatabaseBeanTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Test
    void theStartFailsNamingTheMigrationTheServiceAndWhatToTakeInsteadAndNothingIsApplied(CapturedOutput output) {
        db.reset();
        SpringApplication application = new SpringApplication(CycleTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.user(), "spring.datasource.password", db.password()));

        assertThatThrownBy(application::run).hasStackTraceContaining("SeedStock");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Migration class dev.migrations.autoconfigure.badinput.cycleapp.SeedStock needs a "
                        + "dev.migrations.autoconfigure.badinput.cycleapp.Inventory in its constructor, which cannot be "
                        + "made before the migrations run")
                .contains("Take a JdbcTemplate, NamedParameterJdbcTemplate, JdbcOperations or JdbcClient")
                .doesNotContain("allow-circular-references");
        assertThat(new JdbcTemplate(db.dataSource()).queryForList("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = current_schema()", String.class)).isEmpty();
    }
}
