package dev.migrations.autoconfigure.autogenerate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the boot-time {@link Metadata} of each session factory the application builds: the entity model exactly
 * as Hibernate mapped it, with the naming strategies, types and dialect Spring Boot configured. Registered through
 * {@code hibernate.integrator_provider} in command mode only, since the metadata is not needed otherwise.
 */
public final class EntityMetadataCapture implements Integrator {

    private final List<Metadata> captured = new CopyOnWriteArrayList<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        captured.add(metadata);
    }

    /** The metadata of every session factory built so far, in order. */
    public List<Metadata> captured() {
        return List.copyOf(captured);
    }
}
