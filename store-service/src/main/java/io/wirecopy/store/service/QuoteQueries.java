package io.wirecopy.store.service;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code GET /quotes} and {@code GET /speakers}: quotes newest first (by when first seen), each once with
 * every article and story that carries it and its renderings (the same remark in other words, followed
 * up to {@value #RENDERING_HOPS} links away, so every rendering of a remark lists the others); speakers by
 * name or any form of it.
 */
public class QuoteQueries {

    static final int RENDERING_HOPS = 3;

    private final DataSource dataSource;

    public QuoteQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Cursor(OffsetDateTime firstSeenAt, String id) {
    }

    public Views.Page<Views.QuoteItem> quotes(String speaker, String q, String storyId, Integer limit, String cursor)
            throws SQLException {
        int n = StoryQueries.limit(limit);
        Cursor after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        StringBuilder sql = new StringBuilder("""
                SELECT q.id, q.text, s.name AS speaker, CASE WHEN s.id IS NULL THEN q.speaker_description END AS described,
                       q.first_seen_at,
                       ARRAY(SELECT o.article_id FROM quote_occurrences o WHERE o.quote_id = q.id
                             ORDER BY o.article_id) AS article_ids,
                       ARRAY(SELECT DISTINCT a.story_id FROM quote_occurrences o JOIN articles a ON a.id = o.article_id
                             WHERE o.quote_id = q.id ORDER BY 1) AS story_ids
                FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
                WHERE true""");
        List<Object> params = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (speaker != null && !speaker.isBlank()) {
                sql.append(" AND (s.name ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM unnest(s.names) f WHERE f ILIKE ? ESCAPE '\\'))");
                String like = "%" + escapeLike(speaker.strip()) + "%";
                params.add(like);
                params.add(like);
            }
            if (q != null && !q.isBlank()) {
                sql.append(" AND to_tsvector('simple', left(q.text, 100000)) @@ websearch_to_tsquery('simple', ?)");
                params.add(q);
            }
            if (storyId != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM quote_occurrences o JOIN articles a ON a.id = o.article_id"
                        + " WHERE o.quote_id = q.id AND a.story_id = ?)");
                params.add(EventApplier.resolve(c, storyId));
            }
            if (after != null) {
                sql.append(" AND (q.first_seen_at < ? OR (q.first_seen_at = ? AND q.id < ?))");
                params.addAll(List.of(after.firstSeenAt(), after.firstSeenAt(), after.id()));
            }
            sql.append(" ORDER BY q.first_seen_at DESC, q.id DESC LIMIT ?");
            params.add(n + 1);
            Map<String, Views.QuoteItem> found = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString("id"), new Views.QuoteItem(rs.getString("id"), rs.getString("text"),
                                rs.getString("speaker"), rs.getString("described"), StoryQueries.strings(rs.getArray("article_ids")),
                                StoryQueries.strings(rs.getArray("story_ids")), List.of(),
                                rs.getObject("first_seen_at", OffsetDateTime.class)));
                    }
                }
            }
            List<Views.QuoteItem> items = new ArrayList<>(found.values());
            boolean more = items.size() > n;
            List<Views.QuoteItem> page = more ? items.subList(0, n) : items;
            Map<String, List<Views.Rendering>> renderings = renderings(c, page.stream().map(Views.QuoteItem::id).toList());
            List<Views.QuoteItem> out = page.stream().map(i -> new Views.QuoteItem(i.id(), i.text(), i.speaker(),
                    i.speakerDescription(), i.articleIds(), i.storyIds(), renderings.getOrDefault(i.id(), List.of()), i.firstSeenAt())).toList();
            Views.QuoteItem last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new Views.Page<>(out, more ? encode(new Cursor(last.firstSeenAt(), last.id())) : null);
        }
    }

    /** The quotes of one story, for its web page: each with its speaker, where else it was said, its renderings. */
    public List<Views.QuoteItem> ofStory(String storyId) throws SQLException {
        return quotes(null, null, storyId, StoryQueries.MAX_LIMIT, null).items();
    }

    private static Map<String, List<Views.Rendering>> renderings(Connection c, List<String> ids) throws SQLException {
        Map<String, List<Views.Rendering>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                WITH RECURSIVE reach(root, id, similarity, depth) AS (
                    SELECT r.quote_id, r.other_quote_id, r.similarity, 1
                    FROM quote_renderings r WHERE r.quote_id = ANY (?)
                  UNION
                    SELECT reach.root, r.other_quote_id, LEAST(reach.similarity, r.similarity), reach.depth + 1
                    FROM reach JOIN quote_renderings r ON r.quote_id = reach.id
                    WHERE reach.depth < ? AND r.other_quote_id <> reach.root
                ), best AS (
                    SELECT root, id, max(similarity) AS similarity FROM reach GROUP BY root, id
                )
                SELECT best.root, oq.text, first.article_id, a.story_id, best.similarity
                FROM best
                JOIN quotes oq ON oq.id = best.id
                JOIN LATERAL (SELECT o.article_id FROM quote_occurrences o WHERE o.quote_id = oq.id
                              ORDER BY o.article_id LIMIT 1) first ON true
                JOIN articles a ON a.id = first.article_id
                ORDER BY best.root, best.similarity DESC, oq.id""")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            ps.setInt(2, RENDERING_HOPS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Views.Rendering(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                }
            }
        }
        return out;
    }

    public Views.Page<Views.Speaker> speakers(String q, Integer limit) throws SQLException {
        int n = StoryQueries.limit(limit);
        StringBuilder sql = new StringBuilder("""
                SELECT s.id, s.name, s.names, (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quotes
                FROM speakers s WHERE true""");
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            sql.append(" AND (s.name ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM unnest(s.names) f WHERE f ILIKE ? ESCAPE '\\'))");
            String like = "%" + escapeLike(q.strip()) + "%";
            params.add(like);
            params.add(like);
        }
        sql.append(" ORDER BY quotes DESC, s.name, s.id LIMIT ?");
        params.add(n);
        List<Views.Speaker> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Views.Speaker(rs.getString("id"), rs.getString("name"), StoryQueries.strings(rs.getArray("names")),
                            rs.getLong("quotes")));
                }
            }
        }
        return new Views.Page<>(out, null);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String encode(Cursor cursor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("quote:" + cursor.firstSeenAt() + ":" + cursor.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int last = s.lastIndexOf(':');
            if (!s.startsWith("quote:") || last <= 6) {
                throw new IllegalArgumentException();
            }
            String id = s.substring(last + 1);
            if (!id.matches("q_[0-9a-f]{16}")) {
                throw new IllegalArgumentException();
            }
            return new Cursor(OffsetDateTime.parse(s.substring(6, last)), id);
        } catch (RuntimeException e) {
            throw new BadQueryException("cursor '" + cursor + "' is not a cursor of /quotes");
        }
    }
}
