package io.wirecopy.store.repository;

import io.wirecopy.store.service.BadQueryException;
import io.wirecopy.store.service.Views;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * {@code GET /stories}: stories newest first (by the order they were created), or by relevance to {@code q},
 * with full-text search, filters and a keyset cursor. Native SQL: the search is PostgreSQL's ({@code tsvector},
 * {@code websearch_to_tsquery}, {@code ts_rank}) and a story's sources come as an array.
 */
public class StoryListing {

    /** The order of {@code /stories}: newest first (the contract's), or by relevance to {@code q}. */
    public enum Sort {
        NEWEST, RELEVANCE
    }

    /** What a list is asked for; any field may be null (no filter). */
    public record Filter(String q, String source, OffsetDateTime since, OffsetDateTime until, Double minReuse) {
    }

    /** A query matching this many articles or more is common: walking stories newest first finds a page fast. */
    static final int COMMON_QUERY_ARTICLES = 2000;

    /**
     * A {@code q} matches an article's title or text; English articles are stemmed, so the query is
     * read both stemmed and word for word (see V3__article_search.sql).
     */
    private static final String MATCHES = "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))";

    private final Reads reads;

    public StoryListing(Reads reads) {
        this.reads = reads;
    }

    /**
     * Newest first, or with {@code sort=RELEVANCE} by the best weighted rank of a story's articles for
     * {@code q} (title above text), then newest; {@code cursor} is an opaque {@code nextCursor}; with
     * {@code minReuse} only stories with an article of at least that reuse share.
     */
    public Views.Page<Views.StorySummary> list(Filter f, Integer limit, String cursor, Sort sort) {
        if (f.minReuse() != null && !(f.minReuse() >= 0.0 && f.minReuse() <= 1.0)) {
            throw new BadQueryException("minReuse must be a share between 0 and 1, got " + f.minReuse());
        }
        int n = PageSize.of(limit);
        boolean hasQuery = f.q() != null && !f.q().isBlank();
        boolean byRank = sort == Sort.RELEVANCE;
        if (byRank && !hasQuery) {
            throw new BadQueryException("sort=relevance needs a q to be relevant to");
        }
        Cursors.StoryCursor after = cursor == null || cursor.isBlank() ? null : Cursors.story(cursor);
        if (after != null && byRank != (after.rank() != null)) {
            throw new BadQueryException("cursor '" + cursor + "' belongs to another sort order");
        }
        return reads.read(s -> page(s, f, n, after, hasQuery, byRank));
    }

    private Views.Page<Views.StorySummary> page(StatelessSession s, Filter f, int n, Cursors.StoryCursor after,
            boolean hasQuery, boolean byRank) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        // A rare query is answered from the GIN index first (its few stories, then newest first); a common one
        // by walking stories newest first until a page is full, which stops early. A capped count decides.
        boolean rare = hasQuery && !byRank && matchesFewerThan(s, f.q(), COMMON_QUERY_ARTICLES);
        if (hasQuery) {
            params.put("q", f.q());
        }
        if (rare) {
            sql.append("WITH hits AS MATERIALIZED (SELECT DISTINCT a.story_id FROM articles a WHERE a.search @@ " + MATCHES
                    + ") ");
        }
        sql.append("""
                SELECT s.id, s.seq, s.title, s.canonical_article_id, s.article_count, s.first_published_at, s.updated_at,
                       ARRAY(SELECT DISTINCT a.source FROM articles a WHERE a.story_id = s.id ORDER BY 1) AS sources""");
        if (byRank) {
            sql.append(", r.rank FROM stories s JOIN LATERAL (SELECT max(ts_rank(a.search, " + MATCHES + ")) AS rank "
                    + "FROM articles a WHERE a.story_id = s.id AND a.search @@ " + MATCHES + ") r ON r.rank IS NOT NULL");
        } else if (rare) {
            sql.append(" FROM stories s JOIN hits h ON h.story_id = s.id");
        } else {
            sql.append(" FROM stories s");
        }
        sql.append(" WHERE s.merged_into IS NULL AND s.article_count > 0");
        if (after != null) {
            if (byRank) {
                sql.append(" AND (r.rank < :rank OR (r.rank = :rank AND s.seq < :seq))");
                params.put("rank", after.rank());
            } else {
                sql.append(" AND s.seq < :seq");
            }
            params.put("seq", after.seq());
        }
        if (f.source() != null && !f.source().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.source = :source)");
            params.put("source", f.source());
        }
        if (f.minReuse() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.reuse_share >= :minReuse)");
            params.put("minReuse", f.minReuse());
        }
        if (f.since() != null) {
            sql.append(" AND coalesce(s.first_published_at, s.created_at) >= :since");
            params.put("since", f.since());
        }
        if (f.until() != null) {
            sql.append(" AND coalesce(s.first_published_at, s.created_at) < :until");
            params.put("until", f.until());
        }
        if (hasQuery && !byRank && !rare) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.search @@ " + MATCHES + ")");
        }
        sql.append(byRank ? " ORDER BY r.rank DESC, s.seq DESC LIMIT :n" : " ORDER BY s.seq DESC LIMIT :n");
        params.put("n", n + 1);

        NativeQuery<Object[]> query = reads.sql(s, sql.toString());
        params.forEach(query::setParameter);
        List<Views.StorySummary> items = new ArrayList<>();
        Cursors.StoryCursor last = null;
        boolean more = false;
        for (Object[] row : query.getResultList()) {
            if (items.size() == n) {
                more = true;
                break;
            }
            last = new Cursors.StoryCursor(byRank ? ((Number) row[8]).floatValue() : null, Columns.number(row[1]));
            items.add(new Views.StorySummary(Columns.text(row[0]), Columns.text(row[2]), Columns.text(row[3]),
                    (int) Columns.number(row[4]), Columns.strings(row[7]), Columns.time(row[5]), Columns.time(row[6])));
        }
        return new Views.Page<>(items, more ? Cursors.encode(last) : null);
    }

    private boolean matchesFewerThan(StatelessSession s, String q, int cap) {
        long count = reads.sql(s, "SELECT count(*) FROM (SELECT 1 FROM articles a WHERE a.search @@ " + MATCHES
                + " LIMIT :cap) x", Long.class).setParameter("q", q).setParameter("cap", cap).getSingleResult();
        return count < cap;
    }
}
