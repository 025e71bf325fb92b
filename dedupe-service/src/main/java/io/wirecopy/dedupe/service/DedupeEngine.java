package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.similarity.PassageAligner;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, for each article, where it belongs and what it shares, by running its {@link Stage}s in
 * order: {@link SeenStage seen}, {@link ExactStage exact}, {@link NearStage near},
 * {@link ContainmentStage containment}, {@link StoryStage story}, {@link PassageStage passages},
 * {@link ReuseStage reuse}. Then it remembers the article and, unless it is an exact copy, indexes it.
 */
public final class DedupeEngine {

    /**
     * What became of one article: the events to emit (none for a re-sent article), the earlier articles
     * proposed as its copies, and counts for metrics.
     */
    public record Decision(List<DedupeEvent> events, Outcome outcome, Set<String> candidates, int passages, int merges) {
    }

    public enum Outcome {
        NEW, EXACT, NEAR, RESENT, CHANGED_RESENT
    }

    private final DedupeState state;
    private final ArticleIndex index;
    private final List<Stage> stages;

    public DedupeEngine(DedupeState state, DedupeConfig config) {
        this.state = state.withReadCaches();
        this.index = new ArticleIndex(this.state, config);
        StoryTable stories = new StoryTable(this.state.stories());
        CopyVerifier verifier = new CopyVerifier(this.state, stories, config.near());
        DedupeConfig.Passages p = config.passages();
        PassageAligner aligner = new PassageAligner(new PassageAligner.Settings(p.seedWords(), p.maxGap(),
                p.anchorWords(), p.minWords()));
        this.stages = List.of(
                new SeenStage(this.state),
                new ExactStage(this.state, stories),
                new NearStage(index, verifier, config.near()),
                new ContainmentStage(index, verifier, config.containment()),
                new StoryStage(stories),
                new PassageStage(this.state, stories, aligner, p),
                new ReuseStage(this.state, aligner, config));
    }

    public Decision decide(ArticleIngested ingested, OffsetDateTime now) {
        state.forgetReads();
        Article article = ingested.article();
        DecisionDraft draft = new DecisionDraft(article, now, index);
        for (Stage stage : stages) {
            stage.apply(draft);
            if (draft.settled()) {
                break;
            }
        }
        if (draft.outcome == Outcome.RESENT || draft.outcome == Outcome.CHANGED_RESENT) {
            return new Decision(List.of(), draft.outcome, Set.of(), 0, 0);
        }
        List<DedupeEvent> events = new ArrayList<>();
        events.add(switch (draft.outcome) {
            case EXACT -> ArticleDeduplicated.of(article, draft.storyId, Relation.EXACT, draft.exactOf, 1.0, List.of(),
                    draft.reuse, now);
            case NEW -> ArticleDeduplicated.of(article, draft.storyId, Relation.NEW, null, 1.0, draft.passages,
                    draft.reuse, now);
            default -> ArticleDeduplicated.of(article, draft.storyId, Relation.NEAR, draft.best.articleId(),
                    draft.best.jaccard(), draft.passages, draft.reuse, now);
        });
        events.addAll(draft.merges);
        boolean indexed = draft.outcome != Outcome.EXACT;
        String original = draft.best == null ? null : draft.best.articleId();
        index.remember(article, draft.storyId, indexed, draft.seenAtMillis, original, draft.reuse);
        if (indexed) {
            state.exact().put(article.contentHash(), new DedupeState.ExactEntry(draft.storyId, article.id()));
            index.index(article.id(), draft.features(), draft.buckets(), original,
                    original == null ? null : draft.featuresOf(original), draft.seenAtMillis);
        }
        return new Decision(List.copyOf(events), draft.outcome, Set.copyOf(draft.candidates), draft.passages.size(),
                draft.merges.size());
    }

    /**
     * Forgets the articles seen before {@code cutoffMillis}, at most {@code limit} of them: their
     * texts, index entries and exact-copy entries. Returns how many were forgotten.
     */
    public int prune(long cutoffMillis, int limit) {
        state.forgetReads();
        return index.prune(cutoffMillis, limit);
    }
}
