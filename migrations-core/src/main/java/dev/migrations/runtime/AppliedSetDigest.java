package dev.migrations.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The digest a version table has when every revision of the code is applied from the source files the build-time
 * index names: see {@link dev.migrations.dialect.Dialect#appliedSetDigestQuery}. When the database computes the
 * same digest over its rows, nothing is pending, nothing failed part-way, nothing is unknown to the code and no
 * applied source changed, so a start has nothing to read but that one row.
 */
final class AppliedSetDigest {

    private AppliedSetDigest() {
    }

    /** The digest of {@code scripts} all applied, or null when one has no source fingerprint to vouch for it. */
    static String expected(Collection<RevisionScript> scripts) {
        List<RevisionScript> byId = new ArrayList<>(scripts);
        // Binary order of the ids, as the database is asked to sort them.
        byId.sort(Comparator.comparing(RevisionScript::id));
        List<String> entries = new ArrayList<>(byId.size());
        for (RevisionScript script : byId) {
            if (script.sourceFingerprint() == null) {
                return null;
            }
            entries.add(script.id() + " " + RowState.APPLIED.name() + " " + script.sourceFingerprint());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", entries).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
