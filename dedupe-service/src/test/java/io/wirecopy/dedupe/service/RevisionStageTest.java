package io.wirecopy.dedupe.service;

import static io.wirecopy.dedupe.service.DedupeEngineTest.OTHER_STORY;
import static io.wirecopy.dedupe.service.DedupeEngineTest.WIRE;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.text.ArticleIds;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules for a new version of an article (the same id, another text), one test each. */
class RevisionStageTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    static final String URL = "https://outlet.example/port-strike";

    /** A version of the page at {@link #URL}, seen at {@code seen}, saying it was modified at {@code modified} (or not). */
    static ArticleIngested version(String text, OffsetDateTime modified, OffsetDateTime seen) {
        Article a = new Article(ArticleIds.articleId(URL, text), URL, "outlet", null, null, null, null, text,
                ArticleIds.contentHash(text)).withModifiedAt(modified);
        return ArticleIngested.of(a, seen);
    }

    static final String CORRECTED = WIRE.replace("Tomas Reyes", "Tomás Reyes").replace("1,200", "1,300");
    static final String REWRITTEN = """
            UPDATE: Dock workers in Valdora ended their strike on Thursday evening after the harbour authority agreed to \
            postpone the automation of the two container terminals until an independent review reports next spring.

            Union leader Tomas Reyes called the deal "a victory for every family in this city" and said the first \
            ships would be unloaded overnight. The authority said no jobs would be lost during the review.""";

    DedupeEngine engine() {
        return new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
    }

    static ArticleRevised revised(DedupeEngine.Decision d) {
        assertThat(d.outcome()).isEqualTo(DedupeEngine.Outcome.REVISED);
        return (ArticleRevised) d.events().get(0);
    }

    @Test
    void aCorrectionKeepsTheArticleInItsStoryAndIsTheLatest() {
        DedupeEngine engine = engine();
        ArticleDeduplicated first = (ArticleDeduplicated) engine.decide(version(WIRE, null, AT), AT).events().get(0);
        ArticleRevised r = revised(engine.decide(version(CORRECTED, null, AT.plusHours(1)), AT.plusHours(1)));
        assertThat(r.article().id()).isEqualTo(first.article().id());
        assertThat(r.storyId()).isEqualTo(first.storyId());
        assertThat(r.revision()).isEqualTo(ArticleRevised.Revision.CORRECTION);
        assertThat(r.latest()).isTrue();
        assertThat(r.previousContentHash()).isEqualTo(first.article().contentHash());
        assertThat(r.similarity()).isEqualTo(0.8413);
        assertThat(r.seenAt()).isEqualTo(AT.plusHours(1));
    }

    @Test
    void aRewriteIsARewriteAndStillNeverLeavesItsStory() {
        DedupeEngine engine = engine();
        ArticleDeduplicated first = (ArticleDeduplicated) engine.decide(version(WIRE, null, AT), AT).events().get(0);
        ArticleRevised r = revised(engine.decide(version(REWRITTEN, null, AT.plusHours(3)), AT.plusHours(3)));
        assertThat(r.revision()).isEqualTo(ArticleRevised.Revision.REWRITE);
        assertThat(r.similarity()).isEqualTo(0.0);
        assertThat(r.latest()).isTrue();
        assertThat(r.storyId()).isEqualTo(first.storyId());
    }

    @Test
    void aLateOlderVersionIsKeptButNotTheLatestAndItsResendIsAResend() {
        DedupeEngine engine = engine();
        engine.decide(version(CORRECTED, AT.plusHours(2), AT.plusHours(3)), AT.plusHours(3));
        // the version the page had at 10:00 arrives after the one modified at 12:00
        ArticleRevised late = revised(engine.decide(version(WIRE, AT, AT.plusHours(4)), AT.plusHours(4)));
        assertThat(late.latest()).isFalse();
        assertThat(late.quotes()).as("a version not shown shares nothing").isEmpty();
        assertThat(late.previousContentHash()).isEqualTo(ArticleIds.contentHash(CORRECTED));
        DedupeEngine.Decision again = engine.decide(version(WIRE, AT, AT.plusHours(5)), AT.plusHours(5));
        assertThat(again.outcome()).isEqualTo(DedupeEngine.Outcome.RESENT);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aFirstVersionThatSaysOnlyWhenItWasPublishedIsOlderThanItsModifiedCorrection() {
        // published at 10:00, first seen two days later; the correction says it was modified at 11:00
        DedupeEngine engine = engine();
        Article published = new Article(ArticleIds.articleId(URL, WIRE), URL, "outlet", null, null, AT, null, WIRE,
                ArticleIds.contentHash(WIRE));
        engine.decide(ArticleIngested.of(published, AT.plusDays(2)), AT.plusDays(2));
        ArticleRevised r = revised(engine.decide(version(CORRECTED, AT.plusHours(1), AT.plusDays(3)), AT.plusDays(3)));
        assertThat(r.latest()).isTrue();
    }

    @Test
    void theSameVersionsGiveTheSameLatestInAnyOrderOfArrival() {
        List<ArticleIngested> versions = List.of(version(WIRE, AT, AT.plusHours(1)),
                version(CORRECTED, AT.plusHours(2), AT.plusHours(2)), version(REWRITTEN, AT.plusHours(1), AT.plusHours(3)));
        for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                List.of(2, 0, 1), List.of(2, 1, 0))) {
            DedupeEngine engine = engine();
            List<String> latest = new ArrayList<>();
            for (int i : order) {
                for (DedupeEvent e : engine.decide(versions.get(i), AT.plusHours(4)).events()) {
                    if (e instanceof ArticleDeduplicated d || e instanceof ArticleRevised r && r.latest()) {
                        latest.add(e instanceof ArticleDeduplicated d ? d.article().contentHash()
                                : ((ArticleRevised) e).article().contentHash());
                    }
                }
            }
            assertThat(latest).as("order %s", order).last().isEqualTo(ArticleIds.contentHash(CORRECTED));
        }
    }

    @Test
    void aLivePageThatGrowsToQuoteTwoWireStoriesBridgesNothing() {
        DedupeEngine engine = engine();
        ArticleDeduplicated wire = (ArticleDeduplicated) engine.decide(DedupeEngineTest.article("https://wire.example/1",
                "wire", WIRE), AT).events().get(0);
        ArticleDeduplicated other = (ArticleDeduplicated) engine.decide(DedupeEngineTest.article("https://wire.example/2",
                "wire", OTHER_STORY), AT).events().get(0);
        assertThat(other.storyId()).isNotEqualTo(wire.storyId());
        String live = "Live: the port strike, as it happens.\\n\\n" + WIRE;
        ArticleDeduplicated page = (ArticleDeduplicated) engine.decide(version(live, null, AT), AT).events().get(0);
        assertThat(page.storyId()).isEqualTo(wire.storyId());
        DedupeEngine.Decision grown = engine.decide(version(live + "\\n\\n" + OTHER_STORY, null, AT.plusHours(1)),
                AT.plusHours(1));
        assertThat(grown.events()).singleElement().isInstanceOf(ArticleRevised.class);
        assertThat(grown.merges()).isZero();
        ArticleRevised r = revised(grown);
        assertThat(r.storyId()).isEqualTo(wire.storyId());
        // what the grown text shares follows it: the other wire story as a passage, both wire copies as its reuse
        // (one a copy in its own story, one by the passage), the quote it now carries
        assertThat(r.passages()).extracting(io.wirecopy.shared.event.Passage::otherStoryId).containsOnly(other.storyId());
        assertThat(r.reuse().sources()).extracting(io.wirecopy.shared.event.Reuse.Source::articleId)
                .containsExactlyInAnyOrder(wire.article().id(), other.article().id());
        assertThat(r.quotes()).extracting(io.wirecopy.shared.event.Quote::text)
                .contains("Machines do not pay taxes, raise children or spend their wages in this city");
        // the next copy of the other wire story still goes to its own story, not through the live page
        ArticleDeduplicated copy = (ArticleDeduplicated) engine.decide(DedupeEngineTest.article("https://copy.example/2",
                "copy", OTHER_STORY + " "), AT.plusHours(2)).events().get(0);
        assertThat(copy.storyId()).isEqualTo(other.storyId());
    }

    @Test
    void versionsBeyondTheCapAreForgottenOldestFirstAndCounted() {
        DedupeEngine engine = engine();
        engine.decide(version(WIRE, AT, AT), AT);
        int forgotten = 0;
        for (int i = 1; i <= 21; i++) {
            forgotten += engine.decide(version(WIRE + " Update " + i + ".", AT.plusMinutes(i), AT.plusMinutes(i)),
                    AT.plusMinutes(i)).forgottenVersions();
        }
        assertThat(forgotten).isEqualTo(2); // 22 versions, 20 kept
        // "Update 1" was forgotten: sent again, it is a version again, older than all kept, not the latest; the first
        // version is still the article's own, a re-send
        ArticleRevised again = revised(engine.decide(version(WIRE + " Update 1.", AT.plusMinutes(1), AT.plusHours(1)),
                AT.plusHours(1)));
        assertThat(again.latest()).isFalse();
        assertThat(engine.decide(version(WIRE, AT, AT.plusHours(2)), AT.plusHours(2)).outcome())
                .isEqualTo(DedupeEngine.Outcome.RESENT);
    }
}
