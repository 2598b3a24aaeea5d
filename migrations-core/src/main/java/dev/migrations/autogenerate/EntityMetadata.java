package dev.migrations.autogenerate;

import dev.migrations.error.ConfigurationException;
import dev.migrations.error.MigrationException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hibernate's boot-time {@link Metadata} for a set of entity classes, built offline: without a database
 * connection, from settings the caller gives. Close it to release Hibernate's service registry.
 *
 * <p>The settings are Hibernate's own ({@code hibernate.*}, {@code jakarta.persistence.*}). They must name
 * the dialect ({@code hibernate.dialect}, a class name or {@link org.hibernate.dialect.Dialect} instance),
 * since there is no connection to ask; and they must name the naming strategies the application uses, or
 * every derived name differs from the application's. Spring Boot applies
 * {@code org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl} and its own
 * {@code SpringImplicitNamingStrategy}: pass them as {@code hibernate.physical_naming_strategy} and
 * {@code hibernate.implicit_naming_strategy} (class names, classes or instances). Unless the settings say
 * otherwise, Hibernate is told not to reach for JDBC metadata ({@code hibernate.boot.allow_jdbc_metadata_access}).
 *
 * <pre>{@code
 * try (EntityMetadata entities = EntityMetadata.build(List.of(User.class, Order.class), Map.of(
 *         "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
 *         "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"))) {
 *     SchemaModel target = new HibernateModelReader().read(entities.metadata());
 * }
 * }</pre>
 */
public final class EntityMetadata implements AutoCloseable {

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private EntityMetadata(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /**
     * @throws MigrationException when the settings name no dialect, or Hibernate refuses the mapping (its
     *         message names the entity and what is wrong)
     */
    public static EntityMetadata build(List<Class<?>> entities, Map<String, Object> settings) {
        Objects.requireNonNull(entities, "entities");
        Map<String, Object> all = new HashMap<>(settings);
        if (all.get(JdbcSettings.DIALECT) == null) {
            throw new ConfigurationException("Building the entities' schema offline needs the database's Hibernate "
                    + "dialect: set " + JdbcSettings.DIALECT + " (for example org.hibernate.dialect.PostgreSQLDialect).");
        }
        all.putIfAbsent(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return new EntityMetadata(registry, sources.buildMetadata());
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ConfigurationException("Hibernate cannot build the mapping of " + entities.size()
                    + " entity classes: " + e.getMessage(), e);
        }
    }

    public Metadata metadata() {
        return metadata;
    }

    /** The registry the metadata was built with, for building a SessionFactory or running Hibernate's tools. */
    public StandardServiceRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
