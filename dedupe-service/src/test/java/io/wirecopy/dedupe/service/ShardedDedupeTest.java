package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dedupe split over key shards decides as one engine: for 1, 2, 3, 8 and 64 shards, under random schedules (which
 * shard reads next, in which order answers reach the spine, requests read again as after a crash), every decision's
 * events are the same as one engine's, byte for byte. The corpus has near and exact copies, briefs, lifted quotes,
 * re-sent articles and new versions of articles. {@code bench/run shards} runs it at full size.
 */
class ShardedDedupeTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    static final int SCHEDULES = 12;

    @Test
    void decisionsOnAnyNumberOfShardsUnderAnyScheduleAreOneEnginesDecisions() {
        DedupeConfig config = StandaloneConfig.defaults();
        List<Article> articles = corpus(5);
        List<String> one = ShardSimulation.oneEngine(articles, config, AT);
        assertThat(one).anyMatch(d -> d.startsWith("NEAR")).anyMatch(d -> d.startsWith("EXACT"))
                .anyMatch(d -> d.startsWith("RESENT")).anyMatch(d -> d.startsWith("REVISED"));
        int replayed = 0;
        for (int shards : new int[] {1, 2, 3, 8, 64}) {
            for (int s = 0; s < SCHEDULES; s++) {
                ShardSimulation.Result r = ShardSimulation.run(articles, config, AT, shards, new Random(shards * 1000L + s), 0.05);
                assertThat(firstDifference(r.decisions(), one)).as("%d shards, schedule %d", shards, s).isEqualTo(-1);
                replayed += r.answersReplayed();
            }
        }
        assertThat(replayed).as("requests read again").isGreaterThan(100);
    }

    static List<Article> corpus(long seed) {
        return ShardSimulation.withResentAndRevised(
                WireCorpus.generate(seed).articles().stream().map(LabelledArticle::article).toList(), AT);
    }

    static int firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
