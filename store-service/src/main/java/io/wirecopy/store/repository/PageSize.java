package io.wirecopy.store.repository;

import io.wirecopy.store.service.BadQueryException;

/** How many items a page of any list holds. */
public final class PageSize {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageSize() {
    }

    /** A page size in [1, {@value #MAX}], {@value #DEFAULT} when not given. */
    public static int of(Integer limit) {
        int n = limit == null ? DEFAULT : limit;
        if (n < 1 || n > MAX) {
            throw new BadQueryException("limit must be between 1 and " + MAX + ", got " + n);
        }
        return n;
    }
}
