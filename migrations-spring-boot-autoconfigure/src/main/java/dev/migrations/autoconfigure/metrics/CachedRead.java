package dev.migrations.autoconfigure.metrics;

import io.micrometer.core.instrument.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A database read made at most once per time-to-live, so that gauges scraped often (or by several registries) cost
 * the database a few small queries every few seconds at most. A failed read yields null until the next read, so
 * the gauges show no value (NaN) rather than an exception in the scrape.
 */
final class CachedRead<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedRead.class);

    private final Supplier<T> read;
    private final long timeToLiveNanos;
    private final Clock clock;
    private T value;
    private long readAt;
    private boolean everRead;

    CachedRead(Supplier<T> read, Duration timeToLive, Clock clock) {
        this.read = read;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.clock = clock;
    }

    synchronized T get() {
        long now = clock.monotonicTime();
        if (!everRead || now - readAt >= timeToLiveNanos) {
            everRead = true;
            readAt = now;
            try {
                value = read.get();
            } catch (RuntimeException e) {
                log.debug("Could not read the migration status for the gauges: {}", e.toString());
                value = null;
            }
        }
        return value;
    }
}
