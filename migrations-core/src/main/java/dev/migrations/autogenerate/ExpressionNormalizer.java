package dev.migrations.autogenerate;

import dev.migrations.autogenerate.SqlTokens.Token;
import dev.migrations.autogenerate.SqlTokens.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a SQL expression (a server default, a check condition, an index expression or predicate) to one
 * spelling, so that what the database prints back compares equal to what was written:
 * <ul>
 *   <li>case and whitespace: words and quoted identifiers in lower case, tokens one space apart (string
 *       literals keep their case);</li>
 *   <li>casts: {@code 'x'::character varying}, {@code (0)::numeric}, {@code CAST(0 AS NUMERIC(1))} and typed
 *       literals such as {@code DATE '2020-01-01'} lose their type; a quoted number ({@code '-1'::integer})
 *       becomes the number;</li>
 *   <li>grouping parentheses are dropped, those of a function call or IN list kept;</li>
 *   <li>PostgreSQL's rewritings are undone: {@code x = ANY (ARRAY[a, b])} is {@code x IN (a, b)},
 *       {@code x BETWEEN a AND b} is {@code x >= a AND x <= b};</li>
 *   <li>MariaDB's rewriting is undone: a boolean column standing alone as a condition, which it stores as
 *       {@code `c` <> 0}, is the column alone;</li>
 *   <li>synonyms are one word: {@code now()}, {@code LOCALTIMESTAMP} (H2 stores {@code now()} so) and
 *       {@code CURRENT_TIMESTAMP}, whose values a timestamp column stores alike; {@code length},
 *       {@code character_length} and {@code char_length} (H2 stores {@code LENGTH} so).</li>
 * </ul>
 * Dropping parentheses can make two expressions that group differently compare equal; a change of grouping
 * alone is therefore not detected. That is the price of matching PostgreSQL's fully parenthesised output.
 */
final class ExpressionNormalizer {

    /** Words after which a parenthesis groups rather than calls. */
    private static final Set<String> GROUPING_AFTER = Set.of("and", "or", "not", "when", "then", "else", "case", "is",
            "between", "like", "ilike", "escape", "distinct", "from", "where", "on", "select", "return", "as");
    /** Words that continue a multi-word type name after a cast. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp", "interval", "uuid");
    private static final Map<String, String> SYNONYMS = Map.of(
            "localtimestamp", "current_timestamp",
            "length", "char_length",
            "character_length", "char_length");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?)(\\d+(?:\\.\\d+)?)'");

    private ExpressionNormalizer() {
    }

    /** The normalized expression; null stays null. */
    static String normalize(String sql) {
        if (sql == null) {
            return null;
        }
        List<Token> tokens = new ArrayList<>(SqlTokens.of(sql));
        removeCastOperators(tokens);
        removeCastCalls(tokens);
        removeTypedLiteralTypes(tokens);
        unquoteNumbers(tokens);
        renameSynonyms(tokens);
        removeGroupingParentheses(tokens);
        bareBooleanColumns(tokens);
        anyArrayToIn(tokens);
        expandBetween(tokens);
        return String.join(" ", tokens.stream().map(Token::value).toList());
    }

    /** Words that end the operand before them, or start the one after them. */
    private static final Set<String> OPERAND_BOUNDARIES = Set.of("and", "or", "not", "(", ")");

