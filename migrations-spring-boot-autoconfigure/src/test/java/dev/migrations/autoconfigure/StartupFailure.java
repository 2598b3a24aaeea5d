package dev.migrations.autoconfigure;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;

/** Finds the exception a test expects in the chain of a context's start-up failure. */
final class StartupFailure {

    private StartupFailure() {
    }

    /** The first exception of {@code type} in the chain of {@code failure}; fails the test when there is none. */
    static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getName() + " in the failure chain of " + failure, failure);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertCause(Throwable failure,
            Class<? extends Throwable> type) {
        return Assertions.assertThat(causeOf(failure, type));
    }
}
