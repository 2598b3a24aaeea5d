package dev.migrations.dialect;

import dev.migrations.ops.Types;

import java.util.List;

/**
 * The SQL of the version table (one row per applied revision) and its audit table (one row per upgrade,
 * downgrade, stamp, failure or repair), spelled by a dialect.
 */
public final class VersionTableStatements {

    /** The columns of the first release of the table: offline scripts write only these. */
    static final String FIRST_COLUMNS = "revision, revises, message, checksum, state, applied_at, applied_by, "
            + "execution_ms, progress, error";
    /** Added later, so a table created by an older release lacks it until a run adds it under the lock. */
    public static final String FINGERPRINT_COLUMN = "source_fingerprint";
    static final String COLUMNS = FIRST_COLUMNS + ", " + FINGERPRINT_COLUMN;
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
                + "error " + text + ", "
                + FINGERPRINT_COLUMN + " VARCHAR(64))";
    }

    /** Adds the source fingerprint to a version table an older release created. */
    public String addFingerprintColumn() {
        return "ALTER TABLE " + version() + " ADD " + FINGERPRINT_COLUMN + " VARCHAR(64)";
    }

    /** No row, only the columns: whether the table has the fingerprint, asked in a way every database answers. */
    public String selectNoRow() {
        return "SELECT * FROM " + version() + " WHERE 1 = 0";
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

    /** See {@link Dialect#appliedSetDigestQuery}; null where the dialect has none. */
    public String appliedSetDigest() {
        return dialect.appliedSetDigestQuery(version());
    }

    /**
     * The schemas holding this version table with its fingerprint column, from the standard catalog; parameters
     * (folded table, folded column) as {@link #foldedVersionTable()} and {@link #FINGERPRINT_COLUMN} folded.
     */
    public static String schemasWithFingerprintColumn() {
        return "SELECT table_schema FROM information_schema.columns WHERE table_name = ? AND column_name = ?";
    }

    /**
     * The applied-set digest of this version table in each of {@code schemas}, one row each: its index in the list,
     * then the digest query's count and digest; null where the dialect has no digest.
     */
    public static String appliedSetDigests(Dialect dialect, List<String> schemas, String versionTable) {
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < schemas.size(); i++) {
            String query = new VersionTableStatements(dialect, schemas.get(i), versionTable).appliedSetDigest();
            if (query == null) {
                return null;
            }
            union.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS tenant_index, d.* FROM (")
                    .append(query).append(") d");
        }
        return union.toString();
    }

    /** Every column, whichever release created the table: the reader looks them up by name. */
    public String selectAll() {
        return "SELECT * FROM " + version();
    }

    /** Parameters in the order of {@link #COLUMNS}. */
    public String insert() {
        return "INSERT INTO " + version() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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

    /** Parameters (state, applied_at, applied_by, execution_ms, progress, error, source_fingerprint, revision). */
    public String update() {
        return "UPDATE " + version() + " SET state = ?, applied_at = ?, applied_by = ?, execution_ms = ?, "
                + "progress = ?, error = ?, " + FINGERPRINT_COLUMN + " = ? WHERE revision = ?";
    }

    /** Parameters (source_fingerprint, revision, checksum): only while the row still records that checksum. */
    public String updateFingerprint() {
        return "UPDATE " + version() + " SET " + FINGERPRINT_COLUMN + " = ? WHERE revision = ? AND checksum = ?";
    }

    /** Parameters (progress, revision). */
    public String updateProgress() {
        return "UPDATE " + version() + " SET progress = ? WHERE revision = ?";
    }

    /** Parameters (checksum, source_fingerprint, revision). */
    public String updateChecksum() {
        return "UPDATE " + version() + " SET checksum = ?, " + FINGERPRINT_COLUMN + " = ? WHERE revision = ?";
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
        return "INSERT INTO " + version() + " (" + FIRST_COLUMNS + ") VALUES ("
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
