package io.wirecopy.store.repository;

import io.wirecopy.store.service.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * {@code GET /articles/{id}/versions}: an article's versions, newest first (when the article says the text last
 * changed: modified, else published; else when it was seen; then the content hash), paged by a keyset cursor. An article that never changed lists its
 * one version; an unknown article is empty.
 */
public class VersionListing {

    private final Reads reads;

    public VersionListing(Reads reads) {
        this.reads = reads;
    }

    public Optional<Views.Page<Views.ArticleVersion>> versions(String articleId, Integer limit, String cursor) {
        int n = PageSize.of(limit);
        Cursors.VersionCursor after = cursor == null || cursor.isBlank() ? null : Cursors.version(cursor);
        return reads.read(s -> {
            String sql = """
                    WITH a AS (SELECT id, content_hash FROM articles WHERE id = :id),
                    v AS (
                        SELECT content_hash, title, modified_at, seen_at, revision, similarity, text, ordered_at
                        FROM article_versions WHERE article_id = :id
                      UNION ALL
                        SELECT content_hash, title, modified_at, decided_at, NULL, NULL, text,
                               coalesce(modified_at, published_at, decided_at)
                        FROM articles WHERE id = :id AND NOT EXISTS (SELECT 1 FROM article_versions WHERE article_id = :id))
                    SELECT v.content_hash, v.title, v.modified_at, v.seen_at, v.revision, v.similarity, v.text,
                           v.content_hash = a.content_hash AS shown, v.ordered_at
                    FROM v CROSS JOIN a
                    """ + (after == null ? "" : "WHERE (v.ordered_at, v.content_hash) < (:at, :hash)\n")
                    + "ORDER BY v.ordered_at DESC, v.content_hash DESC LIMIT :n";
            NativeQuery<Object[]> q = reads.sql(s, sql).setParameter("id", articleId).setParameter("n", n + 1);
            if (after != null) {
                q.setParameter("at", after.at()).setParameter("hash", after.contentHash());
            }
            List<Object[]> rows = q.getResultList();
            if (rows.isEmpty() && reads.sql(s, "SELECT count(*) FROM articles WHERE id = :id", Long.class)
                    .setParameter("id", articleId).getSingleResult() == 0) {
                return Optional.empty();
            }
            List<Views.ArticleVersion> items = new ArrayList<>();
            List<java.time.OffsetDateTime> times = new ArrayList<>();
            for (Object[] r : rows) {
                items.add(new Views.ArticleVersion(Columns.text(r[0]), Columns.text(r[1]), Columns.time(r[2]),
                        Columns.time(r[3]), Columns.text(r[4]), r[5] == null ? null : ((Number) r[5]).doubleValue(),
                        Boolean.TRUE.equals(r[7]), Columns.text(r[6])));
                times.add(Columns.time(r[8]));
            }
            boolean more = items.size() > n;
            List<Views.ArticleVersion> page = more ? items.subList(0, n) : items;
            String next = more ? Cursors.encode(new Cursors.VersionCursor(times.get(n - 1), page.get(n - 1).contentHash()))
                    : null;
            return Optional.of(new Views.Page<>(List.copyOf(page), next));
        });
    }
}
