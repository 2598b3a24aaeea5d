package dev.migrations.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small trading service whose schema is managed by migrations: the {@code @Migration} classes in
 * {@code dev.migrations.sample.migrations} are upgraded on boot, before JPA starts.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
