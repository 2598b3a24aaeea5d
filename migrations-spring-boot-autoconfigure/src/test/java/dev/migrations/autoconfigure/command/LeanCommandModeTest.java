package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.actuate.MigrationsEndpoint;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.CommandModeAutoConfigurationFilter.Start;
import dev.migrations.autoconfigure.command.leanapp.LeanTestApplication;
import dev.migrations.autoconfigure.command.leanservice.LeanServiceTestApplication;
import dev.migrations.autoconfigure.command.runnerapp.RunnerApplication;
import dev.migrations.autoconfigure.jpaapp.JpaTestApplication;
import dev.migrations.autoconfigure.jpaapp.ItemsAtStartup;
import dev.migrations.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.framework.autoproxy.InfrastructureAdvisorAutoProxyCreator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands that need no entity model start a lean application: no JPA, web, Actuator or metrics
 * auto-configuration, and beans only when used; {@code check} and {@code revision --autogenerate} get the whole one.
 */
class LeanCommandModeTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void currentStartsNeitherJpaNorTheEndpointNorTheApplicationsOwnBeans() {
        try (Run run = CommandMode.of(JpaTestApplication.class, db).start("current")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.context().getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
            assertThat(run.context().getBeanNamesForType(MigrationsEndpoint.class)).isEmpty();
            // A runner never runs in command mode; in a lean start it is not even created (its repository is absent).
            assertThat(run.context().getBeanNamesForType(ItemsAtStartup.class)).isEmpty();
            // It calls none of the application's code, so its services' transactions are not set up either.
            assertThat(run.context().getBeanNamesForType(TransactionTemplate.class)).isEmpty();
            assertThat(run.context().getBeanNamesForType(InfrastructureAdvisorAutoProxyCreator.class)).isEmpty();
        }
    }

    /**
     * The application class that implements CommandLineRunner stays, with the beans it declares (the command, which
     * runs first, ends the JVM before it is called); the application's other runners are left out, in a lean start
     * and a whole one, so that even with the JVM left running, as here, they never run.
     */
    @Test
    void anApplicationClassThatIsARunnerKeepsItsBeansAndTheOtherRunnersAreLeftOut() {
        RunnerApplication.SEEDS.set(0);
        CommandMode migrations = CommandMode.of(RunnerApplication.class, db);

        Run upgrade = migrations.run("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        Run whole = migrations.with(MigrationsCommandRunListener.LEAN, "false").run("current");
        assertThat(whole.exitCode()).as(whole.toString()).isZero();

        assertThat(jdbc().queryForObject("SELECT count(*) FROM stamped_notes", Long.class)).isZero();
        assertThat(RunnerApplication.SEEDS).hasValue(0);
    }

    @Test
    void upgradeRunsItsMigrationsThroughTheLeanApplicationWithItsTransactions() {
        try (Run run = CommandMode.of(JpaTestApplication.class, db).start("upgrade")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            // A migration may take a @Transactional service of the application: it gets it as the application would.
            assertThat(run.context().getBeanNamesForType(TransactionTemplate.class)).hasSize(1);
            assertThat(run.context().getBeanNamesForType(InfrastructureAdvisorAutoProxyCreator.class)).hasSize(1);
        }
        assertThat(jdbc().queryForObject("SELECT count(*) FROM catalog_items", Long.class)).isEqualTo(2);
    }

    @Test
    void checkComparesTheEntitiesSoItStartsJpa() {
        CommandMode.of(JpaTestApplication.class, db).run("upgrade");

        try (Run run = CommandMode.of(JpaTestApplication.class, db).start("check")) {
            assertThat(run.context().getBeanNamesForType(EntityManagerFactory.class)).hasSize(1);
        }
    }

    @Test
    void theWholeApplicationStartsWhenLeanIsTurnedOff() {
        CommandMode.of(JpaTestApplication.class, db).run("upgrade");
        try (Run run = CommandMode.of(JpaTestApplication.class, db).with(MigrationsCommandRunListener.LEAN, "false")
                .start("current")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.context().getBeanNamesForType(EntityManagerFactory.class)).hasSize(1);
        }
    }

    @Test
    void aMigrationThatNeedsJpaSaysHowToRunWithIt() {
        Run lean = CommandMode.of(LeanTestApplication.class, db).run("upgrade");

        assertThat(lean.exitCode()).isEqualTo(1);
        assertThat(lean.err()).contains("Migration class " + "dev.migrations.autoconfigure.command.leanapp.CountNotes"
                        + " needs a jakarta.persistence.EntityManagerFactory in its constructor")
                .contains("lean start").contains("--migrations.command-line.lean=false");
        assertThat(tables()).isEmpty();

        Run whole = CommandMode.of(LeanTestApplication.class, db).run("upgrade", "--migrations.command-line.lean=false");

        assertThat(whole.exitCode()).as(whole.toString()).isZero();
        assertThat(tables()).contains("notes");
    }

    @Test
    void aServiceOfTheApplicationThatNeedsJpaSaysHowToRunWithIt() {
        Run lean = CommandMode.of(LeanServiceTestApplication.class, db).run("upgrade");

        assertThat(lean.exitCode()).isEqualTo(1);
        assertThat(lean.err()).contains("Migration class " + "dev.migrations.autoconfigure.command.leanservice"
                        + ".ArchiveNotes").contains("jakarta.persistence.EntityManagerFactory")
                .contains("lean start").contains("--migrations.command-line.lean=false");
        assertThat(tables()).isEmpty();

        Run whole = CommandMode.of(LeanServiceTestApplication.class, db)
                .run("upgrade", "--migrations.command-line.lean=false");

        assertThat(whole.exitCode()).as(whole.toString()).isZero();
        assertThat(tables()).contains("archived_notes");
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(db.dataSource());
    }

    private static List<String> tables() {
        return jdbc().queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
                String.class);
    }

    @Test
    void onlyMigratingAndBackingUpCallTheApplicationsCode() {
        assertThat(MigrationsCommandRunListener.callsApplicationCode(List.of("upgrade"))).isTrue();
        assertThat(MigrationsCommandRunListener.callsApplicationCode(List.of("--x=y", "downgrade", "-1"))).isTrue();
        assertThat(MigrationsCommandRunListener.callsApplicationCode(List.of("backup", "--to", "f.dump"))).isTrue();
        assertThat(MigrationsCommandRunListener.callsApplicationCode(List.of("history", "-v"))).isFalse();
        assertThat(MigrationsCommandRunListener.callsApplicationCode(List.of("stamp", "head"))).isFalse();
        assertThat(MigrationsCommandRunListener.callsApplicationCode(List.of())).isFalse();
        String transactions = "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration";
        assertThat(Start.LEANEST.leavesOut(transactions)).isTrue();
        assertThat(Start.LEAN.leavesOut(transactions)).isFalse();
    }

    @Test
    void onlyCheckAndAutogenerateNeedTheEntityModel() {
        assertThat(MigrationsCommandRunListener.needsNoEntityModel(List.of("current", "-v"))).isTrue();
        assertThat(MigrationsCommandRunListener.needsNoEntityModel(List.of("revision", "-m", "x"))).isTrue();
        assertThat(MigrationsCommandRunListener.needsNoEntityModel(List.of("check"))).isFalse();
        assertThat(MigrationsCommandRunListener.needsNoEntityModel(
                List.of("--spring.profiles.active=pg", "revision", "--autogenerate", "-m", "x"))).isFalse();
        String hibernate = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";
        String devtools = "org.springframework.boot.devtools.autoconfigure.DevToolsDataSourceAutoConfiguration";
        String dataSource = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
        assertThat(Start.LEAN.leavesOut(hibernate)).isTrue();
        assertThat(Start.COMMAND.leavesOut(hibernate)).isFalse();
        assertThat(Start.COMMAND.leavesOut(devtools)).isTrue();
        assertThat(Start.WHOLE.leavesOut(devtools)).isFalse();
        assertThat(Start.LEANEST.leavesOut(dataSource)).isFalse();
    }

    /** Another migration tool still on the class path (an application adopting this one) runs in no command. */
    @Test
    void noCommandStartsAnotherMigrationTool() {
        String flyway = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";
        String liquibase = "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration";
        for (Start start : List.of(Start.COMMAND, Start.LEAN, Start.LEANEST)) {
            assertThat(start.leavesOut(flyway)).as(start.name()).isTrue();
            assertThat(start.leavesOut(liquibase)).as(start.name()).isTrue();
        }
        assertThat(Start.WHOLE.leavesOut(flyway)).isFalse();
        assertThat(Start.WHOLE.leavesOut(liquibase)).isFalse();
    }
}
