package dev.migrations.autoconfigure.command.runnerapp;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An application class that is its own {@link CommandLineRunner} and declares a bean one of its migrations takes,
 * beside a runner of its own: the first must stay in command mode (its bean goes with it), the second never runs.
 */
@SpringBootApplication
public class RunnerApplication implements CommandLineRunner {

    public static final AtomicInteger SEEDS = new AtomicInteger();

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ApplicationRunner seedCache() {
        return arguments -> SEEDS.incrementAndGet();
    }

    @Override
    public void run(String... args) {
        // What the application does once started; a command ends the JVM before this.
    }
}
