package dev.migrations.autoconfigure.scenarios.injected;

/** An application bean that migrations of this scenario take in their constructor. */
public record Greeting(String text) {
}
