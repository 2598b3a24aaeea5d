package dev.migrations.runtime;

import dev.migrations.runtime.ChecksumNode.Attribute;
import dev.migrations.runtime.ChecksumNode.Token;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The current form of a checksum, version {@value #VERSION}: one line per operation, such as
 * {@code add_column{column=column{name="email",not_null=true,type=type{kind=varchar,length=255}},table="users"}}.
 * Attributes are sorted by name and left out when absent or at their default; sets and maps are sorted; nothing
 * depends on the JVM, its hash seeds, locale, time zone or charset. Values a migration passes (parameters, rows)
 * are spelled by what they are; one whose only text is {@code Object.toString()} is refused, since that text
 * differs from run to run.
 */
enum CanonicalForm implements ChecksumForm {

    INSTANCE;

    static final int VERSION = 2;



    @Override
    public void spell(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof ChecksumNode node) {
            node(out, node);
        } else if (value instanceof Token token) {
            out.append(token.text());
        } else if (value instanceof CharSequence || value instanceof Character) {
            quote(out, value.toString());
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof Double || value instanceof Float) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                spell(out, optional.get());
            } else {
                out.append("none");
            }
        } else if (value instanceof byte[] bytes) {
            out.append("0x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Map<?, ?> map) {
            sorted(out, '{', map.entrySet().stream().map(e -> spelled(e.getKey()) + "=" + spelled(e.getValue())).toList(), '}');
        } else if (value instanceof Set<?> set) {
            sorted(out, '[', set.stream().map(this::spelled).toList(), ']');
        } else if (value instanceof Collection<?> collection) {
            inOrder(out, collection.stream().map(this::spelled).toList());
        } else if (value.getClass().isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(spelled(Array.get(value, i)));
            }
            inOrder(out, elements);
        } else {
            tagged(out, value);
        }
    }

    private void node(StringBuilder out, ChecksumNode node) {
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute attribute : node.attributes()) {
            if (attribute.name() != null && !isAbsent(attribute.value())) {
                attributes.put(attribute.name(), spelled(attribute.value()));
            }
        }
        out.append(node.kind()).append('{');
        String separator = "";
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            out.append(separator).append(attribute.getKey()).append('=').append(attribute.getValue());
            separator = ",";
        }
        out.append('}');
    }

    /** Absent, or at a default that says nothing: so an attribute added later leaves existing checksums alone. */
    private boolean isAbsent(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** Values of other kinds, each under a tag saying what it is. */
    private void tagged(StringBuilder out, Object value) {
        String tag;
        String text;
        if (value instanceof Timestamp timestamp) {
            tag = "instant";
            text = timestamp.toInstant().toString();
        } else if (value instanceof Date date) {
            tag = "instant";
            text = Instant.ofEpochMilli(date.getTime()).toString();
        } else if (value instanceof Calendar calendar) {
            tag = "calendar";
            text = calendar.toInstant() + " " + calendar.getTimeZone().getID();
        } else if (value.getClass().getPackageName().equals("java.time")) {
            tag = "time";
            text = value.toString();
        } else if (value instanceof UUID) {
            tag = "uuid";
            text = value.toString();
        } else if (value instanceof Enum<?> constant) {
            tag = "enum";
            text = constant.name();
        } else if (hasOwnText(value)) {
            tag = "value";
            text = value.toString();
        } else {
            throw new IllegalArgumentException("A value of " + value.getClass().getName() + " passed to op.execute or "
                    + "op.bulkInsert has no text of its own (only Object.toString(), which differs from run to run), "
                    + "so the revision's checksum cannot cover it. Pass a String, number, boolean, byte[], UUID, "
                    + "java.time value, or a value whose toString() says what it is.");
        }
        out.append(tag).append('(');
        quote(out, text);
        out.append(')');
    }

    private boolean hasOwnText(Object value) {
        try {
            return value.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private String spelled(Object value) {
        StringBuilder out = new StringBuilder();
        spell(out, value);
        return out.toString();
    }

    private void sorted(StringBuilder out, char open, List<String> elements, char close) {
        out.append(open).append(String.join(",", elements.stream().sorted().toList())).append(close);
    }

    private void inOrder(StringBuilder out, List<String> elements) {
        out.append('[').append(String.join(",", elements)).append(']');
    }

    private void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u").append(HexFormat.of().toHexDigits(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
