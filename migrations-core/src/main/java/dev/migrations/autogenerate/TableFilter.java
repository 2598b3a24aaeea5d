package dev.migrations.autogenerate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables a comparison looks at, by name globs ({@code *} any run of characters, {@code ?} one),
 * matched ignoring case. A table is compared when it matches an include (or there are none) and no exclude.
 * Tables left out are invisible: neither created, dropped nor changed.
 */
public record TableFilter(List<String> include, List<String> exclude) {

    public static final TableFilter ALL = new TableFilter(List.of(), List.of());

    public TableFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
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
