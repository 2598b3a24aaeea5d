package dev.migrations.runtime;

/** What the audit table records. */
public enum AuditAction {
    UPGRADE, DOWNGRADE, STAMP, UNSTAMP, FAILED, REPAIR,
    /** A backup made before an upgrade or on request; its detail names the file or snapshot. */
    BACKUP,
    /** An action a later release records and this one does not know; its detail says what happened. */
    UNKNOWN;

    /** The action a row names; a later release's own reads as {@link #UNKNOWN}, so this one keeps reading. */
    static AuditAction named(String name) {
        for (AuditAction action : values()) {
            if (action.name().equals(name)) {
                return action;
            }
        }
        return UNKNOWN;
    }
}
