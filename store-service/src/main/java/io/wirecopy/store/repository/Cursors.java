package io.wirecopy.store.repository;

import io.wirecopy.store.service.BadQueryException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * The one codec of the API's keyset cursors: where a page ended, as fields joined by {@code :} under base64url
 * (opaque to clients, readable in a log). Stories: {@code seq:N} newest first, {@code rank:R:seq:N} by
 * relevance; passages: {@code words:W:group:G}; quotes: {@code quote:T:ID} (T an ISO time); an article's versions:
 * {@code version:T:HASH}. A cursor this API did not give out is a 400.
 */
public final class Cursors {

    /** Where a page of stories ended: the last story's seq, and its rank when sorted by relevance. */
    public record StoryCursor(Float rank, long seq) {
    }

    /** Where a page of passages ended: the last group's words and id. */
    public record PassageCursor(int words, long id) {
    }

    /** Where a page of quotes ended: the last quote's first sighting and id. */
    public record QuoteCursor(OffsetDateTime firstSeenAt, String id) {
    }

    /** Where a page of an article's versions ended: the last version's time and content hash. */
    public record VersionCursor(OffsetDateTime at, String contentHash) {
    }

    private Cursors() {
    }

    public static String encode(VersionCursor c) {
        return encode("version:" + c.at() + ":" + c.contentHash());
    }

    public static VersionCursor version(String cursor) {
        String s = decode(cursor, "of /articles/{id}/versions");
        try {
            int last = s.lastIndexOf(':');
            if (!s.startsWith("version:") || last <= 8) {
                throw new IllegalArgumentException();
            }
            String hash = s.substring(last + 1);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException();
            }
            return new VersionCursor(OffsetDateTime.parse(s.substring(8, last)), hash);
        } catch (RuntimeException e) {
            throw refused(cursor, "of /articles/{id}/versions");
        }
    }

    public static String encode(StoryCursor c) {
        return encode((c.rank() == null ? "" : "rank:" + c.rank() + ":") + "seq:" + c.seq());
    }

    public static String encode(PassageCursor c) {
        return encode("words:" + c.words() + ":group:" + c.id());
    }

    public static String encode(QuoteCursor c) {
        return encode("quote:" + c.firstSeenAt() + ":" + c.id());
    }

    public static StoryCursor story(String cursor) {
        String s = decode(cursor, "this API gave out");
        try {
            Float rank = null;
            if (s.startsWith("rank:")) {
                int at = s.indexOf(":seq:");
                rank = Float.parseFloat(s.substring(5, at));
                s = s.substring(at + 1);
            }
            if (!s.startsWith("seq:")) {
                throw new IllegalArgumentException();
            }
            return new StoryCursor(rank, Long.parseLong(s.substring(4)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw refused(cursor, "this API gave out");
        }
    }

    public static PassageCursor passage(String cursor) {
        String[] parts = decode(cursor, "this API gave out").split(":");
        try {
            if (parts.length != 4 || !parts[0].equals("words") || !parts[2].equals("group")) {
                throw new IllegalArgumentException();
            }
            return new PassageCursor(Integer.parseInt(parts[1]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException e) {
            throw refused(cursor, "this API gave out");
        }
    }

    public static QuoteCursor quote(String cursor) {
        String s = decode(cursor, "of /quotes");
        try {
            int last = s.lastIndexOf(':');
            if (!s.startsWith("quote:") || last <= 6) {
                throw new IllegalArgumentException();
            }
            String id = s.substring(last + 1);
            if (!id.matches("q_[0-9a-f]{16}")) {
                throw new IllegalArgumentException();
            }
            return new QuoteCursor(OffsetDateTime.parse(s.substring(6, last)), id);
        } catch (RuntimeException e) {
            throw refused(cursor, "of /quotes");
        }
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String whose) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(cursor, whose);
        }
    }

    private static BadQueryException refused(String cursor, String whose) {
        return new BadQueryException("cursor '" + cursor + "' is not a cursor " + whose);
    }
}
