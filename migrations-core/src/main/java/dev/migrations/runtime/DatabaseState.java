package dev.migrations.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The version table as read: every row, by revision. Empty when the table does not exist yet.
 *
 * @param recordsFingerprints whether the table has the source fingerprint column (an older release's table has not)
 */
public record DatabaseState(Map<String, VersionRow> rows, boolean recordsFingerprints) {

    public DatabaseState {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public static DatabaseState empty() {
        return new DatabaseState(Map.of(), false);
    }

    public static DatabaseState of(List<VersionRow> rows) {
        return of(rows, true);
    }

    static DatabaseState of(List<VersionRow> rows, boolean recordsFingerprints) {
        Map<String, VersionRow> byRevision = new LinkedHashMap<>();
        rows.forEach(row -> byRevision.put(row.revision(), row));
        return new DatabaseState(byRevision, recordsFingerprints);
    }

    /** The revisions recorded as applied. */
    public Set<String> applied() {
        Set<String> applied = new LinkedHashSet<>();
        rows.values().stream().filter(VersionRow::isApplied).forEach(row -> applied.add(row.revision()));
        return applied;
    }

    /** Rows of revisions that did not finish: running, interrupted or failed part-way. */
    public List<VersionRow> incomplete() {
        return rows.values().stream()
                .filter(row -> row.state() == RowState.RUNNING || row.state() == RowState.FAILED)
                .toList();
    }

    /** This state without the rows of {@code revisions}. */
    public DatabaseState without(Set<String> revisions) {
        Map<String, VersionRow> kept = new LinkedHashMap<>(rows);
        kept.keySet().removeAll(revisions);
        return new DatabaseState(kept, recordsFingerprints);
    }

    public VersionRow row(String revision) {
        return rows.get(revision);
    }
}
