package dev.migrations.reliability;

import dev.migrations.Migrations;

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
        Migrations.builder(ChildJvm.dataSource(args[0], args[1], args[2], args[3])).migrations(CounterBackfill.all()).build().upgrade();
    }
}
