package dev.migrations.autogenerate;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the class name of a new migration from its message, as Alembic derives a file name:
 * {@code "add user phone"} becomes {@code AddUserPhone}.
 */
public final class MigrationClassName {

    /** Longer names are cut at a word boundary; the message itself is kept whole in the annotation. */
    static final int MAX_LENGTH = 64;

    /** Put before a name that would start with a digit, which a Java identifier cannot. */
    static final String DIGIT_PREFIX = "Migration";

    private static final String APOSTROPHES = "'\u2019";

    private MigrationClassName() {
    }

    /**
     * The UpperCamelCase name made of the message's words: every run of letters and digits is a word,
     * apostrophes are dropped, and every other character separates words. The case within a word is kept
     * ({@code "add HTTP log"} gives {@code AddHTTPLog}).
     *
     * @throws IllegalArgumentException when the message has no letter or digit to name the class by
     */
    public static String fromMessage(String message) {
        List<String> words = words(message == null ? "" : message);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("The message '" + (message == null ? "" : message) + "' has no letters "
                    + "or digits to name the migration class by: write a message such as \"add user phone\".");
        }
        StringBuilder name = new StringBuilder();
        if (Character.isDigit(words.get(0).codePointAt(0))) {
            name.append(DIGIT_PREFIX);
        }
        boolean first = true;
        for (String word : words) {
            String capitalized = capitalize(word);
            if (!first && name.length() + capitalized.length() > MAX_LENGTH) {
                break;
            }
            name.append(capitalized);
            first = false;
        }
        if (name.length() > MAX_LENGTH) {
            name.setLength(MAX_LENGTH);
        }
        return name.toString();
    }

    private static List<String> words(String message) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        message.codePoints().forEach(c -> {
            if (APOSTROPHES.indexOf(c) >= 0) {
                return; // "user's email" gives UsersEmail rather than UserSEmail
            }
            if (Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String capitalize(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }
}
