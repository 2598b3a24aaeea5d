package dev.migrations.bench;

import java.util.Locale;

/** What is measured: this project, the two incumbents, and the plain-JDBC floor. */
public enum Tool {

    OURS("this project", "migrations_version", "state = 'APPLIED'"),
    FLYWAY("Flyway", "flyway_schema_history", "success AND version IS NOT NULL"),
    LIQUIBASE("Liquibase", "databasechangelog", "TRUE"),
    PLAIN("plain JDBC (floor)", "plain_history", "TRUE");

    private final String label;
    private final String historyTable;
    private final String appliedCondition;

    Tool(String label, String historyTable, String appliedCondition) {
        this.label = label;
        this.historyTable = historyTable;
        this.appliedCondition = appliedCondition;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counts the revisions the tool records as applied. */
    public String countAppliedSql() {
        return "SELECT count(*) FROM " + historyTable + " WHERE " + appliedCondition;
    }

    public static Tool of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
