package dev.migrations.bench.tools;

import dev.migrations.bench.Phases;
import dev.migrations.bench.Workload;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The floor: what any tool must do at least. One connection; the history table is read once; each pending
 * migration runs in its own transaction with its statements and one history insert. Nothing else: no lock, no
 * checksum, no audit.
 */
public final class PlainMigrator {

    private PlainMigrator() {
    }

    public static void migrate(DataSource dataSource, Workload workload, int n, Phases phases) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            phases.lap("connect");
            Set<Integer> applied = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM plain_history")) {
                while (rs.next()) {
                    applied.add(rs.getInt(1));
                }
            } catch (SQLException noTableYet) {
                // A database never migrated; create the history table.
                if (!workload.undefinedTableState().equals(noTableYet.getSQLState())) {
                    throw noTableYet;
                }
                try (Statement s = c.createStatement()) {
                    s.execute(workload.createPlainHistory());
                }
            }
            phases.lap("read history");
            if (applied.size() == n) {
                return;
            }
            c.setAutoCommit(false);
            try (PreparedStatement history = c.prepareStatement(
                    "INSERT INTO plain_history (version, description) VALUES (?, ?)")) {
                for (int i = 1; i <= n; i++) {
                    if (applied.contains(i)) {
                        continue;
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute(workload.createTable(i));
                        s.execute(workload.createIndex(i));
                    }
                    history.setInt(1, i);
                    history.setString(2, "t_" + i);
                    history.executeUpdate();
                    c.commit();
                }
            }
            c.setAutoCommit(true);
            phases.lap("apply");
        }
    }
}
