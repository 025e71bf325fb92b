package io.wirecopy.store.service;

import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.TextSanitizer;
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
        // isClean refuses the other controls; a search or an id has no line breaks either
        if (!TextSanitizer.isClean(value) || value.indexOf('\uFFFD') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            throw new BadQueryException(name + " must be UTF-8 text without control characters");
        }
        return value;
    }

    /** A path id: checked as {@link #text}, then whether it has the shape of a story id (if not, no story has it). */
    public static boolean isStoryId(String name, String value) {
        return hasShape(name, value, ArticleIds.STORY_ID);
    }

    /** An article id, as {@link #isStoryId}. */
    public static boolean isArticleId(String name, String value) {
        return hasShape(name, value, ArticleIds.ARTICLE_ID);
    }

    /** A story id as a query parameter: null when absent, a 400 when it is not the shape of one. */
    public static String storyId(String name, String value) {
        String id = text(name, value, MAX_VALUE_CHARS);
        if (id != null && !ArticleIds.STORY_ID.matcher(id).matches()) {
            throw new BadQueryException(name + " must be a story id (s_ and 24 hex digits), got '" + id + "'");
        }
        return id;
    }

    private static boolean hasShape(String name, String value, Pattern shape) {
        String id = text(name, value, MAX_VALUE_CHARS);
        return id != null && shape.matcher(id).matches();
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

    /** A share between 0 and 1 ({@code 0.5}, or a percentage written {@code 50%}). */
    public static Double share(String name, String value) {
        String s = text(name, value, 20);
        if (s == null) {
            return null;
        }
        String v = s.strip();
        double share;
        try {
            share = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadQueryException(name + " must be a share between 0 and 1 (such as 0.5), got '" + s + "'");
        }
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new BadQueryException(name + " must be a share between 0 and 1 (such as 0.5), got '" + s + "'");
        }
        return share;
    }
}
