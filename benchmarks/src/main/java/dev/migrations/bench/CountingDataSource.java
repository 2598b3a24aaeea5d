package dev.migrations.bench;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Counts what a tool asks of the database: connections opened, statements executed (each a round trip), catalog
 * queries made through {@link DatabaseMetaData}, commits and rollbacks; and keeps the text of every statement.
 * Used only by the profiling runs, never by the timed ones.
 */
public final class CountingDataSource implements DataSource {

    private final DataSource target;
    private int connections;
    private int statements;
    private int metadataQueries;
    private int commits;
    private int rollbacks;
    private final List<String> log = new ArrayList<>();

    public CountingDataSource(DataSource target) {
        this.target = target;
    }

    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("connections", connections);
        counts.put("statements", statements);
        counts.put("metadata_queries", metadataQueries);
        counts.put("commits", commits);
        counts.put("rollbacks", rollbacks);
        return counts;
    }

    /** Every statement executed, in order, and each catalog query as {@code metadata.<method>}. */
    public List<String> log() {
        return log;
    }

    @Override
    public Connection getConnection() throws SQLException {
        connections++;
        log.add("-- connection #" + connections);
        return wrapConnection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        connections++;
        log.add("-- connection #" + connections);
        return wrapConnection(target.getConnection(username, password));
    }

    private Connection wrapConnection(Connection real) {
        Connection[] self = new Connection[1];
        self[0] = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "commit" -> {
                            commits++;
                            log.add("COMMIT");
                        }
                        case "rollback" -> {
                            rollbacks++;
                            log.add("ROLLBACK");
                        }
                        case "unwrap" -> {
                            if (((Class<?>) args[0]).isInstance(proxy)) {
                                return proxy;
                            }
                        }
                        default -> {
                        }
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof DatabaseMetaData metaData) {
                        return wrapMetaData(metaData, self[0]);
                    }
                    if (result instanceof Statement statement) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return wrapStatement(statement, method.getReturnType(), sql, self[0]);
                    }
                    return result;
                });
        return self[0];
    }

    private Object wrapStatement(Statement real, Class<?> type, String preparedSql, Connection connection) {
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("execute")) {
                        statements++;
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                        log.add(oneLine(sql) + (name.equals("executeBatch") ? " -- batch" : ""));
                    } else if (name.equals("getConnection")) {
                        return connection;
                    } else if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    return invoke(real, method, args);
                });
    }

    private DatabaseMetaData wrapMetaData(DatabaseMetaData real, Connection connection) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection;
                    }
                    if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
                        metadataQueries++;
                        log.add("metadata." + method.getName());
                    }
                    return invoke(real, method, args);
                });
    }

    private static String oneLine(String sql) {
        if (sql == null) {
            return "(null)";
        }
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
