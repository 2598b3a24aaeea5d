package dev.migrations.tenant;

/** What a tenant set does when one tenant fails. */
public enum FailurePolicy {

    /** Starts no further tenant; the tenants already running finish. */
    FAIL_FAST,

    /** Runs every tenant and reports all failures at the end. */
    CONTINUE
}
