package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.Autogenerate;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autoconfigure.autogenerate.LibrarySchemas.LibrarySchema;
import dev.migrations.autoconfigure.autogenerate.PersistenceUnits.PersistenceUnit;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autogenerate.ComparisonOptions;
import dev.migrations.autogenerate.EntityRenames;
import dev.migrations.autogenerate.HibernateModelReader;
import dev.migrations.autogenerate.Rename;
import dev.migrations.error.ConfigurationException;
import dev.migrations.error.UsageException;
import dev.migrations.schema.SchemaModel;
import org.hibernate.boot.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares the entities of a persistence unit, as Hibernate mapped them at start-up (captured by
 * {@link PersistenceUnitCapture}), with the database of the migration set the unit maps ({@link PersistenceUnits}),
 * with the renames the entities state ({@link dev.migrations.autogenerate.RenamedFrom}) and the
 * {@code migrations.autogenerate.*} settings.
 */
public final class HibernateEntityModelComparator implements EntityModelComparator {

    private final PersistenceUnits units;
    private final MigrationsProperties properties;
    private final LibrarySchemas librarySchemas;
    private final EntityClassJars entityClassJars;
    /** By set, what of the libraries' schemas its database has, which its last comparison left out. */
    private final Map<String, List<LibrarySchema>> librarySchemasLeftOut = new ConcurrentHashMap<>();
    private volatile ReadModel lastRead;

    HibernateEntityModelComparator(PersistenceUnits units, MigrationsProperties properties,
                                   LibrarySchemas librarySchemas, EntityClassJars entityClassJars) {
        this.units = units;
        this.properties = properties;
        this.librarySchemas = librarySchemas;
        this.entityClassJars = entityClassJars;
    }

    /**
     * Several persistence units on the set's database, or one whose model was not captured, are not a missing
     * model: the comparison then fails, saying why, so that {@code check} is never greener than the application.
     */
    @Override
    public Optional<String> missingEntityModel(MigrationSet set) {
        if (units.all().isEmpty()) {
            return Optional.of("the application started no JPA EntityManagerFactory");
        }
        List<PersistenceUnit> ofSet = units.of(set.name());
        if (ofSet.isEmpty()) {
            return Optional.of(units.comparedWithAnotherSet(set.name())
                    .map(other -> "the entities of its database are compared with set '" + other + "'")
                    .orElse("no EntityManagerFactory uses its database"));
        }
        if (ofSet.size() == 1 && ofSet.get(0).metadata().filter(m -> m.getEntityBindings().isEmpty()).isPresent()) {
            return Optional.of("its persistence unit maps no @Entity class");
        }
        return Optional.empty();
    }

    /**
     * The persistence units on no set's database (said beside the default set), and the tables of the application's
     * libraries that the last comparison of this set left out of what its database has.
     */
    @Override
    public List<String> notCompared(MigrationSet set) {
        List<String> notCompared = new ArrayList<>();
        if (MigrationSet.DEFAULT.equals(set.name())) {
            units.withoutSet().forEach(unit -> notCompared.add("EntityManagerFactory '" + unit.name()
                    + "' (no migration set runs on its database)"));
        }
        librarySchemasLeftOut.getOrDefault(set.name(), List.of()).forEach(schema -> notCompared.add(schema.describe()));
        return notCompared;
    }

    @Override
    public Autogenerate.Comparison compare(MigrationSet set, List<Rename> renames) {
        Metadata metadata = metadata(set);
        SchemaModel target = model(metadata);
        List<Rename> stated = new ArrayList<>(renamesOf(metadata));
        stated.addAll(renames);
        Autogenerate autogenerate = set.migrations().autogenerate();
        ComparisonOptions options = properties.getAutogenerate().applyTo(autogenerate.defaultOptions())
                .withRenames(stated);
        List<LibrarySchema> unmapped = librarySchemas.unmappedBy(target, options.dialect().database());
        Autogenerate.Comparison comparison = autogenerate.compare(target, withoutLibraryTables(options, unmapped));
        librarySchemasLeftOut.put(set.name(), unmapped.stream().map(schema -> schema.presentIn(comparison.live()))
                .filter(schema -> !schema.isEmpty()).toList());
        return comparison;
    }

