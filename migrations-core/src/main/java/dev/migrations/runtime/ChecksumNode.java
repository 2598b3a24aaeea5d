package dev.migrations.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * An operation, or a part of one, as its checksum sees it: a kind and its attributes, written out by hand for each
 * operation so that renaming or adding a Java record component changes no checksum. Each attribute says under which
 * name each form of the checksum knows it: {@link CanonicalForm} (the current one) and {@link FirstForm} (the
 * form of checksums recorded before the form was versioned). An attribute added later is known to the current
 * form only, and left out while it has its default, so existing checksums stay as they are.
 */
record ChecksumNode(String kind, String firstKind, List<Attribute> attributes) {

    /**
     * @param name the attribute in the current form, or null when only the first form had it
     * @param value its value in the current form: null (left out), a string, number, boolean, {@link Token},
     *        node, list, map, optional, or a value a migration passed
     * @param firstName the attribute in the first form, or null when the first form did not have it
     * @param firstValue its value in the first form, which wrote nulls and defaults too
     */
    record Attribute(String name, Object value, String firstName, Object firstValue) {
    }

    /** A word of the form that is not a string, such as {@code cascade}: written bare. */
    record Token(String text) {
    }

    static Builder of(String kind, String firstKind) {
        return new Builder(kind, firstKind);
    }

    static final class Builder {

        private final String kind;
        private final String firstKind;
        private final List<Attribute> attributes = new ArrayList<>();

        private Builder(String kind, String firstKind) {
            this.kind = kind;
            this.firstKind = firstKind;
        }

        /** An attribute both forms know, with the same value. */
        Builder with(String name, String firstName, Object value) {
            return with(name, value, firstName, value);
        }

        /** An attribute both forms know, spelled differently in each. */
        Builder with(String name, Object value, String firstName, Object firstValue) {
            attributes.add(new Attribute(name, value, firstName, firstValue));
            return this;
        }

        /** A yes/no attribute: the current form writes it only when it is yes. */
        Builder flag(String name, String firstName, boolean value) {
            return with(name, value ? Boolean.TRUE : null, firstName, value);
        }

        /** An attribute of the first form only. */
        Builder first(String firstName, Object firstValue) {
            return with(null, null, firstName, firstValue);
        }

        /** An attribute of the current form only. */
        Builder current(String name, Object value) {
            return with(name, value, null, null);
        }

        ChecksumNode build() {
            return new ChecksumNode(kind, firstKind, List.copyOf(attributes));
        }
    }
}
