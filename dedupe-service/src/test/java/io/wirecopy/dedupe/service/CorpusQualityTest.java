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
 * The quality targets on the labelled corpus (one seed; {@code bench/run quality} reports
 * several): story F1 at least 0.97 with no false merge, passages of 12 words or more with precision
 * and recall at least 0.95.
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
        WireCorpus corpus = WireCorpus.generate(1);
        assertThat(corpus.articles()).hasSizeGreaterThan(150);
        DecisionFold fold = run(corpus.articles());

        Scores.StoryScore stories = Scores.stories(corpus.articles(), fold.stories());
        assertThat(stories.falseMerges()).as("false merges").containsEntry("any", 0L);
        assertThat(stories.pairwise().f1()).as("story pairs: %s", stories.pairwise()).isGreaterThanOrEqualTo(0.97);

        Scores.Pairwise passages = Scores.passages(corpus.articles(), fold.passages(), 12, corpus.quotes()).pairwise();
        assertThat(passages.actual()).as("quotes lifted across stories").isGreaterThan(20);
        assertThat(passages.precision()).as("passages: %s", passages).isGreaterThanOrEqualTo(0.95);
        assertThat(passages.recall()).as("passages: %s", passages).isGreaterThanOrEqualTo(0.95);
    }
}
