package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.command.CheckFinding;
import dev.migrations.autoconfigure.command.MigrationsCheck;
import dev.migrations.autoconfigure.autogenerate.PersistenceUnits.PersistenceUnit;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.SchemaValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The second opinion of {@code migrations check}: Hibernate's own schema validation, as
 * {@code spring.jpa.hibernate.ddl-auto=validate} runs it at start-up, against the database each
 * EntityManagerFactory uses. Whatever the entity comparison cannot see (a mapping it does not read, a type it
 * takes for another), Hibernate's validation still reports, so that check never passes where the application
 * would not start. Each set validates the units on its database ({@link PersistenceUnits}); a unit on a database no
 * set runs on is not the migrations' to answer for, and {@code check} names it as not compared. Hibernate stops at
 * the first problem it finds: a finding names that one.
 */
public final class HibernateSchemaValidation implements MigrationsCheck {

    /** The kind of its findings. */
    public static final String KIND = "hibernate";

    private final PersistenceUnits units;

    public HibernateSchemaValidation(PersistenceUnits units) {
        this.units = units;
    }

    @Override
    public List<CheckFinding> check(MigrationSet set) {
        List<CheckFinding> findings = new ArrayList<>();
        units.of(set.name()).forEach(unit -> {
            try {
                unit.factory().getSchemaManager().validate();
            } catch (SchemaValidationException | PersistenceException e) {
                findings.add(new CheckFinding(KIND, "Hibernate's own schema validation (what "
                        + "spring.jpa.hibernate.ddl-auto=validate runs at start-up) fails" + of(unit) + ": " + reason(e)
                        + ". The application would not start with validate on. Map the entities to what the "
                        + "migrations create, or write a migration that creates what they map ("
                        + "`migrations revision --autogenerate` for what it can express, op.execute for the rest); "
                        + "set migrations.autogenerate.hibernate-validation=false only if the application never "
                        + "validates."));
            }
        });
        return findings;
    }

    /** Which unit failed, where there are several. */
    private String of(PersistenceUnit unit) {
        return units.all().size() > 1 ? " for EntityManagerFactory '" + unit.name() + "'" : "";
    }

    /** Hibernate's own words: the innermost message names the table or column. */
    private static String reason(Throwable error) {
        if (error instanceof SchemaValidationException validation && validation.getFailures().length > 0) {
            return reason(validation.getFailures()[0]);
        }
        String message = error.getMessage();
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }
}
