package io.wirecopy.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Publication times: ISO-8601 (with offset, zone, or neither: then UTC), ISO dates, RFC 822/1123. */
public final class Dates {

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));

    private Dates() {
    }

    /** The time, or an {@link IllegalArgumentException} that quotes the value. Null or blank gives null. */
    public static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim();
        for (DateTimeFormatter f : ZONED) {
            try {
                return OffsetDateTime.from(f.parse(s));
            } catch (java.time.DateTimeException ignored) {
                // next format
            }
        }
        try {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // none left
        }
        throw new IllegalArgumentException("cannot read the time '" + abbreviate(s)
                + "' (use ISO-8601 such as 2014-06-16T10:00:00Z, or RFC 1123)");
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
