package dev.migrations;

/** How applied revisions are compared with the code: see docs/version-table.md, "What a start verifies". */
public enum Verification {

    /**
     * As a start does: a revision whose source fingerprint (from the build-time index) equals its row's is taken as
     * unchanged without loading it; the others are loaded and their checksums compared.
     */
    SOURCE_FINGERPRINTS,

    /** Every applied revision is loaded and its checksum compared: what {@code validate} and {@code check} do. */
    CHECKSUMS
}