    /** Leaves out the tables and sequences of the libraries' own schemas that no entity maps. */
    private static ComparisonOptions withoutLibraryTables(ComparisonOptions options, List<LibrarySchema> unmapped) {
        List<String> tables = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        for (LibrarySchema schema : unmapped) {
            tables.addAll(schema.tables());
            sequences.addAll(schema.sequences());
        }
        return options.withTables(options.tables().excluding(tables))
                .withObjects(options.objects().excluding(sequences));
    }

    @Override
    public Optional<SchemaModel> entityModel(MigrationSet set) {
        return appliesTo(set) ? Optional.of(model(metadata(set))) : Optional.empty();
    }

    /**
     * The model of this metadata, read once: {@code check} compares it and then says what it compared. The metadata
     * of a started persistence unit does not change.
     */
    private SchemaModel model(Metadata metadata) {
        ReadModel read = lastRead;
        if (read == null || read.metadata() != metadata) {
            entityClassJars.warnAbout(metadata);
            read = new ReadModel(metadata, new HibernateModelReader().read(metadata));
            lastRead = read;
        }
        return read.model();
    }

    private record ReadModel(Metadata metadata, SchemaModel model) {
    }

    private static List<Rename> renamesOf(Metadata metadata) {
        try {
            return EntityRenames.of(metadata);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    /** The metadata of the one persistence unit on the set's database, building its EntityManagerFactory if lazy. */
    private Metadata metadata(MigrationSet set) {
        if (units.all().isEmpty()) {
            throw new ConfigurationException("Autogenerate compares the JPA entities with the database, and this "
                    + "application started no Hibernate EntityManagerFactory: check that spring.jpa is not disabled "
                    + "and that the application has @Entity classes.");
        }
        List<PersistenceUnit> ofSet = units.of(set.name());
        if (ofSet.isEmpty()) {
            throw new UsageException("Migration set '" + set.name() + "' has no entities to compare with: "
                    + missingEntityModel(set).orElseThrow() + " (EntityManagerFactory beans: " + names(units.all())
                    + "). Name the set whose database the entities map with --set, or leave out --set for the "
                    + "default one.");
        }
        if (ofSet.size() > 1) {
            throw new ConfigurationException("Autogenerate and check compare one persistence unit with a migration "
                    + "set's database, and " + ofSet.size() + " EntityManagerFactory beans (" + names(ofSet) + ") use "
                    + "the database of set '" + set.name() + "', so their entities were not compared. Give each unit "
                    + "a database of its own set (migrations.sets.<name>.data-source), compare each from code with "
                    + "Migrations.autogenerate() and HibernateModelReader (docs/autogenerate.md, \"From code\"), or "
                    + "give the application an EntityModelComparator bean that compares the one the set migrates.");
        }
        PersistenceUnit unit = ofSet.get(0);
        Metadata metadata = unit.metadata().orElseThrow(() -> new ConfigurationException("The entity model of "
                + "EntityManagerFactory '" + unit.name() + "' was not captured, so it cannot be compared with set '"
                + set.name() + "': autogenerate reads the units Spring builds with a factory bean "
                + "(LocalContainerEntityManagerFactoryBean, as Spring Boot and its EntityManagerFactoryBuilder make). "
                + "Declare the unit as such a bean."));
        if (metadata.getEntityBindings().isEmpty()) {
            throw new ConfigurationException("Autogenerate compares the JPA entities with the database, and Hibernate "
                    + "found no @Entity class in EntityManagerFactory '" + unit.name() + "': comparing would drop "
                    + "every table. Check the entities' packages (@EntityScan, or the unit's packages to scan), or "
                    + "leave out --autogenerate to write an empty revision.");
        }
        return metadata;
    }

    private static String names(List<PersistenceUnit> units) {
        return String.join(", ", units.stream().map(PersistenceUnit::name).toList());
    }
}
