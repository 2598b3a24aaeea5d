package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.error.UsageException;
import dev.migrations.error.ConfigurationException;
import dev.migrations.Autogenerate;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autogenerate.EntityRenames;
import dev.migrations.autogenerate.HibernateModelReader;
import dev.migrations.autogenerate.Rename;
import dev.migrations.schema.SchemaModel;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the entities of the application's {@link EntityManagerFactory}, as Hibernate mapped them at start-up
 * (captured by {@link EntityMetadataCapture}), with the database of the {@code default} migration set, with the
 * renames the entities state ({@link dev.migrations.autogenerate.RenamedFrom}) and the
 * {@code migrations.autogenerate.*} settings.
 */
public final class HibernateEntityModelComparator implements EntityModelComparator {

    private final EntityMetadataCapture capture;
    private final ObjectProvider<EntityManagerFactory> entityManagerFactories;
    private final MigrationsProperties properties;
    private volatile ReadModel lastRead;

    public HibernateEntityModelComparator(EntityMetadataCapture capture,
                                          ObjectProvider<EntityManagerFactory> entityManagerFactories,
                                          MigrationsProperties properties) {
        this.capture = capture;
        this.entityManagerFactories = entityManagerFactories;
        this.properties = properties;
    }

    /**
     * Several persistence units are not a missing model: the comparison then fails, saying it takes one, so that
     * {@code check} is never greener than the application.
     */
    @Override
    public Optional<String> missingEntityModel(MigrationSet set) {
        if (!MigrationSet.DEFAULT.equals(set.name())) {
            return Optional.of("the entities are compared with the default set's database only");
        }
        entityManagerFactoriesStarted();
        List<Metadata> captured = capture.captured();
        if (captured.isEmpty()) {
            return Optional.of("the application started no JPA EntityManagerFactory");
        }
        if (captured.size() == 1 && captured.get(0).getEntityBindings().isEmpty()) {
            return Optional.of("its persistence unit maps no @Entity class");
        }
        return Optional.empty();
    }

    @Override
    public Autogenerate.Comparison compare(MigrationSet set, List<Rename> renames) {
        if (!MigrationSet.DEFAULT.equals(set.name())) {
            throw new UsageException("Autogenerate compares the JPA entities with the default migration set's "
                    + "database, not with set '" + set.name() + "': leave out --set.");
        }
        Metadata metadata = metadata();
        SchemaModel target = model(metadata);
        List<Rename> stated = new ArrayList<>(renamesOf(metadata));
        stated.addAll(renames);
        Autogenerate autogenerate = set.migrations().autogenerate();
        return autogenerate.compare(target, properties.getAutogenerate().applyTo(autogenerate.defaultOptions())
                .withRenames(stated));
    }

    @Override
    public Optional<SchemaModel> entityModel(MigrationSet set) {
        return appliesTo(set) ? Optional.of(model(metadata())) : Optional.empty();
    }

    /**
     * The model of this metadata, read once: {@code check} compares it and then says what it compared. The metadata
     * of a started persistence unit does not change.
     */
    private SchemaModel model(Metadata metadata) {
        ReadModel read = lastRead;
        if (read == null || read.metadata() != metadata) {
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

    /** Builds any EntityManagerFactory that is lazy, so that its metadata is captured. */
    private void entityManagerFactoriesStarted() {
        entityManagerFactories.orderedStream().forEach(EntityManagerFactory::getMetamodel);
    }

    /** The metadata of the application's one persistence unit, building its EntityManagerFactory if it is lazy. */
    private Metadata metadata() {
        entityManagerFactoriesStarted();
        List<Metadata> captured = capture.captured();
        if (captured.isEmpty()) {
            throw new ConfigurationException("Autogenerate compares the JPA entities with the database, and this "
                    + "application started no Hibernate EntityManagerFactory: check that spring.jpa is not disabled "
                    + "and that the application has @Entity classes.");
        }
        if (captured.size() > 1) {
            throw new ConfigurationException("Autogenerate and check compare one persistence unit with the default "
                    + "migration set's database, and this application has " + captured.size() + " EntityManagerFactory "
                    + "beans, so its entities were not compared. Compare each from code with Migrations.autogenerate() "
                    + "and HibernateModelReader (docs/autogenerate.md, \"From code\"), or give the application an "
                    + "EntityModelComparator bean that compares the one the default set migrates.");
        }
        if (captured.get(0).getEntityBindings().isEmpty()) {
            throw new ConfigurationException("Autogenerate compares the JPA entities with the database, and Hibernate "
                    + "found no @Entity class in this application: comparing would drop every table. Check the "
                    + "entities' packages (@EntityScan), or leave out --autogenerate to write an empty revision.");
        }
        return captured.get(0);
    }
}
