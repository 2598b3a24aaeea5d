package dev.migrations.autoconfigure;

import dev.migrations.ChecksumMismatchException;
import dev.migrations.DatabaseAccessException;
import dev.migrations.IncompleteMigrationException;
import dev.migrations.InvalidRevisionGraphException;
import dev.migrations.LockTimeoutException;
import dev.migrations.MigrationDefinitionException;
import dev.migrations.MigrationException;
import dev.migrations.MigrationFailedException;
import dev.migrations.TargetResolutionException;
import dev.migrations.UnknownRevisionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.List;

/**
 * Explains a start-up that failed on migrations: the description is the engine's message (it names the revision
 * and what is wrong), the action the concrete fix for that kind of failure.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException failure) {
        MigrationSetStartupException inSet = failure instanceof MigrationSetStartupException startup ? startup : null;
        MigrationException cause = inSet == null ? failure : inSet.reason();
        String description = cause.getMessage()
                + (inSet == null ? "" : "\n\nMigration set: '" + inSet.setName() + "'");
        return new FailureAnalysis(description, action(cause, inSet == null ? List.of() : inSet.heads()), failure);
    }

    private static String action(MigrationException failure, List<String> heads) {
        String revision = failure.revision() == null ? "<revision>" : failure.revision();
        if (failure instanceof TargetResolutionException && heads.size() > 1) {
            return "The code has several heads (" + String.join(", ", heads) + ") and the target needs one. Join them "
                    + "with a merge revision: run `migrations merge -m \"merge heads\" " + String.join(" ", heads)
                    + "`, commit the class it writes and restart; or set migrations.target=heads to upgrade every head.";
        }
        if (failure instanceof TargetResolutionException) {
            return "Set migrations.target to heads, head, label@head or a revision the code has; `migrations history` "
                    + "lists them.";
        }
        if (failure instanceof ChecksumMismatchException) {
            return "Run `migrations show " + revision + "` to see what its checksum covers and compare it with the "
                    + "migration as it was applied. If it was edited, restore it and put the change in a new revision; "
                    + "if not, or the database already matches the edited code, run `migrations repair " + revision
                    + "`.";
        }
        if (failure instanceof UnknownRevisionException) {
            return "Deploy the code that has revision " + revision + " (the database is ahead of this code); or, if "
                    + "the database really is at a revision this code has, run `migrations stamp <revision> --purge`.";
        }
        if (failure instanceof IncompleteMigrationException) {
            return "Check the schema changes of revision " + revision + ", then run `migrations repair " + revision
                    + "` to run it again on the next start, or `migrations stamp " + revision + "` if all of its "
                    + "changes are in place.";
        }
        if (failure instanceof LockTimeoutException) {
            return "Another instance holds the migration lock and is still migrating: let it finish, or raise "
                    + "migrations.lock-wait-timeout.";
        }
        if (failure instanceof MigrationFailedException) {
            return "Fix revision " + revision + " (the statement and database error above), then restart; `migrations "
                    + "history` shows what is applied.";
        }
        if (failure instanceof InvalidRevisionGraphException) {
            return "Fix the revisions named above (their @Migration revision, revises, dependsOn and branchLabels), "
                    + "then restart; `migrations heads` and `migrations branches` show the graph.";
        }
        if (failure instanceof MigrationDefinitionException) {
            return "Fix the migration class named above.";
        }
        if (failure instanceof StartupValidationException) {
            return "Run `java -jar <app>.jar migrations upgrade` before starting the application (for example as a "
                    + "Kubernetes Job), or set migrations.on-startup=upgrade.";
        }
        if (failure instanceof UnknownPropertyException unknown) {
            return "Correct or remove the property " + unknown.property()
                    + (unknown.suggestion() == null ? "" : "; did you mean " + unknown.suggestion() + "?");
        }
        if (failure instanceof DatabaseAccessException) {
            return "Check that the database is reachable and that its user may create and read the version table.";
        }
        return "Fix what the message names; `migrations history` shows the state of every revision.";
    }
}
