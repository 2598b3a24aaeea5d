package dev.migrations.autoconfigure;

import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.IncompleteMigrationException;
import dev.migrations.error.LockTimeoutException;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.error.MigrationException;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.error.UnknownRevisionException;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import javax.sql.DataSource;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What a failed start prints: the engine's message as the description, and a concrete fix as the action. */
class MigrationsFailureAnalyzerTest {

    private static final String SCENARIOS = "dev.migrations.autoconfigure.scenarios.";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(DataSource.class, db::dataSource);

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void isRegisteredAsABootFailureAnalyzer() {
        // Other analyzers need a bean factory to be created; only whether ours is listed matters here.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { })))
                .hasAtLeastOneElementOfType(MigrationsFailureAnalyzer.class);
    }

    @Test
    void multipleHeadsWithTargetHeadAsksForAMerge() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "branched", "migrations.target=head")
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("Target 'head' needs a single head")
                            .contains("br1, br2").contains("Migration set: 'default'");
                    assertThat(analysis.getAction()).contains("run `migrations merge -m \"merge heads\" br1 br2`")
                            .contains("migrations.target=heads");
                });
    }

    @Test
    void aFailingRevisionIsNamedWithItsStatementAndTheFix() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "failing").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("Upgrade to revision fail2 (read a missing table) failed")
                    .contains("INSERT INTO no_such_table").contains("the database is still at fail1");
            assertThat(analysis.getAction()).startsWith("Fix revision fail2");
        });
    }

    @Test
    void anEditedRevisionIsToBeRestoredOrRepaired() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "edited.before")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "edited.after").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("edit1 (create notes) was edited after it was applied");
            assertThat(analysis.getAction()).contains("`migrations show edit1`").contains("restore it")
                    .contains("`migrations repair edit1`");
        });
    }

    @Test
    void aRevisionUnknownToTheCodeAsksForTheNewerCodeOrAStamp() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "linear")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "audit", "migrations.target=heads")
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("lin");
                    assertThat(analysis.getAction()).contains("Deploy the code that has revision lin")
                            .contains("`migrations stamp <revision> --purge`");
                });
    }

    @Test
    void anInvalidGraphAsksToFixTheNamedRevisions() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "invalidgraph").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("inv1").contains("nowhere");
            assertThat(analysis.getAction()).startsWith("Fix the revisions the message names");
        });
    }

    @Test
    void pendingRevisionsUnderValidateAskForAnUpgradeFirst() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "linear", "migrations.on-startup=validate")
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("Pending: lin1 (create items), lin2 (add item price)");
                    assertThat(analysis.getAction()).contains("migrations upgrade")
                            .contains("migrations.on-startup=upgrade");
                });
    }

    @Test
    void anUnknownPropertySuggestsTheNearestOne() {
        runner.withPropertyValues("migrations.on-statup=validate").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("migrations.on-statup");
            assertThat(analysis.getAction()).isEqualTo("Correct or remove the property migrations.on-statup; "
                    + "did you mean migrations.on-startup?");
        });
    }

    @ParameterizedTest
    @MethodSource("failuresAndTheirFixes")
    void eachKindOfFailureGetsItsOwnFix(MigrationException failure, String fix) {
        FailureAnalysis analysis = analyze(new IllegalStateException("context failed",
                new MigrationSetStartupException("default", List.of("a1"), failure)));
        assertThat(analysis.getDescription()).startsWith(failure.getMessage());
        assertThat(analysis.getAction()).contains(fix);
    }

    static Stream<Arguments> failuresAndTheirFixes() {
        return Stream.of(
                arguments(new LockTimeoutException("Could not take the migration lock"),
                        "raise the lock wait timeout (migrations.lock-wait-timeout)"),
                arguments(new IncompleteMigrationException("a1", "Revision a1 failed part-way"),
                        "run `migrations repair a1`"),
                arguments(new UnknownRevisionException("z9", "The database records revision z9"),
                        "Deploy the code that has revision z9"),
                arguments(new ChecksumMismatchException("a1", "Revision a1 was edited"),
                        "`migrations repair a1`"),
                arguments(new TargetResolutionException("Unknown target 'x'"), "Set migrations.target to one the code has"),
                arguments(new MigrationDefinitionException("Class X has no @Migration"),
                        "Fix the migration class the message names"),
                arguments(new DatabaseAccessException("Connection refused"), "Check that the database is reachable"));
    }

    @Test
    void failuresOfOtherKindsAreLeftToOtherAnalyzers() {
        assertThat(new MigrationsFailureAnalyzer().analyze(new IllegalStateException("not ours"))).isNull();
    }

    private static FailureAnalysis analyze(Throwable failure) {
        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        return analysis;
    }
}
