package dev.migrations.runtime;

import java.time.Instant;

/** One row of the audit table: something that happened to a revision, when and by whom. */
public record AuditEntry(long id, String revision, AuditAction action, Instant performedAt, String performedBy,
                         long executionMillis, String checksum, String detail) {
}
