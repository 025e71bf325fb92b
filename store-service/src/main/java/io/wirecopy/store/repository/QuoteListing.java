package io.wirecopy.store.repository;

import io.wirecopy.store.service.Views;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * {@code GET /quotes} and {@code GET /speakers}: quotes newest first (by when first seen), each once with
 * every article and story that carries it and its renderings (the same remark in other words, followed
 * up to {@value #RENDERING_HOPS} links away, so every rendering of a remark lists the others); speakers by
 * name or any form of it. Native SQL: arrays (a speaker's forms, a quote's articles), full-text search and a
 * recursive walk of renderings are PostgreSQL's.
 */
public class QuoteListing {

    static final int RENDERING_HOPS = 3;

    private final Reads reads;

    public QuoteListing(Reads reads) {
        this.reads = reads;
    }

    public Views.Page<Views.QuoteItem> quotes(String speaker, String q, String storyId, Integer limit, String cursor) {
        int n = PageSize.of(limit);
        Cursors.QuoteCursor after = cursor == null || cursor.isBlank() ? null : Cursors.quote(cursor);
        return reads.read(s -> page(s, speaker, q, storyId, n, after));
    }

    /** The quotes of one story, for its web page: each with its speaker, where else it was said, its renderings. */
    public List<Views.QuoteItem> ofStory(String storyId) {
        return quotes(null, null, storyId, PageSize.MAX, null).items();
    }

    private Views.Page<Views.QuoteItem> page(StatelessSession s, String speaker, String q, String storyId, int n,
            Cursors.QuoteCursor after) {
        StringBuilder sql = new StringBuilder("""
                SELECT q.id, q.text, s.name AS speaker, CASE WHEN s.id IS NULL THEN q.speaker_description END AS described,
                       q.first_seen_at,
                       ARRAY(SELECT o.article_id FROM quote_occurrences o WHERE o.quote_id = q.id
                             ORDER BY o.article_id) AS article_ids,
                       ARRAY(SELECT DISTINCT a.story_id FROM quote_occurrences o JOIN articles a ON a.id = o.article_id
                             WHERE o.quote_id = q.id ORDER BY 1) AS story_ids
                FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
                WHERE true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (speaker != null && !speaker.isBlank()) {
            sql.append(" AND (s.name ILIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM unnest(s.names) f WHERE f ILIKE :like ESCAPE '\\'))");
            params.put("like", "%" + escapeLike(speaker.strip()) + "%");
        }
        if (q != null && !q.isBlank()) {
            sql.append(" AND to_tsvector('simple', left(q.text, 100000)) @@ websearch_to_tsquery('simple', :q)");
            params.put("q", q);
        }
        if (storyId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM quote_occurrences o JOIN articles a ON a.id = o.article_id"
                    + " WHERE o.quote_id = q.id AND a.story_id = :story)");
            params.put("story", StoryAliases.resolve(s, storyId));
        }
        if (after != null) {
            sql.append(" AND (q.first_seen_at < :seen OR (q.first_seen_at = :seen AND q.id < :id))");
            params.put("seen", after.firstSeenAt());
            params.put("id", after.id());
        }
        sql.append(" ORDER BY q.first_seen_at DESC, q.id DESC LIMIT :n");
        params.put("n", n + 1);
        NativeQuery<Object[]> query = reads.sql(s, sql.toString());
        params.forEach(query::setParameter);
        List<Views.QuoteItem> items = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            items.add(new Views.QuoteItem(Columns.text(row[0]), Columns.text(row[1]), Columns.text(row[2]),
                    Columns.text(row[3]), Columns.strings(row[5]), Columns.strings(row[6]), List.of(), Columns.time(row[4])));
        }
        boolean more = items.size() > n;
        List<Views.QuoteItem> page = more ? items.subList(0, n) : items;
        Map<String, List<Views.Rendering>> renderings = renderings(s, page.stream().map(Views.QuoteItem::id).toList());
        List<Views.QuoteItem> out = page.stream().map(i -> new Views.QuoteItem(i.id(), i.text(), i.speaker(),
                i.speakerDescription(), i.articleIds(), i.storyIds(), renderings.getOrDefault(i.id(), List.of()),
                i.firstSeenAt())).toList();
        Views.QuoteItem last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Views.Page<>(out, more ? Cursors.encode(new Cursors.QuoteCursor(last.firstSeenAt(), last.id())) : null);
    }

    private Map<String, List<Views.Rendering>> renderings(StatelessSession s, List<String> ids) {
        Map<String, List<Views.Rendering>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = reads.sql(s, """
                        WITH RECURSIVE reach(root, id, similarity, depth) AS (
                            SELECT r.quote_id, r.other_quote_id, r.similarity, 1
                            FROM quote_renderings r WHERE r.quote_id = ANY (CAST(:ids AS text[]))
                          UNION
                            SELECT reach.root, r.other_quote_id, LEAST(reach.similarity, r.similarity), reach.depth + 1
                            FROM reach JOIN quote_renderings r ON r.quote_id = reach.id
                            WHERE reach.depth < :hops AND r.other_quote_id <> reach.root
                        ), best AS (
                            SELECT root, id, max(similarity) AS similarity FROM reach GROUP BY root, id
                        )
                        SELECT best.root, oq.text, first.article_id, a.story_id, best.similarity
                        FROM best
                        JOIN quotes oq ON oq.id = best.id
                        JOIN LATERAL (SELECT o.article_id FROM quote_occurrences o WHERE o.quote_id = oq.id
                                      ORDER BY o.article_id LIMIT 1) first ON true
                        JOIN articles a ON a.id = first.article_id
                        ORDER BY best.root, best.similarity DESC, oq.id""")
                .setParameter("ids", ids.toArray(String[]::new))
                .setParameter("hops", RENDERING_HOPS)
                .getResultList();
        for (Object[] row : rows) {
            out.computeIfAbsent(Columns.text(row[0]), k -> new ArrayList<>()).add(new Views.Rendering(
                    Columns.text(row[1]), Columns.text(row[2]), Columns.text(row[3]), ((Number) row[4]).doubleValue()));
        }
        return out;
    }

    public Views.Page<Views.Speaker> speakers(String q, Integer limit) {
        int n = PageSize.of(limit);
        StringBuilder sql = new StringBuilder("""
                SELECT s.id, s.name, s.names, (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quotes
                FROM speakers s WHERE true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            sql.append(" AND (s.name ILIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM unnest(s.names) f WHERE f ILIKE :like ESCAPE '\\'))");
            params.put("like", "%" + escapeLike(q.strip()) + "%");
        }
        sql.append(" ORDER BY quotes DESC, s.name, s.id LIMIT :n");
        params.put("n", n);
        return reads.read(s -> {
            NativeQuery<Object[]> query = reads.sql(s, sql.toString());
            params.forEach(query::setParameter);
            List<Views.Speaker> out = query.getResultList().stream().map(row -> new Views.Speaker(Columns.text(row[0]),
                    Columns.text(row[1]), Columns.strings(row[2]), Columns.number(row[3]))).toList();
            return new Views.Page<>(out, null);
        });
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
