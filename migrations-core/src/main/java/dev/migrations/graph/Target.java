package dev.migrations.graph;

import dev.migrations.TargetResolutionException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed target: what the user typed, before it is looked up in a graph. Ids and labels cannot contain
 * {@code @ + - :}, so the syntax below is never ambiguous.
 *
 * <pre>
 * target   = relative | anchor [ ("+" | "-") N ]
 * relative = [ label "@" ] ("+" | "-") N        steps from the current state, optionally within a branch
 * anchor   = "heads" | "head" | "base" | "current" | label "@head" | label "@base" | id, prefix or label
 * </pre>
 */
sealed interface Target {

    String ACCEPTED_FORMS = "heads, head, base, a revision id, a unique id prefix of at least 4 characters, "
            + "a branch label, label@head, label@base, +N, -N, <revision>+N, <revision>-N, label@+N, label@-N";

    /** Written back as the user could have typed it, for messages. */
    String spelled();

    /** Every head. */
    record Heads() implements Target {
        public String spelled() {
            return "heads";
        }
    }

    /** The single head. */
    record Head() implements Target {
        public String spelled() {
            return "head";
        }
    }

    /** The empty state. */
    record Base() implements Target {
        public String spelled() {
            return "base";
        }
    }

    /** The database's current heads; only meaningful as a history range endpoint. */
    record Current() implements Target {
        public String spelled() {
            return "current";
        }
    }

    /** A revision id, a prefix of one, or a branch label. */
    record Named(String text) implements Target {
        public String spelled() {
            return text;
        }
    }

    /** {@code label@head}: the single head of a branch. */
    record BranchHead(String label) implements Target {
        public String spelled() {
            return label + "@head";
        }
    }

    /** {@code label@base}: where a branch starts. */
    record BranchBase(String label) implements Target {
        public String spelled() {
            return label + "@base";
        }
    }

    /** {@code <anchor>+N} / {@code <anchor>-N}: steps along the graph from a single revision. */
    record Step(Target anchor, int steps) implements Target {
        public String spelled() {
            return anchor.spelled() + signed(steps);
        }
    }

    /** {@code +N}, {@code -N}, {@code label@+N}, {@code label@-N}: steps from the current state. */
    record Relative(String label, int steps) implements Target {
        public String spelled() {
            return (label == null ? "" : label + "@") + signed(steps);
        }

        boolean isUp() {
            return steps > 0;
        }

        int count() {
            return Math.abs(steps);
        }
    }

    private static String signed(int steps) {
        return steps > 0 ? "+" + steps : String.valueOf(steps);
    }

    Pattern RELATIVE = Pattern.compile("(?:([^@]+)@)?([+-])(\\d+)");
    Pattern STEP = Pattern.compile("(.+)([+-])(\\d+)");

    /** Parses {@code text} (trimmed); throws {@link TargetResolutionException} listing the accepted forms. */
    static Target parse(String text) {
        String target = text == null ? "" : text.strip();
        Matcher relative = RELATIVE.matcher(target);
        if (relative.matches()) {
            return new Relative(relative.group(1), steps(target, relative.group(2), relative.group(3)));
        }
        Matcher step = STEP.matcher(target);
        if (step.matches()) {
            return new Step(anchor(step.group(1), target), steps(target, step.group(2), step.group(3)));
        }
        return anchor(target, target);
    }

    private static Target anchor(String text, String target) {
        Target keyword = switch (text) {
            case "heads" -> new Heads();
            case "head" -> new Head();
            case "base" -> new Base();
            case "current" -> new Current();
            default -> null;
        };
        if (keyword != null) {
            return keyword;
        }
        int at = text.indexOf('@');
        if (at > 0) {
            String label = text.substring(0, at);
            String symbol = text.substring(at + 1);
            if (RevisionIds.isValid(label) && symbol.equals("head")) {
                return new BranchHead(label);
            }
            if (RevisionIds.isValid(label) && symbol.equals("base")) {
                return new BranchBase(label);
            }
        }
        if (RevisionIds.isValid(text)) {
            return new Named(text);
        }
        throw unknown(target);
    }

    private static int steps(String target, String sign, String digits) {
        int count;
        try {
            count = Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            count = 0;
        }
        if (count <= 0) {
            throw new TargetResolutionException("Target '" + target + "' needs a whole number of steps from 1 to "
                    + Integer.MAX_VALUE + ", such as " + sign + "1; got " + digits + ".");
        }
        return sign.equals("+") ? count : -count;
    }

    /** The error for text that is no target at all. */
    static TargetResolutionException unknown(String target) {
        return new TargetResolutionException("Unknown target '" + target + "'. Accepted targets: " + ACCEPTED_FORMS + ".");
    }
}
