package dev.migrations.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners run inside a revision's step; one that throws must not fail the step or report a committed
 * revision as failed, so its exception is logged and dropped.
 */
public final class ExceptionSafeListener implements MigrationListener {

    private static final Logger log = LoggerFactory.getLogger(ExceptionSafeListener.class);

    private final MigrationListener delegate;

    public ExceptionSafeListener(MigrationListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onEvent(MigrationEvent event) {
        try {
            delegate.onEvent(event);
        } catch (RuntimeException e) {
            log.warn("Migration listener {} failed on {} of {}; the revision is not affected", delegate,
                    event.getClass().getSimpleName(), event.revision(), e);
        }
    }
}
