package dev.migrations.dialect;

import dev.migrations.ops.Types;

/**
 * The SQL of the version table (one row per applied revision) and its audit table (one row per upgrade,
 * downgrade, stamp, failure or repair), spelled by a dialect.
 */
public final class VersionTableStatements {

    static final String COLUMNS = "revision, revises, message, checksum, state, applied_at, applied_by, "
            + "execution_ms, progress, error";
    static final String AUDIT_COLUMNS = "revision, action, performed_at, performed_by, execution_ms, checksum, detail";

    private final Dialect dialect;
    private final String schema;
    private final String versionTable;
    private final String auditTable;

    public VersionTableStatements(Dialect dialect, String schema, String versionTable) {
        this.dialect = dialect;
        this.schema = schema;
        this.versionTable = versionTable;
        this.auditTable = versionTable + "_audit";
    }

    /** Parameters (schema or null, table) for {@link Dialect#tableExistsQuery()}. */
    public String foldedSchema() {
        return schema == null ? null : dialect.fold(schema);
    }

    public String foldedVersionTable() {
        return dialect.fold(versionTable);
    }

    public String tableExists() {
        return dialect.tableExistsQuery();
    }

    public String createVersionTable() {
        String text = dialect.longTextType();
        return "CREATE TABLE IF NOT EXISTS " + version() + " ("
                + "revision VARCHAR(64) NOT NULL PRIMARY KEY, "
                + "revises VARCHAR(1000) NOT NULL, "
                + "message VARCHAR(1000) NOT NULL, "
                + "checksum VARCHAR(64), "
                + "state VARCHAR(16) NOT NULL, "
                + "applied_at " + instantType() + " NOT NULL, "
                + "applied_by VARCHAR(255) NOT NULL, "
                + "execution_ms BIGINT NOT NULL, "
                + "progress VARCHAR(255), "
                + "error " + text + ")";
    }

    public String createAuditTable() {
        String text = dialect.longTextType();
        return "CREATE TABLE IF NOT EXISTS " + audit() + " ("
                + "id BIGINT " + dialect.identityClause() + " PRIMARY KEY, "
                + "revision VARCHAR(64) NOT NULL, "
                + "action VARCHAR(16) NOT NULL, "
                + "performed_at " + instantType() + " NOT NULL, "
                + "performed_by VARCHAR(255) NOT NULL, "
                + "execution_ms BIGINT NOT NULL, "
                + "checksum VARCHAR(64), "
                + "detail " + text + ")";
    }

    public String selectAll() {
        return "SELECT " + COLUMNS + " FROM " + version();
    }

    /** Parameters in the order of {@link #COLUMNS}. */
    public String insert() {
        return "INSERT INTO " + version() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /**
     * The version row and its audit row in one statement, one round trip per revision, where the dialect allows;
     * null where it does not. Parameters: those of {@link #insert()}, then those of {@link #insertAudit()}.
     */
    public String insertWithAudit() {
        if (!dialect.dataModifyingCte()) {
            return null;
        }
        return "WITH applied AS (" + insert() + ") " + insertAudit();
    }

    /** Parameters (state, applied_at, applied_by, execution_ms, progress, error, revision). */
    public String update() {
        return "UPDATE " + version() + " SET state = ?, applied_at = ?, applied_by = ?, execution_ms = ?, "
                + "progress = ?, error = ? WHERE revision = ?";
    }

    /** Parameters (progress, revision). */
    public String updateProgress() {
        return "UPDATE " + version() + " SET progress = ? WHERE revision = ?";
    }

    /** Parameters (checksum, revision). */
    public String updateChecksum() {
        return "UPDATE " + version() + " SET checksum = ? WHERE revision = ?";
    }

    /** Parameters (revision). */
    public String delete() {
        return "DELETE FROM " + version() + " WHERE revision = ?";
    }

    public String deleteAll() {
        return "DELETE FROM " + version();
    }

    /** Parameters in the order of {@link #AUDIT_COLUMNS}. */
    public String insertAudit() {
        return "INSERT INTO " + audit() + " (" + AUDIT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    public String selectAudit() {
        return "SELECT id, " + AUDIT_COLUMNS + " FROM " + audit() + " ORDER BY id";
    }

    /** An offline-script INSERT of an applied revision, with literal values. */
    public String insertLiteral(String revision, String revises, String message, String checksum, String appliedBy) {
        return "INSERT INTO " + version() + " (" + COLUMNS + ") VALUES ("
                + dialect.literal(revision) + ", " + dialect.literal(revises) + ", " + dialect.literal(message) + ", "
                + dialect.literal(checksum) + ", 'APPLIED', CURRENT_TIMESTAMP, " + dialect.literal(appliedBy)
                + ", 0, NULL, NULL)";
    }

    /** An offline-script DELETE of a revision. */
    public String deleteLiteral(String revision) {
        return "DELETE FROM " + version() + " WHERE revision = " + dialect.literal(revision);
    }

    /** An offline-script audit row. */
    public String insertAuditLiteral(String revision, String action, String checksum, String performedBy) {
        return "INSERT INTO " + audit() + " (" + AUDIT_COLUMNS + ") VALUES (" + dialect.literal(revision) + ", "
                + dialect.literal(action) + ", CURRENT_TIMESTAMP, " + dialect.literal(performedBy) + ", 0, "
                + dialect.literal(checksum) + ", 'offline script')";
    }

    /** A point in time, whatever the session's time zone. */
    private String instantType() {
        return dialect.typeName(Types.TIMESTAMPTZ);
    }

    private String version() {
        return dialect.qualify(schema, versionTable);
    }

    private String audit() {
        return dialect.qualify(schema, auditTable);
    }
}
