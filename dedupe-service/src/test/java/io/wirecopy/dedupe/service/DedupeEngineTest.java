package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupeEngineTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static ArticleIngested article(String url, String text) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(url, text), url, "src", null, null, null, null, text,
                ArticleIds.contentHash(text)), AT);
    }

    final Map<String, DedupeState.ArticleState> articles = new HashMap<>();
    final Map<String, DedupeState.ExactEntry> exact = new HashMap<>();
    final DedupeState state = new DedupeState(
            DedupeState.Table.of(articles::get, articles::put), DedupeState.Table.of(exact::get, exact::put));
    final DedupeEngine engine = new DedupeEngine(state);

    @Test
    void firstArticleFoundsAStoryAndAnExactCopyJoinsIt() {
        ArticleIngested a = article("https://a.example/1", "Kerry said the US is open to talks.");
        ArticleIngested b = article("https://b.example/2", "KERRY said — the US is open to talks!");

        ArticleDeduplicated first = (ArticleDeduplicated) engine.decide(a, AT).events().get(0);
        assertThat(first.relation()).isEqualTo(Relation.NEW);
        assertThat(first.storyId()).isEqualTo(ArticleIds.storyId(a.article().id()));
        assertThat(first.matchedArticleId()).isNull();

        DedupeEngine.Decision second = engine.decide(b, AT);
        assertThat(second.outcome()).isEqualTo(DedupeEngine.Outcome.EXACT);
        ArticleDeduplicated copy = (ArticleDeduplicated) second.events().get(0);
        assertThat(copy.relation()).isEqualTo(Relation.EXACT);
        assertThat(copy.storyId()).isEqualTo(first.storyId());
        assertThat(copy.matchedArticleId()).isEqualTo(a.article().id());
        assertThat(copy.similarity()).isEqualTo(1.0);
    }

    @Test
    void resendChangesNothingAndDifferentTextsAreDifferentStories() {
        ArticleIngested a = article(null, "One story.");
        assertThat(engine.decide(a, AT).outcome()).isEqualTo(DedupeEngine.Outcome.NEW);
        DedupeEngine.Decision again = engine.decide(a, AT.plusHours(1));
        assertThat(again.outcome()).isEqualTo(DedupeEngine.Outcome.RESENT);
        assertThat(again.events()).isEmpty();

        ArticleDeduplicated other = (ArticleDeduplicated) engine.decide(article(null, "Another story."), AT).events().get(0);
        assertThat(other.relation()).isEqualTo(Relation.NEW);
        assertThat(articles).hasSize(2);
        assertThat(exact).hasSize(2);
    }

    @Test
    void changedTextUnderTheSameUrlKeepsTheFirstDecision() {
        engine.decide(article("https://a.example/1", "First version."), AT);
        DedupeEngine.Decision edited = engine.decide(article("https://a.example/1", "Second version."), AT);
        assertThat(edited.outcome()).isEqualTo(DedupeEngine.Outcome.CHANGED_RESENT);
        assertThat(edited.events()).isEmpty();
    }
}
