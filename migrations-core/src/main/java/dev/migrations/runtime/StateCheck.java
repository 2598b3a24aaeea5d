package dev.migrations.runtime;

import dev.migrations.error.Remedies;
import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.IncompleteMigrationException;
import dev.migrations.error.UnknownRevisionException;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares what the database records with what the code holds, and refuses to go on from a bad state. */
final class StateCheck {

    private static final String FIRST_FORM_NOTE = "Its checksum was recorded by a release before checksums were "
            + "versioned, whose checksum of op.bulkInsert rows written as Map.of(...) changed from one JVM to the next: "
            + "if this revision inserts such rows, it is most likely unchanged. ";

    private StateCheck() {
    }

    /** Revisions recorded in the database that the code does not have. */
    static List<VersionRow> unknownInCode(DatabaseState state, RevisionGraph graph) {
        return state.rows().values().stream().filter(row -> !graph.contains(row.revision())).toList();
    }

    /** Applied revisions whose code no longer does what it did when it was applied. */
    static List<VersionRow> checksumMismatches(DatabaseState state, Map<String, RevisionScript> scripts) {
        return state.rows().values().stream()
                .filter(row -> row.isApplied() && scripts.containsKey(row.revision()))
                .filter(row -> scripts.get(row.revision()).isEditedSince(row))
                .toList();
    }

    /** Applied rows whose revision was loaded and found unchanged, with the fingerprint to record for them. */
    static List<VersionRow> vouchedFor(DatabaseState state, Map<String, RevisionScript> scripts) {
        return state.rows().values().stream()
                .filter(row -> scripts.containsKey(row.revision()) && scripts.get(row.revision()).vouchesFor(row))
                .map(row -> new VersionRow(row.revision(), row.revises(), row.message(), row.checksum(), row.state(),
                        row.appliedAt(), row.appliedBy(), row.executionMillis(), row.progress(), row.error(),
                        scripts.get(row.revision()).sourceFingerprint()))
                .toList();
    }

    /** The applied revisions a newer release added on top of the code's history: see {@link RevisionGraph#aheadOf}. */
    static Set<String> aheadOfCode(DatabaseState state, RevisionGraph graph) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        unknownInCode(state, graph).stream().filter(VersionRow::isApplied)
                .forEach(row -> unknown.put(row.revision(), row.revises()));
        return unknown.isEmpty() ? Set.of() : graph.aheadOf(unknown);
    }

    static void requireKnown(DatabaseState state, RevisionGraph graph) {
        List<VersionRow> unknown = unknownInCode(state, graph);
        if (!unknown.isEmpty()) {
            String names = unknown.stream().map(StateCheck::describe).collect(Collectors.joining(", "));
            String ids = unknown.stream().map(VersionRow::revision).collect(Collectors.joining(", "));
            throw new UnknownRevisionException(ids, "The database records revision"
                    + (unknown.size() > 1 ? "s " : " ") + names + " that this code does not have: the database is "
                    + "ahead of the code (a newer release migrated it, or a migration was deleted). "
                    + Remedies.unknownInCode(ids));
        }
    }

    static void requireUnchanged(DatabaseState state, Map<String, RevisionScript> scripts) {
        List<VersionRow> changed = checksumMismatches(state, scripts);
        if (!changed.isEmpty()) {
            VersionRow row = changed.get(0);
            throw new ChecksumMismatchException(row.revision(), "Revision " + describe(row) + " was edited after it "
                    + "was applied on " + row.appliedAt() + ": what it does has changed (checksum "
                    + shorten(scripts.get(row.revision()).checksum()) + ", applied as " + shorten(row.checksum())
                    + ")" + (changed.size() > 1 ? ", and " + (changed.size() - 1) + " more" : "") + ". "
                    + (Checksums.isFirstForm(row.checksum()) ? FIRST_FORM_NOTE : "")
                    + Remedies.edited(row.revision()));
        }
    }

    /** Rows left by a non-atomic revision that stopped part-way; call only while holding the lock. */
    static void requireComplete(DatabaseState state) {
        List<VersionRow> incomplete = state.incomplete();
        if (!incomplete.isEmpty()) {
            VersionRow row = incomplete.get(0);
            String what = row.state() == RowState.FAILED ? "failed part-way (" + row.error() + ")"
                    : "was interrupted part-way";
            throw new IncompleteMigrationException(row.revision(), "Revision " + describe(row) + " " + what
                    + " on " + row.appliedAt() + " by " + row.appliedBy() + ". It ran outside a transaction, so some "
                    + "of its changes may be in the database. " + Remedies.incomplete(row.revision()));
        }
    }

    static String describe(VersionRow row) {
        return Revision.label(row.revision(), row.message());
    }

    private static String shorten(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
