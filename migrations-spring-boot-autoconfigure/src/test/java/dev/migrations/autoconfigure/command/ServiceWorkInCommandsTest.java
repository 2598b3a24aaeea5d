package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.serviceworkapp.ServiceWorkApplication;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.TimeUnit;

import static dev.migrations.autoconfigure.command.serviceworkapp.ServiceWorkApplication.LISTENER_CREATED;
import static dev.migrations.autoconfigure.command.serviceworkapp.ServiceWorkApplication.LISTENER_STARTED;
import static dev.migrations.autoconfigure.command.serviceworkapp.ServiceWorkApplication.SEEDED;
import static dev.migrations.autoconfigure.command.serviceworkapp.ServiceWorkApplication.WARMED;
import static dev.migrations.autoconfigure.command.serviceworkapp.ServiceWorkApplication.WARMER_CREATED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command runs beside the service (a Kubernetes Job), so none of the service's own work may start in it: not its
 * listener containers, not its scheduled jobs, not its listeners of the application's start; in a lean start and
 * in a whole one alike. The same application started as a service does all of it, which shows the test
 * application would reveal them.
 */
class ServiceWorkInCommandsTest {

    /** Long enough for a job scheduled every 10 ms, from the start, to have run. */
    private static final long SCHEDULED_JOB_WAIT_MS = 500;

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final CommandMode migrations = CommandMode.of(ServiceWorkApplication.class, db)
            .with("migrations.packages", StoryTestApplication.class.getPackageName());

    @BeforeEach
    void nothingRanYet() {
        db.reset();
        ServiceWorkApplication.reset();
    }

    @Test
    void theServiceItselfDoesAllItsWork() throws InterruptedException {
        SpringApplication service = new SpringApplication(ServiceWorkApplication.class);
        try (ConfigurableApplicationContext ignored = service.run("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--migrations.packages=" + StoryTestApplication.class.getPackageName())) {
            assertThat(LISTENER_STARTED).isTrue();
            assertThat(WARMED).isTrue();
            assertThat(SEEDED).isTrue();
            assertThat(ServiceWorkApplication.scheduledRun.await(SCHEDULED_JOB_WAIT_MS, TimeUnit.MILLISECONDS))
                    .isTrue();
        }
    }

    @Test
    void aLeanCommandCreatesNoneOfTheServicesWorkAndRunsNone() throws InterruptedException {
        try (Run run = migrations.start("current")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(LISTENER_CREATED).isFalse();
            assertThat(WARMER_CREATED).isFalse();
            assertThat(WARMED).isFalse();
            assertThat(SEEDED).isFalse();
            assertThat(ServiceWorkApplication.scheduledRun.await(SCHEDULED_JOB_WAIT_MS, TimeUnit.MILLISECONDS))
                    .isFalse();
        }
        assertThat(LISTENER_STARTED).isFalse();
    }

    @Test
    void theServiceStillHearsItsOwnEventsInACommand() {
        try (Run run = migrations.start("current")) {
            run.context().publishEvent(new ServiceWorkApplication.NoteArchived("n1"));

            assertThat(ServiceWorkApplication.ARCHIVAL_HEARD).isTrue();
            assertThat(WARMED).isFalse();
        }
    }

    @Test
    void aCommandOfTheWholeApplicationRunsNoneOfTheServicesWork() throws InterruptedException {
        migrations.run("upgrade");
        ServiceWorkApplication.reset();

        try (Run run = migrations.start("check")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(LISTENER_CREATED).isTrue();
            assertThat(LISTENER_STARTED).isFalse();
            assertThat(WARMER_CREATED).isTrue();
            assertThat(WARMED).isFalse();
            assertThat(SEEDED).isFalse();
            assertThat(ServiceWorkApplication.scheduledRun.await(SCHEDULED_JOB_WAIT_MS, TimeUnit.MILLISECONDS))
                    .isFalse();
        }
        assertThat(LISTENER_STARTED).isFalse();
    }
}
