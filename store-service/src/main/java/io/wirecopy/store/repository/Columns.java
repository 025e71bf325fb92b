package io.wirecopy.store.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Reads a column of a native query's row as the API's type. */
final class Columns {

    private Columns() {
    }

    static String text(Object value) {
        return (String) value;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A {@code timestamptz}, in UTC as the driver gives it. */
    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamptz: " + value.getClass());
    }

    /** A {@code text[]}. */
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(Arrays.copyOf(array, array.length, String[].class));
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Arrays.asList((String[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot read a text[] column", e);
            }
        }
        throw new IllegalArgumentException("not a text[]: " + value.getClass());
    }
}
