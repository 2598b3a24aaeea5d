package dev.migrations.command;

import dev.migrations.StatusReport;
import dev.migrations.ValidationReport;

/** What {@code validate} found, and where the database and the code are. */
public record Validation(ValidationReport report, StatusReport status) {
}
