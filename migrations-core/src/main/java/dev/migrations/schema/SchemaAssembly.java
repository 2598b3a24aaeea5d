package dev.migrations.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What a reader's catalog queries gather for one schema, before it becomes a {@link SchemaModel}. */
final class SchemaAssembly {

    final List<TableAssembly> tables = new ArrayList<>();
    final List<SequenceModel> sequences = new ArrayList<>();
    final Map<String, List<String>> enumValues = new LinkedHashMap<>();
    final Set<String> withTextCasts = new HashSet<>();

    /** @param fold how the database folds unquoted names: a stored name it would not give back is marked exact */
    SchemaModel build(String schema, UnaryOperator<String> fold) {
        return ExactNames.ofStored(SchemaModel.of(schema, tables.stream().map(TableAssembly::build).toList(),
                sequences, enumValues.entrySet().stream().map(e -> new EnumTypeModel(e.getKey(), e.getValue(),
                        withTextCasts.contains(e.getKey()))).toList()), fold);
    }
}
