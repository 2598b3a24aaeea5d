package dev.migrations.graph;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The rule revision ids follow, and the generator of new ones. */
public final class RevisionIds {

    /** The rule, as error messages state it. */
    static final String RULE = "1 to 64 characters, none of '@', '-', '+', ':' or whitespace";

    private static final int MAX_LENGTH = 64;
    private static final int GENERATED_BYTES = 6;

    private RevisionIds() {
    }

    /**
     * Whether {@code id} can name a revision. The excluded characters are the ones target syntax gives a
     * meaning to ({@code label@head}, {@code rev+2}, {@code from:to}), so an id can never be misread.
     */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (isReserved(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A fresh id of 12 lowercase hex characters, as Alembic's {@code uuid4().hex[-12:]}. */
    public static String generate() {
        // A new generator per call keeps the class free of shared state; ids are generated rarely.
        byte[] bytes = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean isReserved(char c) {
        return c == '@' || c == '-' || c == '+' || c == ':' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
