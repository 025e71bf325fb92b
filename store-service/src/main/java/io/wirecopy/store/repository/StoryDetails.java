package io.wirecopy.store.repository;

import io.wirecopy.shared.event.Reuse;
import io.wirecopy.store.entity.ArticleEntity;
import io.wirecopy.store.entity.StoryEntity;
import io.wirecopy.store.entity.ReuseColumn;
import io.wirecopy.store.service.Views;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StatelessSession;

/**
 * One story ({@code GET /stories/{id}}: its canonical text, its articles with their relation to it and their
 * reuse, its shared passages), one article ({@code GET /articles/{id}}), and what the story page adds: where
 * its text carries passages of other stories, and those stories' titles. HQL over the entities, but for the
 * highlights (an array aggregate).
 */
public class StoryDetails {

    /** What a story id leads to: the story, or the story it was merged into. */
    public sealed interface StoryLookup {
    }

    public record Found(Views.StoryDetail story) implements StoryLookup {
    }

    /** The id was merged into another story: its survivor. */
    public record Moved(String survivorId) implements StoryLookup {
    }

    /** Where an article carries passages shared with other stories: char ranges and those stories' ids and titles. */
    public record Highlight(int fromChar, int toChar, List<String> storyIds, List<String> storyTitles) {
    }

    private final Reads reads;
    private final PassageListing passages;

    public StoryDetails(Reads reads, PassageListing passages) {
        this.reads = reads;
        this.passages = passages;
    }

