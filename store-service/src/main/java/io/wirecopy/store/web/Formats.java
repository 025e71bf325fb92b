package io.wirecopy.store.web;

import io.quarkus.qute.TemplateExtension;
import io.wirecopy.shared.text.Sources;
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * How much of an article (published {@code at}) is copy, in words: "62% of this article is in the
     * Reuters copy of 07:15" (the source that carries most of it; its time alone when published the same
     * day, else its date; "(70% in all)" when others carry more). A source that is unknown is named by
     * its article's title. Empty when nothing is copy.
     */
    static String note(io.wirecopy.store.service.Views.Reuse reuse, OffsetDateTime at) {
        if (reuse == null || reuse.sources().isEmpty() || reuse.share() <= 0) {
            return "";
        }
        var top = reuse.sources().get(0);
        String where = Sources.isKnown(top.source()) ? "the " + top.source() + " copy"
                : top.title() != null ? "\u201c" + abbreviated(top.title()) + "\u201d" : "an earlier article";
        String all = reuse.share() - top.share() >= 0.005 ? " (" + percent(reuse.share()) + " in all)" : "";
        return percent(top.share()) + " of this article is in " + where + when(top.publishedAt(), at) + all;
    }

    private static String when(OffsetDateTime time, OffsetDateTime at) {
        if (time == null) {
            return "";
        }
        var utc = time.atZoneSameInstant(java.time.ZoneOffset.UTC);
        boolean dateOnly = utc.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        boolean sameDay = at != null && at.atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate().equals(utc.toLocalDate());
        return " of " + (dateOnly ? DATE.format(utc) : sameDay ? CLOCK.format(utc) : DAY.format(utc));
    }

    private static String abbreviated(String title) {
        if (title.length() <= 60) {
            return title;
        }
        int cut = title.lastIndexOf(' ', 57);
        return title.substring(0, cut > 20 ? cut : 57).strip() + "\u2026";
    }

    /** A time as "16 Jun 2014, 10:00 UTC"; empty when unknown. */
    static String day(OffsetDateTime time) {
        return time == null ? "" : DAY.format(time.atZoneSameInstant(java.time.ZoneOffset.UTC));
    }
}
