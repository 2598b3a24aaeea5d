package dev.migrations.autoconfigure.command.serviceworkapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A service with work of its own: a listener container that starts with the context (as those of RabbitMQ or Kafka
 * do), a scheduled job, and listeners that warm a cache when the application has started and seed data when the
 * context is refreshed. What each did is recorded here, for the test to read.
 */
@SpringBootApplication
@EnableScheduling
public class ServiceWorkApplication {

    /** Whether the listener container was created, and whether it was started. */
    public static final AtomicBoolean LISTENER_CREATED = new AtomicBoolean();
    public static final AtomicBoolean LISTENER_STARTED = new AtomicBoolean();

    /** Counted down each time the scheduled job runs. */
    public static volatile CountDownLatch scheduledRun = new CountDownLatch(1);

    /** Whether the cache warmer was created, and whether it warmed; whether the seeder seeded. */
    public static final AtomicBoolean WARMER_CREATED = new AtomicBoolean();
    public static final AtomicBoolean WARMED = new AtomicBoolean();
    public static final AtomicBoolean SEEDED = new AtomicBoolean();

    /** Whether the service heard its own event. */
    public static final AtomicBoolean ARCHIVAL_HEARD = new AtomicBoolean();

    public static void reset() {
        LISTENER_CREATED.set(false);
        LISTENER_STARTED.set(false);
        scheduledRun = new CountDownLatch(1);
        WARMER_CREATED.set(false);
        WARMED.set(false);
        SEEDED.set(false);
        ARCHIVAL_HEARD.set(false);
    }

    /** An event of the service's own. */
    public record NoteArchived(String note) {
    }

    @Bean
    SmartLifecycle messageListenerContainer() {
        LISTENER_CREATED.set(true);
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                LISTENER_STARTED.set(true);
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    @Component
    static class OverdueReminders {

        @Scheduled(fixedDelay = 10)
        void send() {
            scheduledRun.countDown();
        }
    }

    @Component
    static class CacheWarmer {

        CacheWarmer() {
            WARMER_CREATED.set(true);
        }

        @EventListener(ApplicationStartedEvent.class)
        void warm() {
            WARMED.set(true);
        }
    }

    @Component
    static class Seeder implements ApplicationListener<ContextRefreshedEvent> {

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            SEEDED.set(true);
        }
    }

    @Component
    static class ArchiveLog {

        @EventListener
        void on(NoteArchived event) {
            ARCHIVAL_HEARD.set(true);
        }
    }
}
