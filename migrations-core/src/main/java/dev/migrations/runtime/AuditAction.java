package dev.migrations.runtime;

/** What the audit table records. */
public enum AuditAction {
    UPGRADE, DOWNGRADE, STAMP, UNSTAMP, FAILED, REPAIR
}
