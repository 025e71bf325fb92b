package io.wirecopy.store.service;

import java.time.OffsetDateTime;
import org.hibernate.StatelessSession;

/** What the write side does to stories: create one once, fold one into another, derive one from its articles. */
final class StoryWrites {

    private StoryWrites() {
    }

    /** The story row, created at {@code at} unless it exists. */
    static void ensure(StatelessSession s, String storyId, OffsetDateTime at) {
        NativeChanges.of(s, "stories",
                        "INSERT INTO stories (id, created_at, updated_at) VALUES (:id, :at, :at) ON CONFLICT (id) DO NOTHING")
                .setParameter("id", storyId)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** The merged story's articles move to the survivor, and every id that answered for it now answers for the survivor. */
    static void fold(StatelessSession s, String merged, String survivor) {
        s.createMutationQuery("update ArticleEntity set storyId = :survivor where storyId = :merged")
                .setParameter("survivor", survivor).setParameter("merged", merged).executeUpdate();
        s.createMutationQuery("update StoryEntity set mergedInto = :survivor where mergedInto = :merged")
                .setParameter("survivor", survivor).setParameter("merged", merged).executeUpdate();
        s.createMutationQuery("update StoryEntity set mergedInto = :survivor where id = :merged")
                .setParameter("survivor", survivor).setParameter("merged", merged).executeUpdate();
    }

    /**
     * Derives the story's canonical article, title, count and first publication from its articles, in one
     * statement (a lateral join picks the canonical article). The ORDER BY is
     * {@link io.wirecopy.shared.event.Article#CANONICAL_FIRST}.
     */
    static void derive(StatelessSession s, String storyId, OffsetDateTime at) {
        NativeChanges.of(s, "stories", """
                        UPDATE stories s SET
                            canonical_article_id = canon.id,
                            title = canon.title,
                            article_count = agg.n,
                            first_published_at = agg.first_published,
                            updated_at = greatest(s.updated_at, :at)
                        FROM (SELECT count(*) AS n, min(published_at) AS first_published FROM articles WHERE story_id = :id) agg
                        LEFT JOIN LATERAL (
                            SELECT id, title FROM articles WHERE story_id = :id
                            ORDER BY length(text) DESC, published_at ASC NULLS LAST, id ASC LIMIT 1) canon ON true
                        WHERE s.id = :id""")
                .setParameter("at", at)
                .setParameter("id", storyId)
                .executeUpdate();
    }
}
