package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.dedupe.similarity.PassageAligner;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, for each article, where it belongs and what it shares, by running its {@link Stage}s in
 * order: {@link SeenStage seen}, {@link RevisionStage revision}, {@link ExactStage exact}, {@link NearStage near},
 * {@link ContainmentStage containment}, {@link KeptStoryStage kept story} (a version's), {@link StoryStage story}, {@link PassageStage passages},
 * {@link ReuseStage reuse}, {@link QuoteStage quotes}. Then it remembers the article and, unless it is an exact
 * copy, indexes it. Renderings of its quotes are decided after it, in their own step ({@link RenderingEngine}).
 */
public final class DedupeEngine {

    /**
     * What became of one article: the events to emit (none for a re-sent article), the earlier articles
     * proposed as its copies, and counts for metrics (old versions forgotten beyond the cap among them).
     */
    public record Decision(List<DedupeEvent> events, Outcome outcome, Set<String> candidates, int passages, int merges,
            int forgottenVersions) {
        public Decision(List<DedupeEvent> events, Outcome outcome, Set<String> candidates, int passages, int merges) {
            this(events, outcome, candidates, passages, merges, 0);
        }
    }

    /** NEW, EXACT and NEAR are first decisions; RESENT a version known already; REVISED a new version. */
    public enum Outcome {
        NEW, EXACT, NEAR, RESENT, REVISED
    }

    private final ArticleIndex index;
    private final StoryTable stories;
    private final DedupeState.Table<ArticleVersions> versions;
    private final QuoteIndex quotes;
    private final List<Stage> stages;

    /** An engine over the durable tables; the in-memory index is rebuilt from them here. */
    public DedupeEngine(DedupeState state, DedupeConfig config) {
        this(state, config, true);
    }

    /**
     * With {@code postsKeys} false, the spine of a sharded dedupe: it posts no keys, and each decision is given what
     * the {@link KeyShard}s answered for its article ({@link #decide(ArticleIngested, OffsetDateTime, KeyLookup)}).
     */
    /** The spine's engine of a sharded dedupe ({@link Spine}): decides from the key shards' answers, posts no keys. */
    public static DedupeEngine withoutPostings(DedupeState state, DedupeConfig config) {
        return new DedupeEngine(state, config, false);
    }

    DedupeEngine(DedupeState state, DedupeConfig config, boolean postsKeys) {
        this.index = new ArticleIndex(state.articles(), config, postsKeys);
        this.quotes = new QuoteIndex(state.quotes(), config.quotes());
        this.stories = new StoryTable(state.stories());
        this.versions = state.versions();
        CopyVerifier verifier = new CopyVerifier(index, stories, config.near());
        DedupeConfig.Passages p = config.passages();
        PassageAligner aligner = new PassageAligner(new PassageAligner.Settings(p.seedWords(), p.maxGap(),
                p.anchorWords(), p.minWords()));
        this.stages = List.of(
                new SeenStage(index),
                new RevisionStage(index, stories, versions, config.versions()),
                new ExactStage(index, stories),
                new NearStage(index, verifier, config.near()),
                new ContainmentStage(verifier, config.containment()),
                new KeptStoryStage(stories),
                new StoryStage(stories),
                new PassageStage(stories, aligner, p),
                new ReuseStage(index, aligner, config),
                new QuoteStage(quotes, config.quotes()));
    }

    public Decision decide(ArticleIngested ingested, OffsetDateTime now) {
        return decide(ingested, now, null);
    }

    /** A decision that reads {@code answers} for its article's keys (null: the engine's own postings). */
    Decision decide(ArticleIngested ingested, OffsetDateTime now, KeyLookup answers) {
        index.answerWith(answers);
        Article article = ingested.article();
        DecisionDraft draft = new DecisionDraft(article, now, index);
        for (Stage stage : stages) {
            if (draft.outcome == Outcome.RESENT) {
                break;
            }
            boolean applies = draft.outcome == Outcome.REVISED ? draft.revised.latest() && stage.appliesToVersions()
                    : !draft.settled() || stage.appliesToExactCopies();
            if (applies) {
                stage.apply(draft);
            }
        }
        if (draft.outcome == Outcome.RESENT) {
            return new Decision(List.of(), draft.outcome, Set.of(), 0, 0);
        }
        if (draft.outcome == Outcome.REVISED) {
            ArticleRevised revised = draft.revised.latest()
                    ? draft.revised.sharing(draft.passages, draft.reuse, draft.quotes) : draft.revised;
            return new Decision(List.of(revised), draft.outcome, Set.copyOf(draft.candidates), draft.passages.size(), 0,
                    draft.forgottenVersions);
        }
        List<DedupeEvent> events = new ArrayList<>();
        events.add((switch (draft.outcome) {
            case EXACT -> ArticleDeduplicated.of(article, draft.storyId, Relation.EXACT, draft.exactOf, 1.0, List.of(),
                    draft.reuse, now);
            case NEW -> ArticleDeduplicated.of(article, draft.storyId, Relation.NEW, null, 1.0, draft.passages,
                    draft.reuse, now);
            default -> ArticleDeduplicated.of(article, draft.storyId, Relation.NEAR, draft.best.articleId(),
                    draft.best.jaccard(), draft.passages, draft.reuse, now);
        }).withQuotes(draft.quotes));
        events.addAll(draft.merges);
        boolean indexed = draft.outcome != Outcome.EXACT;
        String original = draft.best == null ? null : draft.best.articleId();
        index.add(article, draft.storyId, indexed, draft.seenAtMillis, original, draft.reuse, draft.features(),
                indexed ? draft.buckets() : null);
        return new Decision(List.copyOf(events), draft.outcome, Set.copyOf(draft.candidates), draft.passages.size(),
                draft.merges.size());
    }

    /**
     * Forgets the articles seen before {@code cutoffMillis}, at most {@code limit} of them: their
     * texts, index entries and exact-copy entries. Returns how many were forgotten.
     */
    public int prune(long cutoffMillis, int limit) {
        return index.prune(cutoffMillis, limit, versions::delete);
    }

    /** Forgets the quotes first seen before {@code cutoffMillis}, at most {@code limit}; returns how many. */
    public int pruneQuotes(long cutoffMillis, int limit) {
        return quotes.prune(cutoffMillis, limit);
    }

    /**
     * How much the engine holds: articles and stories remembered, keys in its in-memory index (buckets,
     * fingerprints, copy lists, texts), the feature cache's hits and misses so far, quotes and speakers
     * remembered.
     */
    public record Size(int articles, int stories, long indexKeys, long cacheHits, long cacheMisses, int quotes,
            int speakers) {
    }

    public Size size() {
        return new Size(index.size(), stories.size(), index.keys(), index.cache().hits(), index.cache().misses(),
                quotes.size(), quotes.speakers().size());
    }
}
