package dev.migrations.runtime;

/** What an upgrade does when an applied revision was edited afterwards. */
public enum ChecksumPolicy {
    /** Refuse to run, naming the revision (the default). */
    FAIL,
    /** Log a warning and go on. */
    WARN,
    /** Do not compare checksums. */
    IGNORE
}
