package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.store.entity.ReuseColumn;
import org.hibernate.StatelessSession;

/**
 * Writes a new version of an article ({@link ArticleRevised}): the article's first version is copied into
 * {@code article_versions} when a second arrives, the new one is added beside it, and the article row shows the
 * new one when dedupe decided it is the latest: its text, title, reuse and passages (replaced), and its quotes
 * (added to those of earlier versions). Beyond {@code max} versions the oldest are deleted, never the one
 * shown, and counted on the article. An event for an article the store does not have is refused by the foreign key
 * (and dead-lettered).
 */
final class VersionWriter {

    private VersionWriter() {
    }

    /** @return whether the article row now shows this version (its story's fields are derived again) */
    static boolean write(StatelessSession s, ArticleRevised r, int max) {
        var a = r.article();
        NativeChanges.of(s, "article_versions", """
                        INSERT INTO article_versions (article_id, content_hash, title, text, modified_at, seen_at, ordered_at)
                        SELECT id, content_hash, title, text, modified_at, decided_at,
                               coalesce(modified_at, published_at, decided_at) FROM articles WHERE id = :id
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", a.id()).executeUpdate();
        NativeChanges.of(s, "article_versions", """
                        INSERT INTO article_versions (article_id, content_hash, title, text, modified_at, seen_at, revision,
                                                      similarity, ordered_at)
                        VALUES (:id, :hash, :title, :text, :modified, :seen, :revision, :similarity, :ordered)
                        ON CONFLICT DO NOTHING""")
                .setParameter("ordered", a.modifiedAt() != null ? a.modifiedAt()
                        : a.publishedAt() != null ? a.publishedAt() : r.seenAt())
                .setParameter("id", a.id()).setParameter("hash", a.contentHash()).setParameter("title", a.title())
                .setParameter("text", a.text()).setParameter("modified", a.modifiedAt(), java.time.OffsetDateTime.class)
                .setParameter("seen", r.seenAt()).setParameter("revision", r.revision().name())
                .setParameter("similarity", r.similarity()).executeUpdate();
        if (r.latest()) {
            NativeChanges.of(s, "articles", """
                            UPDATE articles SET title = :title, text = :text, content_hash = :hash, modified_at = :modified,
                                   updated_at = :seen, revision = :revision, reuse_share = :share,
                                   reuse = CAST(:reuse AS jsonb) WHERE id = :id""")
                    .setParameter("id", a.id()).setParameter("hash", a.contentHash()).setParameter("title", a.title())
                    .setParameter("text", a.text()).setParameter("modified", a.modifiedAt(), java.time.OffsetDateTime.class)
                    .setParameter("seen", r.seenAt()).setParameter("revision", r.revision().name())
                    .setParameter("share", r.reuse().share()).setParameter("reuse", ReuseColumn.write(r.reuse()))
                    .executeUpdate();
            // what the text shares follows the version shown; the quotes of earlier versions stay the article's
            PassageWriter.replace(s, a.id(), r.passages());
            QuoteWriter.write(s, a.id(), r.quotes(), r.occurredAt());
        }
        // the oldest beyond the cap go, never the version shown; the article counts what it keeps and what went
        NativeChanges.of(s, "article_versions", """
                        WITH ranked AS (
                            SELECT v.content_hash, row_number() OVER (ORDER BY v.ordered_at DESC, v.content_hash DESC) AS n
                            FROM article_versions v JOIN articles a ON a.id = v.article_id
                            WHERE v.article_id = :id AND v.content_hash <> a.content_hash),
                        dropped AS (
                            DELETE FROM article_versions WHERE article_id = :id
                            AND content_hash IN (SELECT content_hash FROM ranked WHERE n >= :max) RETURNING 1)
                        UPDATE articles SET versions_dropped = versions_dropped + (SELECT count(*) FROM dropped),
                               version_count = (SELECT count(*) FROM article_versions WHERE article_id = :id)
                                             - (SELECT count(*) FROM dropped)
                        WHERE id = :id""")
                .addSynchronizedQuerySpace("articles")
                .setParameter("id", a.id()).setParameter("max", max).executeUpdate();
        return r.latest();
    }
}
