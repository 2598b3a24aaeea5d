package dev.migrations.runtime;

import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.Dialects;
import dev.migrations.fixtures.Chain;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest each database computes over its version table equals the one computed from the index, exactly when
 * every revision is applied from the indexed sources: the one query a start with nothing to do makes.
 */
class AppliedSetDigestTest {

    @RegisterExtension
    static TestDatabase postgres = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase mariadb = TestDatabase.mariadb();

    private static final int REVISIONS = 40;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "mariadb"})
    void theDatabaseComputesTheIndexsDigestOnlyWhileEveryRevisionIsAppliedFromTheIndexedSources(String kind)
            throws SQLException {
        TestDatabase db = database(kind);
        db.reset();
        Map<String, RevisionScript> scripts = fingerprinted(Chain.of(REVISIONS));
        RevisionGraph graph = RevisionGraph.of(scripts.values().stream().map(RevisionScript::revision).toList());
        Runner runner = new Runner(db.dataSource(), graph, scripts, RunnerSettings.defaults(), new LoggingListener());
        String expected = AppliedSetDigest.expected(scripts.values());

        assertThat(holds(db, REVISIONS, expected)).as("an empty version table").isFalse();
        runner.upgrade("r039");
        assertThat(holds(db, REVISIONS, expected)).as("one revision pending").isFalse();
        runner.upgrade("heads");
        assertThat(holds(db, REVISIONS, expected)).as("every revision applied").isTrue();

        db.execute("UPDATE migrations_version SET source_fingerprint = 'edited' WHERE revision = 'r007'");
        assertThat(holds(db, REVISIONS, expected)).as("a source changed").isFalse();
        db.execute("UPDATE migrations_version SET source_fingerprint = 'source-r007', state = 'RETRY' "
                + "WHERE revision = 'r007'");
        assertThat(holds(db, REVISIONS, expected)).as("a revision marked for retry").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "mariadb"})
    void aTableOfAnOlderReleaseIsNoMatchAndNoError(String kind) throws SQLException {
        TestDatabase db = database(kind);
        db.reset();
        Map<String, RevisionScript> scripts = fingerprinted(Chain.of(3));
        RevisionGraph graph = RevisionGraph.of(scripts.values().stream().map(RevisionScript::revision).toList());
        new Runner(db.dataSource(), graph, scripts, RunnerSettings.defaults(), new LoggingListener()).upgrade("heads");
        String expected = AppliedSetDigest.expected(scripts.values());
        assertThat(holds(db, 3, expected)).isTrue();

        db.execute("ALTER TABLE migrations_version DROP COLUMN source_fingerprint");

        assertThat(holds(db, 3, expected)).isFalse();
    }

    /** The chain's revisions as the index would give them: each with the fingerprint of its source. */
    private static Map<String, RevisionScript> fingerprinted(Chain chain) {
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        chain.scripts().forEach((id, script) -> scripts.put(id, new RevisionScript(script.revision(),
                script.transactional(), null, null, "source-" + id,
                () -> new RevisionScript.Body(script.upgrade(), script.downgrade(), script.checksum()))));
        return scripts;
    }

    private static boolean holds(TestDatabase db, int count, String digest) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.detect(c);
            VersionTable table = new VersionTable(dialect, null, RunnerSettings.DEFAULT_TABLE);
            return table.exists(c) && table.holdsAppliedSet(c, count, digest);
        }
    }

    private static TestDatabase database(String kind) {
        return switch (kind) {
            case "postgresql" -> postgres;
            case "h2" -> h2;
            default -> mariadb;
        };
    }
}
