package io.wirecopy.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.shared.event.Article;
import org.junit.jupiter.api.Test;

/** Source identity and article identity: who published it, and when two posts are one article. */
class ArticleFactoryTest {

    static Article create(String url, String source, String text) {
        return ArticleFactory.create(new ArticleDraft(url, source, null, null, null, null, text));
    }

    @Test
    void theSourceIsTheStatedOneElseTheRegistrableDomainElseUnknown() {
        assertThat(create("https://news.bbc.co.uk/world/1", null, "Text.").source()).isEqualTo("bbc.co.uk");
        assertThat(create("https://edition.cnn.com/2026/x", null, "Text.").source()).isEqualTo("cnn.com");
        assertThat(create("https://www.theguardian.com/world", null, "Text.").source()).isEqualTo("theguardian.com");
        assertThat(create("https://www.abc.net.au/news/1", null, "Text.").source()).isEqualTo("abc.net.au");
        assertThat(create("https://someone.github.io/post", null, "Text.").source()).isEqualTo("someone.github.io");
        assertThat(create("https://WWW.Site.example/a", null, "Text.").source()).isEqualTo("site.example");
        assertThat(create("http://10.0.0.7:8080/a", null, "Text.").source()).isEqualTo("10.0.0.7");
        assertThat(create("http://localhost/a", null, "Text.").source()).isEqualTo("localhost");
        assertThat(create("https://news.bbc.co.uk/world/1", "BBC News", "Text.").source()).isEqualTo("BBC News");
        assertThat(create(null, null, "Text.").source()).isEqualTo("unknown");
        assertThat(create(null, "  ", "Text.").source()).isEqualTo("unknown");
    }

    @Test
    void withoutAUrlTheSameTextFromTwoSourcesIsTwoArticles() {
        String text = "Iranian President Hassan Rouhani said the country was ready to assist Iraq.";
        Article reuters = create(null, "Reuters", text);
        Article apa = create(null, "APA", text);
        assertThat(reuters.id()).isNotEqualTo(apa.id());
        assertThat(create(null, "Reuters", text).id()).as("the same source again: a re-send").isEqualTo(reuters.id());
        // no source either: the same text again is a re-send, with the id it always had
        assertThat(create(null, null, text).id()).isEqualTo(create(null, null, text).id())
                .isEqualTo("a_d3d61cf43430f80961f8ebe7"); // sha256("text:iranian president ... assist iraq"), first 24 hex
        // with a URL the URL decides, whatever the source
        assertThat(create("https://x.example/1", "Reuters", text).id()).isEqualTo(create("https://x.example/1", "APA", text).id());
        assertThat(reuters.contentHash()).as("an exact copy all the same").isEqualTo(apa.contentHash());
    }
}
