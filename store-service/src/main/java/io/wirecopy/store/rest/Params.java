package io.wirecopy.store.rest;

import io.wirecopy.shared.text.TextSanitizer;
import io.wirecopy.store.service.BadQueryException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks every query parameter and path id before it reaches a query: a value holding a control
 * character (a NUL, which PostgreSQL refuses), a lone surrogate, a noncharacter or U+FFFD (what bytes
 * that are not UTF-8 decode to), or longer than its limit, is a 400 with the parameter named; numbers and
 * times must parse.
 */
public final class Params {

    /** Longest {@code q}: a search, not a document. */
    public static final int MAX_QUERY_CHARS = 1000;
    /** Longest {@code source}, {@code cursor} or id. */
    public static final int MAX_VALUE_CHARS = 300;

    private static final Pattern STORY_ID = Pattern.compile("s_[0-9a-f]{24}");
    private static final Pattern ARTICLE_ID = Pattern.compile("a_[0-9a-f]{24}");

    private Params() {
    }

    /** A text parameter, null when absent or blank. */
    public static String text(String name, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxChars) {
            throw new BadQueryException(name + " is " + value.length() + " chars long, over the limit of " + maxChars);
        }
        if (!TextSanitizer.isClean(value) || value.indexOf('\uFFFD') >= 0 || hasControl(value)) {
            throw new BadQueryException(name + " must be UTF-8 text without control characters");
        }
        return value;
    }

    /** A story id: checked as {@link #text}, then whether it has the shape of one (if not, no story has it). */
    public static boolean isStoryId(String name, String value) {
        return value != null && STORY_ID.matcher(text(name, value, MAX_VALUE_CHARS) == null ? "" : value).matches();
    }

    /** An article id, as {@link #isStoryId}. */
    public static boolean isArticleId(String name, String value) {
        return value != null && ARTICLE_ID.matcher(text(name, value, MAX_VALUE_CHARS) == null ? "" : value).matches();
    }

    public static Integer integer(String name, String value) {
        String s = text(name, value, 20);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException(name + " must be a whole number, got '" + s + "'");
        }
    }

    public static OffsetDateTime time(String name, String value) {
        String s = text(name, value, 64);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new BadQueryException(name + " must be an ISO-8601 time with offset, such as 2014-06-16T00:00:00Z; got '"
                    + s + "'");
        }
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }
}
