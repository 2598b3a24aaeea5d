package dev.migrations.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL expression into tokens, each with its place in the text, so that expressions can be compared
 * token by token and identifiers replaced without touching string literals.
 */
final class SqlTokens {

    enum Type { STRING, QUOTED_IDENTIFIER, WORD, NUMBER, SYMBOL }

    /**
     * @param text the token as written
     * @param value what it means: a word or quoted identifier in lower case (names are matched ignoring
     *        case), a string literal as written, {@code !=} as {@code <>}
     */
    record Token(Type type, String text, String value, int start, int end) {

        boolean is(String value) {
            return this.value.equals(value);
        }

        boolean isIdentifier() {
            return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
        }
    }

    private static final List<String> SYMBOLS = List.of("::", "<>", "!=", ">=", "<=", "||");

    private SqlTokens() {
    }

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(sql, i, c);
                String text = sql.substring(i, end);
                String inner = text.substring(1, Math.max(1, text.length() - 1)).replace(c + "" + c, String.valueOf(c));
                tokens.add(c == '\'' ? new Token(Type.STRING, text, text, i, end)
                        : new Token(Type.QUOTED_IDENTIFIER, text, inner.toLowerCase(Locale.ROOT), i, end));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)))) {
                int end = i;
                while (end < sql.length() && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Type.NUMBER, sql.substring(i, end), sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String text = sql.substring(i, end);
                tokens.add(new Token(Type.WORD, text, text.toLowerCase(Locale.ROOT), i, end));
                i = end;
            } else {
                String symbol = String.valueOf(c);
                for (String candidate : SYMBOLS) {
                    if (sql.startsWith(candidate, i)) {
                        symbol = candidate;
                        break;
                    }
                }
                tokens.add(new Token(Type.SYMBOL, symbol, symbol.equals("!=") ? "<>" : symbol, i, i + symbol.length()));
                i += symbol.length();
            }
        }
        return tokens;
    }

    /** The index after the closing quote; a doubled quote is an escaped one. An unclosed quote runs to the end. */
    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
