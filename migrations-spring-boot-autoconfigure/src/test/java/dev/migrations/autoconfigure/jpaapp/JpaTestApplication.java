package dev.migrations.autoconfigure.jpaapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A JPA application whose schema exists only through its migrations. */
@SpringBootApplication
public class JpaTestApplication {
}
