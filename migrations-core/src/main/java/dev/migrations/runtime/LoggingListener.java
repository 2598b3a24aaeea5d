package dev.migrations.runtime;

import dev.migrations.graph.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One INFO line per revision run, with its duration; one ERROR line per failure. */
public final class LoggingListener implements MigrationListener {

    /**
     * The logger of the failures, a child of {@code dev.migrations}: a command line that prints the failure itself
     * turns it off rather than say the same thing twice.
     */
    public static final String FAILURE_LOGGER = "dev.migrations.failure";

    private static final Logger log = LoggerFactory.getLogger("dev.migrations");
    private static final Logger failures = LoggerFactory.getLogger(FAILURE_LOGGER);

    @Override
    public void onEvent(MigrationEvent event) {
        String verb = event.direction() == Direction.UPGRADE ? "Upgraded to" : "Downgraded from";
        String label = Revision.label(event.revision(), event.message());
        if (event instanceof MigrationEvent.Succeeded done) {
            log.info("{} {} in {} ms", verb, label, done.duration().toMillis());
        } else if (event instanceof MigrationEvent.Failed failed) {
            failures.error("{} {} failed after {} ms: {}", event.direction() == Direction.UPGRADE ? "Upgrade to" : "Downgrade from",
                    label, failed.duration().toMillis(), failed.error().getMessage());
        }
    }
}
