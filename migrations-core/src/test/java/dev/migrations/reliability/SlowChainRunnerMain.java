package dev.migrations.reliability;

import dev.migrations.fixtures.Chain;
import dev.migrations.runtime.LoggingListener;
import dev.migrations.runtime.Runner;
import dev.migrations.runtime.RunnerSettings;

import javax.sql.DataSource;

/**
 * A runner in a JVM of its own, upgrading a chain slow enough to be killed part-way: every revision creates its
 * table, then sleeps {@value #SLEEP_SECONDS} s inside its transaction. Its sessions carry an application name, so
 * that the test can see when the server has ended them after the kill.
 *
 * <p>Arguments: JDBC URL, user, password, chain length, application name.
 */
public final class SlowChainRunnerMain {

    static final String SLEEP_SECONDS = "0.05";

    private SlowChainRunnerMain() {
    }

    /** The chain the child runs; the test's own runner must use the same revisions, checksums included. */
    static Chain chain(int length) {
        return Chain.of(length, i -> op -> op.execute("SELECT pg_sleep(" + SLEEP_SECONDS + ")"));
    }

    public static void main(String[] args) {
        DataSource dataSource = ChildJvm.dataSource(args[0], args[1], args[2], args[4]);
        Chain chain = chain(Integer.parseInt(args[3]));
        new Runner(dataSource, chain.graph(), chain.scripts(), RunnerSettings.defaults(), new LoggingListener())
                .upgrade("heads");
    }
}
