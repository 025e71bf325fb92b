package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSizesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00Z");
    static final String OTHER = ArticleIds.articleId("https://other.example/1", null);

    static ArticleDeduplicated decision(String text, int... passageWords) {
        Article a = new Article(ArticleIds.articleId("https://a.example/1", null), "https://a.example/1", "a.example", "T",
                null, null, "en", text, ArticleIds.contentHash(text));
        List<Passage> passages = new ArrayList<>();
        for (int words : passageWords) {
            String passage = "w\u00e9rd ".repeat(words).strip();
            passages.add(new Passage(OTHER, ArticleIds.storyId(OTHER), words, 0, new Passage.Span(0, words, 0, passage.length()),
                    new Passage.Span(0, words, 0, passage.length()), passage));
        }
        return ArticleDeduplicated.of(a, ArticleIds.storyId(a.id()), Relation.NEW, null, 1.0, passages, AT);
    }

    static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aDecisionThatFitsIsWrittenAsItIs() {
        ArticleDeduplicated d = decision("A short text.", 12, 20);
        EventSizes.Fitted fitted = EventSizes.fit(d, 100_000);
        assertThat(fitted.json()).isEqualTo(EventJson.write(d));
        assertThat(fitted.droppedPassages()).isZero();
    }

    @Test
    void theLongestPassagesAreLeftOutUntilItFits() {
        ArticleDeduplicated d = decision("A short text.", 10, 2_000, 30, 1_000, 20);
        int withoutLongest = bytes(EventJson.write(EventSizesTest.decision("A short text.", 10, 30, 1_000, 20)));
        EventSizes.Fitted fitted = EventSizes.fit(d, withoutLongest);
        assertThat(fitted.droppedPassages()).isEqualTo(1);
        assertThat(bytes(fitted.json())).isLessThanOrEqualTo(withoutLongest);
        assertThat(EventJson.read(fitted.json(), ArticleDeduplicated.class).passages()).extracting(Passage::words)
                .containsExactly(10, 20, 30, 1_000); // kept shortest first
        EventSizes.Fitted tight = EventSizes.fit(d, bytes(EventJson.write(decision("A short text.", 10, 20, 30))));
        assertThat(tight.droppedPassages()).isEqualTo(2);
        assertThat(EventSizes.fit(d, bytes(EventJson.write(decision("A short text.")))).droppedPassages()).isEqualTo(5);
    }

    @Test
    void anArticleOverTheLimitByItselfDoesNotFit() {
        ArticleDeduplicated d = decision("x ".repeat(5_000), 10);
        assertThat(EventSizes.fit(d, 2_000).json()).isNull();
    }

    @Test
    void utf8LengthCountsWithoutEncoding() {
        String s = "a\u00e9\u6771\uD83D\uDE00\uD800";
        assertThat(EventSizes.utf8Length(s)).isEqualTo(1 + 2 + 3 + 4 + 3);
    }
}
