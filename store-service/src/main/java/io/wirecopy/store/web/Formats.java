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

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /**
     * How much of an article is copy, in words: "62% of this article is in the Reuters copy of 07:15"
     * (the source that carries most of it; "(70% in all)" when others carry more); empty when nothing.
     */
    static String note(io.wirecopy.store.service.Views.Reuse reuse) {
        if (reuse == null || reuse.sources().isEmpty() || reuse.share() <= 0) {
            return "";
        }
        var top = reuse.sources().get(0);
        String when = top.publishedAt() == null ? "" : " of " + CLOCK.format(top.publishedAt().atZoneSameInstant(java.time.ZoneOffset.UTC));
        String all = reuse.share() - top.share() >= 0.005 ? " (" + percent(reuse.share()) + " in all)" : "";
        return percent(top.share()) + " of this article is in the " + top.source() + " copy" + when + all;
    }

    /** A time as "16 Jun 2014, 10:00 UTC"; empty when unknown. */
    static String day(OffsetDateTime time) {
        return time == null ? "" : DAY.format(time.atZoneSameInstant(java.time.ZoneOffset.UTC));
    }
}
