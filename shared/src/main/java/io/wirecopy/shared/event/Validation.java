package io.wirecopy.shared.event;

import io.wirecopy.shared.text.ArticleIds;
import java.util.regex.Pattern;

/** Checks used by the events' constructors; each failure names the event and field. */
public final class Validation {

    static final Pattern ARTICLE_ID = ArticleIds.ARTICLE_ID;
    static final Pattern STORY_ID = ArticleIds.STORY_ID;
    static final Pattern EVENT_ID = Pattern.compile("e_[0-9a-f]{32}");
    static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Validation() {
    }

    static <T> T required(String where, String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(where + "." + field + " is required");
        }
        return value;
    }

    static String notBlank(String where, String field, String value) {
        if (required(where, field, value).isBlank()) {
            throw new IllegalArgumentException(where + "." + field + " must not be blank");
        }
        return value;
    }

    static String matches(String where, String field, String value, Pattern pattern) {
        if (!pattern.matcher(required(where, field, value)).matches()) {
            throw new IllegalArgumentException(
                    where + "." + field + " must match " + pattern.pattern() + ", got '" + value + "'");
        }
        return value;
    }

    /** A string {@link io.wirecopy.shared.text.TextSanitizer} would leave as it is (no NUL, no lone surrogate); null passes. */
    static String clean(String where, String field, String value) {
        if (!io.wirecopy.shared.text.TextSanitizer.isClean(value)) {
            throw new IllegalArgumentException(where + "." + field
                    + " holds a control character, a lone surrogate or a noncharacter (clean it with TextSanitizer)");
        }
        return value;
    }

    /** A string of at most {@code max} characters (UTF-16 units), or null. */
    static String atMost(String where, String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(where + "." + field + " has " + value.length()
                    + " characters, over the limit of " + max);
        }
        return value;
    }

    /** Longest URL an event carries. */
    static final int MAX_URL_CHARS = 4096;

    /**
     * An absolute http(s) URL, or null: what a reader may follow. Anything else ({@code javascript:}, {@code data:},
     * a relative path) is refused where the event is built and where it is read.
     */
    static String httpUrl(String where, String field, String value) {
        if (value != null && (value.length() > MAX_URL_CHARS || !isHttpUrl(value))) {
            throw new IllegalArgumentException(where + "." + field + " must be an absolute http or https URL of at most "
                    + MAX_URL_CHARS + " characters");
        }
        return value;
    }

    /** Whether a string is an absolute http(s) URL with a host. */
    public static boolean isHttpUrl(String value) {
        if (value == null || !(value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8))) {
            return false;
        }
        try {
            return java.net.URI.create(value).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static void schemaVersion(String where, int version, int supported) {
        if (version < 1 || version > supported) {
            throw new IllegalArgumentException(
                    where + ".schemaVersion " + version + " is not supported (1.." + supported + ")");
        }
    }
}
