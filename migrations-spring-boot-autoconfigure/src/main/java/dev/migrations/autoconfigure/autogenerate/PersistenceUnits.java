package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationSetDataSources;
import dev.migrations.autoconfigure.MigrationsProperties;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The application's persistence units, each with the migration set whose database it maps: the set whose
 * DataSource is the unit's, else the one whose DataSource has the unit's URL (the same database reached as another
 * user). Where several sets run on that database, the one whose schema ({@code migrations.schema}, a set's
 * {@code schema}) is the unit's default schema ({@code hibernate.default_schema}) compares it, as in a service with a
 * schema and a unit per module; else the first (the default set, then as configured), as its tables are read
 * whole. An application's only unit is the default set's wherever it connects (migrations that reach the database
 * directly while the application goes through a pooler, say), and so is a unit whose DataSource is unknown (one
 * Spring did not build). Built, and matched, once: they do not change after start-up.
 */
public final class PersistenceUnits {

    private final ListableBeanFactory beans;
    private final PersistenceUnitCapture capture;
    private final MigrationSetDataSources dataSources;
    private final MigrationsProperties properties;
    private volatile Map<PersistenceUnit, List<String>> matched;

    public PersistenceUnits(ListableBeanFactory beans, PersistenceUnitCapture capture,
                            MigrationSetDataSources dataSources, MigrationsProperties properties) {
        this.beans = beans;
        this.capture = capture;
        this.dataSources = dataSources;
        this.properties = properties;
    }

    /**
     * One {@code EntityManagerFactory} bean.
     *
     * @param metadata its entity model as Hibernate mapped it; empty when the unit was not built by a Spring factory
     *        bean, so not captured
     */
    public record PersistenceUnit(String name, EntityManagerFactory factory, Optional<Metadata> metadata) {
    }

    /** Every persistence unit of the application, built if it was lazy. */
    public List<PersistenceUnit> all() {
        return List.copyOf(matched().keySet());
    }

    /** The units whose entities are compared with this set's database. */
    public List<PersistenceUnit> of(String setName) {
        return matched().entrySet().stream().filter(unit -> firstOf(unit.getValue()).equals(setName))
                .map(Map.Entry::getKey).toList();
    }

    /** The units on a database no migration set runs on: nothing compares them with migrations. */
    public List<PersistenceUnit> withoutSet() {
        return matched().entrySet().stream().filter(unit -> unit.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /** The set that compares the units on this set's database, when it is another set on the same database. */
    public Optional<String> comparedWithAnotherSet(String setName) {
        return matched().values().stream().filter(sets -> sets.contains(setName) && !firstOf(sets).equals(setName))
                .map(PersistenceUnits::firstOf).findFirst();
    }

    private static String firstOf(List<String> sets) {
        return sets.isEmpty() ? "" : sets.get(0);
    }

    private Map<PersistenceUnit, List<String>> matched() {
        Map<PersistenceUnit, List<String>> units = matched;
        if (units == null) {
            units = new LinkedHashMap<>();
            for (Map.Entry<String, EntityManagerFactory> bean : beans.getBeansOfType(EntityManagerFactory.class)
                    .entrySet()) {
                EntityManagerFactory factory = bean.getValue();
                factory.getMetamodel(); // waits for a unit bootstrapped in the background
                units.put(new PersistenceUnit(bean.getKey(), factory, capture.of(bean.getKey())), setsOf(factory));
            }
            if (units.size() == 1) {
                units.replaceAll((unit, sets) -> sets.isEmpty() ? List.of(MigrationSet.DEFAULT) : sets);
            }
            matched = units;
        }
        return units;
    }

    /** The sets on the unit's database, in order, by its DataSource, else by its URL; none when it is elsewhere. */
    private List<String> setsOf(EntityManagerFactory factory) {
        DataSource dataSource = factory instanceof EntityManagerFactoryInfo info ? info.getDataSource() : null;
        if (dataSource == null) {
            return List.of(MigrationSet.DEFAULT);
        }
        List<String> sets = setsWhere(dataSources::manages, dataSource);
        return inSchemaOf(factory, sets.isEmpty() ? setsWhere(dataSources::managesUrlOf, dataSource) : sets);
    }

    /** The sets, those whose schema is the unit's default schema first. */
    private List<String> inSchemaOf(EntityManagerFactory factory, List<String> sets) {
        Object unitSchema = factory.getProperties().get(AvailableSettings.DEFAULT_SCHEMA);
        if (sets.size() < 2 || !(unitSchema instanceof String schema) || schema.isBlank()) {
            return sets;
        }
        List<String> ordered = new ArrayList<>(sets);
        ordered.sort(Comparator.comparing(set -> !schema.strip().equalsIgnoreCase(schemaOf(set))));
        return ordered;
    }

    private String schemaOf(String set) {
        String schema = MigrationSet.DEFAULT.equals(set) ? properties.getSchema()
                : properties.getSets().get(set).getSchema();
        return schema == null ? "" : schema.strip();
    }

    private List<String> setsWhere(BiPredicate<String, DataSource> onDatabase, DataSource dataSource) {
        List<String> names = new ArrayList<>();
        names.add(MigrationSet.DEFAULT);
        names.addAll(properties.getSets().keySet());
        return names.stream().filter(name -> onDatabase.test(name, dataSource)).toList();
    }
}
