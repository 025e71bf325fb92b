package io.wirecopy.testing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WireCorpusTest {

    /** The labelled corpus of seeds 1-5 byte for byte: the quality numbers in the README depend on it. */
    @Test
    void bundledCorpusIsTheSameAsEver() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int articles = 0;
        for (long seed = 1; seed <= 5; seed++) {
            for (LabelledArticle a : WireCorpus.generate(seed).articles()) {
                sha.update(a.toString().getBytes(StandardCharsets.UTF_8));
                articles++;
            }
        }
        assertThat(articles).isEqualTo(1086);
        assertThat(HexFormat.of().formatHex(sha.digest()))
                // f6a1b598… before Article printed its modifiedAt (null here): the same texts and labels, checked
                .isEqualTo("1571cdacbf4a87f9a143849ded88623ab891ebc7e53520cedb03785b3d41f530");
    }

    @Test
    void syntheticStoriesAreDeterministicDistinctAndQuoteable() {
        List<BaseStory> stories = SyntheticStories.generate(3, 500);
        assertThat(SyntheticStories.generate(3, 500)).isEqualTo(stories);
        assertThat(stories.stream().map(BaseStory::id).distinct().count()).isEqualTo(500);
        assertThat(stories.get(0).id()).isEqualTo("syn-0");
        double words = stories.stream().mapToInt(s -> TextNormalizer.tokens(String.join(" ", s.paragraphs())).size())
                .average().orElseThrow();
        assertThat(words).isBetween(200.0, 450.0);
        long quoted = stories.stream().filter(s -> !s.quotes().isEmpty()).count();
        assertThat(quoted).isGreaterThan(400);
        assertThat(stories.stream().map(BaseStory::topic).distinct().count()).isEqualTo(500 / 12);
        // different stories do not share their opening sentence
        Set<String> openings = new HashSet<>();
        stories.forEach(s -> openings.add(s.paragraphs().get(0)));
        assertThat(openings).hasSize(500);
    }

    /** A large corpus streams in publication order and every lifted quote is located in its copy. */
    @Test
    void largeCorporaStreamInOrderWithTheirQuotesLocated() {
        List<BaseStory> stories = SyntheticStories.generate(11, 3_000);
        Iterator<LabelledArticle> it = WireCorpus.stream(5, WireCorpus.Options.defaults().withStoryEvery(Duration.ofMinutes(2)),
                stories);
        List<LabelledArticle> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        assertThat(all).hasSizeBetween(3_000 * 3, 3_000 * 9);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).article().publishedAt()).isAfterOrEqualTo(all.get(i - 1).article().publishedAt());
        }
        int lifts = 0;
        for (LabelledArticle a : all) {
            for (String v : a.variations()) {
                if (v.startsWith("lift:") && !a.variations().contains("house-style") && !a.variations().contains("typos:3")) {
                    // (house style may write a number of the quote otherwise: "1,200" as "1200", "percent" as "%";
                    // three typos may all fall in the quote, one more than the location allows)
                    lifts++;
                    assertThat(a.quotes()).containsKey(v.substring(5));
                }
            }
        }
        assertThat(lifts).isGreaterThan(1_000);
        assertThat(all.stream().map(LabelledArticle::id).distinct().count()).isEqualTo(all.size());
    }

    /** The segments add up to the text, and the new kinds of copy are there: briefs, snaps, pages without URL or source. */
    @Test
    void segmentsCoverTheTextAndReuseTruthFollowsTheirOrigins() {
        WireCorpus corpus = WireCorpus.generate(1);
        Map<String, Long> kinds = new java.util.TreeMap<>();
        for (LabelledArticle a : corpus.articles()) {
            assertThat(a.segments().stream().mapToInt(LabelledArticle.Segment::words).sum())
                    .as(a.id()).isEqualTo(TextNormalizer.tokens(a.article().text()).size());
            a.variations().forEach(v -> kinds.merge(v.replaceFirst(":.*", ""), 1L, Long::sum));
            if (a.variations().contains("no-source")) {
                assertThat(a.article().url()).isNull();
                assertThat(a.article().source()).isEqualTo("unknown");
            }
        }
        assertThat(kinds).containsKeys("brief", "snap", "no-source", "no-url", "house-style", "ratio", "rewrite");
        Map<String, Double> truth = ReuseTruth.shares(corpus.articles());
        for (LabelledArticle a : corpus.articles()) {
            if (a.variations().contains("original") || a.variations().contains("snap")) {
                // nothing of the agency's own text is reused, only its quotes that a copy lifted before it came out
                int words = a.segments().stream().mapToInt(LabelledArticle.Segment::words).sum();
                int quoted = a.segments().stream().flatMap(g -> g.carries().entrySet().stream())
                        .filter(e -> e.getKey().startsWith("quote:")).mapToInt(Map.Entry::getValue).sum();
                assertThat(truth.get(a.id())).as("the agency's own %s", a.variations())
                        .isLessThanOrEqualTo((double) quoted / words);
            }
            if (a.variations().contains("rewrite")) {
                assertThat(a.story()).startsWith(Scores.family(a.story()) + "~rewrite-");
                assertThat(truth.get(a.id())).as("a rewrite keeps some sentences and the quotes").isBetween(0.05, 0.9);
            }
            if (a.variations().contains("brief") && !a.variations().contains("chrome")) {
                assertThat(truth.get(a.id())).as("a brief is all wire copy").isEqualTo(1.0);
            }
        }
    }
}
