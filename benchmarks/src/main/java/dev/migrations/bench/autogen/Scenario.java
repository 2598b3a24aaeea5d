package dev.migrations.bench.autogen;

import java.util.Locale;

/** The database autogenerate compares the 300-entity model with. */
public enum Scenario {

    EMPTY("(a) empty database", "a migration creating every table, sequence, key and index"),
    AT_MODEL("(b) database at the model", "no changes: the daily case; `migrations check` pays steps 1 to 4"),
    DRIFTED("(c) at the model, then " + Drift.CHANGES.size() + " changes", "a migration of a few operations");

    private final String label;
    private final String outcome;

    Scenario(String label, String outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** What autogenerate should produce for it. */
    public String outcome() {
        return outcome;
    }

    /** The suffix of its database's name (letters, digits and underscores only). */
    public String databaseSuffix() {
        return "ag_" + name().toLowerCase(Locale.ROOT);
    }

    public static Scenario of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
