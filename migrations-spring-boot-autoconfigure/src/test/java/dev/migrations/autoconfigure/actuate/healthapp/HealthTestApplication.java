package dev.migrations.autoconfigure.actuate.healthapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with two migrations that apply cleanly. */
@SpringBootApplication
public class HealthTestApplication {
}
