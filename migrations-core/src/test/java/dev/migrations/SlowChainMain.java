package dev.migrations;

import dev.migrations.fixtures.Chain;
import dev.migrations.runtime.LoggingListener;
import dev.migrations.runtime.Runner;
import dev.migrations.runtime.RunnerSettings;
import org.postgresql.ds.PGSimpleDataSource;

/** A runner in its own JVM, slow enough to be killed mid-run: each revision sleeps 100 ms. */
public final class SlowChainMain {

    private SlowChainMain() {
    }

    static Chain chain(int length) {
        return Chain.of(length, i -> op -> op.execute("SELECT pg_sleep(0.1)"));
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        Chain chain = chain(Integer.parseInt(args[3]));
        new Runner(dataSource, chain.graph(), chain.scripts(), RunnerSettings.defaults(), new LoggingListener())
                .upgrade("heads");
    }
}
