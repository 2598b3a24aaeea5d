package dev.migrations.autoconfigure;

/** What a migration set does when the application starts. */
public enum OnStartup {
    /** Upgrade to the target (the default). */
    UPGRADE,
    /** Fail the start when anything is pending, failed, edited since applied, or unknown to the code. */
    VALIDATE,
    /** Nothing. */
    NONE
}
