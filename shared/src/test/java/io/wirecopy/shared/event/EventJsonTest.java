package io.wirecopy.shared.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirecopy.shared.text.ArticleIds;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form of each event is pinned by a golden file; reading it back gives the same record. */
class EventJsonTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:15:30Z");
    static final String TEXT = "Iranian President Hassan Rouhani has said that the country is ready to assist Iraq.";
    static final Article ARTICLE = new Article(
            ArticleIds.articleId("https://example.com/news/rouhani", TEXT),
            "https://example.com/news/rouhani",
            "example.com",
            "Iran could join forces with US",
            "Jack Simpson",
            OffsetDateTime.parse("2014-06-14T17:00:00+01:00"),
            "en",
            TEXT,
            ArticleIds.contentHash(TEXT),
            "LONDON, June 14 (Reuters) -",
            List.of("Reuters"));

    @Test
    void articleIngested() throws IOException {
        ArticleIngested event = ArticleIngested.of(ARTICLE, AT);
        assertGolden("golden/article-ingested.json", event, ArticleIngested.class);
    }

    @Test
    void articleDeduplicated() throws IOException {
        Passage passage = new Passage("a_000000000000000000000002", ArticleIds.storyId("a_000000000000000000000002"),
                11, 1, new Passage.Span(2, 13, 18, 82), new Passage.Span(40, 51, 230, 295),
                "Hassan Rouhani has said that the country is ready to assist Iraq");
        ArticleDeduplicated event = ArticleDeduplicated.of(ARTICLE, ArticleIds.storyId("a_000000000000000000000001"),
                Relation.NEAR, "a_000000000000000000000001", 0.8125, List.of(passage),
                new Reuse(0.9231, List.of(new Reuse.Source("a_000000000000000000000001",
                        ArticleIds.storyId("a_000000000000000000000001"), "Reuters", 0.8462),
                        new Reuse.Source("a_000000000000000000000002", ArticleIds.storyId("a_000000000000000000000002"),
                                "unknown", 0.8462))), AT)
                .withQuotes(List.of(new Quote("q_0123456789abcdef",
                        "If the Iraqi government asks us for help, we may provide any assistance", "p_0123456789abcdef",
                        "Hassan Rouhani", List.of("Rouhani", "Hassan Rouhani"),
                        List.of(new Quote.Rendering("q_fedcba9876543210", 0.7259))),
                        new Quote("q_00000000000000aa", "The talks will go on next week in Vienna", null, null, List.of(),
                                List.of(), "a spokesman for the ministry")));
        assertGolden("golden/article-deduplicated.json", event, ArticleDeduplicated.class);
        assertThat(EventJson.read(EventJson.write(event), DedupeEvent.class)).isEqualTo(event);
    }

    @Test
    void articleRevised() throws IOException {
        String corrected = TEXT.replace("assist", "help");
        Article version = new Article(ARTICLE.id(), ARTICLE.url(), ARTICLE.source(), ARTICLE.title(), ARTICLE.byline(),
                ARTICLE.publishedAt(), "en", corrected, ArticleIds.contentHash(corrected), ARTICLE.dateline(),
                ARTICLE.agencies(), OffsetDateTime.parse("2014-06-14T18:05:00+01:00"));
        ArticleRevised event = ArticleRevised.of(version, ArticleIds.storyId(ARTICLE.id()), ARTICLE.contentHash(), true,
                ArticleRevised.Revision.CORRECTION, 0.8333, AT.minusMinutes(1), AT)
                .sharing(List.of(new Passage("a_000000000000000000000002", ArticleIds.storyId("a_000000000000000000000002"),
                        8, 0, new Passage.Span(2, 10, 18, 62), new Passage.Span(40, 48, 230, 274),
                        "Hassan Rouhani has said that the country is ready")),
                        new Reuse(0.5714, List.of(new Reuse.Source("a_000000000000000000000002",
                                ArticleIds.storyId("a_000000000000000000000002"), "Reuters", 0.5714))), List.of());
        assertGolden("golden/article-revised.json", event, ArticleRevised.class);
        assertThat(EventJson.read(EventJson.write(event), DedupeEvent.class)).isEqualTo(event);
    }

    @Test
    void onlyTheLatestVersionCarriesWhatItShares() {
        assertThatThrownBy(() -> ArticleRevised.of(ARTICLE.withModifiedAt(AT), ArticleIds.storyId(ARTICLE.id()),
                ArticleIds.contentHash("another text"), false, ArticleRevised.Revision.REWRITE, 0.1, AT, AT)
                .sharing(List.of(), new Reuse(0.5, List.of()), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the latest version");
    }

    @Test
    void anArticleRevisedMustChangeTheContentHash() {
        assertThatThrownBy(() -> ArticleRevised.of(ARTICLE, ArticleIds.storyId(ARTICLE.id()), ARTICLE.contentHash(), true,
                ArticleRevised.Revision.CORRECTION, 1.0, AT, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content hash");
    }

    @Test
    void articleDeduplicatedWithoutPassagesReadsAsEmpty() throws IOException {
        ArticleDeduplicated event = ArticleDeduplicated.of(ARTICLE, ArticleIds.storyId(ARTICLE.id()), Relation.NEW,
                null, 1.0, AT);
        String json = EventJson.write(event).replace(",\"passages\":[]", "")
                .replace(",\"reuse\":{\"share\":0.0,\"sources\":[]}", "").replace(",\"quotes\":[]", "");
        assertThat(json).doesNotContain("passages").doesNotContain("reuse").doesNotContain("quotes");
        assertThat(EventJson.read(json, DedupeEvent.class)).isEqualTo(event);
    }

    @Test
    void aDescribedSourceIsNeverASpeaker() {
        assertThatThrownBy(() -> new Quote("q_00000000000000aa", "The talks will go on", "p_0123456789abcdef", "Rouhani",
                List.of(), List.of(), "a spokesman")).hasMessageContaining("Quote.speakerDescription");
        assertThatThrownBy(() -> new Quote("q_00000000000000aa", "The talks will go on", null, null, List.of(), List.of(),
                "a".repeat(Quote.MAX_DESCRIPTION_CHARS + 1))).hasMessageContaining("longer than 200");
        assertThatThrownBy(() -> new Quote("q_00000000000000aa", "The talks will go on", null, null, List.of(), List.of(),
                "a spokesman\u0007")).hasMessageContaining("speakerDescription");
    }

    @Test
    void reuseValidatesItsShares() {
        assertThatThrownBy(() -> new Reuse(1.5, List.of())).hasMessageContaining("Reuse.share must be in [0, 1]");
        assertThatThrownBy(() -> new Reuse(Double.NaN, List.of())).hasMessageContaining("Reuse.share");
        assertThatThrownBy(() -> new Reuse(0.2, List.of(new Reuse.Source("a_000000000000000000000001",
                ArticleIds.storyId("a_000000000000000000000001"), "Reuters", 0.5))))
                .hasMessageContaining("cannot exceed the article's");
        assertThatThrownBy(() -> new Reuse.Source("nope", ArticleIds.storyId("a_000000000000000000000001"), "x", 0.1))
                .hasMessageContaining("Reuse.Source.articleId");
        assertThatThrownBy(() -> new Reuse.Source("a_000000000000000000000001",
                ArticleIds.storyId("a_000000000000000000000001"), " ", 0.1)).hasMessageContaining("Reuse.Source.source");
    }

    @Test
    void passagesValidateTheirSpans() {
        assertThatThrownBy(() -> new Passage.Span(5, 5, 0, 10)).hasMessageContaining("Passage.Span");
        assertThatThrownBy(() -> new Passage("a_000000000000000000000002", ArticleIds.storyId("a_2"), 3, 0,
                new Passage.Span(0, 4, 0, 10), new Passage.Span(0, 4, 0, 10), "x")).hasMessageContaining("Passage.words");
    }

    @Test
    void storiesMerged() throws IOException {
        StoriesMerged event = StoriesMerged.of(ArticleIds.storyId("a_000000000000000000000001"),
                ArticleIds.storyId("a_000000000000000000000002"), ARTICLE.id(), AT);
        assertGolden("golden/stories-merged.json", event, StoriesMerged.class);
        assertThat(EventJson.read(EventJson.write(event), DedupeEvent.class)).isEqualTo(event);
    }

    @Test
    void quotesRenderedRoundTripsAndRefusesWhatNoStepEmits() throws IOException {
        QuotesRendered event = QuotesRendered.of(ARTICLE.id(), List.of(new QuotesRendered.Rendered("q_00000000000000a1",
                List.of(new Quote.Rendering("q_00000000000000b2", 0.8123), new Quote.Rendering("q_00000000000000c3", 0.71)))), AT);
        assertGolden("golden/quotes-rendered.json", event, QuotesRendered.class);
        assertThat(EventJson.read(EventJson.write(event), DedupeEvent.class)).isEqualTo(event);
        assertThat(event.eventId()).isNotEqualTo(QuotesRendered.of(ARTICLE.id(), List.of(new QuotesRendered.Rendered(
                "q_00000000000000a2", List.of(new Quote.Rendering("q_00000000000000b2", 0.8)))), AT).eventId());
        assertThatThrownBy(() -> QuotesRendered.of(ARTICLE.id(), List.of(), AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> new QuotesRendered.Rendered("q_00000000000000a1", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> new QuotesRendered.Rendered("q_00000000000000a1",
                List.of(new Quote.Rendering("q_00000000000000a1", 0.9))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not render itself");
        var twice = new QuotesRendered.Rendered("q_00000000000000a1", List.of(new Quote.Rendering("q_00000000000000b2", 0.9)));
        assertThatThrownBy(() -> QuotesRendered.of(ARTICLE.id(), List.of(twice, twice), AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void eventIdsAreDeterministic() {
        assertThat(ArticleIngested.of(ARTICLE, AT).eventId())
                .isEqualTo(ArticleIngested.of(ARTICLE, AT.plusDays(1)).eventId())
                .isNotEqualTo(ArticleDeduplicated.of(ARTICLE, ArticleIds.storyId(ARTICLE.id()), Relation.NEW, null, 1.0, AT)
                        .eventId());
    }

    @Test
    void invalidEventsSayWhichField() {
        assertThatThrownBy(() -> new Article("bad", null, "x", null, null, null, null, "t", ArticleIds.contentHash("t")))
                .hasMessageContaining("Article.id");
        assertThatThrownBy(() -> new Article(ARTICLE.id(), null, "x", null, null, null, null, " ", ARTICLE.contentHash()))
                .hasMessageContaining("Article.text must not be blank");
        String longest = "w".repeat(Article.MAX_TEXT_CHARS);
        assertThat(new Article(ARTICLE.id(), null, "x", null, null, null, null, longest, ArticleIds.contentHash(longest)).text())
                .hasSize(500_000);
        assertThatThrownBy(() -> new Article(ARTICLE.id(), null, "x", null, null, null, null, longest + "w",
                ArticleIds.contentHash(longest + "w")))
                .hasMessage("Article.text has 500001 characters, over the limit of 500000");
        assertThatThrownBy(() -> ArticleDeduplicated.of(ARTICLE, ArticleIds.storyId(ARTICLE.id()), Relation.EXACT, null, 1, AT))
                .hasMessageContaining("matchedArticleId");
        String json = EventJson.write(ArticleIngested.of(ARTICLE, AT)).replace("\"schemaVersion\":1", "\"schemaVersion\":9");
        assertThatThrownBy(() -> EventJson.read(json, ArticleIngested.class))
                .isInstanceOf(EventJson.EventFormatException.class)
                .hasMessageContaining("schemaVersion 9 is not supported");
        assertThatThrownBy(() -> EventJson.read("{\"type\":", ArticleIngested.class))
                .isInstanceOf(EventJson.EventFormatException.class)
                .hasMessageContaining("line 1");
    }

    private static <T extends Event> void assertGolden(String resource, T event, Class<T> type) throws IOException {
        String json = EventJson.write(event);
        JsonNode expected;
        try (InputStream in = EventJsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            expected = EventJson.mapper().readTree(in);
        }
        assertThat(EventJson.mapper().readTree(json)).isEqualTo(expected);
        assertThat(EventJson.read(json, type)).isEqualTo(event);
        assertThat(EventJson.read(expected.toString(), Event.class)).isEqualTo(event);
    }

    @Test
    void anArticleLinksOnlyToAnHttpUrl() {
        String text = "A body.";
        String hash = io.wirecopy.shared.text.ArticleIds.contentHash(text);
        for (String url : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "/relative/path",
                "http://", "vbscript:x", "https:x"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Article("a_" + "0".repeat(24), url, "s", null, null,
                    null, null, text, hash)).as(url).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Article.url must be an absolute http or https URL of at most 4096 characters");
        }
        org.assertj.core.api.Assertions.assertThat(new Article("a_" + "0".repeat(24), "HTTPS://Example.org/a", "s", null,
                null, null, null, text, hash).url()).isEqualTo("HTTPS://Example.org/a");
    }
}
