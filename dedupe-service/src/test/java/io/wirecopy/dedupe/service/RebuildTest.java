package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index is rebuilt from the durable records when an engine starts: an engine stopped
 * anywhere and started again over the same tables decides every later article exactly as one that never
 * stopped; so does one started over records stored in their binary form, and over records of the JSON
 * form an older version wrote (indexed again from their texts).
 */
class RebuildTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void anEngineStartedAgainDecidesAsOneThatNeverStopped() {
        List<LabelledArticle> articles = WireCorpus.generate(5).articles();
        List<String> expected = decideAll(new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults()), articles);

        for (int stopAt : new int[] {1, articles.size() / 3, articles.size() / 2, articles.size() - 1}) {
            DedupeState state = DedupeState.inMemory();
            List<String> events = new ArrayList<>(decideAll(new DedupeEngine(state, StandaloneConfig.defaults()),
                    articles.subList(0, stopAt)));
            DedupeState reread = serialized(state);
            events.addAll(decideAll(new DedupeEngine(reread, StandaloneConfig.defaults()),
                    articles.subList(stopAt, articles.size())));
            assertThat(events).as("stopped after %d of %d", stopAt, articles.size()).isEqualTo(expected);
        }
    }

    @Test
    void recordsAnOlderVersionStoredAsJsonAreIndexedAgain() {
        DedupeState legacy = restartedOver((id, r) -> ArticleRecordCodec.decode(id, json(r)));
        legacy.articles().forEach((id, r) -> assertThat(r.about().seq()).as("stored anew in this version's form").isNotNegative());
    }

    @Test
    void nearCopiesAnOlderVersionFiledUnderFewerFingerprintsAreFiledUnderAllOfThemAgain() {
        // before copies posted all their fingerprints, a near copy's record held only those its original lacked
        int[] copies = new int[1];
        DedupeState older = restartedOver((id, r) -> {
            if (!r.about().indexed() || r.about().original() == null) {
                return ArticleRecordCodec.decode(id, ArticleRecordCodec.encode(r));
            }
            copies[0]++;
            return ArticleRecordCodec.decode(id, asBefore(new ArticleRecord(r.about(), r.packedText(), r.buckets(), new long[0])));
        });
        assertThat(copies[0]).as("near copies in the first half").isGreaterThan(10);
        older.articles().forEach((id, r) -> assertThat(r.fingerprints()).as("%s filed anew", id).isNotNull());
    }

    /**
     * Decides the first half of a corpus, restarts over its stories, quotes and its article records as {@code stored}
     * turns them (an older version's forms), decides the rest, and asserts the decisions are one engine's; returns the
     * state the restarted engine left.
     */
    private static DedupeState restartedOver(java.util.function.BiFunction<String, ArticleRecord, ArticleRecord> stored) {
        List<LabelledArticle> articles = WireCorpus.generate(5).articles();
        List<String> expected = decideAll(new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults()), articles);
        int half = articles.size() / 2;
        DedupeState state = DedupeState.inMemory();
        List<String> events = new ArrayList<>(decideAll(new DedupeEngine(state, StandaloneConfig.defaults()),
                articles.subList(0, half)));
        DedupeState restarted = DedupeState.inMemory();
        state.stories().forEach(restarted.stories()::put);
        state.quotes().forEach(restarted.quotes()::put);
        state.articles().forEach((id, r) -> restarted.articles().put(id, stored.apply(id, r)));
        events.addAll(decideAll(new DedupeEngine(restarted, StandaloneConfig.defaults()), articles.subList(half, articles.size())));
        assertThat(events).isEqualTo(expected);
        return restarted;
    }

    /** A record's binary form as written before {@link ArticleRecordCodec#ALL_FINGERPRINTS}: that flag clear. */
    static byte[] asBefore(ArticleRecord r) {
        byte[] bytes = ArticleRecordCodec.encode(r);
        int flags = 1 + 4;
        for (String s : new String[] {r.about().id(), r.about().storyId(), r.about().contentHash(), r.about().source()}) {
            flags += 4 + (s == null ? 0 : s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        bytes[flags] &= (byte) ~ArticleRecordCodec.ALL_FINGERPRINTS;
        return bytes;
    }

    @Test
    void aRecordRoundTripsThroughItsBinaryForm() {
        DedupeState state = DedupeState.inMemory();
        decideAll(new DedupeEngine(state, StandaloneConfig.defaults()), WireCorpus.generate(5).articles().subList(0, 40));
        state.articles().forEach((id, r) -> {
            ArticleRecord back = ArticleRecordCodec.decode(id, ArticleRecordCodec.encode(r));
            assertThat(back.about()).isEqualTo(r.about());
            assertThat(back.text()).isEqualTo(r.text());
            assertThat(back.buckets()).isEqualTo(r.buckets());
            assertThat(back.fingerprints()).isEqualTo(r.fingerprints());
        });
    }

    @Test
    void anArticlesModificationTimeSurvivesItsBinaryFormAndStillOrdersItsVersions() {
        // published 10:00, modified 12:00; after a restart from bytes, a version modified at 11:00 is older
        String url = "https://live.example/1";
        String text = RevisionStageTest.CORRECTED;
        io.wirecopy.shared.event.Article first = new io.wirecopy.shared.event.Article(
                io.wirecopy.shared.text.ArticleIds.articleId(url, text), url, "live", null, null, AT, null, text,
                io.wirecopy.shared.text.ArticleIds.contentHash(text)).withModifiedAt(AT.plusHours(2));
        DedupeState state = DedupeState.inMemory();
        new DedupeEngine(state, StandaloneConfig.defaults()).decide(ArticleIngested.of(first, AT), AT);
        assertThat(state.versions().get(first.id())).as("no versions entry for a first version").isNull();
        DedupeState reread = serialized(state);
        assertThat(reread.articles().get(first.id()).about().modifiedAtMillis())
                .isEqualTo(AT.plusHours(2).toInstant().toEpochMilli());
        String older = text + " An earlier line.";
        io.wirecopy.shared.event.Article version = new io.wirecopy.shared.event.Article(first.id(), url, "live", null, null,
                AT, null, older, io.wirecopy.shared.text.ArticleIds.contentHash(older)).withModifiedAt(AT.plusHours(1));
        DedupeEngine.Decision d = new DedupeEngine(reread, StandaloneConfig.defaults())
                .decide(ArticleIngested.of(version, AT.plusHours(3)), AT.plusHours(3));
        assertThat(((io.wirecopy.shared.event.ArticleRevised) d.events().get(0)).latest()).isFalse();
    }

    private static List<String> decideAll(DedupeEngine engine, List<LabelledArticle> articles) {
        List<String> events = new ArrayList<>();
        for (LabelledArticle a : articles) {
            for (DedupeEvent e : engine.decide(ArticleIngested.of(a.article(), AT), AT).events()) {
                events.add(EventJson.write(e).replaceAll("\"eventId\":\"[^\"]*\"", ""));
            }
        }
        return events;
    }

    /** The same tables, every article record written to bytes and read back, every quote record to JSON and back. */
    private static DedupeState serialized(DedupeState state) {
        DedupeState copy = DedupeState.inMemory();
        state.stories().forEach(copy.stories()::put);
        state.quotes().forEach((id, q) -> copy.quotes().put(id, json(q)));
        state.articles().forEach((id, r) -> copy.articles().put(id, ArticleRecordCodec.decode(id, ArticleRecordCodec.encode(r))));
        return copy;
    }

    private static QuoteRecord json(QuoteRecord q) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(q), QuoteRecord.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The JSON {@code ArticleState} versions before the in-memory index stored. */
    private static byte[] json(ArticleRecord r) {
        KnownArticle a = r.about();
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("storyId", a.storyId());
        m.put("contentHash", a.contentHash());
        m.put("source", a.source());
        m.put("text", r.text());
        m.put("indexed", a.indexed());
        m.put("seenAtMillis", a.seenAtMillis());
        m.put("original", a.original());
        m.put("reuse", a.reuse());
        m.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        try {
            return EventJson.mapper().writeValueAsBytes(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
