package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.StoriesMerged;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Applies dedupe decisions to the database, each event once and in one transaction with the record
 * that it was applied; the events of one poll go in one transaction together ({@link #applyAll}). Story
 * fields are derived from the story's articles, so they come out the same whatever the order of events,
 * and a story touched by several events of a batch is derived once, at its end. The canonical article is the one with the most complete (longest)
 * text, then the earliest published, then the smallest id.
 */
public class EventApplier {

    private static final int MAX_ALIAS_HOPS = 64;

    private final DataSource dataSource;

    public EventApplier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return false if the event had been applied before (nothing changed) */
    public boolean apply(DedupeEvent event) throws SQLException {
        return applyAll(List.of(event))[0];
    }

    /**
     * Applies events in order, in one transaction: all of them or, on a failure, none.
     *
     * @return for each event, false if it had been applied before (nothing changed)
     */
    public boolean[] applyAll(List<DedupeEvent> events) throws SQLException {
        boolean[] fresh = new boolean[events.size()];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, OffsetDateTime> touched = new LinkedHashMap<>();
                for (int i = 0; i < fresh.length; i++) {
                    DedupeEvent event = events.get(i);
                    fresh[i] = recordEvent(c, event);
                    if (fresh[i] && event instanceof ArticleDeduplicated d) {
                        applyArticle(c, d, touched);
                    } else if (fresh[i] && event instanceof StoriesMerged m) {
                        applyMerge(c, m, touched);
                    }
                }
                for (Map.Entry<String, OffsetDateTime> story : touched.entrySet()) {
                    refresh(c, story.getKey(), story.getValue());
                }
                c.commit();
                return fresh;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Marks a story to derive at the end of the batch, as of the latest event that touched it. */
    private static void touch(Map<String, OffsetDateTime> touched, String storyId, OffsetDateTime at) {
        touched.merge(storyId, at, (x, y) -> x.isAfter(y) ? x : y);
    }

    private static boolean recordEvent(Connection c, DedupeEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO applied_events (event_id, type) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, event.eventId());
            ps.setString(2, event.getClass().getSimpleName());
            return ps.executeUpdate() == 1;
        }
    }

    private static void applyArticle(Connection c, ArticleDeduplicated d, Map<String, OffsetDateTime> touched)
            throws SQLException {
        String storyId = resolve(c, d.storyId());
        ensureStory(c, storyId, d.occurredAt());
        var a = d.article();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO articles (id, story_id, url, source, title, byline, published_at, language, text,
                                      content_hash, dedupe_relation, matched_article_id, similarity, decided_at,
                                      reuse_share, reuse)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO NOTHING""")) {
            ps.setString(1, a.id());
            ps.setString(2, storyId);
            ps.setString(3, a.url());
            ps.setString(4, a.source());
            ps.setString(5, a.title());
            ps.setString(6, a.byline());
            ps.setObject(7, a.publishedAt());
            ps.setString(8, a.language());
            ps.setString(9, a.text());
            ps.setString(10, a.contentHash());
            ps.setString(11, d.relation().name());
            ps.setString(12, d.matchedArticleId());
            ps.setDouble(13, d.similarity());
            ps.setObject(14, d.occurredAt());
            ps.setDouble(15, d.reuse().share());
            ps.setString(16, ReuseColumn.write(d.reuse()));
            ps.executeUpdate();
        }
        insertPassages(c, d);
        QuoteWriter.write(c, d);
        touch(touched, storyId, d.occurredAt());
    }

    private static void insertPassages(Connection c, ArticleDeduplicated d) throws SQLException {
        if (d.passages().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO passages (article_id, other_article_id, from_word, to_word, from_char, to_char,
                                      other_from_word, other_to_word, other_from_char, other_to_char, words, edits, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            for (Passage p : d.passages()) {
                ps.setString(1, d.article().id());
                ps.setString(2, p.otherArticleId());
                ps.setInt(3, p.span().fromWord());
                ps.setInt(4, p.span().toWord());
                ps.setInt(5, p.span().fromChar());
                ps.setInt(6, p.span().toChar());
                ps.setInt(7, p.otherSpan().fromWord());
                ps.setInt(8, p.otherSpan().toWord());
                ps.setInt(9, p.otherSpan().fromChar());
                ps.setInt(10, p.otherSpan().toChar());
                ps.setInt(11, p.words());
                ps.setInt(12, p.edits());
                ps.setString(13, p.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (Passage p : d.passages()) {
            group(c, d.article().id(), p);
        }
    }

    /**
     * Files a pairwise passage under its group: the group of an occurrence it overlaps in the other
     * article, else in this one, else a new group; when both sides already lie in different groups,
     * those groups become one.
     */
    private static void group(Connection c, String articleId, Passage p) throws SQLException {
        Long there = groupAt(c, p.otherArticleId(), p.otherSpan());
        Long here = groupAt(c, articleId, p.span());
        long group;
        if (there == null && here == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO passage_groups (text, words) VALUES (?, ?) RETURNING id")) {
                ps.setString(1, p.text());
                ps.setInt(2, p.words());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    group = rs.getLong(1);
                }
            }
        } else {
            group = there != null ? there : here;
            if (there != null && here != null && !there.equals(here)) {
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE passage_occurrences SET group_id = ? WHERE group_id = ?
                          AND NOT EXISTS (SELECT 1 FROM passage_occurrences x WHERE x.group_id = ?
                                          AND x.article_id = passage_occurrences.article_id
                                          AND x.from_word = passage_occurrences.from_word)""")) {
                    ps.setLong(1, there);
                    ps.setLong(2, here);
                    ps.setLong(3, there);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM passage_groups WHERE id = ?")) {
                    ps.setLong(1, here);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE passage_groups SET words = greatest(words, ?) WHERE id = ?")) {
                ps.setInt(1, p.words());
                ps.setLong(2, group);
                ps.executeUpdate();
            }
        }
        occur(c, group, p.otherArticleId(), p.otherSpan());
        occur(c, group, articleId, p.span());
    }

    /** The group of an occurrence overlapping these words of the article (the largest overlap), or null. */
    private static Long groupAt(Connection c, String articleId, Passage.Span span) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT group_id FROM passage_occurrences
                WHERE article_id = ? AND from_word < ? AND to_word > ?
                ORDER BY least(to_word, ?) - greatest(from_word, ?) DESC, group_id LIMIT 1""")) {
            ps.setString(1, articleId);
            ps.setInt(2, span.toWord());
            ps.setInt(3, span.fromWord());
            ps.setInt(4, span.toWord());
            ps.setInt(5, span.fromWord());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void occur(Connection c, long group, String articleId, Passage.Span span) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO passage_occurrences (group_id, article_id, from_word, to_word, from_char, to_char)
                SELECT ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM passage_occurrences WHERE group_id = ? AND article_id = ?
                                  AND from_word < ? AND to_word > ?)""")) {
            ps.setLong(1, group);
            ps.setString(2, articleId);
            ps.setInt(3, span.fromWord());
            ps.setInt(4, span.toWord());
            ps.setInt(5, span.fromChar());
            ps.setInt(6, span.toChar());
            ps.setLong(7, group);
            ps.setString(8, articleId);
            ps.setInt(9, span.toWord());
            ps.setInt(10, span.fromWord());
            ps.executeUpdate();
        }
    }

    private static void applyMerge(Connection c, StoriesMerged m, Map<String, OffsetDateTime> touched) throws SQLException {
        String survivor = resolve(c, m.survivingStoryId());
        String merged = resolve(c, m.mergedStoryId());
        ensureStory(c, survivor, m.occurredAt());
        ensureStory(c, merged, m.occurredAt());
        if (survivor.equals(merged)) {
            return; // merged before, through another path
        }
        update(c, "UPDATE articles SET story_id = ? WHERE story_id = ?", survivor, merged);
        update(c, "UPDATE stories SET merged_into = ? WHERE merged_into = ?", survivor, merged);
        update(c, "UPDATE stories SET merged_into = ? WHERE id = ?", survivor, merged);
        touch(touched, merged, m.occurredAt());
        touch(touched, survivor, m.occurredAt());
    }

    /** Follows merge aliases to the story that answers for {@code storyId}. */
    static String resolve(Connection c, String storyId) throws SQLException {
        String current = storyId;
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM stories WHERE id = ?")) {
            for (int hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
                ps.setString(1, current);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) {
                        return current;
                    }
                    current = rs.getString(1);
                }
            }
        }
        throw new SQLException("story alias chain from " + storyId + " is longer than " + MAX_ALIAS_HOPS);
    }

    private static void ensureStory(Connection c, String storyId, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, storyId);
            ps.setObject(2, at);
            ps.setObject(3, at);
            ps.executeUpdate();
        }
    }

    /**
     * Derives the story's canonical article, title, count and first publication from its articles. The
     * ORDER BY is {@link io.wirecopy.shared.event.Article#CANONICAL_FIRST}.
     */
    private static void refresh(Connection c, String storyId, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE stories s SET
                    canonical_article_id = canon.id,
                    title = canon.title,
                    article_count = agg.n,
                    first_published_at = agg.first_published,
                    updated_at = greatest(s.updated_at, ?)
                FROM (SELECT count(*) AS n, min(published_at) AS first_published FROM articles WHERE story_id = ?) agg
                LEFT JOIN LATERAL (
                    SELECT id, title FROM articles WHERE story_id = ?
                    ORDER BY length(text) DESC, published_at ASC NULLS LAST, id ASC LIMIT 1) canon ON true
                WHERE s.id = ?""")) {
            ps.setTimestamp(1, Timestamp.from(at.toInstant()));
            ps.setString(2, storyId);
            ps.setString(3, storyId);
            ps.setString(4, storyId);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.executeUpdate();
        }
    }
}
