package io.wirecopy.store.repository;

import java.time.Duration;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.NativeQuery;

/**
 * How the public queries reach the database: a read-only stateless session per call, and every query it
 * runs carries the time limit, which PostgreSQL's driver enforces by cancelling the statement on the server,
 * so no request holds a connection and a core for longer (the consumer that applies events has no limit).
 */
public final class Reads {

    private final SessionFactory sessions;
    private final int seconds;

    public Reads(SessionFactory sessions, Duration timeout) {
        this.sessions = sessions;
        this.seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }

    <R> R read(Function<StatelessSession, R> work) {
        return sessions.fromStatelessSession(work);
    }

    /** A native query (full-text search, arrays, recursive walks) with the time limit; rows are arrays of columns. */
    NativeQuery<Object[]> sql(StatelessSession s, String sql) {
        return sql(s, sql, Object[].class);
    }

    /** A native query of one column of this type. */
    <T> NativeQuery<T> sql(StatelessSession s, String sql, Class<T> type) {
        NativeQuery<T> q = s.createNativeQuery(sql, type);
        q.setTimeout(seconds);
        return q;
    }

    /** An HQL query over the entities, with the time limit. */
    <T> SelectionQuery<T> hql(StatelessSession s, String hql, Class<T> type) {
        SelectionQuery<T> q = s.createSelectionQuery(hql, type);
        q.setTimeout(seconds);
        return q;
    }
}
