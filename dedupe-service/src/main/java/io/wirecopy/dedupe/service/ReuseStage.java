package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.dedupe.similarity.PassageAligner;
import io.wirecopy.shared.text.Sources;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reuse degree: the part of the article's words found in passages shared with earlier articles of
 * other sources, and with which. Those are the passages with other stories ({@link PassageStage}) and
 * the passages with its verified copies in its own story (aligned here, the closest
 * {@code passages.max-candidates} first); the words covered by any of them count once. An article
 * that says it was published after this one is no source of it, even when it came in first (the
 * round-up posted before the piece it quotes). What Churnalism showed for press releases, for wire
 * copy, as it streams.
 */
final class ReuseStage implements Stage {

    private final ArticleIndex index;
    private final PassageAligner aligner;
    private final DedupeConfig.Passages passages;
    private final int maxSources;

    ReuseStage(ArticleIndex index, PassageAligner aligner, DedupeConfig config) {
        this.index = index;
        this.aligner = aligner;
        this.passages = config.passages();
        this.maxSources = config.reuse().maxSources();
    }

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        int words = draft.features().size();
        Map<String, BitSet> byArticle = new LinkedHashMap<>();
        Map<String, Origin> about = new LinkedHashMap<>();
        for (Passage p : draft.passages) {
            KnownArticle other = index.known(p.otherArticleId());
            if (other != null && isSource(other, draft)) {
                cover(byArticle, about, p.otherArticleId(), p.otherStoryId(), other.source(), p.span().fromWord(),
                        p.span().toWord());
            }
        }
        draft.copies.stream()
                .sorted(Comparator.comparingDouble(DecisionDraft.Copy::jaccard).reversed()
                        .thenComparing(DecisionDraft.Copy::articleId))
                .limit(passages.maxCandidates())
                .forEach(copy -> {
                    KnownArticle other = index.known(copy.articleId());
                    if (other == null || !isSource(other, draft)) {
                        return;
                    }
                    TextFeatures there = draft.featuresOf(other);
                    for (PassageAligner.Passage p : draft.alignable(aligner).align(there.words(), there.seedGrams())) {
                        cover(byArticle, about, copy.articleId(), draft.storyId, other.source(), p.aStart(), p.aEnd());
                    }
                });
        if (byArticle.isEmpty() || words == 0) {
            draft.reuse = Reuse.NONE;
            return;
        }
        BitSet all = new BitSet(words);
        byArticle.values().forEach(all::or);
        List<Reuse.Source> sources = byArticle.entrySet().stream()
                .map(e -> new Reuse.Source(e.getKey(), about.get(e.getKey()).storyId(), about.get(e.getKey()).source(),
                        share(e.getValue().cardinality(), words)))
                .sorted(Comparator.comparingDouble(Reuse.Source::share).reversed().thenComparing(Reuse.Source::articleId))
                .limit(maxSources)
                .toList();
        draft.reuse = new Reuse(share(all.cardinality(), words), sources);
    }

    /** Another source, and not published after this article (when both say when). */
    private static boolean isSource(KnownArticle other, DecisionDraft draft) {
        return isSource(other, draft.article);
    }

    /** Whether {@code other} can be a source of {@code article}: another source, not published after it (when both say when). */
    static boolean isSource(KnownArticle other, io.wirecopy.shared.event.Article article) {
        var mine = article.publishedAt();
        return !Sources.same(other.source(), article.source())
                && (mine == null || other.publishedAt() == null || !other.publishedAt().isAfter(mine));
    }

    /** An earlier article's story and source. */
    private record Origin(String storyId, String source) {
    }

    private static void cover(Map<String, BitSet> byArticle, Map<String, Origin> about, String id, String storyId,
            String source, int from, int to) {
        byArticle.computeIfAbsent(id, k -> new BitSet()).set(from, to);
        about.putIfAbsent(id, new Origin(storyId, source));
    }

    /** Rounded to four places: a share is shown as a percentage. */
    static double share(int covered, int words) {
        return Math.round(10_000.0 * covered / words) / 10_000.0;
    }
}
