package dev.migrations.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The ids sorted, so that prefix lookups and "did you mean" suggestions cost a logarithm, not a scan. */
final class RevisionIdIndex {

    /** Fewer shared leading characters than this make a suggestion noise rather than help. */
    private static final int MIN_SHARED_PREFIX = 3;

    private final NavigableSet<String> ids;

    RevisionIdIndex(Collection<String> ids) {
        this.ids = new TreeSet<>(ids);
    }

    /** The ids starting with {@code prefix}, sorted. */
    List<String> withPrefix(String prefix) {
        return withPrefix(prefix, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} ids sharing the longest possible prefix with {@code text}, sorted. */
    List<String> closeTo(String text, int limit) {
        int shortest = Math.min(MIN_SHARED_PREFIX, text.length());
        for (int length = text.length(); length >= shortest && length > 0; length--) {
            List<String> close = withPrefix(text.substring(0, length), limit);
            if (!close.isEmpty()) {
                return close;
            }
        }
        return List.of();
    }

    private List<String> withPrefix(String prefix, int limit) {
        List<String> found = new ArrayList<>();
        for (String id : ids.tailSet(prefix, true)) {
            if (!id.startsWith(prefix) || found.size() == limit) {
                break;
            }
            found.add(id);
        }
        return found;
    }
}
