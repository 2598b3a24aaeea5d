package dev.migrations.autoconfigure.badinput.cycleapp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** A service of the application built on its JdbcTemplate, which waits for the migrations. */
@Service
public class Inventory {

    private final JdbcTemplate jdbc;

    public Inventory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int items() {
        return jdbc.queryForObject("SELECT 3", Integer.class);
    }
}
