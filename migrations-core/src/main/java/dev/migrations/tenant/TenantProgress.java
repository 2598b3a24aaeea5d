package dev.migrations.tenant;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * How far a tenant set's run is: tenants finished of the total, failures, and from the rate so far the time left.
 *
 * @param latest the tenant that just finished
 */
public record TenantProgress(int finished, int total, int failed, Duration elapsed, TenantOutcome latest) {

    /** Tenants finished per second so far. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : finished / seconds;
    }

    /** The time left at the rate so far; zero when done, null before the rate is known. */
    public Duration eta() {
        if (finished >= total) {
            return Duration.ZERO;
        }
        double rate = rate();
        return rate == 0 ? null : Duration.ofMillis(Math.round((total - finished) / rate * 1000));
    }

    /** {@code 120/1000 tenants (1 failed), 48.2/s, ETA 18 s}. */
    @Override
    public String toString() {
        Duration eta = eta();
        return finished + "/" + total + " tenants" + (failed > 0 ? " (" + failed + " failed)" : "")
                + String.format(Locale.ROOT, ", %.1f/s", rate())
                + ", ETA " + (eta == null ? "unknown" : seconds(eta));
    }

    private static String seconds(Duration duration) {
        long s = Math.round(duration.toMillis() / 1000.0);
        return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    /** Receives each tenant's progress, from the thread that ran it. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = progress -> { };

        void progressed(TenantProgress progress);

        /**
         * Hands {@code line} the progress at most once per {@code interval}, and always the last, so thousands of
         * tenants make a few lines, not thousands.
         */
        static Listener every(Duration interval, Consumer<String> line) {
            AtomicLong next = new AtomicLong(System.nanoTime() + interval.toNanos());
            return progress -> {
                long now = System.nanoTime();
                long due = next.get();
                boolean last = progress.finished() == progress.total();
                if (last || (now - due >= 0 && next.compareAndSet(due, now + interval.toNanos()))) {
                    line.accept(progress.toString());
                }
            };
        }
    }
}
