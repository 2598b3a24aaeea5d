package dev.migrations.autogenerate;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.TypeSpelling;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column type Hibernate gives a column, as the schema model spells it: the dialect's DDL type
 * ({@link Column#getSqlType(Metadata)}, such as {@code varchar(255)}, {@code timestamp(6) with time zone},
 * {@code float(53)}) read by {@link TypeSpelling}, which keeps spellings it does not know ({@code oid},
 * {@code interval second(6)}) as raw types. A {@code columnDefinition} is taken as the type's spelling.
 *
 * <p>A PostgreSQL named enum ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} or {@code NAMED_ORDINAL_ENUM}) is an
 * enum type named after the Java enum's simple name, with the values Hibernate gives it: for
 * {@code NAMED_ENUM} the constants' names sorted alphabetically (Hibernate sorts them), for
 * {@code NAMED_ORDINAL_ENUM} in declaration order. Other databases emulate named enums in ways the schema
 * model does not express (H2: a domain of VARCHAR with a check), so there the column keeps Hibernate's spelling.
 *
 * <p>An enum stored by name in a column whose type the mapping names itself, as a plain name that is no SQL type
 * ({@code columnDefinition = "order_state"}, or the cast of the column's write expression,
 * {@code @ColumnTransformer(write = "CAST(? AS order_state)")} or {@code "?::order_state"}), is a column of the
 * enum type of that name, on every database: Hibernate does not create that type, the migrations do (on H2 as a
 * domain), so its values are the constants' names (or what the converter makes of them) in declaration order, as
 * a new type would be created. The write cast is the usual mapping of a PostgreSQL enum column (PostgreSQL
 * refuses a VARCHAR parameter for it), and unlike a {@code columnDefinition} it leaves Hibernate's schema
 * validation on H2 a type it accepts for the domain.
 */
final class HibernateTypeMapping {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    /** {@code CAST(? AS name)} or {@code ?::name}: a write expression that casts the value to a named type. */
    private static final Pattern WRITE_CAST = Pattern.compile(
            "(?i)\\s*(?:cast\\s*\\(\\s*\\?\\s+as\\s+" + NAME + "\\s*\\)|\\?\\s*::\\s*" + NAME + ")\\s*");
    private static final Pattern PLAIN_NAME = Pattern.compile("\\s*" + NAME + "\\s*");

    private final Metadata metadata;
    private final boolean postgres;

    HibernateTypeMapping(Metadata metadata) {
        this.metadata = metadata;
        this.postgres = metadata.getDatabase().getDialect() instanceof PostgreSQLDialect;
    }

    ColumnType type(Column column) {
        Optional<EnumTypeModel> named = namedEnum(column);
        if (named.isPresent()) {
            // With its values, so that the generated revision also runs where enums live on the column (MariaDB).
            return Types.enumType(named.get().name(), named.get().values().toArray(String[]::new));
        }
        return TypeSpelling.parse(column.getSqlType(metadata));
    }

    /** The named enum type the column uses, with its values; empty for any other column. */
    Optional<EnumTypeModel> namedEnum(Column column) {
        if (!(column.getValue() instanceof BasicValue basic) || basic.getResolution() == null) {
            return Optional.empty();
        }
        var resolution = basic.getResolution();
        int code = resolution.getJdbcType().getDefaultSqlTypeCode();
        if (code != SqlTypes.NAMED_ENUM && code != SqlTypes.NAMED_ORDINAL_ENUM) {
            return declaredEnum(column, resolution);
        }
        if (!postgres) {
            return Optional.empty();
        }
        Class<?> javaType = resolution.getRelationalJavaType().getJavaTypeClass();
        if (!javaType.isEnum()) {
            return Optional.empty();
        }
        List<String> values = values(javaType, resolution.getValueConverter());
        if (code == SqlTypes.NAMED_ENUM) {
            values.sort(null);
        }
        String name = column.getSqlType(metadata);
        return Optional.of(new EnumTypeModel(name, values, createsTextCasts(name)));
    }

    /** Whether Hibernate creates implicit casts from and to varchar with the named enum, as it does on PostgreSQL. */
    private boolean createsTextCasts(String typeName) {
        return AuxiliaryObjects.of(metadata).stream()
                .anyMatch(object -> object.name().equalsIgnoreCase(typeName) && object.creates("create cast"));
    }

    /**
     * The enum type a column of an enum stored by name declares by its {@code columnDefinition} or its write
     * cast, when that names no SQL type that {@link TypeSpelling} knows.
     */
    private static Optional<EnumTypeModel> declaredEnum(Column column, BasicValue.Resolution<?> resolution) {
        Class<?> enumClass = resolution.getDomainJavaType().getJavaTypeClass();
        if (!enumClass.isEnum() || !resolution.getJdbcType().isStringLike()) {
            return Optional.empty();
        }
        return declaredTypeName(column)
                .filter(name -> TypeSpelling.parse(name).kind() == TypeKind.RAW)
                .map(name -> new EnumTypeModel(name, values(enumClass, resolution.getValueConverter())));
    }

    private static Optional<String> declaredTypeName(Column column) {
        if (column.getSqlType() != null) {
            Matcher plain = PLAIN_NAME.matcher(column.getSqlType());
            return plain.matches() ? Optional.of(plain.group(1)) : Optional.empty();
        }
        if (column.getCustomWrite() != null) {
            Matcher cast = WRITE_CAST.matcher(column.getCustomWrite());
            if (cast.matches()) {
                return Optional.of(cast.group(1) != null ? cast.group(1) : cast.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * The check Hibernate generates for the column's values ({@code status in ('A','B')} for an enum in a VARCHAR),
     * if any: the condition of the anonymous check it adds to the column.
     */
    Optional<String> generatedCheck(Column column) {
        if (!(column.getValue() instanceof BasicValue basic) || basic.getResolution() == null) {
            return Optional.empty();
        }
        var type = basic.getResolution().getLegacyResolvedBasicType();
        var dialect = metadata.getDatabase().getDialect();
        return type == null ? Optional.empty() : Optional.ofNullable(type.getCheckCondition(column.getQuotedName(dialect), dialect));
    }

    /** What Hibernate stores for each constant: its name, or what the value converter makes of it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> values(Class<?> enumClass, BasicValueConverter<?, ?> converter) {
        List<String> values = new ArrayList<>();
        for (Object constant : enumClass.getEnumConstants()) {
            Object relational = converter == null ? ((Enum<?>) constant).name()
                    : ((BasicValueConverter) converter).toRelationalValue(constant);
            values.add(String.valueOf(relational));
        }
        return values;
    }
}
