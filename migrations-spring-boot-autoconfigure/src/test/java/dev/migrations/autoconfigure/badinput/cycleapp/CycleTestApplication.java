package dev.migrations.autoconfigure.badinput.cycleapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application one of whose migrations takes a service built on the application's JdbcTemplate. */
@SpringBootApplication
public class CycleTestApplication {
}
