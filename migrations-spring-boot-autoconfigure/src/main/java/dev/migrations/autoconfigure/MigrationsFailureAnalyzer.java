package dev.migrations.autoconfigure;

import dev.migrations.error.MigrationException;
import dev.migrations.error.TargetResolutionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.List;

/**
 * Explains a start-up that failed on migrations: the description is the engine's message (it names the revision
 * and what is wrong), the action the error's own remedy, naming the property for a target the code cannot resolve
 * and, when the target needs one head and the code of the set has several, how to join them.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException failure) {
        MigrationSetStartupException inSet = findCause(rootFailure, MigrationSetStartupException.class);
        String description = failure.getMessage()
                + (inSet == null ? "" : "\n\nMigration set: '" + inSet.setName() + "'");
        return new FailureAnalysis(description, action(failure, inSet == null ? List.of() : inSet.heads()), failure);
    }

    private static String action(MigrationException failure, List<String> heads) {
        if (failure instanceof TargetResolutionException && heads.size() > 1) {
            return "The code has several heads (" + String.join(", ", heads) + ") and the target needs one. Join them "
                    + "with a merge revision: run `migrations merge -m \"merge heads\" " + String.join(" ", heads)
                    + "`, commit the class it writes and restart; or set migrations.target=heads to upgrade every head.";
        }
        if (failure instanceof TargetResolutionException) {
            // At start-up the target can only have come from the property.
            return "Set migrations.target to one the code has. " + failure.remedy();
        }
        return failure.remedy();
    }
}
