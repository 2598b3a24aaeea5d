package dev.migrations.runtime;

import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.ops.Operations;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database migrated by the release before checksums were versioned holds bare first-form checksums. This release
 * must start against it as against any other: nothing refused, nothing rewritten. An edit is still an edit, and
 * {@code repair} records the checksum in the current form.
 */
class FirstFormChecksumsPostgresTest {

    /** Corpus migrations, with the checksums the earlier release recorded for them (see ChecksumGoldenTest). */
    private static final Map<String, String> EARLIER_RELEASE = new LinkedHashMap<>();

    static {
        EARLIER_RELEASE.put("create table for the rows", "52028be9");
        EARLIER_RELEASE.put("bulk insert, ordered rows", "e4bff02d");
        EARLIER_RELEASE.put("create table, every portable type", "43ebe792");
    }

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final Map<String, RevisionScript> scripts = new LinkedHashMap<>();

    @BeforeEach
    void migratedByTheEarlierRelease() throws SQLException {
        db.reset();
        String parent = null;
        int n = 0;
        for (String name : EARLIER_RELEASE.keySet()) {
            String id = "f" + (++n);
            Consumer<Operations> upgrade = ChecksumCorpus.migrations().get(name);
            Revision revision = new Revision(id, parent == null ? List.of() : List.of(parent), List.of(), null, name);
            scripts.put(id, new RevisionScript(revision, upgrade, op -> { }, true, null, null, Checksums.of(upgrade)));
            parent = id;
        }
        runner().upgrade("heads");
        n = 0;
        for (String checksum : EARLIER_RELEASE.values()) {
            setRecordedChecksum("f" + (++n), checksum);
        }
    }

    @Test
    void aDatabaseWithFirstFormChecksumsStartsAndIsLeftAsItWas() throws SQLException {
        RunResult result = runner().upgrade("heads");

        assertThat(result.steps()).isEmpty();
        assertThat(recordedChecksums()).containsExactlyElementsOf(EARLIER_RELEASE.values());
    }

    @Test
    void anEditedRevisionWithAFirstFormChecksumIsRefusedWithTheWayToCheckIt() throws SQLException {
        setRecordedChecksum("f2", "0badc0de");

        assertThatThrownBy(() -> runner().upgrade("heads"))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("Revision f2 (bulk insert, ordered rows) was edited")
                .hasMessageContaining("Map.of(...)")
                .hasMessageContaining("Run `migrations show f2` to see the operations its checksum covers")
                .hasMessageContaining("`migrations repair f2`");
        assertThat(recordedChecksums()).containsExactly("52028be9", "0badc0de", "43ebe792");
    }

    @Test
    void repairRecordsTheChecksumInTheCurrentForm() throws SQLException {
        setRecordedChecksum("f2", "0badc0de");

        runner().repair("f2");

        assertThat(recordedChecksums()).containsExactly("52028be9", scripts.get("f2").checksum(), "43ebe792");
        assertThat(scripts.get("f2").checksum()).startsWith("2:");
        assertThat(runner().upgrade("heads").steps()).isEmpty();
    }

    private Runner runner() {
        List<Revision> revisions = scripts.values().stream().map(RevisionScript::revision).toList();
        return new Runner(db.dataSource(), RevisionGraph.of(revisions), scripts, RunnerSettings.defaults(), e -> { });
    }

    private void setRecordedChecksum(String revision, String checksum) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE migrations_version SET checksum = ? WHERE revision = ?")) {
            ps.setString(1, checksum);
            ps.setString(2, revision);
            assertThat(ps.executeUpdate()).isOne();
        }
    }

    private List<String> recordedChecksums() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT checksum FROM migrations_version ORDER BY revision");
             ResultSet rows = ps.executeQuery()) {
            List<String> checksums = new java.util.ArrayList<>();
            while (rows.next()) {
                checksums.add(rows.getString(1));
            }
            return checksums;
        }
    }
}
