package io.wirecopy.store.service;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the public queries see it: every statement they prepare carries a JDBC query timeout, which
 * PostgreSQL's driver enforces by cancelling the statement on the server, so no request can hold a
 * connection and a core for longer (the consumer that applies events uses the pool directly, without it).
 */
public final class TimeLimitedDataSource implements DataSource {

    private final DataSource pool;
    private final int seconds;

    public TimeLimitedDataSource(DataSource pool, Duration timeout) {
        this.pool = pool;
        this.seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return limited(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return limited(pool.getConnection(username, password));
    }

    private Connection limited(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                Object result = method.invoke(connection, args);
                if (result instanceof Statement statement) {
                    statement.setQueryTimeout(seconds);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
