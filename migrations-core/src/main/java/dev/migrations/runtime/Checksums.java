package dev.migrations.runtime;

import dev.migrations.OfflineModeException;
import dev.migrations.ops.Operation;
import dev.migrations.ops.OperationSink;
import dev.migrations.ops.Operations;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checksum of a revision is a SHA-256 of the operations its upgrade performs, not of its bytecode:
 * reformatting or renaming in the source changes nothing, while changing what it does to the database
 * changes the checksum. Work done through {@code op.connection()} cannot be seen without a database, so
 * the checksum covers the operations up to that point.
 */
public final class Checksums {

    private Checksums() {
    }

    public static String of(Consumer<Operations> upgrade) {
        StringBuilder canonical = new StringBuilder();
        OperationSink sink = new OperationSink() {
            @Override
            public void accept(Operation operation) {
                append(canonical, operation);
                canonical.append('\n');
            }

            @Override
            public Connection connection() {
                throw new OfflineModeException("checksum stops at op.connection()");
            }
        };
        try {
            upgrade.accept(new Operations(sink));
        } catch (OfflineModeException e) {
            canonical.append("<connection work>\n");
        }
        return sha256(canonical.toString());
    }

    /** A canonical, deterministic spelling of a value: records by component, collections in order. */
    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(components[i].getName()).append('=');
                append(out, read(components[i], record));
            }
            out.append(')');
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            boolean first = true;
            for (Object element : collection) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                append(out, element);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            append(out, map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        } else if (value instanceof Optional<?> optional) {
            out.append(optional.isPresent() ? "some(" : "none(");
            optional.ifPresent(v -> append(out, v));
            out.append(')');
        } else if (value instanceof byte[] bytes) {
            out.append("0x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            out.append(value);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
