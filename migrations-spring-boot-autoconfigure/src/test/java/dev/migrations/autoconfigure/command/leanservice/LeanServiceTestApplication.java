package dev.migrations.autoconfigure.command.leanservice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A JPA application one of whose migrations takes a service of the application, and the service the
 * EntityManagerFactory, which lean command mode leaves out.
 */
@SpringBootApplication
public class LeanServiceTestApplication {
}
