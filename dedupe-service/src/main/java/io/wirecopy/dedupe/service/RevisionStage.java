package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.similarity.SetSimilarity;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleRevised;

/**
 * A new version of an article decided before (the seen stage found its id, with another text): which version is
 * now the latest, and how much it changed. The latest is the newest by when the article says its text last changed
 * (its modification time, else its publication time), else by when dedupe first saw it, then by content hash
 * ({@link ArticleVersions#NEWEST_FIRST}), so the same versions give the same latest one in any order of arrival and an older version arriving late is kept, not shown. A version
 * whose text's word shingles are at least {@code wirecopy.dedupe.versions.correction} Jaccard-similar to the latest
 * one before it is a correction, else a rewrite. The article stays in its story either way: a version never moves
 * it, never merges stories (a live page that grows to quote two wire stories bridges nothing), and its text is not
 * indexed for matching (the first version's is). For the latest version, the stages that
 * {@link Stage#appliesToVersions apply to versions} then find again what the new text shares (its copies in its
 * own story, passages with other stories, reuse, quotes). A version dedupe already knows is a re-send.
 */
final class RevisionStage implements Stage {

    private final ArticleIndex index;
    private final StoryTable stories;
    private final DedupeState.Table<ArticleVersions> versions;
    private final DedupeConfig.Versions config;

    RevisionStage(ArticleIndex index, StoryTable stories, DedupeState.Table<ArticleVersions> versions,
            DedupeConfig.Versions config) {
        this.index = index;
        this.stories = stories;
        this.versions = versions;
        this.config = config;
    }

    @Override
    public void apply(DecisionDraft draft) {
        KnownArticle known = draft.seenBefore;
        if (known == null || draft.outcome != null) {
            return;
        }
        ArticleVersions before = remembered(known);
        if (before.has(draft.article.contentHash())) {
            draft.outcome = DedupeEngine.Outcome.RESENT; // an older version sent again
            return;
        }
        Article article = draft.article;
        ArticleVersions.Version version = new ArticleVersions.Version(article.contentHash(),
                ArticleVersions.Version.changedAt(article), draft.seenAtMillis);
        ArticleVersions after = before.with(version, article.text(), config.max());
        versions.put(article.id(), after);
        boolean latest = after.latest() == version;
        long[] previous = before.latestText() != null ? index.features(before.latestText()).shingles()
                : index.featuresOf(known).shingles(); // the latest is still the first version, whose text is the record's
        double similarity = SetSimilarity.jaccard(draft.features().shingles(), previous);
        ArticleRevised.Revision revision = similarity >= config.correction() ? ArticleRevised.Revision.CORRECTION
                : ArticleRevised.Revision.REWRITE;
        draft.storyId = stories.resolve(known.storyId());
        draft.revised = ArticleRevised.of(article, draft.storyId, before.latest().contentHash(),
                latest, revision, Math.round(similarity * 10_000) / 10_000.0, draft.now, draft.now);
        draft.forgottenVersions = after.forgotten() - before.forgotten();
        draft.outcome = DedupeEngine.Outcome.REVISED;
    }

    /** What is known of the article's versions: its entry, else its first version alone. */
    private ArticleVersions remembered(KnownArticle known) {
        ArticleVersions stored = versions.get(known.id());
        return stored != null ? stored : new ArticleVersions(java.util.List.of(ArticleVersions.Version.first(known)), null, 0);
    }
}
