package dev.migrations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as one revision of the schema. The class implements {@link MigrationScript}.
 *
 * <pre>{@code
 * @Migration(revision = "ae1027a6acf0", revises = "1975ea83b712", message = "add user preferences")
 * public class AddUserPreferences implements MigrationScript { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Migration {

    /** The revision id: 1 to 64 characters, none of {@code @ - + :} or whitespace. */
    String revision();

    /** The revisions this one follows: none for a base, one, or several for a merge point. */
    String[] revises() default {};

    /** A one-line description, shown by {@code history} and the Actuator endpoint. */
    String message() default "";

    /** Revisions that must be applied first, without merging their branches into this one. */
    String[] dependsOn() default {};

    /** Names for the branch that starts at this revision, usable as {@code label@head}. */
    String[] branchLabels() default {};

    /**
     * Whether the revision runs inside a transaction. Set to false for statements PostgreSQL refuses
     * to run in one, such as {@code CREATE INDEX CONCURRENTLY}.
     */
    boolean transactional() default true;

    /**
     * PostgreSQL {@code lock_timeout} for this revision's statements, such as {@code "5s"} or
     * {@code "500ms"}; empty to use the configured default.
     */
    String lockTimeout() default "";

    /** PostgreSQL {@code statement_timeout} for this revision's statements; empty to use the default. */
    String statementTimeout() default "";
}
