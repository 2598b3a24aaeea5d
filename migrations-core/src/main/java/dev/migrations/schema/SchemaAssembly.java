package dev.migrations.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What a reader's catalog queries gather for one schema, before it becomes a {@link SchemaModel}. */
public final class SchemaAssembly {

    private final List<TableAssembly> tables = new ArrayList<>();
    private final List<SequenceModel> sequences = new ArrayList<>();
    private final Map<String, List<String>> enumValues = new LinkedHashMap<>();
    private final Set<String> withTextCasts = new HashSet<>();

    SchemaAssembly() {
    }

    public void table(TableAssembly table) {
        tables.add(table);
    }

    public void sequence(SequenceModel sequence) {
        sequences.add(sequence);
    }

    /** The next value of enum type {@code type}, in order. */
    public void enumValue(String type, String value) {
        enumValues.computeIfAbsent(type, name -> new ArrayList<>()).add(value);
    }

    /** Every value of enum type {@code type}, in order. */
    public void enumType(String type, List<String> values) {
        enumValues.put(type, List.copyOf(values));
    }

    /** Enum type {@code type} has implicit casts from and to text. */
    public void textCasts(String type) {
        withTextCasts.add(type);
    }

    /** @param fold how the database folds unquoted names: a stored name it would not give back is marked exact */
    SchemaModel build(String schema, UnaryOperator<String> fold) {
        return ExactNames.ofStored(SchemaModel.of(schema, tables.stream().map(TableAssembly::build).toList(),
                sequences, enumValues.entrySet().stream().map(e -> new EnumTypeModel(e.getKey(), e.getValue(),
                        withTextCasts.contains(e.getKey()))).toList()), fold);
    }
}
