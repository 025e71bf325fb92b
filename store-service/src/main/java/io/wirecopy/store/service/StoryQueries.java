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
import java.util.Map;
import java.util.Optional;
import io.wirecopy.shared.event.Reuse;
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

    /** The order of {@code /stories}: newest first (the contract's), or by relevance to {@code q}. */
    public enum Sort {
        NEWEST, RELEVANCE
    }

    /** A query matching this many articles or more is common: walking stories newest first finds a page fast. */
    static final int COMMON_QUERY_ARTICLES = 2000;

    private boolean matchesFewerThan(String q, int cap) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM articles a WHERE a.search @@ " + QUERY + " LIMIT ?) x")) {
            ps.setString(1, q);
            ps.setString(2, q);
            ps.setInt(3, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) < cap;
            }
        }
    }

    /** Where a page ended: the last story's seq, and its rank when sorted by relevance. */
    record Cursor(Float rank, long seq) {
    }

    /**
     * A {@code q} matches an article's title or text; English articles are stemmed, so the query is
     * read both stemmed and word for word (see V3__article_search.sql).
     */
    private static final String QUERY = "(websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?))";

    /**
     * Newest first (by the order stories were created), or with {@code sort=RELEVANCE} by the best
     * weighted rank of a story's articles for {@code q} (title above text), then newest;
     * {@code cursor} is an opaque {@code nextCursor}.
     */
    public Views.Page<Views.StorySummary> list(String q, String source, OffsetDateTime since, OffsetDateTime until,
            Integer limit, String cursor, Sort sort) throws SQLException {
        return list(q, source, since, until, null, limit, cursor, sort);
    }

    /** {@link #list(String, String, OffsetDateTime, OffsetDateTime, Integer, String, Sort)}, and with
     * {@code minReuse} only stories with an article of at least that reuse share. */
    public Views.Page<Views.StorySummary> list(String q, String source, OffsetDateTime since, OffsetDateTime until,
            Double minReuse, Integer limit, String cursor, Sort sort) throws SQLException {
        if (minReuse != null && !(minReuse >= 0.0 && minReuse <= 1.0)) {
            throw new BadQueryException("minReuse must be a share between 0 and 1, got " + minReuse);
        }
        int n = limit(limit);
        boolean hasQuery = q != null && !q.isBlank();
        boolean byRank = sort == Sort.RELEVANCE;
        if (byRank && !hasQuery) {
            throw new BadQueryException("sort=relevance needs a q to be relevant to");
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        // A rare query is answered from the GIN index first (its few stories, then newest first); a common one
        // by walking stories newest first until a page is full, which stops early. A capped count decides.
        boolean rare = hasQuery && !byRank && matchesFewerThan(q, COMMON_QUERY_ARTICLES);
        if (rare) {
            sql.append("WITH hits AS MATERIALIZED (SELECT DISTINCT a.story_id FROM articles a WHERE a.search @@ " + QUERY
                    + ") ");
            params.addAll(List.of(q, q));
        }
        sql.append("""
                SELECT s.id, s.seq, s.title, s.canonical_article_id, s.article_count, s.first_published_at, s.updated_at,
                       ARRAY(SELECT DISTINCT a.source FROM articles a WHERE a.story_id = s.id ORDER BY 1) AS sources""");
        if (byRank) {
            sql.append(", r.rank FROM stories s JOIN LATERAL (SELECT max(ts_rank(a.search, " + QUERY + ")) AS rank "
                    + "FROM articles a WHERE a.story_id = s.id AND a.search @@ " + QUERY + ") r ON r.rank IS NOT NULL");
            params.addAll(List.of(q, q, q, q));
        } else if (rare) {
            sql.append(" FROM stories s JOIN hits h ON h.story_id = s.id");
        } else {
            sql.append(" FROM stories s");
        }
        sql.append(" WHERE s.merged_into IS NULL AND s.article_count > 0");
        if (cursor != null && !cursor.isBlank()) {
            Cursor after = decode(cursor);
            if (byRank != (after.rank() != null)) {
                throw new BadQueryException("cursor '" + cursor + "' belongs to another sort order");
            }
            if (byRank) {
                sql.append(" AND (r.rank < ? OR (r.rank = ? AND s.seq < ?))");
                params.addAll(List.of(after.rank(), after.rank(), after.seq()));
            } else {
                sql.append(" AND s.seq < ?");
                params.add(after.seq());
            }
        }
        if (source != null && !source.isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.source = ?)");
            params.add(source);
        }
        if (minReuse != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.reuse_share >= ?)");
            params.add(minReuse);
        }
        if (since != null) {
            sql.append(" AND coalesce(s.first_published_at, s.created_at) >= ?");
            params.add(since);
        }
        if (until != null) {
            sql.append(" AND coalesce(s.first_published_at, s.created_at) < ?");
            params.add(until);
        }
        if (hasQuery && !byRank && !rare) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.search @@ " + QUERY + ")");
            params.addAll(List.of(q, q));
        }
        sql.append(byRank ? " ORDER BY r.rank DESC, s.seq DESC LIMIT ?" : " ORDER BY s.seq DESC LIMIT ?");
        params.add(n + 1);

        List<Views.StorySummary> items = new ArrayList<>();
        Cursor last = null;
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
                    last = new Cursor(byRank ? rs.getFloat("rank") : null, rs.getLong("seq"));
                    items.add(new Views.StorySummary(rs.getString("id"), rs.getString("title"),
                            rs.getString("canonical_article_id"), rs.getInt("article_count"), strings(rs.getArray("sources")),
                            rs.getObject("first_published_at", OffsetDateTime.class),
                            rs.getObject("updated_at", OffsetDateTime.class)));
                }
            }
        }
        return new Views.Page<>(items, more ? encode(last) : null);
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
            List<Reuse> reuses = new ArrayList<>();
            String text = null;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, a.url, a.source, a.title, a.published_at, a.text, a.content_hash, a.similarity,
                           a.reuse::text AS reuse, a.content_hash = (SELECT content_hash FROM articles WHERE id = ?) AS same_text
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
                                relation.equals("NEAR") ? rs.getDouble("similarity") : 1.0, null));
                        reuses.add(ReuseColumn.read(rs.getString("reuse")));
                    }
                }
            }
            List<Views.Reuse> views = reuseViews(c, reuses);
            for (int i = 0; i < members.size(); i++) {
                members.set(i, members.get(i).withReuse(views.get(i)));
            }
            return Optional.of(new Found(new Views.StoryDetail(id, title, canonicalId, text, members, sharedPassages(c, id))));
        }
    }

    /** Passages this story shares with other stories, longest first. */
    private static List<Views.SharedPassage> sharedPassages(Connection c, String storyId) throws SQLException {
        List<Views.SharedPassage> out = new ArrayList<>();
        for (Group g : groups(c, null, storyId, 2, 100, null)) {
            out.add(g.passage());
        }
        return out;
    }

    /** Where an article carries passages shared with other stories: char ranges and those stories' ids and titles. */
    public record Highlight(int fromChar, int toChar, List<String> storyIds, List<String> storyTitles) {
    }

    /** The titles of these stories (the id when a story has none), by id, in the order given. */
    public Map<String, String> titles(java.util.Collection<String> ids) throws SQLException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        ids.forEach(id -> out.put(id, id));
        if (ids.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, title FROM stories WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString("title") != null) {
                        out.put(rs.getString("id"), rs.getString("title"));
                    }
                }
            }
        }
        return out;
    }

    public List<Highlight> highlights(String articleId, String storyId) throws SQLException {
        List<Highlight> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT o.from_char, o.to_char,
                       array_agg(DISTINCT s.id ORDER BY s.id) AS story_ids,
                       array_agg(coalesce(s.title, s.id) ORDER BY s.id) AS titles
                FROM passage_occurrences o
                JOIN passage_occurrences o2 ON o2.group_id = o.group_id
                JOIN articles a2 ON a2.id = o2.article_id
                JOIN stories s ON s.id = a2.story_id
                WHERE o.article_id = ? AND a2.story_id <> ?
                GROUP BY o.from_char, o.to_char
                ORDER BY o.from_char""")) {
            ps.setString(1, articleId);
            ps.setString(2, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> ids = strings(rs.getArray("story_ids"));
                    List<String> titles = strings(rs.getArray("titles")).stream().distinct().toList();
                    out.add(new Highlight(rs.getInt("from_char"), rs.getInt("to_char"), ids, titles));
                }
            }
        }
        return out;
    }

    /** A passage group as listed, with its id for the cursor. */
    private record Group(long id, Views.SharedPassage passage) {
    }

    /** Where a page of passages ended: the last group's words and id. */
    record PassageCursor(int words, long id) {
    }

    /**
     * Passages shared by at least {@code minStories} stories (default 2), longest first; {@code q}
     * searches their text, {@code storyId} keeps those occurring in that story.
     */
    public Views.Page<Views.SharedPassage> passages(String q, String storyId, Integer minStories, Integer limit,
            String cursor) throws SQLException {
        int n = limit(limit);
        int min = minStories == null ? 2 : minStories;
        if (min < 2) {
            throw new BadQueryException("minStories must be 2 or more (a passage is shared by two stories at least), got " + min);
        }
        PassageCursor after = cursor == null || cursor.isBlank() ? null : decodePassageCursor(cursor);
        try (Connection c = dataSource.getConnection()) {
            String story = storyId == null || storyId.isBlank() ? null : EventApplier.resolve(c, storyId);
            List<Group> groups = groups(c, q, story, min, n + 1, after);
            boolean more = groups.size() > n;
            List<Group> page = more ? groups.subList(0, n) : groups;
            Group last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new Views.Page<>(page.stream().map(Group::passage).toList(),
                    more ? encodePassageCursor(new PassageCursor(last.passage().words(), last.id())) : null);
        }
    }

    private static List<Group> groups(Connection c, String q, String storyId, int minStories, int limit,
            PassageCursor after) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT g.id, g.text, g.words,
                       array_agg(DISTINCT o.article_id ORDER BY o.article_id) AS article_ids,
                       array_agg(DISTINCT a.story_id ORDER BY a.story_id) AS story_ids
                FROM passage_groups g
                JOIN passage_occurrences o ON o.group_id = g.id
                JOIN articles a ON a.id = o.article_id
                WHERE true""");
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            sql.append(" AND to_tsvector('simple', left(g.text, 100000)) @@ websearch_to_tsquery('simple', ?)");
            params.add(q);
        }
        if (storyId != null) {
            sql.append(" AND g.id IN (SELECT o2.group_id FROM passage_occurrences o2 JOIN articles a2 ON a2.id = o2.article_id"
                    + " WHERE a2.story_id = ?)");
            params.add(storyId);
        }
        if (after != null) {
            sql.append(" AND (g.words < ? OR (g.words = ? AND g.id > ?))");
            params.addAll(List.of(after.words(), after.words(), after.id()));
        }
        sql.append(" GROUP BY g.id HAVING count(DISTINCT a.story_id) >= ? ORDER BY g.words DESC, g.id LIMIT ?");
        params.add(minStories);
        params.add(limit);
        List<Group> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Group(rs.getLong("id"), new Views.SharedPassage(rs.getString("text"), rs.getInt("words"),
                            strings(rs.getArray("article_ids")), strings(rs.getArray("story_ids")))));
                }
            }
        }
        return out;
    }

    static String encodePassageCursor(PassageCursor cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("words:" + cursor.words() + ":group:" + cursor.id()).getBytes(StandardCharsets.UTF_8));
    }

    static PassageCursor decodePassageCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !parts[0].equals("words") || !parts[2].equals("group")) {
                throw new IllegalArgumentException();
            }
            return new PassageCursor(Integer.parseInt(parts[1]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("cursor '" + cursor + "' is not a cursor this API gave out");
        }
    }

    public Optional<Views.ArticleView> article(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT a.*, a.reuse::text AS reuse_json, s.canonical_article_id,
                       a.content_hash = (SELECT content_hash FROM articles WHERE id = s.canonical_article_id) AS same_text
                FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String relation = relation(id.equals(rs.getString("canonical_article_id")), rs.getBoolean("same_text"));
                Reuse reuse = ReuseColumn.read(rs.getString("reuse_json"));
                return Optional.of(new Views.ArticleView(id, rs.getString("story_id"), rs.getString("url"),
                        rs.getString("source"), rs.getString("title"), rs.getString("byline"),
                        rs.getObject("published_at", OffsetDateTime.class), relation,
                        relation.equals("NEAR") ? rs.getDouble("similarity") : 1.0, rs.getString("text"),
                        reuseViews(c, List.of(reuse)).get(0)));
            }
        }
    }

    /**
     * The reuse of articles as the API shows it: each source article's story as it is now (stories merge
     * after the decision), its publication time and title, read for all of them in one query.
     */
    /** What the store has of a reuse source article. */
    private record Stored(String storyId, OffsetDateTime publishedAt, String title) {
    }

    private static List<Views.Reuse> reuseViews(Connection c, List<Reuse> reuses) throws SQLException {
        List<String> ids = reuses.stream().flatMap(r -> r.sources().stream()).map(Reuse.Source::articleId).distinct().toList();
        Map<String, Stored> known = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, story_id, published_at, title FROM articles WHERE id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("text", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), new Stored(rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                                rs.getString(4)));
                    }
                }
            }
        }
        List<Views.Reuse> out = new ArrayList<>();
        for (Reuse r : reuses) {
            List<Views.ReuseSource> sources = new ArrayList<>();
            for (Reuse.Source s : r.sources()) {
                Stored k = known.get(s.articleId());
                // a stored article's story_id follows merges (EventApplier moves it); one not stored yet keeps the decision's
                String story = k == null ? EventApplier.resolve(c, s.storyId()) : k.storyId();
                sources.add(new Views.ReuseSource(s.articleId(), story, s.source(), s.share(),
                        k == null ? null : k.publishedAt(), k == null ? null : k.title()));
            }
            out.add(new Views.Reuse(r.share(), sources));
        }
        return out;
    }

    /** Relative to the canonical article: CANONICAL itself, EXACT for the same canonical text, else NEAR. */
    static String relation(boolean canonical, boolean sameText) {
        return canonical ? "CANONICAL" : sameText ? "EXACT" : "NEAR";
    }

    /** {@code seq:N} or {@code rank:R:seq:N}, base64url. */
    static String encode(Cursor cursor) {
        String plain = (cursor.rank() == null ? "" : "rank:" + cursor.rank() + ":") + "seq:" + cursor.seq();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Float rank = null;
            if (s.startsWith("rank:")) {
                int at = s.indexOf(":seq:");
                rank = Float.parseFloat(s.substring(5, at));
                s = s.substring(at + 1);
            }
            if (!s.startsWith("seq:")) {
                throw new IllegalArgumentException();
            }
            return new Cursor(rank, Long.parseLong(s.substring(4)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadQueryException("cursor '" + cursor + "' is not a cursor this API gave out");
        }
    }

    /** A page size in [1, {@value #MAX_LIMIT}], {@value #DEFAULT_LIMIT} when not given. */
    static int limit(Integer limit) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT + ", got " + n);
        }
        return n;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
