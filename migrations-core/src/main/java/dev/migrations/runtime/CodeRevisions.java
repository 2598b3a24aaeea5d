package dev.migrations.runtime;

import dev.migrations.error.InvalidRevisionGraphException;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The revisions of the code: each one's script by id, their graph (validated when first needed) and the digest of
 * them all applied. Made at once, or {@linkplain #loadInBackground on a thread of its own} so that reading the
 * build-time index and hashing it overlap the opening of the first connection, which is mostly waiting on the
 * server; a command then waits for them only when it first needs them.
 */
public final class CodeRevisions {

    /** Null until known: set at once, or by the first use after the thread has read them. */
    private volatile Loaded loaded;
    private final FutureTask<Loaded> loading;

    private CodeRevisions(Loaded loaded, FutureTask<Loaded> loading) {
        this.loaded = loaded;
        this.loading = loading;
    }

    /**
     * These scripts, checked now.
     *
     * @throws InvalidRevisionGraphException when two scripts declare the same revision
     */
    public static CodeRevisions of(List<RevisionScript> scripts) {
        return new CodeRevisions(Loaded.of(scripts), null);
    }

    /** Scripts already indexed by id, with their graph. */
    public static CodeRevisions of(RevisionGraph graph, Map<String, RevisionScript> scripts) {
        return new CodeRevisions(new Loaded(Map.copyOf(scripts), () -> graph), null);
    }

    /**
     * The scripts {@code load} makes, made on a daemon thread started now, with the digest of them all applied.
     * What {@code load} throws, or two scripts declaring one revision, is thrown by the first use.
     */
    public static CodeRevisions loadInBackground(Supplier<List<RevisionScript>> load) {
        FutureTask<Loaded> loading = new FutureTask<>(() -> {
            Loaded loaded = Loaded.of(load.get());
            loaded.appliedSetDigest();
            return loaded;
        });
        Thread thread = new Thread(loading, "migrations-revisions");
        thread.setDaemon(true);
        thread.start();
        return new CodeRevisions(null, loading);
    }

    /** Each revision's script, by id. */
    public Map<String, RevisionScript> scripts() {
        return loaded().scripts();
    }

    public RevisionScript script(String revision) {
        return scripts().get(revision);
    }

    /** The graph, validated on first use; throws {@link InvalidRevisionGraphException} when invalid. */
    public RevisionGraph graph() {
        return loaded().graph().get();
    }

    /**
     * The digest the version table has when every revision is applied from the sources the index names
     * ({@link AppliedSetDigest}); null when a script has no source fingerprint.
     */
    String appliedSetDigest() {
        return loaded().appliedSetDigest();
    }

    private Loaded loaded() {
        Loaded known = loaded;
        if (known != null) {
            return known;
        }
        try {
            loaded = loading.get();
            return loaded;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the migrations were being read", e);
        }
    }

    private static final class Loaded {

        private final Map<String, RevisionScript> scripts;
        private final Supplier<RevisionGraph> graph;
        private Optional<String> appliedSetDigest;

        Loaded(Map<String, RevisionScript> scripts, Supplier<RevisionGraph> graph) {
            this.scripts = scripts;
            this.graph = graph;
        }

        static Loaded of(List<RevisionScript> scripts) {
            Map<String, RevisionScript> byId = new LinkedHashMap<>();
            List<Revision> revisions = new ArrayList<>(scripts.size());
            for (RevisionScript script : scripts) {
                revisions.add(script.revision());
                byId.putIfAbsent(script.id(), script);
            }
            if (byId.size() < revisions.size()) {
                RevisionGraph.of(revisions); // throws, naming the id declared twice
            }
            // Validated when first needed: a start with nothing to do learns it from one query, without the graph.
            return new Loaded(Map.copyOf(byId), RevisionGraph.lazy(revisions));
        }

        Map<String, RevisionScript> scripts() {
            return scripts;
        }

        Supplier<RevisionGraph> graph() {
            return graph;
        }

        /** Computed once: the code does not change under a runner. */
        synchronized String appliedSetDigest() {
            if (appliedSetDigest == null) {
                appliedSetDigest = Optional.ofNullable(AppliedSetDigest.expected(scripts.values()));
            }
            return appliedSetDigest.orElse(null);
        }
    }
}
