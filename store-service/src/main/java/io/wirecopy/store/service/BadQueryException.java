package io.wirecopy.store.service;

/** A query parameter that cannot be used: answered with 400 and this detail. */
public class BadQueryException extends RuntimeException {
    public BadQueryException(String detail) {
        super(detail);
    }
}
