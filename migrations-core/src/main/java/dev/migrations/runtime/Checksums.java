package dev.migrations.runtime;

import dev.migrations.OfflineModeException;
import dev.migrations.ops.Operation;
import dev.migrations.ops.OperationSink;
import dev.migrations.ops.Operations;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The checksum of a revision is a CRC-32C of the operations its upgrade performs, not of its bytecode:
 * reformatting or renaming in the source changes nothing, while changing what it does to the database
 * changes the checksum. Work done through {@code op.connection()} cannot be seen without a database, so
 * the checksum covers the operations up to that point. It detects edits, as Flyway's CRC-32 does; it is no
 * defence against someone forging a migration. Every start computes it for every revision, so it must be cheap
 * in a cold JVM: CRC-32C is a CPU instruction, and each record type's accessors are looked up once.
 */
public final class Checksums {

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

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
        return crc32c(canonical.toString());
    }

    /** A canonical, deterministic spelling of a value: records by component, collections in order. */
    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            Method[] accessors = ACCESSORS.get(record.getClass());
            for (int i = 0; i < accessors.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(accessors[i].getName()).append('=');
                append(out, read(accessors[i], record));
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

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass(), e);
        }
    }

    private static String crc32c(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
