package io.wirecopy.store.service;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a database failure that passes (retry) from one that an event causes every time (dead-letter),
 * by PostgreSQL's SQLSTATE class. Permanent: data exceptions (22: a NUL, an invalid byte sequence, a
 * value out of range), integrity violations (23) and program limits (54: a text too long for a
 * {@code tsvector}). Everything else is taken as transient, connection failures (08), serialization
 * failures and deadlocks (40), insufficient resources (53), shutdowns (57P) and failures without a
 * state (a pool that cannot get a connection) among them: retrying a fault that never passes holds the
 * consumer up with readiness DOWN, which a person sees; dead-lettering one that would pass loses the event
 * from the stories.
 */
public final class SqlFaults {

    private static final Set<String> PERMANENT_CLASSES = Set.of("22", "23", "54");

    private SqlFaults() {
    }

    /**
     * The database's own word in a failure Hibernate or the transaction manager wrapped: the first
     * {@link SQLException} of its causes, or null when the database said nothing (a bug, a closed pool).
     */
    public static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    public static boolean isTransient(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                return !PERMANENT_CLASSES.contains(sql.getSQLState().substring(0, 2));
            }
        }
        return true;
    }
}
