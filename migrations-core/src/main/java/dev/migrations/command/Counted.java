package dev.migrations.command;

/** A count with its noun, for sentences: {@code 1 revision}, {@code 3 revisions}. */
public final class Counted {

    private Counted() {
    }

    public static String of(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
