package dev.migrations.testing;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

final class H2TestDatabase extends TestDatabase {

    private final String url = "jdbc:h2:mem:mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
            + ";DB_CLOSE_DELAY=-1";
    private JdbcDataSource dataSource;
    private Connection keepAlive;

    @Override
    public void create() {
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open H2 database " + url, e);
        }
    }

    @Override
    public void drop() {
        if (keepAlive != null) {
            execute("DROP ALL OBJECTS");
            try {
                keepAlive.createStatement().execute("SHUTDOWN");
                keepAlive.close();
            } catch (SQLException ignored) {
                // already shut down
            }
        }
    }

    @Override
    public void reset() {
        execute("DROP ALL OBJECTS");
    }

    @Override
    public String jdbcUrl() {
        return url;
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String kind() {
        return "h2";
    }
}
