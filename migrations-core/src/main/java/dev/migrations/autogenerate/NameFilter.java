package dev.migrations.autogenerate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables, or which named objects (indexes, constraints, sequences, enum types), a comparison looks at,
 * by name globs ({@code *} any run of characters, {@code ?} one), matched ignoring case. A name is compared
 * when it matches an include (or there are none) and no exclude. What is left out is invisible: neither
 * created, dropped nor changed.
 */
public record NameFilter(List<String> include, List<String> exclude) {

    public static final NameFilter ALL = new NameFilter(List.of(), List.of());

    public NameFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** This filter, leaving out these names as well (globs, as the others). */
    public NameFilter excluding(Collection<String> names) {
        List<String> excluded = new ArrayList<>(exclude);
        excluded.addAll(names);
        return new NameFilter(include, excluded);
    }

    public boolean includes(String table) {
        return (include.isEmpty() || include.stream().anyMatch(glob -> matches(glob, table)))
                && exclude.stream().noneMatch(glob -> matches(glob, table));
    }

    private static boolean matches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(name).matches();
    }
}
