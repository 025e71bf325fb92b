package io.wirecopy.dedupe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import io.wirecopy.testing.corpus.BaseStory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged dedupe-service on a real broker, exactly-once: articles in, one decision each out. */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class DedupeIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();

    static ArticleIngested article(String url, String text) {
        return article(url, "src", text);
    }

    static ArticleIngested article(String url, String source, String text) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(url, text), url, source, "T", null, null, null, text,
                ArticleIds.contentHash(text)), OffsetDateTime.now());
    }

    @Test
    void exactCopiesFoldIntoOneStory() {
        String text = "Wire copy republished word for word " + System.nanoTime();
        ArticleIngested a = article("https://one.example/x", text);
        ArticleIngested b = article("https://two.example/y", text);
        for (ArticleIngested e : List.of(a, b, a)) {
            TopicProbe.send(BOOTSTRAP, Topics.ARTICLES, e.article().id(), EventJson.write(e), null);
        }
        List<ArticleDeduplicated> decisions = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE,
                        r -> r.stream().filter(x -> TopicProbe.value(x).contains(b.article().id())).count() >= 1, Duration.ofSeconds(90))
                .stream().map(r -> EventJson.read(TopicProbe.value(r), ArticleDeduplicated.class))
                .filter(d -> d.article().contentHash().equals(a.article().contentHash())).toList();
        assertThat(decisions).extracting(ArticleDeduplicated::relation).containsExactly(Relation.NEW, Relation.EXACT);
        assertThat(decisions.get(1).storyId()).isEqualTo(decisions.get(0).storyId());

        // the re-sent article produced nothing more (read again after it was surely processed)
        ArticleIngested marker = article(null, "marker " + System.nanoTime());
        TopicProbe.send(BOOTSTRAP, Topics.ARTICLES, marker.article().id(), EventJson.write(marker), null);
        var all = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE,
                r -> r.stream().anyMatch(x -> TopicProbe.value(x).contains(marker.article().id())), Duration.ofSeconds(60));
        assertThat(all.stream().filter(x -> new String(x.key()).equals(a.article().id()))).hasSize(1);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void versionsOfAnArticleAreCorrectionsRewritesOrLateAndOlderWhateverTheOrderTheyCome() {
        BaseStory story = BaseStory.bundled().stream().filter(s -> s.id().equals("port-strike")).findFirst().orElseThrow();
        String run = " " + System.nanoTime();
        String url = "https://live.example/port" + run.trim();
        String v1 = String.join("\n\n", story.paragraphs()) + run;
        String v2 = v1 + "\n\nThe union said talks would resume on Friday.";
        String v3 = v2.replaceFirst(" the ", " a ");
        String v4 = "UPDATE: The strike at the port ended on Thursday evening after the harbour authority agreed to delay "
                + "the automation of its terminals until an independent review reports next spring." + run;
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        // modified at 10:00, 12:00 (a correction), 11:00 (arrives late), 13:00 (a rewrite)
        List<ArticleIngested> sent = List.of(version(url, v1, at), version(url, v3, at.plusHours(2)),
                version(url, v2, at.plusHours(1)), version(url, v4, at.plusHours(3)), version(url, v3, at.plusHours(2)));
        for (ArticleIngested e : sent) {
            TopicProbe.send(BOOTSTRAP, Topics.ARTICLES, e.article().id(), EventJson.write(e), null);
        }
        String id = sent.get(0).article().id();
        List<io.wirecopy.shared.event.DedupeEvent> events = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE,
                        r -> r.stream().filter(x -> new String(x.key()).equals(id)).count() >= 4, Duration.ofSeconds(90))
                .stream().filter(x -> new String(x.key()).equals(id))
                .map(x -> EventJson.read(TopicProbe.value(x), io.wirecopy.shared.event.DedupeEvent.class)).toList();
        assertThat(events).hasSize(4); // the correction sent again is a re-send
        assertThat(events.get(0)).isInstanceOf(ArticleDeduplicated.class);
        List<io.wirecopy.shared.event.ArticleRevised> versions = events.subList(1, 4).stream()
                .map(e -> (io.wirecopy.shared.event.ArticleRevised) e).toList();
        assertThat(versions).extracting(io.wirecopy.shared.event.ArticleRevised::latest).containsExactly(true, false, true);
        assertThat(versions).extracting(io.wirecopy.shared.event.ArticleRevised::revision).containsExactly(
                io.wirecopy.shared.event.ArticleRevised.Revision.CORRECTION,
                io.wirecopy.shared.event.ArticleRevised.Revision.CORRECTION,
                io.wirecopy.shared.event.ArticleRevised.Revision.REWRITE);
        assertThat(versions).extracting(io.wirecopy.shared.event.ArticleRevised::storyId)
                .containsOnly(((ArticleDeduplicated) events.get(0)).storyId());
        assertThat(versions.get(0).quotes()).isNotEmpty(); // what the latest text carries rides with it
    }

    static ArticleIngested version(String url, String text, OffsetDateTime modified) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(url, text), url, "live", "T", null, null, null, text,
                ArticleIds.contentHash(text)).withModifiedAt(modified), OffsetDateTime.now());
    }

    @Test
    void renderingsFollowTheDecisionInAnEventOfTheirOwn() {
        // a speaker of this run only: nobody else's quotes to compare with
        String surname = "Zel" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "").toLowerCase();
        ArticleIngested a = article("https://one.example/iran" + surname, "one", "President Hassan " + surname
                + " spoke on Saturday about the fighting in Iraq.\n\n\"We are ready to help the Iraqi government fight the terrorists,\" "
                + surname + " said.");
        ArticleIngested b = article("https://two.example/iran" + surname, "two", "President Hassan " + surname
                + " of Iran said on Saturday that his country might work with Washington.\n\n\"We stand ready to assist the government of Iraq"
                + " in fighting terrorists,\" " + surname + " told reporters.");
        for (ArticleIngested e : List.of(a, b)) {
            TopicProbe.send(BOOTSTRAP, Topics.ARTICLES, e.article().id(), EventJson.write(e), null);
        }
        String id = b.article().id();
        List<io.wirecopy.shared.event.DedupeEvent> events = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE,
                        r -> r.stream().filter(x -> new String(x.key()).equals(id)).count() >= 2, Duration.ofSeconds(90))
                .stream().filter(x -> new String(x.key()).equals(id))
                .map(x -> EventJson.read(TopicProbe.value(x), io.wirecopy.shared.event.DedupeEvent.class)).toList();
        assertThat(events).hasSize(2);
        ArticleDeduplicated decided = (ArticleDeduplicated) events.get(0);
        assertThat(decided.quotes()).singleElement().satisfies(q -> assertThat(q.renderings()).isEmpty());
        assertThat(events.get(1)).isInstanceOfSatisfying(io.wirecopy.shared.event.QuotesRendered.class, r -> {
            assertThat(r.articleId()).isEqualTo(id);
            assertThat(r.quotes()).singleElement().satisfies(q -> {
                assertThat(q.quoteId()).isEqualTo(decided.quotes().get(0).id());
                assertThat(q.renderings()).singleElement().satisfies(x -> assertThat(x.similarity()).isGreaterThan(0.65));
            });
        });
    }

    @Test
    void aTrimmedCopyJoinsTheStoryAndALiftedQuoteIsAPassage() {
        BaseStory story = BaseStory.bundled().stream().filter(s -> s.id().equals("port-strike")).findFirst().orElseThrow();
        String run = " " + System.nanoTime();
        String original = String.join("\n\n", story.paragraphs()) + run;
        String trimmed = "Share this article\n\n" + String.join("\n\n", story.paragraphs().subList(0, 3)) + run;
        String quote = story.quotes().get(0);
        String other = "Dockers elsewhere voted on Monday to support the strike and refuse overtime on diverted ships. "
                + "Speakers repeated the words of the union leader: \"" + quote + ".\" Managers said traffic rose by a fifth."
                + run;
        ArticleIngested a = article("https://wire.example/port" + run.trim(), "wire", original);
        ArticleIngested b = article("https://outlet.example/port" + run.trim(), "outlet", trimmed);
        ArticleIngested c = article("https://other.example/dockers" + run.trim(), "other", other);
        for (ArticleIngested e : List.of(a, b, c)) {
            TopicProbe.send(BOOTSTRAP, Topics.ARTICLES, e.article().id(), EventJson.write(e), null);
        }
        List<String> ids = List.of(a.article().id(), b.article().id(), c.article().id());
        List<ArticleDeduplicated> decisions = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE,
                        r -> r.stream().filter(x -> ids.contains(new String(x.key()))).count() >= 3, Duration.ofSeconds(90))
                .stream().filter(x -> ids.contains(new String(x.key())) && TopicProbe.value(x).startsWith("{\"type\":\"ArticleDeduplicated\""))
                .map(x -> EventJson.read(TopicProbe.value(x), ArticleDeduplicated.class)).toList();
        assertThat(decisions).extracting(ArticleDeduplicated::relation)
                .containsExactly(Relation.NEW, Relation.NEAR, Relation.NEW);
        assertThat(decisions.get(1).storyId()).isEqualTo(decisions.get(0).storyId());
        assertThat(decisions.get(1).matchedArticleId()).isEqualTo(a.article().id());
        // the quote is in the wire story and in its trimmed copy: a passage with each (every copy posts all its words)
        assertThat(decisions.get(2).passages()).hasSize(2).allSatisfy(p -> {
            assertThat(p.text()).isEqualTo(quote);
            assertThat(p.otherStoryId()).isEqualTo(decisions.get(0).storyId());
        }).extracting(io.wirecopy.shared.event.Passage::otherArticleId)
                .containsExactlyInAnyOrder(a.article().id(), b.article().id());
    }
}
