package dev.migrations.autoconfigure.command.leanapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A JPA application one of whose migrations takes the EntityManagerFactory, which lean command mode leaves out. */
@SpringBootApplication
public class LeanTestApplication {
}