    /** {@code c <> 0} standing alone between AND, OR, NOT or parentheses is {@code c}: MariaDB's boolean test. */
    private static void bareBooleanColumns(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean column = tokens.get(i).isIdentifier() && !OPERAND_BOUNDARIES.contains(tokens.get(i).value());
            boolean startsOperand = i == 0 || OPERAND_BOUNDARIES.contains(tokens.get(i - 1).value());
            boolean endsOperand = i + 3 == tokens.size() || OPERAND_BOUNDARIES.contains(tokens.get(i + 3).value());
            if (column && startsOperand && endsOperand && tokens.get(i + 1).is("<>") && tokens.get(i + 2).is("0")) {
                tokens.subList(i + 1, i + 3).clear();
            }
        }
    }

    /** {@code expr::type}, where the type may be several words, qualified, sized and an array. */
    private static void removeCastOperators(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("::")) {
                continue;
            }
            int end = i + 1;
            if (end < tokens.size() && tokens.get(end).isIdentifier()) {
                end++;
                while (end < tokens.size()) {
                    Token next = tokens.get(end);
                    if (next.type() == Type.WORD && TYPE_WORDS.contains(next.value())) {
                        end++;
                    } else if (next.is(".") && end + 1 < tokens.size() && tokens.get(end + 1).isIdentifier()) {
                        end += 2;
                    } else if (next.is("(")) {
                        end = matching(tokens, end, "(", ")") + 1;
                    } else if (next.is("[")) {
                        end = matching(tokens, end, "[", "]") + 1;
                    } else {
                        break;
                    }
                }
            }
            tokens.subList(i, Math.min(end, tokens.size())).clear();
            i--;
        }
    }

    /** {@code CAST(expr AS type)} becomes {@code (expr)}. */
    private static void removeCastCalls(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!(tokens.get(i).type() == Type.WORD && tokens.get(i).is("cast") && tokens.get(i + 1).is("("))) {
                continue;
            }
            int close = matching(tokens, i + 1, "(", ")");
            int as = -1;
            int depth = 0;
            for (int j = i + 2; j < close; j++) {
                Token t = tokens.get(j);
                depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
                if (depth == 0 && t.type() == Type.WORD && t.is("as")) {
                    as = j;
                }
            }
            if (as > 0) {
                tokens.subList(as, close).clear();
                tokens.remove(i);
            }
        }
    }

    private static void removeTypedLiteralTypes(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).type() == Type.WORD && TYPED_LITERALS.contains(tokens.get(i).value())
                    && tokens.get(i + 1).type() == Type.STRING) {
                tokens.remove(i);
            }
        }
    }

    private static void unquoteNumbers(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            var number = QUOTED_NUMBER.matcher(tokens.get(i).value());
            if (tokens.get(i).type() == Type.STRING && number.matches()) {
                tokens.set(i, synthetic(Type.NUMBER, number.group(2)));
                if (!number.group(1).isEmpty()) {
                    tokens.add(i, synthetic(Type.SYMBOL, "-"));
                    i++;
                }
            }
        }
    }

    private static void renameSynonyms(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() != Type.WORD) {
                continue;
            }
            if (token.is("now") && i + 2 < tokens.size() && tokens.get(i + 1).is("(") && tokens.get(i + 2).is(")")) {
                tokens.subList(i + 1, i + 3).clear();
                tokens.set(i, synthetic(Type.WORD, "current_timestamp"));
            } else if (SYNONYMS.containsKey(token.value())) {
                tokens.set(i, synthetic(Type.WORD, SYNONYMS.get(token.value())));
            }
        }
    }

    private static void removeGroupingParentheses(List<Token> tokens) {
        Deque<int[]> open = new ArrayDeque<>();
        boolean[] drop = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                Token previous = i == 0 ? null : tokens.get(i - 1);
                boolean call = previous != null && previous.type() == Type.WORD && !GROUPING_AFTER.contains(previous.value());
                open.push(new int[] {i, call ? 1 : 0});
            } else if (t.is(")") && !open.isEmpty()) {
                int[] start = open.pop();
                if (start[1] == 0) {
                    drop[start[0]] = true;
                    drop[i] = true;
                }
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (drop[i]) {
                tokens.remove(i);
            }
        }
    }

    /** {@code = ANY (ARRAY[a, b])} is {@code IN (a, b)}; {@code <> ALL (ARRAY[a, b])} is {@code NOT IN (a, b)}. */
    private static void anyArrayToIn(List<Token> tokens) {
        for (int i = 0; i + 4 < tokens.size(); i++) {
            boolean any = tokens.get(i).is("=") && tokens.get(i + 1).is("any");
            boolean all = tokens.get(i).is("<>") && tokens.get(i + 1).is("all");
            if (!(any || all) || !tokens.get(i + 2).is("(") || !tokens.get(i + 3).is("array") || !tokens.get(i + 4).is("[")) {
                continue;
            }
            int closeBracket = matching(tokens, i + 4, "[", "]");
            if (closeBracket + 1 >= tokens.size() || !tokens.get(closeBracket + 1).is(")")) {
                continue;
            }
            List<Token> items = new ArrayList<>(tokens.subList(i + 5, closeBracket));
            tokens.subList(i, closeBracket + 2).clear();
            List<Token> replacement = new ArrayList<>();
            if (all) {
                replacement.add(synthetic(Type.WORD, "not"));
            }
            replacement.add(synthetic(Type.WORD, "in"));
            replacement.add(synthetic(Type.SYMBOL, "("));
            replacement.addAll(items);
            replacement.add(synthetic(Type.SYMBOL, ")"));
            tokens.addAll(i, replacement);
        }
    }

    /** {@code x BETWEEN a AND b}, each a single token, as PostgreSQL stores it: {@code x >= a AND x <= b}. */
    private static void expandBetween(List<Token> tokens) {
        for (int i = 1; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).type() == Type.WORD && tokens.get(i).is("between") && tokens.get(i + 2).is("and")
                    && !(i >= 2 && tokens.get(i - 2).is("not"))) {
                Token subject = tokens.get(i - 1);
                Token low = tokens.get(i + 1);
                Token high = tokens.get(i + 3);
                tokens.subList(i - 1, i + 4).clear();
                tokens.addAll(i - 1, List.of(subject, synthetic(Type.SYMBOL, ">="), low, synthetic(Type.WORD, "and"),
                        subject, synthetic(Type.SYMBOL, "<="), high));
            }
        }
    }

    /** The index of the token closing the one at {@code open}, or the last index when it is never closed. */
    private static int matching(List<Token> tokens, int open, String opening, String closing) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(opening)) {
                depth++;
            } else if (tokens.get(i).is(closing) && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static Token synthetic(Type type, String value) {
        return new Token(type, value, value, -1, -1);
    }
}
