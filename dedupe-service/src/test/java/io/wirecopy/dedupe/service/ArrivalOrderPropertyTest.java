package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.testing.corpus.DecisionFold;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: the stories a corpus produces, and each story's canonical article, do not depend on the
 * order in which its articles arrive. Checked over random permutations of labelled corpora (with
 * near copies, exact copies, bridges and merges, briefs and leads and snaps that only the containment
 * path proposes, heavy rewrites), plus the reversed order.
 */
class ArrivalOrderPropertyTest {

    static final int PERMUTATIONS = 12;

    private int merges;
    private int containmentOnly;

    @Test
    void storiesAndCanonicalArticlesAreTheSameInEveryOrder() {
        for (long corpusSeed : new long[] {3, 4}) {
            WireCorpus corpus = WireCorpus.generate(corpusSeed);
            Map<String, Set<String>> expected = run(corpus.articles());
            assertThat(expected.size()).as("some copies fold").isLessThan(corpus.articles().size() / 2);
            assertThat(corpus.articles()).as("briefs and snaps in the corpus")
                    .anyMatch(a -> a.variations().contains("brief")).anyMatch(a -> a.variations().contains("snap"));

            List<LabelledArticle> reversed = new ArrayList<>(corpus.articles());
            Collections.reverse(reversed);
            assertThat(run(reversed)).as("corpus %d reversed", corpusSeed).isEqualTo(expected);

            Random random = new Random(corpusSeed * 1000);
            for (int p = 0; p < PERMUTATIONS; p++) {
                List<LabelledArticle> shuffled = new ArrayList<>(corpus.articles());
                Collections.shuffle(shuffled, random);
                assertThat(run(shuffled)).as("corpus %d, permutation %d", corpusSeed, p).isEqualTo(expected);
            }
        }
        assertThat(merges).as("orders where a later article bridged two stories").isGreaterThan(0);
        assertThat(containmentOnly).as("copies joined with a Jaccard LSH would not propose (< 0.3)").isGreaterThan(20);
    }

    /** Canonical article id → the ids of its story's articles. */
    private Map<String, Set<String>> run(List<LabelledArticle> articles) {
        DecisionFold fold = CorpusQualityTest.run(articles);
        merges += fold.merges();
        containmentOnly += (int) fold.nearSimilarities().stream().filter(j -> j < 0.3).count();
        return fold.storiesByCanonical();
    }
}
