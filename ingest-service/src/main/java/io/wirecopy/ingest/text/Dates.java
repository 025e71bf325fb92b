package io.wirecopy.ingest.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication times: ISO-8601 (with offset, zone, or neither: then UTC), ISO dates, RFC 822/1123, and
 * the forms scraped pages carry ({@link #scraped}): "Jun 16, 2014", "16 June 2014 19:21 (UTC +04:00)",
 * "Saturday 14 June 2014 17:00 BST". A time without a zone is UTC; a date without a time is its start.
 */
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

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(am|pm)?)?";
    private static final String ZONE = "(?:\\s*\\(?\\s*(?:(utc|gmt)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?|(utc|gmt|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|z))\\s*\\)?)?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    /** "Saturday 14 June 2014 17:00 BST", "16 June 2014 19:21 (UTC +04:00)". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + ZONE + "$", Pattern.CASE_INSENSITIVE);
    /** "Jun 16, 2014", "June 16, 2014 5:30 pm EDT". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE + "$", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("utc", "Z"), Map.entry("gmt", "Z"),
            Map.entry("z", "Z"), Map.entry("bst", "+01:00"), Map.entry("cet", "+01:00"), Map.entry("cest", "+02:00"),
            Map.entry("eet", "+02:00"), Map.entry("eest", "+03:00"), Map.entry("est", "-05:00"),
            Map.entry("edt", "-04:00"), Map.entry("cst", "-06:00"), Map.entry("cdt", "-05:00"),
            Map.entry("mst", "-07:00"), Map.entry("mdt", "-06:00"), Map.entry("pst", "-08:00"), Map.entry("pdt", "-07:00"));

    /** Longest line looked at as a date: a date with its decoration is far shorter. */
    static final int MAX_SCRAPED_CHARS = 120;

    /**
     * A line that is nothing but a date, in any form {@link #parse} or the scraped forms take (leading
     * {@code #}, {@code |} or bullets ignored); null when it is not one.
     */
    public static OffsetDateTime scraped(String line) {
        String stripped = line.strip();
        if (stripped.length() > MAX_SCRAPED_CHARS) { // the length first: no pattern runs over a long line
            return null;
        }
        int from = 0;
        while (from < stripped.length() && "#|•·*-–— \t\u00A0".indexOf(stripped.charAt(from)) >= 0) {
            from++;
        }
        int to = stripped.length();
        while (to > from && (stripped.charAt(to - 1) == '.' || Character.isWhitespace(stripped.charAt(to - 1)))) {
            to--;
        }
        String s = stripped.substring(from, to).replace('\u00A0', ' ');
        if (s.length() < 6 || s.length() > 60) {
            return null;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1), m, 4);
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(1), m.group(2), m, 4);
        }
        try {
            return parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Builds the time from matched parts; groups from {@code g}: hour, minute, am/pm, utc|gmt, hours, minutes, zone name. */
    private static OffsetDateTime of(String year, String month, String day, Matcher m, int g) {
        int monthNo = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        int hour = m.group(g) == null ? 0 : Integer.parseInt(m.group(g));
        int minute = m.group(g + 1) == null ? 0 : Integer.parseInt(m.group(g + 1));
        String ampm = m.group(g + 2);
        if (ampm != null) {
            hour = hour % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (m.group(g + 4) != null) {
            int h = Integer.parseInt(m.group(g + 4));
            int mins = m.group(g + 5) == null ? 0 : Integer.parseInt(m.group(g + 5));
            offset = ZoneOffset.ofHoursMinutes(h, h < 0 ? -mins : mins);
        } else if (m.group(g + 6) != null) {
            offset = ZoneOffset.of(ZONES.get(m.group(g + 6).toLowerCase(Locale.ROOT)));
        }
        try {
            return OffsetDateTime.of(Integer.parseInt(year), monthNo, Integer.parseInt(day), hour, minute, 0, 0, offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
