package dev.migrations.autogenerate;

import dev.migrations.ops.ColumnType;
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
 */
final class HibernateTypeMapping {

    private final Metadata metadata;
    private final boolean postgres;

    HibernateTypeMapping(Metadata metadata) {
        this.metadata = metadata;
        this.postgres = metadata.getDatabase().getDialect() instanceof PostgreSQLDialect;
    }

    ColumnType type(Column column) {
        Optional<EnumTypeModel> named = namedEnum(column);
        if (named.isPresent()) {
            return Types.enumType(named.get().name());
        }
        return TypeSpelling.parse(column.getSqlType(metadata));
    }

    /** The named enum type the column uses, with its values; empty for any other column. */
    Optional<EnumTypeModel> namedEnum(Column column) {
        if (!postgres || !(column.getValue() instanceof BasicValue basic) || basic.getResolution() == null) {
            return Optional.empty();
        }
        var resolution = basic.getResolution();
        int code = resolution.getJdbcType().getDefaultSqlTypeCode();
        if (code != SqlTypes.NAMED_ENUM && code != SqlTypes.NAMED_ORDINAL_ENUM) {
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
        return Optional.of(new EnumTypeModel(column.getSqlType(metadata), values));
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
