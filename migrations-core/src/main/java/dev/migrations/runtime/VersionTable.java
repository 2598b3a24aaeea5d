package dev.migrations.runtime;

import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.VersionTableStatements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and writes the version table and its audit table on a given connection. */
final class VersionTable {

    private final VersionTableStatements sql;

    VersionTable(Dialect dialect, String schema, String table) {
        this.sql = new VersionTableStatements(dialect, schema, table);
    }

    boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.tableExists())) {
            ps.setString(1, sql.foldedSchema());
            ps.setString(2, sql.foldedVersionTable());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The schemas, folded as the catalog spells them, that hold version table {@code table} with a fingerprint
     * column: one query over the standard catalog, whatever the number of schemas.
     */
    static Set<String> schemasWithFingerprints(Connection c, Dialect dialect, String table) throws SQLException {
        Set<String> schemas = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(VersionTableStatements.schemasWithFingerprintColumn())) {
            ps.setString(1, dialect.fold(table));
            ps.setString(2, dialect.fold(VersionTableStatements.FINGERPRINT_COLUMN));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
        }
        return schemas;
    }

    /**
     * Of {@code schemas} (each holding version table {@code table}), those whose rows are exactly {@code count}
     * revisions applied from the sources {@code digest} sums up: one query for them all.
     */
    static Set<String> holdingAppliedSet(Connection c, Dialect dialect, List<String> schemas, String table, int count,
                                         String digest) throws SQLException {
        String digests = VersionTableStatements.appliedSetDigests(dialect, schemas, table);
        if (digests == null) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(digests)) {
            while (rs.next()) {
                if (rs.getLong(2) == count && digest.equalsIgnoreCase(rs.getString(3))) {
                    held.add(schemas.get(rs.getInt(1)));
                }
            }
        }
        return held;
    }

    /** Creates the tables, or brings a version table an older release created up to date; call under the lock. */
    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql.createVersionTable());
            s.execute(sql.createAuditTable());
            boolean hasFingerprint;
            try (ResultSet none = s.executeQuery(sql.selectNoRow())) {
                hasFingerprint = hasFingerprintColumn(none);
            }
            if (!hasFingerprint) {
                s.execute(sql.addFingerprintColumn());
            }
        }
    }

    /** One query, whatever the number of revisions; columns by name, so a table of an older release reads too. */
    DatabaseState read(Connection c) throws SQLException {
        List<VersionRow> rows = new ArrayList<>();
        boolean hasFingerprint;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.selectAll())) {
            hasFingerprint = hasFingerprintColumn(rs);
            int revision = rs.findColumn("revision");
            int revises = rs.findColumn("revises");
            int message = rs.findColumn("message");
            int checksum = rs.findColumn("checksum");
            int state = rs.findColumn("state");
            int appliedAt = rs.findColumn("applied_at");
            int appliedBy = rs.findColumn("applied_by");
            int millis = rs.findColumn("execution_ms");
            int progress = rs.findColumn("progress");
            int error = rs.findColumn("error");
            int fingerprint = hasFingerprint ? rs.findColumn(VersionTableStatements.FINGERPRINT_COLUMN) : 0;
            while (rs.next()) {
                String parents = rs.getString(revises);
                rows.add(new VersionRow(rs.getString(revision),
                        parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")),
                        rs.getString(message), rs.getString(checksum), RowState.valueOf(rs.getString(state)),
                        rs.getTimestamp(appliedAt).toInstant(), rs.getString(appliedBy), rs.getLong(millis),
                        rs.getString(progress), rs.getString(error),
                        hasFingerprint ? rs.getString(fingerprint) : null));
            }
        }
        return DatabaseState.of(rows, hasFingerprint);
    }

    /**
     * Whether the table holds exactly {@code count} rows whose digest is {@code digest}: one query, whatever the
     * number of revisions. False where the dialect cannot tell, or the table predates the fingerprint column.
     */
    boolean holdsAppliedSet(Connection c, int count, String digest) throws SQLException {
        String query = sql.appliedSetDigest();
        if (query == null || digest == null) {
            return false;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() && rs.getLong(1) == count && digest.equalsIgnoreCase(rs.getString(2));
        } catch (SQLException olderTable) {
            // No source_fingerprint column yet: the rows are read, and the column is added when it is needed.
            return false;
        }
    }

    private static boolean hasFingerprintColumn(ResultSet rs) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (VersionTableStatements.FINGERPRINT_COLUMN.equalsIgnoreCase(columns.getColumnLabel(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records the source fingerprints of applied revisions that were verified by loading them, in one batch. The
     * checksum in the condition keeps a concurrent repair or stamp from being paired with a stale fingerprint.
     */
    void updateFingerprints(Connection c, List<VersionRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.updateFingerprint())) {
            for (VersionRow row : rows) {
                ps.setString(1, row.sourceFingerprint());
                ps.setString(2, row.revision());
                ps.setString(3, row.checksum());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void insert(Connection c, VersionRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.insert())) {
            bindRow(ps, row);
            ps.executeUpdate();
        }
    }

    /** Inserts an applied revision's row and its audit row, in one round trip where the dialect allows. */
    void insertApplied(Connection c, VersionRow row, AuditAction action, String checksum) throws SQLException {
        String combined = sql.insertWithAudit();
        if (combined == null) {
            insert(c, row);
            audit(c, row.revision(), action, row.appliedBy(), row.executionMillis(), checksum, null);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(combined)) {
            bindRow(ps, row);
            bindAudit(ps, 11, row.revision(), action, row.appliedBy(), row.executionMillis(), checksum, null);
            ps.executeUpdate();
        }
    }

    private static void bindRow(PreparedStatement ps, VersionRow row) throws SQLException {
        ps.setString(1, row.revision());
        ps.setString(2, String.join(",", row.revises()));
        ps.setString(3, row.message());
        ps.setString(4, row.checksum());
        ps.setString(5, row.state().name());
        ps.setTimestamp(6, Timestamp.from(row.appliedAt()));
        ps.setString(7, row.appliedBy());
        ps.setLong(8, row.executionMillis());
        ps.setString(9, row.progress());
        ps.setString(10, row.error());
        ps.setString(11, row.sourceFingerprint());
    }

    void update(Connection c, VersionRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.update())) {
            ps.setString(1, row.state().name());
            ps.setTimestamp(2, Timestamp.from(row.appliedAt()));
            ps.setString(3, row.appliedBy());
            ps.setLong(4, row.executionMillis());
            ps.setString(5, row.progress());
            ps.setString(6, row.error());
            ps.setString(7, row.sourceFingerprint());
            ps.setString(8, row.revision());
            ps.executeUpdate();
        }
    }

    /** Inserts the row, or updates it when the revision already has one. */
    void save(Connection c, VersionRow row, boolean exists) throws SQLException {
        if (exists) {
            update(c, row);
        } else {
            insert(c, row);
        }
    }

    void updateProgress(Connection c, String revision, String progress) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.updateProgress())) {
            ps.setString(1, progress);
            ps.setString(2, revision);
            ps.executeUpdate();
        }
    }

    void updateChecksum(Connection c, String revision, String checksum, String sourceFingerprint)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.updateChecksum())) {
            ps.setString(1, checksum);
            ps.setString(2, sourceFingerprint);
            ps.setString(3, revision);
            ps.executeUpdate();
        }
    }

    void delete(Connection c, String revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.delete())) {
            ps.setString(1, revision);
            ps.executeUpdate();
        }
    }

    void deleteAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql.deleteAll());
        }
    }

    void audit(Connection c, String revision, AuditAction action, String by, long millis, String checksum,
               String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.insertAudit())) {
            bindAudit(ps, 0, revision, action, by, millis, checksum, detail);
            ps.executeUpdate();
        }
    }

    private static void bindAudit(PreparedStatement ps, int offset, String revision, AuditAction action, String by,
                                  long millis, String checksum, String detail) throws SQLException {
        ps.setString(offset + 1, revision);
        ps.setString(offset + 2, action.name());
        ps.setTimestamp(offset + 3, Timestamp.from(Instant.now()));
        ps.setString(offset + 4, by);
        ps.setLong(offset + 5, millis);
        ps.setString(offset + 6, checksum);
        ps.setString(offset + 7, detail);
    }

    List<AuditEntry> readAudit(Connection c) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.selectAudit())) {
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), AuditAction.named(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getString(8)));
            }
        }
        return entries;
    }
}
