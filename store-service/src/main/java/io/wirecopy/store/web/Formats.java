package io.wirecopy.store.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the web page shows numbers and times. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** 0.8125 → "81%". */
    static String percent(double value) {
        return Math.round(value * 100) + "%";
    }

    /** A query parameter value, URL-encoded. */
    static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A time as "16 Jun 2014, 10:00 UTC"; empty when unknown. */
    static String day(OffsetDateTime time) {
        return time == null ? "" : DAY.format(time.atZoneSameInstant(java.time.ZoneOffset.UTC));
    }
}
