package dev.migrations.command;

import dev.migrations.error.ConfigurationException;
import dev.migrations.error.UsageException;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.graph.RevisionIds;

import javax.lang.model.SourceVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a new revision of {@code revision} or {@code merge} goes: its id and its Java package. */
public final class NewRevision {

    private NewRevision() {
    }

    /**
     * The one given, when it is valid and new; else a generated one the graph does not have.
     *
     * @param given the id the user chose, or null
     */
    public static String id(RevisionGraph graph, String given) {
        if (given == null) {
            String generated = RevisionIds.generate();
            while (graph.contains(generated)) {
                generated = RevisionIds.generate();
            }
            return generated;
        }
        if (!RevisionIds.isValid(given)) {
            throw new UsageException("'" + given + "' cannot be a revision id: use 1 to 64 characters, none of "
                    + "'@', '-', '+', ':' or whitespace; or leave out --rev-id to have one generated.");
        }
        if (graph.contains(given)) {
            throw new UsageException(given, "Revision " + given + " exists already; give another --rev-id, or "
                    + "leave it out to have one generated.", null);
        }
        return given;
    }

    /**
     * The configured package; else the package of a migration the new one follows; else of any head; else, for
     * the first revision, the first revision's package.
     *
     * @param configured           {@code migrations.revision-package}, or null
     * @param packagesByRevision   the package of each migration class the application has
     * @param firstRevisionPackage where a set's first revision goes, when the caller knows: for the default set
     *                             {@code migrations} under the application's package, for another its own package
     */
    public static String packageName(String configured, Map<String, String> packagesByRevision, List<String> revises,
                                     RevisionGraph graph, Optional<String> firstRevisionPackage) {
        if (configured != null && !configured.isBlank()) {
            if (!SourceVersion.isName(configured.strip())) {
                throw new ConfigurationException("migrations.revision-package '" + configured + "' is not a Java "
                        + "package name; set it to one, such as com.example.app.migrations.");
            }
            return configured.strip();
        }
        Optional<String> near = Stream.concat(revises.stream(), graph.heads().stream())
                .map(packagesByRevision::get).filter(name -> name != null).findFirst();
        if (near.isPresent()) {
            return near.get();
        }
        if (graph.revisions().isEmpty() && firstRevisionPackage.isPresent()) {
            return firstRevisionPackage.get();
        }
        throw new ConfigurationException("Cannot tell which package the new migration class goes in: the classes of "
                + "the current heads (" + String.join(", ", graph.heads()) + ") are not among this application's migration "
                + "classes. "
                + "Set migrations.revision-package, for example to com.example.app.migrations.");
    }
}
