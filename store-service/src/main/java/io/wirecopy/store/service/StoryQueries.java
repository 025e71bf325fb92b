package io.wirecopy.store.service;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The read side: story lists with search and keyset paging, story and article details. */
public class StoryQueries {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** What a story id leads to: the story, or the story it was merged into. */
    public sealed interface StoryLookup {
    }

    public record Found(Views.StoryDetail story) implements StoryLookup {
    }

    /** The id was merged into another story: its survivor. */
    public record Moved(String survivorId) implements StoryLookup {
    }

    private final DataSource dataSource;

    public StoryQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first (by the order stories were created); {@code cursor} is an opaque {@code nextCursor}. */
    public Views.Page<Views.StorySummary> list(String q, String source, OffsetDateTime since, OffsetDateTime until,
            Integer limit, String cursor) throws SQLException {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT + ", got " + n);
        }
        StringBuilder sql = new StringBuilder("""
                SELECT s.id, s.seq, s.title, s.canonical_article_id, s.article_count, s.first_published_at, s.updated_at,
                       ARRAY(SELECT DISTINCT a.source FROM articles a WHERE a.story_id = s.id ORDER BY 1) AS sources
                FROM stories s
                WHERE s.merged_into IS NULL AND s.article_count > 0""");
        List<Object> params = new ArrayList<>();
        if (cursor != null && !cursor.isBlank()) {
            sql.append(" AND s.seq < ?");
            params.add(decodeCursor(cursor));
        }
        if (source != null && !source.isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.source = ?)");
            params.add(source);
        }
        if (since != null) {
            sql.append(" AND coalesce(s.first_published_at, s.created_at) >= ?");
            params.add(since);
        }
        if (until != null) {
            sql.append(" AND coalesce(s.first_published_at, s.created_at) < ?");
            params.add(until);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND "
                    + "to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text) @@ websearch_to_tsquery('simple', ?))");
            params.add(q);
        }
        sql.append(" ORDER BY s.seq DESC LIMIT ?");
        params.add(n + 1);

        List<Views.StorySummary> items = new ArrayList<>();
        long lastSeq = 0;
        boolean more = false;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == n) {
                        more = true;
                        break;
                    }
                    lastSeq = rs.getLong("seq");
                    items.add(new Views.StorySummary(rs.getString("id"), rs.getString("title"),
                            rs.getString("canonical_article_id"), rs.getInt("article_count"), strings(rs.getArray("sources")),
                            rs.getObject("first_published_at", OffsetDateTime.class),
                            rs.getObject("updated_at", OffsetDateTime.class)));
                }
            }
        }
        return new Views.Page<>(items, more ? encodeCursor(lastSeq) : null);
    }

    /** The story, or where it moved if it was merged into another; empty if unknown. */
    public Optional<StoryLookup> story(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String resolved = EventApplier.resolve(c, id);
            String title;
            String canonicalId;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT title, canonical_article_id FROM stories WHERE id = ? AND article_count > 0")) {
                ps.setString(1, resolved);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    title = rs.getString(1);
                    canonicalId = rs.getString(2);
                }
            }
            if (!resolved.equals(id)) {
                return Optional.of(new Moved(resolved));
            }
            List<Views.StoryMember> members = new ArrayList<>();
            String text = null;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, a.url, a.source, a.title, a.published_at, a.text, a.content_hash, a.similarity,
                           a.content_hash = (SELECT content_hash FROM articles WHERE id = ?) AS same_text
                    FROM articles a WHERE a.story_id = ?
                    ORDER BY (a.id = ?) DESC, a.published_at ASC NULLS LAST, a.id""")) {
                ps.setString(1, canonicalId);
                ps.setString(2, id);
                ps.setString(3, canonicalId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String articleId = rs.getString("id");
                        boolean canonical = articleId.equals(canonicalId);
                        if (canonical) {
                            text = rs.getString("text");
                        }
                        String relation = relation(canonical, rs.getBoolean("same_text"));
                        members.add(new Views.StoryMember(articleId, rs.getString("url"), rs.getString("source"),
                                rs.getString("title"), rs.getObject("published_at", OffsetDateTime.class), relation,
                                relation.equals("NEAR") ? rs.getDouble("similarity") : 1.0));
                    }
                }
            }
            return Optional.of(new Found(new Views.StoryDetail(id, title, canonicalId, text, members, sharedPassages(c, id))));
        }
    }

    /** Passages between an article of this story and an article of another, longest first. */
    private static List<Views.SharedPassage> sharedPassages(Connection c, String storyId) throws SQLException {
        List<Views.SharedPassage> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.text, p.words, a.id AS a_id, a.story_id AS a_story, o.id AS o_id, o.story_id AS o_story
                FROM passages p
                JOIN articles a ON a.id = p.article_id
                JOIN articles o ON o.id = p.other_article_id
                WHERE (a.story_id = ? OR o.story_id = ?) AND a.story_id <> o.story_id
                ORDER BY p.words DESC, p.article_id, p.from_word
                LIMIT 100""")) {
            ps.setString(1, storyId);
            ps.setString(2, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Views.SharedPassage(rs.getString("text"), rs.getInt("words"),
                            List.of(rs.getString("a_id"), rs.getString("o_id")),
                            List.of(rs.getString("a_story"), rs.getString("o_story"))));
                }
            }
        }
        return out;
    }

    public Optional<Views.ArticleView> article(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT a.*, s.canonical_article_id,
                       a.content_hash = (SELECT content_hash FROM articles WHERE id = s.canonical_article_id) AS same_text
                FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String relation = relation(id.equals(rs.getString("canonical_article_id")), rs.getBoolean("same_text"));
                return Optional.of(new Views.ArticleView(id, rs.getString("story_id"), rs.getString("url"),
                        rs.getString("source"), rs.getString("title"), rs.getString("byline"),
                        rs.getObject("published_at", OffsetDateTime.class), relation,
                        relation.equals("NEAR") ? rs.getDouble("similarity") : 1.0, rs.getString("text")));
            }
        }
    }

    /** Relative to the canonical article: CANONICAL itself, EXACT for the same canonical text, else NEAR. */
    static String relation(boolean canonical, boolean sameText) {
        return canonical ? "CANONICAL" : sameText ? "EXACT" : "NEAR";
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decodeCursor(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith("seq:")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(s.substring(4));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("cursor '" + cursor + "' is not a cursor this API gave out");
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
