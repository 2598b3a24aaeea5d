package dev.migrations.bench.autogen;

import dev.migrations.bench.gen.entities.Entities;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.dialect.PostgreSQLDialect;

import java.util.List;
import java.util.Map;

/**
 * The model autogenerate reads: the entity classes generated at build time (src/build/GenerateEntities.java) and
 * the Hibernate settings a Spring Boot application on PostgreSQL maps them with.
 */
public final class EntityModel {

    public static final int ENTITIES = Entities.COUNT;

    private EntityModel() {
    }

    /** Lists (and so loads) the entity classes. */
    public static List<Class<?>> entities() {
        return Entities.all();
    }

    /** The dialect, since the metadata is built offline, and Spring Boot's physical naming (camelCase to snake_case). */
    public static Map<String, Object> settings() {
        return Map.of("hibernate.dialect", PostgreSQLDialect.class.getName(),
                "hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName());
    }
}
