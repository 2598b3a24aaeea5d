package dev.migrations.autogenerate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that an entity's table, or a field's column, had another name in the database, so that autogenerate
 * renames it instead of dropping it (with its data) and adding an empty one.
 *
 * <pre>{@code
 * @Entity
 * @RenamedFrom("customer")          // the table was customer, the entity now maps to client
 * class Client {
 *     @RenamedFrom("name")          // the column was name, the field now maps to full_name
 *     String fullName;
 * }
 * }</pre>
 *
 * <p>The value is the old name as the database has it (the physical name, after naming strategies). Once the
 * generated migration has run the old name is gone, and the annotation is passed over; remove it at leisure.
 * It is the same as {@code --rename customer=client} and {@code --rename client.name=full_name}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

    /** The table's or column's old name in the database. */
    String value();
}
