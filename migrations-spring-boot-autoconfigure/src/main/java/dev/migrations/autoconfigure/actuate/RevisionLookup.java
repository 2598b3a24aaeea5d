package dev.migrations.autoconfigure.actuate;

import dev.migrations.RevisionStatus;
import dev.migrations.autoconfigure.MigrationSet;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds one revision of a set by id or unique prefix. It searches the set's status rather than its graph, so that a
 * revision the database holds but the code lacks (the drift an operator is looking for) is found too.
 */
final class RevisionLookup {

    private RevisionLookup() {
    }

    /** @throws InvalidEndpointRequestException (a 400) when {@code text} is a prefix of several revisions */
    static Optional<RevisionStatus> find(MigrationSet set, String text) {
        List<RevisionStatus> revisions = set.migrations().status().revisions();
        Optional<RevisionStatus> exact = revisions.stream().filter(r -> r.revision().equals(text)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<RevisionStatus> prefixed = revisions.stream().filter(r -> r.revision().startsWith(text)).toList();
        if (prefixed.size() > 1) {
            String ids = prefixed.stream().map(RevisionStatus::revision).collect(Collectors.joining(", "));
            throw new InvalidEndpointRequestException("Revision prefix '" + text + "' matches several revisions of "
                    + "migration set '" + set.name() + "': " + ids + ". Give more characters.",
                    "ambiguous revision prefix");
        }
        return prefixed.stream().findFirst();
    }
}
