package dev.migrations.reliability;

import dev.migrations.Migrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Upgrades {@link CounterBackfill} to its head in a JVM of its own, to be killed while the non-transactional
 * revision is mid-way. Its sessions carry an application name.
 *
 * <p>Arguments: JDBC URL, user, password, application name.
 */
public final class CounterBackfillMain {

    private CounterBackfillMain() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        dataSource.setApplicationName(args[3]);
        Migrations.builder(dataSource).migrations(CounterBackfill.all()).build().upgrade();
    }
}
