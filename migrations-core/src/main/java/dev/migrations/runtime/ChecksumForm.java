package dev.migrations.runtime;

/** A way of writing operations for their checksum, a line each: the current one, or one kept to read old checksums. */
sealed interface ChecksumForm permits CanonicalForm, FirstForm {

    /** Writes a value of a {@link ChecksumNode}, or the node itself. */
    void spell(StringBuilder out, Object value);

    default String line(ChecksumNode node) {
        StringBuilder out = new StringBuilder();
        spell(out, node);
        return out.toString();
    }
}
