package dev.migrations.runtime;

import dev.migrations.runtime.ChecksumNode.Attribute;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The form of checksums recorded before forms were versioned (a bare 8-digit CRC-32C): each operation spelled as
 * its Java record, {@code AddColumn(schema=null, table="users", column=Column(...))}, with every attribute the
 * first form knew, nulls included, in the order the records declared them then. It is kept, frozen, only to
 * accept checksums recorded in that form; its names come from {@link OperationDescriptions}, not from the records
 * of today, so changing a record does not change it.
 */
enum FirstForm implements ChecksumForm {

    INSTANCE;



    @Override
    public void spell(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof ChecksumNode node) {
            out.append(node.firstKind()).append('(');
            String separator = "";
            for (Attribute attribute : node.attributes()) {
                if (attribute.firstName() != null) {
                    out.append(separator).append(attribute.firstName()).append('=');
                    spell(out, attribute.firstValue());
                    separator = ", ";
                }
            }
            out.append(')');
        } else if (value instanceof Record record) {
            userRecord(out, record);
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            String separator = "";
            for (Object element : collection) {
                out.append(separator);
                spell(out, element);
                separator = ", ";
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            spell(out, map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        } else if (value instanceof Optional<?> optional) {
            out.append(optional.isPresent() ? "some(" : "none(");
            optional.ifPresent(v -> spell(out, v));
            out.append(')');
        } else if (value instanceof byte[] bytes) {
            out.append("0x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            out.append(value);
        }
    }

    /** A record a migration passed as a parameter or row value: the first form spelled it by its components. */
    private void userRecord(StringBuilder out, Record record) {
        out.append(record.getClass().getSimpleName()).append('(');
        String separator = "";
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            out.append(separator).append(component.getName()).append('=');
            try {
                component.getAccessor().setAccessible(true);
                spell(out, component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException | RuntimeException e) {
                out.append('?');
            }
            separator = ", ";
        }
        out.append(')');
    }
}
