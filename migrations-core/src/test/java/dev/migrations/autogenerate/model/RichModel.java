package dev.migrations.autogenerate.model;

import dev.migrations.autogenerate.model.otherschema.AuditEvent;
import dev.migrations.autogenerate.model.otherschema.AuditedMood;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The test entity model, and the settings Spring Boot would use to map it. */
public final class RichModel {

    /** Every entity that maps the same on PostgreSQL and H2. */
    public static final List<Class<?>> PORTABLE = List.of(Customer.class, Tag.class, TypeSampler.class, Vehicle.class,
            Car.class, Truck.class, Payment.class, CardPayment.class, BankTransfer.class, Document.class, Invoice.class,
            Receipt.class, PurchaseOrder.class, OrderLine.class, Enrollment.class, Grade.class, Profile.class,
            Bookmark.class, AuditEvent.class, QuotedUser.class);

    /** Every entity, with those that map differently on H2: an enum by name, a named enum type. */
    public static final List<Class<?>> POSTGRES = with(PORTABLE, Listing.class, MoodEntry.class, AuditedMood.class);

    /**
     * Every entity H2 can hold: the enum by name is H2's own {@code ENUM('A', 'B')} there; the named enum type is
     * left out, since H2 emulates it with a domain the schema model does not express.
     */
    public static final List<Class<?>> H2 = with(PORTABLE, Listing.class);

    /**
     * Every entity MariaDB can hold but the one of another schema, which would be a database shared by the whole
     * server: the enum by name is a column's own {@code ENUM(...)} there.
     */
    public static final List<Class<?>> MARIADB = with(PORTABLE.stream().filter(entity -> entity != AuditEvent.class)
            .toList(), Listing.class);

    private RichModel() {
    }

    /** Hibernate settings for the dialect's database, with Spring Boot's physical naming strategy. */
    public static Map<String, Object> settings(String dialect) {
        if (dialect.contains("MariaDB")) {
            // Without a connection, Hibernate assumes the oldest MariaDB it supports, which has no UUID type; an
            // application's Hibernate reads the server's version, as these settings state it for the tests' server.
            return Map.of("hibernate.dialect", dialect,
                    "hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName(),
                    "jakarta.persistence.database-product-name", "MariaDB",
                    "jakarta.persistence.database-major-version", "10",
                    "jakarta.persistence.database-minor-version", "11");
        }
        return Map.of("hibernate.dialect", dialect,
                "hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName());
    }

    public static List<Class<?>> with(List<Class<?>> entities, Class<?>... more) {
        List<Class<?>> all = new ArrayList<>(entities);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
