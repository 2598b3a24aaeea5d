package dev.migrations.autoconfigure.actuate;

import dev.migrations.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads and edits rows of the default version table directly, as drift would. */
final class VersionRows {

    private final TestDatabase db;

    VersionRows(TestDatabase db) {
        this.db = db;
    }

    /** One revision's row, read with JDBC: the source of truth for the endpoint's fields. */
    Row read(String revision) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT applied_at, execution_ms, applied_by, checksum, state "
                     + "FROM migrations_version WHERE revision = ?")) {
            ps.setString(1, revision);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + revision);
                }
                return new Row(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a revision this code does not have, as a newer release would. */
    /** A parent the code never had: a row revising it is a gap in the code's history, not a newer release. */
    static final String DELETED_PARENT = "d3137ed00000";

    void insertUnknown(String revision, String revises) {
        db.execute("INSERT INTO migrations_version (revision, revises, message, checksum, state, applied_at, "
                + "applied_by, execution_ms) VALUES ('" + revision + "', '" + revises + "', 'from a newer release', "
                + "'0123abcd', 'APPLIED', now(), 'release-2@elsewhere', 7)");
    }

    /**
     * The row as a build with other code would have left it: another checksum, and no source fingerprint (a row
     * whose fingerprint matched the classes' index would be vouched for without comparing checksums).
     */
    void setChecksum(String revision, String checksum) {
        db.execute("UPDATE migrations_version SET checksum = '" + checksum + "', source_fingerprint = NULL "
                + "WHERE revision = '" + revision + "'");
    }

    void delete(String revision) {
        db.execute("DELETE FROM migrations_version WHERE revision = '" + revision + "'");
    }

    record Row(Instant appliedAt, long executionMs, String appliedBy, String checksum, String state) {
    }
}
