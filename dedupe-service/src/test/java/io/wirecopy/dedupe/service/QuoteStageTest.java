package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.shared.text.ArticleIds;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quotes through the engine and its renderings through the step after it ({@link RenderingEngine}, fed each decision
 * as the topology feeds it): one id per quote across articles, speakers merged, renderings, switches.
 */
class QuoteStageTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-14T10:00:00Z");

    /**
     * Sentences about cooperating against terrorists point one way, sentences about help another, anything
     * else a third: the test's stand-in for the model, with known cosines.
     */
    static final class TopicEmbedder implements SentenceEmbedder {
        int calls;

        @Override
        public float[] embed(String sentence) {
            calls++;
            String s = sentence.toLowerCase();
            if (s.contains("terror")) {
                return new float[] {0.8f, 0.6f, 0f};
            }
            if (s.contains("help")) {
                return new float[] {0f, 0.6f, 0.8f};
            }
            return new float[] {0f, 0f, 1f};
        }
    }

    final TopicEmbedder embedder = new TopicEmbedder();
    DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
    DedupeState.MapTable<RenderedQuote> renderingTable = new DedupeState.MapTable<>();
    RenderingEngine renderer = new RenderingEngine(renderingTable, StandaloneConfig.defaults().quotes().renderings(), embedder);
    /** The renderings found so far, by quote id. */
    final Map<String, List<Quote.Rendering>> renderings = new java.util.HashMap<>();

    List<Quote.Rendering> renderingsOf(Quote q) {
        return renderings.getOrDefault(q.id(), List.of());
    }

    static ArticleIngested article(String source, String text, OffsetDateTime published) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(null, source + text), null, source, null, null,
                published, null, text, ArticleIds.contentHash(text)), published);
    }

    ArticleDeduplicated decide(String source, String text) {
        return decide(source, text, AT);
    }

    ArticleDeduplicated decide(String source, String text, OffsetDateTime published) {
        ArticleDeduplicated d = (ArticleDeduplicated) engine.decide(article(source, text, published), published).events().get(0);
        assertThat(d.quotes()).allSatisfy(q -> assertThat(q.renderings()).as("the decision carries none").isEmpty());
        renderer.render(d).ifPresent(r -> r.quotes().forEach(x -> renderings.put(x.quoteId(), x.renderings())));
        return d;
    }

    @Test
    void theSameQuoteInOtherArticlesHasOneIdAndItsSpeakerOneNameWhateverTheForm() {
        ArticleDeduplicated a = decide("a", """
                Secretary of State John Kerry spoke in Washington.

                Kerry said: "We are open to any constructive process here that would minimize the violence."
                """);
        ArticleDeduplicated b = decide("b", """
                "I think we are open to any constructive process here that could minimize the violence, hold Iraq together,"
                Mr. Kerry told Yahoo News on Monday.
                """);
        assertThat(a.quotes()).hasSize(1);
        assertThat(b.quotes()).hasSize(1);
        Quote first = a.quotes().get(0);
        Quote again = b.quotes().get(0);
        assertThat(again.id()).isEqualTo(first.id()).matches("q_[0-9a-f]{16}");
        assertThat(again.speakerId()).isEqualTo(first.speakerId());
        assertThat(first.speaker()).isEqualTo("John Kerry");
        assertThat(again.speaker()).as("the fullest name known for the speaker").isEqualTo("John Kerry");
        assertThat(again.text()).as("each article's own wording").startsWith("I think we are open");
        assertThat(engine.size().quotes()).isEqualTo(1);
        assertThat(engine.size().speakers()).isEqualTo(1);
    }

    @Test
    void anotherSpeakersWordsInsideARemarkAreAnotherQuote() {
        ArticleDeduplicated a = decide("a", "\"The permits take longer than the building itself,\" Prime Minister Kaja Kallas said.");
        ArticleDeduplicated b = decide("b",
                "\"She is right that the permits take longer than the building itself,\" builder Per Ahlgren said.");
        assertThat(b.quotes().get(0).id()).isNotEqualTo(a.quotes().get(0).id());
        assertThat(b.quotes().get(0).speaker()).isEqualTo("Per Ahlgren");
    }

    @Test
    void anArticleThatGivesAQuoteToSomebodyElseFilesNoNamesUnderTheFirstSpeaker() {
        ArticleDeduplicated a = decide("a", "\"We are deeply committed to the borders of the country,\" Foreign Minister Nils Dahl said.");
        ArticleDeduplicated b = decide("b", "Prime Minister Ola Berg repeated that \"we are deeply committed to the borders of the country.\"");
        assertThat(b.quotes()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(a.quotes().get(0).id());
            assertThat(q.speaker()).isEqualTo("Nils Dahl");
            assertThat(q.speakerNames()).as("Ola Berg's names are not Nils Dahl's").isEmpty();
        });
    }

    @Test
    void aSourceTheArticleDescribesIsKeptAsItsDescriptionAndNeverBecomesASpeaker() {
        ArticleDeduplicated a = decide("a", "\"We understand the worry of the families,\" a spokesperson for the regional council said.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerId()).isNull();
            assertThat(q.speaker()).isNull();
            assertThat(q.speakerDescription()).isEqualTo("a spokesperson for the regional council");
        });
        // the same words named later: the named wording has its speaker, and no description
        ArticleDeduplicated b = decide("b", "\"We understand the worry of the families,\" council spokesperson Eva Lund said.");
        assertThat(b.quotes()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(a.quotes().get(0).id());
            assertThat(q.speaker()).isEqualTo("Eva Lund");
            assertThat(q.speakerDescription()).isNull();
        });
    }

    @Test
    void theSameRemarkInOtherWordsIsARenderingOfTheSameSpeakerWithinTheWindow() {
        ArticleDeduplicated a = decide("a", """
                Iranian President Hassan Rouhani spoke on Saturday.
                "We can think about it if we see America confront the terrorist groups," Rouhani said.
                "If the Iraqi government asks us for help, we may provide it," he added.
                """);
        ArticleDeduplicated b = decide("b", """
                "Any time the Americans take action against terrorist groups, we can consider that," Rouhani said.
                """, AT.plusDays(1));
        Quote think = a.quotes().get(0);
        assertThat(b.quotes()).singleElement().satisfies(q -> {
            assertThat(q.id()).isNotEqualTo(think.id());
            assertThat(renderingsOf(q)).containsExactly(new Quote.Rendering(think.id(), 1.0));
        });
        // another speaker's words on the same theme, and the same speaker a month later: no rendering
        ArticleDeduplicated other = decide("c",
                "\"Whenever they act against terrorists, Washington will consider its options,\" said spokeswoman Jen Psaki.",
                AT.plusDays(1));
        assertThat(renderingsOf(other.quotes().get(0))).isEmpty();
        ArticleDeduplicated later = decide("d",
                "\"When America acts against the terrorist groups, Iran will consider joining,\" Hassan Rouhani said.",
                AT.plusDays(30));
        assertThat(renderingsOf(later.quotes().get(0))).isEmpty();
    }

    @Test
    void theRenderingsStepStartedAgainFromItsTableFindsTheSameAndEmbedsEachQuoteOnce() {
        ArticleDeduplicated a = decide("a", "\"We can think about it if we see America confront the terrorist groups,\" Rouhani said.");
        assertThat(embedder.calls).as("nothing to compare with: no model run").isZero();
        renderer = new RenderingEngine(renderingTable, StandaloneConfig.defaults().quotes().renderings(), embedder);
        ArticleDeduplicated b = decide("b", "\"Any time the Americans take action against terrorist groups, we can consider that,\" Rouhani said.",
                AT.plusDays(1));
        assertThat(renderingsOf(b.quotes().get(0))).containsExactly(new Quote.Rendering(a.quotes().get(0).id(), 1.0));
        assertThat(embedder.calls).isEqualTo(2);
        renderer = new RenderingEngine(renderingTable, StandaloneConfig.defaults().quotes().renderings(), embedder);
        ArticleDeduplicated c = decide("c", "\"Whenever America confronts the terrorist groups, Iran can think about joining,\" Rouhani said.",
                AT.plusDays(2));
        assertThat(renderingsOf(c.quotes().get(0))).hasSize(2);
        assertThat(embedder.calls).as("the earlier quotes' embeddings are read from the table").isEqualTo(3);
        assertThat(renderer.prune(AT.plusDays(30).toInstant().toEpochMilli(), 100)).isEqualTo(3);
        assertThat(renderer.size().quotes()).isZero();
        assertThat(renderingTable.view()).isEmpty();
    }

    @Test
    void aSentenceTwoQuotesShareIsEmbeddedOnceAndOneQuoteOnlyOnce() {
        RenderingIndex index = new RenderingIndex(new DedupeState.MapTable<>());
        int a = index.add("q_00000000000000a1", "p_00000000000000f1", "a_000000000000000000000001", 0, 0,
                "We will help Iraq against the terrorists. The talks will go on next week.");
        int b = index.add("q_00000000000000b2", "p_00000000000000f1", "a_000000000000000000000002", 0, 0,
                "We will help Iraq against the terrorists. Nothing else matters to us now.");
        index.embed(List.of(a), embedder, 4, 160);
        assertThat(embedder.calls).isEqualTo(2);
        index.embed(List.of(a, b), embedder, 4, 160);
        assertThat(embedder.calls).as("a is kept; b's first sentence is a's").isEqualTo(3);
        assertThat(index.sentenceHits()).isEqualTo(1);
        assertThat(index.embeddings(b)).hasNumberOfRows(2);
    }

    @Test
    void anArticleSpendsTheModelOnlyAsFarAsItsBudgetAndTheQuotesPastItWaitForTheNext() {
        RenderingIndex index = new RenderingIndex(new DedupeState.MapTable<>());
        List<Integer> seqs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) { // each quote two sentences of under 200 characters: a cost of 2
            seqs.add(index.add("q_00000000000000c" + i, "p_00000000000000f1", "a_000000000000000000000001", 0, 0,
                    "We will build road number " + i + " this year. The money for road " + i + " is there."));
        }
        index.embed(seqs, embedder, 4, 5);
        assertThat(embedder.calls).as("two quotes fit a budget of 5, the third would pass it").isEqualTo(4);
        assertThat(seqs).extracting(index::embeddings).map(e -> e != null).containsExactly(true, true, false, false, false, false);
        index.embed(seqs, embedder, 4, 5);
        assertThat(embedder.calls).as("the next article embeds the next two, and reads the first two").isEqualTo(8);
        assertThat(RenderingIndex.cost("x".repeat(199))).isEqualTo(1);
        assertThat(RenderingIndex.cost("x".repeat(200))).isEqualTo(2);
        assertThat(RenderingIndex.cost("x".repeat(100_000))).isEqualTo(8);
    }

    @Test
    void anArticleOfAThousandQuotesOfOneSpeakerHoldsTheRenderingsStepForNoMoreThanItsBudget() {
        decide("a", "\"We can think about it if we see America confront the terrorist groups,\" Rouhani said.");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String t = "k" + Integer.toString(i, 36); // a word of its own in every 3-gram: a thousand different quotes
            many.append("\"Plan ").append(t).append(" needs ").append(t).append(" money and ").append(t).append(" votes for ")
                    .append(t).append(" roads,\" Rouhani said.\n\n");
        }
        embedder.calls = 0;
        ArticleDeduplicated b = decide("b", many.toString(), AT.plusDays(1));
        assertThat(b.quotes()).as("QuoteStage.MAX_QUOTES").hasSize(500);
        assertThat(embedder.calls).as("the default budget: 160 sentences of under 200 characters").isEqualTo(160);
    }

    @Test
    void theRenderingsFoundDoNotDependOnTheOrderTheArticlesArriveIn() {
        List<String> texts = List.of(
                "\"We can think about it if we see America confront the terrorist groups,\" Rouhani said.",
                "\"Any time the Americans take action against terrorist groups, we can consider that,\" Rouhani said.",
                "\"Whenever America moves against the terrorists, Iran is ready to think about joining,\" Rouhani said.",
                "\"If the Iraqi government asks us for help, we may provide it,\" Rouhani said.");
        java.util.Set<java.util.Set<String>> first = null;
        for (List<Integer> order : List.of(List.of(0, 1, 2, 3), List.of(3, 2, 1, 0), List.of(2, 0, 3, 1), List.of(1, 3, 0, 2))) {
            engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
            renderer = new RenderingEngine(new DedupeState.MapTable<>(), StandaloneConfig.defaults().quotes().renderings(), embedder);
            renderings.clear();
            Map<String, String> textOf = new java.util.HashMap<>();
            int day = 0;
            for (int k : order) {
                ArticleDeduplicated d = decide("s" + k, texts.get(k), AT.plusHours(day++));
                d.quotes().forEach(q -> textOf.put(q.id(), q.text()));
            }
            java.util.Set<java.util.Set<String>> links = new java.util.HashSet<>();
            renderings.forEach((quote, rs) -> rs.forEach(r -> links.add(java.util.Set.of(textOf.get(quote), textOf.get(r.quoteId())))));
            assertThat(links).as("order %s", order).hasSize(3);
            if (first == null) {
                first = links;
            }
            assertThat(links).as("order %s", order).isEqualTo(first);
        }
    }

    @Test
    void switchesTurnQuotesAndRenderingsOff() {
        String text = "\"We can think about it if we see America confront the terrorist groups,\" Rouhani said.";
        String again = "\"Any time the Americans act against terrorist groups, we can consider that,\" Rouhani said.";
        var off = StandaloneConfig.with(Map.of("wirecopy.dedupe.quotes.renderings.enabled", "false"));
        engine = new DedupeEngine(DedupeState.inMemory(), off);
        renderer = new RenderingEngine(new DedupeState.MapTable<>(), off.quotes().renderings(), embedder);
        decide("a", text);
        assertThat(decide("b", again).quotes()).singleElement().satisfies(q -> assertThat(renderingsOf(q)).isEmpty());
        assertThat(embedder.calls).as("no model run").isZero();

        engine = new DedupeEngine(DedupeState.inMemory(),
                StandaloneConfig.with(Map.of("wirecopy.dedupe.quotes.enabled", "false")));
        assertThat(decide("a", text).quotes()).isEmpty();
    }

    @Test
    void anExactCopyCarriesTheQuotesOfTheArticleItCopies() {
        String text = "Rouhani spoke.\n\n\"If the Iraqi government asks us for help, we may provide any assistance,\" Rouhani said.";
        ArticleDeduplicated a = decide("a", text);
        ArticleDeduplicated copy = decide("b", text);
        assertThat(copy.relation()).isEqualTo(io.wirecopy.shared.event.Relation.EXACT);
        assertThat(copy.quotes()).extracting(Quote::id).isEqualTo(a.quotes().stream().map(Quote::id).toList());
    }

    @Test
    void aModelThatFailsCostsTheRenderingsNotTheDecision() {
        SentenceEmbedder broken = sentence -> {
            throw new IllegalStateException("model refused " + sentence);
        };
        renderer = new RenderingEngine(new DedupeState.MapTable<>(), StandaloneConfig.defaults().quotes().renderings(), broken);
        decide("a", "\"We can think about it if we see America confront the terrorist groups,\" Rouhani said.");
        ArticleDeduplicated b = decide("b", "\"Any time the Americans act against terrorist groups, we can consider it,\" Rouhani said.");
        assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(renderingsOf(q)).isEmpty());
        assertThat(renderer.size().failures()).isEqualTo(1);
    }

    @Test
    void quotesOlderThanTheRetentionAreForgotten() {
        String text = "\"We can think about it if we see America confront the terrorist groups,\" Rouhani said.";
        Quote first = decide("a", text).quotes().get(0);
        assertThat(engine.pruneQuotes(AT.toInstant().toEpochMilli(), 100)).as("seen at the cutoff: kept").isZero();
        assertThat(engine.pruneQuotes(AT.toInstant().toEpochMilli() + 1, 100)).isEqualTo(1);
        assertThat(engine.size().quotes()).isZero();
        Quote again = decide("b", text.replace("Rouhani said", "said Rouhani")).quotes().get(0);
        assertThat(again.id()).as("nothing left to match").isNotEqualTo(first.id());
        assertThat(engine.size().speakers()).as("speakers stay").isEqualTo(1);
    }

    @Test
    void embeddingsAreQuantizedToOneByteADimensionAndKeptAsText() {
        byte[] q = QuoteEmbeddings.quantize(new float[] {0.6f, 0.8f});
        assertThat(q).containsExactly(76, 102);
        String encoded = QuoteEmbeddings.encode(new byte[][] {q});
        assertThat(encoded).isEqualTo("2:TGY=");
        assertThat(QuoteEmbeddings.decode(encoded)).isDeepEqualTo(new byte[][] {q});
        assertThat(QuoteEmbeddings.cosine(q, q)).isEqualTo(1.0);
        assertThat(QuoteEmbeddings.sentences("One two three four. Five. Six seven eight nine! Ten eleven twelve thirteen?", 2))
                .isEqualTo(List.of("One two three four.", "Six seven eight nine!"));
    }
}