    /** The story, or where it moved if it was merged into another; empty if unknown. */
    public Optional<StoryLookup> story(String id) {
        return reads.read(s -> {
            String resolved = StoryAliases.resolve(s, id);
            StoryEntity story = reads.hql(s, "from StoryEntity where id = :id and articleCount > 0", StoryEntity.class)
                    .setParameter("id", resolved).getSingleResultOrNull();
            if (story == null) {
                return Optional.empty();
            }
            if (!resolved.equals(id)) {
                return Optional.of(new Moved(resolved));
            }
            // every article's row but its text, and the canonical text alone: a story of hundreds of copies (each up to
            // 500,000 characters) is not read whole for a page that shows one text
            List<Member> articles = reads.hql(s, """
                            select a.id, a.url, a.source, a.title, a.publishedAt, a.contentHash, a.similarity, a.reuse, a.updatedAt
                            from ArticleEntity a where a.storyId = :id
                            order by case when a.id = :canonical then 0 else 1 end, a.publishedAt asc nulls last, a.id""",
                            Member.class)
                    .setParameter("id", id).setParameter("canonical", story.canonicalArticleId).getResultList();
            String text = reads.hql(s, "select a.text from ArticleEntity a where a.id = :id", String.class)
                    .setParameter("id", story.canonicalArticleId).getSingleResultOrNull();
            String canonicalHash = articles.stream().filter(a -> a.id().equals(story.canonicalArticleId))
                    .map(Member::contentHash).findFirst().orElse(null);
            List<Views.Reuse> reuses = reuseViews(s, articles.stream().map(a -> ReuseColumn.read(a.reuse())).toList());
            List<Views.StoryMember> members = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Member a = articles.get(i);
                String relation = relation(a.id().equals(story.canonicalArticleId), a.contentHash().equals(canonicalHash));
                members.add(new Views.StoryMember(a.id(), a.url(), a.source(), a.title(), Columns.time(a.publishedAt()), relation,
                        relation.equals("NEAR") ? a.similarity() : 1.0, reuses.get(i), Columns.time(a.updatedAt())));
            }
            return Optional.of(new Found(new Views.StoryDetail(id, story.title, story.canonicalArticleId, text, members,
                    passages.sharedBy(s, id))));
        });
    }

    /** What a story's page shows of each of its articles: its row without the text. */
    record Member(String id, String url, String source, String title, java.time.OffsetDateTime publishedAt,
            String contentHash, double similarity, String reuse, java.time.OffsetDateTime updatedAt) {
    }

    public Optional<Views.ArticleView> article(String id) {
        return reads.read(s -> {
            Object[] row = reads.hql(s, """
                            select a, s.canonicalArticleId,
                                   (select c.contentHash from ArticleEntity c where c.id = s.canonicalArticleId)
                            from ArticleEntity a join StoryEntity s on s.id = a.storyId where a.id = :id""", Object[].class)
                    .setParameter("id", id).getSingleResultOrNull();
            if (row == null) {
                return Optional.empty();
            }
            ArticleEntity a = (ArticleEntity) row[0];
            String relation = relation(id.equals(row[1]), a.contentHash.equals(row[2]));
            return Optional.of(new Views.ArticleView(id, a.storyId, a.url, a.source, a.title, a.byline, Columns.time(a.publishedAt),
                    relation, relation.equals("NEAR") ? a.similarity : 1.0, a.text,
                    reuseViews(s, List.of(ReuseColumn.read(a.reuse))).get(0), a.versionCount, Columns.time(a.updatedAt),
                    Columns.time(a.modifiedAt)));
        });
    }

    /** The titles of these stories (the id when a story has none), by id, in the order given. */
    public Map<String, String> titles(Collection<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, id));
        if (ids.isEmpty()) {
            return out;
        }
        reads.read(s -> reads.hql(s, "select id, title from StoryEntity where id in :ids and title is not null", Object[].class)
                .setParameter("ids", ids).getResultList())
                .forEach(row -> out.put((String) row[0], (String) row[1]));
        return out;
    }

    public List<Highlight> highlights(String articleId, String storyId) {
        return reads.read(s -> reads.sql(s, """
                        SELECT o.from_char, o.to_char,
                               array_agg(DISTINCT s.id ORDER BY s.id) AS story_ids,
                               array_agg(coalesce(s.title, s.id) ORDER BY s.id) AS titles
                        FROM passage_occurrences o
                        JOIN passage_occurrences o2 ON o2.group_id = o.group_id
                        JOIN articles a2 ON a2.id = o2.article_id
                        JOIN stories s ON s.id = a2.story_id
                        WHERE o.article_id = :article AND a2.story_id <> :story
                        GROUP BY o.from_char, o.to_char
                        ORDER BY o.from_char""")
                .setParameter("article", articleId).setParameter("story", storyId).getResultList().stream()
                .map(row -> new Highlight((int) Columns.number(row[0]), (int) Columns.number(row[1]),
                        Columns.strings(row[2]), Columns.strings(row[3]).stream().distinct().toList()))
                .toList());
    }

    /** What the store has of a reuse source article. */
    private record Stored(String storyId, OffsetDateTime publishedAt, String title) {
    }

    /**
     * The reuse of articles as the API shows it: each source article's story as it is now (stories merge
     * after the decision), its publication time and title, read for all of them in one query.
     */
    private List<Views.Reuse> reuseViews(StatelessSession s, List<Reuse> reuses) {
        List<String> ids = reuses.stream().flatMap(r -> r.sources().stream()).map(Reuse.Source::articleId).distinct().toList();
        Map<String, Stored> known = new HashMap<>();
        if (!ids.isEmpty()) {
            reads.hql(s, "select id, storyId, publishedAt, title from ArticleEntity where id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> known.put((String) row[0],
                            new Stored((String) row[1], Columns.time(row[2]), (String) row[3])));
        }
        List<Views.Reuse> out = new ArrayList<>();
        for (Reuse r : reuses) {
            List<Views.ReuseSource> sources = new ArrayList<>();
            for (Reuse.Source source : r.sources()) {
                Stored k = known.get(source.articleId());
                // a stored article's story_id follows merges (the applier moves it); one not stored yet keeps the decision's
                String story = k == null ? StoryAliases.resolve(s, source.storyId()) : k.storyId();
                sources.add(new Views.ReuseSource(source.articleId(), story, source.source(), source.share(),
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
}
