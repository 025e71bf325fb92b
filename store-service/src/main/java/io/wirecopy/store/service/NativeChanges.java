package io.wirecopy.store.service;

import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * A native SQL statement that changes rows, run through the session. It names the one table it changes:
 * without that, Hibernate takes a native change to touch every entity and, after each statement, walks
 * every entity descriptor to invalidate caches (measured: the largest single cost of applying a decision).
 */
final class NativeChanges {

    private NativeChanges() {
    }

    @SuppressWarnings("unchecked")
    static NativeQuery<Object> of(StatelessSession s, String table, String sql) {
        return (NativeQuery<Object>) s.createNativeQuery(sql).addSynchronizedQuerySpace(table);
    }
}
