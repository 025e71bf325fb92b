package io.wirecopy.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.shared.event.ArticleIngested;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

    final List<ArticleIngested> published = new ArrayList<>();
    final IngestService service = new IngestService(published::addAll, () -> 1000,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry(), new SourceBoilerplate(3, 100, 100));

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameTextGetsSameIdAndUrlDecidesWhenGiven() {
        IngestResult a = service.ingest(utf8("Title\nThe body of the story."), "text/plain", IngestService.Entry.ARTICLE, ArticleDraft.empty());
        IngestResult b = service.ingest(utf8("Title\nThe body of the story."), "text/plain", IngestService.Entry.ARTICLE, ArticleDraft.empty());
        assertThat(a.accepted().get(0).id()).isEqualTo(b.accepted().get(0).id());
        assertThat(a.accepted().get(0).source()).isEqualTo("unknown");

        IngestResult json = service.ingest(utf8("{\"url\": \"https://WWW.Site.example/a?utm_campaign=x#frag\", \"text\": \"Body\"}"),
                "application/json", IngestService.Entry.ARTICLE, ArticleDraft.empty());
        assertThat(json.accepted().get(0).url()).isEqualTo("https://www.site.example/a");
        assertThat(json.accepted().get(0).source()).isEqualTo("site.example");
        assertThat(published).hasSize(3);
        assertThat(published.get(2).occurredAt()).hasToString("2026-11-23T10:00Z");
    }

    @Test
    void aWellFormedFeedWithNoItemsIsTakenWithNothingToPublish() {
        for (String[] feed : new String[][] {
                {"application/rss+xml", "<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"},
                {"application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title></feed>"},
                {"application/rss+xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                        + "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>Empty</title></channel></rdf:RDF>"},
                {"application/feed+json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Empty\", \"items\": []}"}}) {
            IngestResult r = service.ingest(utf8(feed[1]), feed[0], IngestService.Entry.FEED, ArticleDraft.empty());
            assertThat(r.accepted()).as(feed[1]).isEmpty();
            assertThat(r.rejected()).as(feed[1]).isEmpty();
        }
        assertThat(published).isEmpty();
    }

    @Test
    void queryParametersWinOverThePage() {
        IngestResult r = service.ingest(utf8("Page title\nBody text."), "text/plain", IngestService.Entry.ARTICLE,
                new ArticleDraft("https://x.example/1", "Reuters", null, null, null, null, null));
        assertThat(r.accepted().get(0).source()).isEqualTo("Reuters");
        assertThat(r.accepted().get(0).title()).isEqualTo("Page title");
        assertThat(r.accepted().get(0).url()).isEqualTo("https://x.example/1");
    }

    @Test
    void refusalsCarryTheContractStatus() {
        assertThatThrownBy(() -> service.ingest(new byte[0], "text/plain", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(400))
                .hasMessage("the body is empty");
        assertThatThrownBy(() -> service.ingest(new byte[1001], "text/plain", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(413));
        assertThatThrownBy(() -> service.ingest(utf8("x"), "image/png", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(415));
        assertThatThrownBy(() -> service.ingest(utf8("{}"), "application/x-ndjson", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(415));
        assertThatThrownBy(() -> service.ingest(utf8("{\"url\": \"ftp://x/y\", \"text\": \"t\"}"), "application/json",
                IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(400))
                .hasMessageContaining("must be an absolute http or https URL");
        assertThatThrownBy(() -> service.ingest(utf8("Title only"), "text/plain", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .hasMessage("the article has no text");
        assertThat(published).isEmpty();
    }

    @Test
    void feedsAcceptGoodItemsAndListBadOnes() {
        IngestResult r = service.ingest(utf8("{\"text\": \"one\"}\n{\"text\": \"\"}\n{\"text\": \"one\"}\n{\"text\": \"two\"}"),
                "application/x-ndjson", IngestService.Entry.FEED, ArticleDraft.empty());
        assertThat(r.accepted()).extracting(a -> a.text()).containsExactly("one", "two");
        assertThat(r.rejected()).containsExactly(new IngestResult.Rejection(1, "line 2: article has no 'text' or 'html'"));
        assertThat(published).hasSize(2);
    }

    @Test
    void controlCharactersAreCleanedInEveryFieldOnEveryDoor() {
        String json = "{\"url\": \"https://x.example/n\\u0000ul\", \"source\": \"Wire\\u0000 Desk\", \"title\": \"Ti\\u0000tle\\u0007\","
                + " \"byline\": \"By\\u0000 Ann\", \"language\": \"en\\u0000\", \"text\": \"Ker\\u0000ry said \\ud800 yes.\"}";
        var article = service.ingest(utf8(json), "application/json", IngestService.Entry.ARTICLE, ArticleDraft.empty())
                .accepted().get(0);
        assertThat(article.source()).isEqualTo("Wire Desk");
        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.byline()).isEqualTo("Ann");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.text()).isEqualTo("Kerry said \uFFFD yes.");

        var ndjson = service.ingest(utf8("{\"title\": \"\\u0000\", \"text\": \"one\\u0000 two\"}"), "application/x-ndjson",
                IngestService.Entry.FEED, ArticleDraft.empty()).accepted().get(0);
        assertThat(ndjson.title()).isNull();
        assertThat(ndjson.text()).isEqualTo("one two");

        String jsonFeed = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"F\", \"items\": [{\"id\": \"1\","
                + " \"url\": \"https://f.example/1\", \"title\": \"T\\u0000\", \"content_text\": \"\\u0093Body\\u0000 text\\u0094.\"}]}";
        var item = service.ingest(utf8(jsonFeed), "application/feed+json", IngestService.Entry.FEED, ArticleDraft.empty())
                .accepted().get(0);
        assertThat(item.title()).isEqualTo("T");
        assertThat(item.text()).isEqualTo("\u201CBody text\u201D.");

        var wire = service.ingest(utf8("Stabbing\n\u0019  A man was ``stabbed''<\n\u0019  He is 34.<\n"), "text/plain",
                IngestService.Entry.TOPIC, ArticleDraft.empty()).accepted().get(0);
        assertThat(wire.title()).isEqualTo("Stabbing");
        assertThat(wire.text()).isEqualTo("A man was \u201Cstabbed\u201D\n\nHe is 34.");
        assertThat(published).allSatisfy(e -> assertThat(io.wirecopy.shared.event.EventJson.write(e)).doesNotContain("\\u0000"));
    }

    @Test
    void anArticleOverTheTextLimitIs413AndAFeedItemIsRejected() {
        IngestService standard = new IngestService(published::addAll, () -> 5_242_880,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry(),
                new SourceBoilerplate(3, 100, 100));
        // the attack replayed: 300,000 words each opening a quote (1.8 MB) cost dedupe 2.9 s of CPU when it was taken
        String quotes = "\u201Cword ".repeat(300_000);
        assertThatThrownBy(() -> standard.ingest(utf8(quotes), "text/plain", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(413))
                .hasMessage("the article's text has 1799999 characters, over the limit of 500000");
        String large = "{\"text\": \"" + "Words of a long \\\"quoted\\\" report. ".repeat(90_000) + "\"}";
        assertThat(large.length()).isGreaterThan(3_000_000);
        assertThatThrownBy(() -> standard.ingest(utf8(large), "application/json", IngestService.Entry.ARTICLE, ArticleDraft.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.kind().status).isEqualTo(413));
        String ndjson = large + "\n{\"text\": \"small one\"}";
        IngestResult feed = standard.ingest(utf8(ndjson), "application/x-ndjson", IngestService.Entry.FEED, ArticleDraft.empty());
        assertThat(feed.accepted()).extracting(a -> a.text()).containsExactly("small one");
        assertThat(feed.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("over the limit of 500000"));

        // just under the limit goes through
        String longest = "{\"text\": \"" + "Words of a long report. ".repeat(20_000) + "\"}";
        assertThat(standard.ingest(utf8(longest), "application/json", IngestService.Entry.ARTICLE, ArticleDraft.empty())
                .accepted()).singleElement().satisfies(a -> assertThat(a.text()).hasSize(479_999));
    }
}
