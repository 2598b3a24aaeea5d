package dev.migrations;

import dev.migrations.error.MigrationDefinitionException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as written in annotations: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
final class DurationText {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private DurationText() {
    }

    static Duration parse(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new MigrationDefinitionException(what + " is \"" + text + "\", which is not a duration: write it as "
                    + "500ms, 5s, 2m or 1h.");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
