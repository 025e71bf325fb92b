package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.testing.corpus.DecisionFold;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.Scores;
import io.wirecopy.testing.corpus.WireCorpus;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The quality targets on the labelled corpus (seeds 1-3; {@code bench/run quality} reports 1-5 and
 * more): story F1 at least 0.98 with no false merge, passages of 12 words or more with precision and
 * recall at least 0.95, briefs and leads in their story at least 0.95, the reuse degree within 0.1 of
 * the truth for at least 90% of articles.
 */
public class CorpusQualityTest {

    /** The engine with the default configuration over the articles in order, folded. */
    public static DecisionFold run(Iterable<LabelledArticle> articles) {
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
        DecisionFold fold = new DecisionFold();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        for (LabelledArticle a : articles) {
            fold.acceptAll(engine.decide(ArticleIngested.of(a.article(), at), at).events());
        }
        return fold;
    }

    @Test
    void storiesAndPassagesMeetTheTargets() {
        long[] storyPairs = new long[3];
        long[] passagePairs = new long[4];
        long briefs = 0;
        long briefsJoined = 0;
        long reuseClose = 0;
        long articles = 0;
        for (long seed = 1; seed <= 3; seed++) {
            WireCorpus corpus = WireCorpus.generate(seed);
            assertThat(corpus.articles()).hasSizeGreaterThan(150);
            DecisionFold fold = run(corpus.articles());

            Scores.StoryScore stories = Scores.stories(corpus.articles(), fold.stories());
            assertThat(stories.falseMerges()).as("false merges, seed %d", seed).containsEntry("any", 0L);
            storyPairs[0] += stories.pairwise().correct();
            storyPairs[1] += stories.pairwise().predicted();
            storyPairs[2] += stories.pairwise().actual();
            Scores.Pairwise p = Scores.passages(corpus.articles(), fold.passages(), 12, corpus.quotes()).pairwise();
            passagePairs[0] += p.correct();
            passagePairs[1] += p.predicted();
            passagePairs[2] += p.recalled();
            passagePairs[3] += p.actual();

            java.util.Map<String, String> predicted = fold.stories();
            java.util.Map<String, String> originalStory = new java.util.HashMap<>();
            corpus.articles().stream().filter(a -> a.variations().contains("original"))
                    .forEach(a -> originalStory.put(a.story(), predicted.get(a.id())));
            java.util.Map<String, Double> truth = io.wirecopy.testing.corpus.ReuseTruth.shares(corpus.articles());
            for (LabelledArticle a : corpus.articles()) {
                if (a.variations().contains("brief")) {
                    briefs++;
                    briefsJoined += predicted.get(a.id()).equals(originalStory.get(a.story())) ? 1 : 0;
                }
                articles++;
                reuseClose += Math.abs(fold.reuse().getOrDefault(a.id(), 0.0) - truth.get(a.id())) <= 0.1 ? 1 : 0;
            }
        }
        Scores.Pairwise stories = new Scores.Pairwise(storyPairs[0], storyPairs[1], storyPairs[0], storyPairs[2]);
        assertThat(stories.f1()).as("story pairs: %s", stories).isGreaterThanOrEqualTo(0.98);
        Scores.Pairwise passages = new Scores.Pairwise(passagePairs[0], passagePairs[1], passagePairs[2], passagePairs[3]);
        assertThat(passages.actual()).as("quotes lifted across stories").isGreaterThan(60);
        assertThat(passages.precision()).as("passages: %s", passages).isGreaterThanOrEqualTo(0.95);
        assertThat(passages.recall()).as("passages: %s", passages).isGreaterThanOrEqualTo(0.95);
        assertThat(briefs).isGreaterThan(20);
        assertThat((double) briefsJoined / briefs).as("briefs and leads in their story: %d of %d", briefsJoined, briefs)
                .isGreaterThanOrEqualTo(0.95);
        assertThat((double) reuseClose / articles).as("reuse within 0.1 of the truth: %d of %d", reuseClose, articles)
                .isGreaterThanOrEqualTo(0.9);
    }
}
