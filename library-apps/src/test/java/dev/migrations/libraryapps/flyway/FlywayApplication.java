package dev.migrations.libraryapps.flyway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service adopting migrations from Flyway: its Flyway script made the {@code customers} table, its first revision
 * makes the same, and Flyway is still on its class path and enabled (the profile {@code flyway}) while the existing
 * databases are stamped.
 */
@SpringBootApplication
public class FlywayApplication {

    @Entity
    @Table(name = "customers")
    public static class Customer {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false, length = 200)
        private String email;
    }
}
