package dev.migrations.autoconfigure.command.leanservice;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Service;

/** A service of the application that works through JPA. */
@Service
public class NoteArchive {

    private final EntityManagerFactory entityManagerFactory;

    public NoteArchive(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    boolean open() {
        return entityManagerFactory.isOpen();
    }
}
