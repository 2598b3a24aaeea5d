package dev.migrations.graph;

import dev.migrations.error.TargetResolutionException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads target text into a {@link Target}, without looking anything up. Ids and labels cannot contain
 * {@code @ + - :}, so the grammar is never ambiguous:
 *
 * <pre>
 * target   = relative | anchor [ ("+" | "-") N ]
 * relative = [ label "@" ] ("+" | "-") N        steps from the current state, optionally within a branch
 * anchor   = "heads" | "head" | "base" | "current" | label "@head" | label "@base" | id, prefix or label
 * </pre>
 */
final class TargetParser {

    static final String ACCEPTED_FORMS = "heads, head, base, a revision id, a unique id prefix of at least 4 "
            + "characters, a branch label, label@head, label@base, +N, -N, <revision>+N, <revision>-N, label@+N, "
            + "label@-N";

    private static final Pattern RELATIVE = Pattern.compile("(?:([^@]+)@)?([+-])(\\d+)");
    /** Greedy, so the sign is the last one: {@code a+1+2} is refused rather than read as {@code a} + 1. */
    private static final Pattern STEP = Pattern.compile("(.+)([+-])(\\d+)");

    private TargetParser() {
    }

    /** Parses {@code text} (trimmed); throws {@link TargetResolutionException} listing the accepted forms. */
    static Target parse(String text) {
        String target = text == null ? "" : text.strip();
        Matcher relative = RELATIVE.matcher(target);
        if (relative.matches()) {
            return new Target.Relative(relative.group(1), steps(target, relative.group(2), relative.group(3)));
        }
        Matcher step = STEP.matcher(target);
        if (step.matches()) {
            return new Target.Step(anchor(step.group(1), target), steps(target, step.group(2), step.group(3)));
        }
        return anchor(target, target);
    }

    /** The error for text that is no target at all. */
    static TargetResolutionException unknown(String target) {
        return new TargetResolutionException("Unknown target '" + target + "'. Accepted targets: " + ACCEPTED_FORMS
                + ". Run `migrations history` to list the revisions.");
    }

    private static Target anchor(String text, String target) {
        Target keyword = switch (text) {
            case "heads" -> new Target.Heads();
            case "head" -> new Target.Head();
            case "base" -> new Target.Base();
            case "current" -> new Target.Current();
            default -> null;
        };
        if (keyword != null) {
            return keyword;
        }
        int at = text.indexOf('@');
        if (at > 0 && RevisionIds.isValid(text.substring(0, at))) {
            String label = text.substring(0, at);
            String symbol = text.substring(at + 1);
            if (symbol.equals("head")) {
                return new Target.BranchHead(label);
            }
            if (symbol.equals("base")) {
                return new Target.BranchBase(label);
            }
        }
        if (RevisionIds.isValid(text)) {
            return new Target.Named(text);
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
}
