package dev.migrations.autogenerate;

import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.SqlStatement;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.DropEnumType;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.SchemaModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares enum types: new types are created, types only the database has are dropped (never with CASCADE:
 * the drop fails while a column uses the type), and values the model adds are added in their place. A value
 * cannot be removed from a PostgreSQL enum, so removed or reordered values are reported, not generated.
 */
final class EnumTypeComparison {

    private final Plan plan;
    private final Definitions target;
    private final Definitions live;
    private final Dialect dialect;

    EnumTypeComparison(Plan plan, Definitions target, Definitions live, Dialect dialect) {
        this.plan = plan;
        this.target = target;
        this.live = live;
        this.dialect = dialect;
    }

    void compare(SchemaModel wanted, SchemaModel existing) {
        for (EnumTypeModel type : wanted.enumTypes().values()) {
            Optional<EnumTypeModel> current = existing.enumType(type.name());
            if (current.isEmpty()) {
                plan.add(Phase.CREATE_TYPES, target.enumType(type));
            } else {
                compareValues(type, current.get());
                compareTextCasts(type, current.get());
            }
        }
        for (EnumTypeModel type : existing.enumTypes().values()) {
            if (wanted.enumType(type.name()).isEmpty()) {
                plan.add(Phase.DROP_TYPES, new DropEnumType(live.schema(), type.name(), live.enumType(type)));
            }
        }
    }

    /** No operation adds or removes the casts of an existing type: the difference is reported with the SQL. */
    private void compareTextCasts(EnumTypeModel wanted, EnumTypeModel existing) {
        if (wanted.textCasts() == existing.textCasts()) {
            return;
        }
        String type = existing.name();
        plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Enum type " + type + (wanted.textCasts()
                ? " lacks the implicit casts from and to varchar that Hibernate creates with its named enums"
                : " has implicit casts from and to varchar that the model does not") + "; nothing is generated. Run "
                + castStatements(existing, wanted.textCasts()) + " with op.execute(...) in a migration."));
    }

    /** The dialect's statements for the casts alone: those of creating (or dropping) the type, but the type's own. */
    private String castStatements(EnumTypeModel type, boolean create) {
        CreateEnumType definition = new CreateEnumType(live.schema(), type.name(), type.values(), true);
        List<SqlStatement> statements = dialect.statements(create ? definition
                : new DropEnumType(live.schema(), type.name(), definition));
        List<SqlStatement> casts = create ? statements.subList(1, statements.size())
                : statements.subList(0, statements.size() - 1);
        return casts.stream().map(SqlStatement::sql).collect(Collectors.joining(" and "));
    }

    /** Each new value goes after the value the model puts before it, or before the first value when it leads. */
    private void compareValues(EnumTypeModel wanted, EnumTypeModel existing) {
        List<String> values = new ArrayList<>(existing.values());
        for (int i = 0; i < wanted.values().size(); i++) {
            String value = wanted.values().get(i);
            if (values.contains(value)) {
                continue;
            }
            String after = i > 0 ? wanted.values().get(i - 1) : null;
            String before = after == null && !values.isEmpty() ? values.get(0) : null;
            plan.add(Phase.CREATE_TYPES, new AddEnumValue(live.schema(), existing.name(), value, before, after));
            values.add(after == null ? 0 : values.indexOf(after) + 1, value);
        }
        List<String> removed = values.stream().filter(v -> !wanted.values().contains(v)).toList();
        if (!removed.isEmpty()) {
            plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Enum type " + existing.name()
                    + " has values the model no longer has: " + String.join(", ", removed) + ". PostgreSQL cannot remove "
                    + "a value from an enum type; nothing is generated. Keep the values, or recreate the type by hand."));
        }
        List<String> kept = values.stream().filter(wanted.values()::contains).toList();
        if (!kept.equals(wanted.values())) {
            plan.warn(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Enum type " + existing.name()
                    + " orders its values " + kept + " in the database and " + wanted.values() + " in the model; "
                    + "no operation reorders them. Nothing is generated."));
        }
    }
}
