package dev.migrations.autoconfigure.command.backgroundapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A service with work of its own in the background: a listener container that starts with the context (as those
 * of RabbitMQ or Kafka do) and a scheduled job. What each did is recorded here, for the test to read.
 */
@SpringBootApplication
@EnableScheduling
public class BackgroundWorkApplication {

    /** Whether the listener container was created, and whether it was started. */
    public static final AtomicBoolean LISTENER_CREATED = new AtomicBoolean();
    public static final AtomicBoolean LISTENER_STARTED = new AtomicBoolean();

    /** Counted down each time the scheduled job runs. */
    public static volatile CountDownLatch scheduledRun = new CountDownLatch(1);

    public static void reset() {
        LISTENER_CREATED.set(false);
        LISTENER_STARTED.set(false);
        scheduledRun = new CountDownLatch(1);
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
}
