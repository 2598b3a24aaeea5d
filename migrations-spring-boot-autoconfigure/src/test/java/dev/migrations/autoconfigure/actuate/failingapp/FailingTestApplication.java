package dev.migrations.autoconfigure.actuate.failingapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service whose second migration runs outside a transaction and fails part-way. It starts with
 * {@code migrations.on-startup=none}, so the test decides when the upgrade runs.
 */
@SpringBootApplication
public class FailingTestApplication {
}
