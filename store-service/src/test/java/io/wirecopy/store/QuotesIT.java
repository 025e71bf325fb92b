package io.wirecopy.store;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.shared.event.QuotesRendered;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.Hashing;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Quotes on the packaged store-service, real PostgreSQL and broker: decisions with quotes in, /quotes and /speakers out. */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class QuotesIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-16T10:00:00Z");

    static String id(String prefix, String tag, String what) {
        return prefix + Hashing.sha256Hex(tag + what).substring(0, 16);
    }

    static Article article(String source, String text) {
        return new Article(ArticleIds.articleId(null, source + text), null, source, "About " + text.substring(0, 12), null,
                null, "en", text, ArticleIds.contentHash(text));
    }

    static void send(ArticleDeduplicated d) {
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, d.article().id(), EventJson.write(d), null);
    }

    @Test
    void aQuoteIsListedOnceWithEveryArticleAndStoryAndItsRenderings() {
        String tag = "zq" + System.nanoTime();
        String kerry = "Kerry" + tag;
        String rouhani = "Rouhani" + tag;
        String kerryId = id("p_", tag, "kerry");
        String rouhaniId = id("p_", tag, "rouhani");
        String open = id("q_", tag, "open");
        String think = id("q_", tag, "think");
        String whenever = id("q_", tag, "whenever");
        String talks = id("q_", tag, "talks");

        Article a = article("unknown", "Kerry and Rouhani " + tag + " spoke on Saturday about Iraq.");
        Article b = article("unknown", "Kerry " + tag + " told Yahoo News, and Rouhani answered.");
        Article c = article("other", "Kerry " + tag + " told Yahoo News, and Rouhani answered.");
        String story1 = ArticleIds.storyId(a.id());
        String story2 = ArticleIds.storyId(b.id());

        Quote openA = new Quote(open, "We are open to any constructive process here that would minimize the violence",
                kerryId, kerry, List.of(kerry), List.of());
        Quote thinkA = new Quote(think, "We can think about it if we see America confront the terrorist groups", rouhaniId,
                "Hassan " + rouhani, List.of(rouhani, "Hassan " + rouhani), List.of());
        Quote openB = new Quote(open, "I think we are open to any constructive process here that could minimize the violence",
                kerryId, "John " + kerry, List.of("John " + kerry, "Mr. " + kerry), List.of());
        Quote wheneverB = new Quote(whenever, "Whenever the United States acts against terrorists, Iran can consider cooperating",
                rouhaniId, "Hassan " + rouhani, List.of(rouhani), List.of());

        Quote talksA = new Quote(talks, "The talks will resume next week in Vienna " + tag + " if both sides agree", null, null,
                List.of(), List.of(), "a spokesman for the ministry");
        ArticleDeduplicated first = ArticleDeduplicated.of(a, story1, Relation.NEW, null, 1.0, AT)
                .withQuotes(List.of(openA, thinkA, talksA));
        send(first);
        send(ArticleDeduplicated.of(b, story2, Relation.NEW, null, 1.0, AT.plusMinutes(1)).withQuotes(List.of(openB, wheneverB)));
        // the rendering, as dedupe's step after the decision finds it: an event of its own, after b's decision
        QuotesRendered rendered = QuotesRendered.of(b.id(), List.of(new QuotesRendered.Rendered(whenever,
                List.of(new Quote.Rendering(think, 0.5555)))), AT.plusMinutes(1));
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, b.id(), EventJson.write(rendered), null);
        send(ArticleDeduplicated.of(c, story2, Relation.EXACT, b.id(), 1.0, AT.plusMinutes(2)).withQuotes(List.of(openB, wheneverB)));
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, b.id(), EventJson.write(rendered), null); // replayed: changes nothing
        send(first); // a re-sent decision changes nothing

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("speaker", kerry).get("/quotes")
                .then().statusCode(200).body("items[0].articleIds", hasSize(3)));

        List<String> all = Stream.of(a.id(), b.id(), c.id()).sorted().toList();
        List<String> stories = Stream.of(story1, story2).sorted().toList();
        given().queryParam("speaker", "john " + kerry.toLowerCase()).get("/quotes").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(open))
                .body("items[0].text", equalTo(openA.text()))
                .body("items[0].speaker", equalTo("John " + kerry))
                .body("items[0].articleIds", equalTo(all))
                .body("items[0].storyIds", equalTo(stories))
                .body("items[0].renderings", hasSize(0))
                .body("items[0].firstSeenAt", notNullValue())
                .body("nextCursor", nullValue());

        // newest first; the rendering shown from both ends, with where the other wording was first carried
        String firstOfB = Stream.of(b.id(), c.id()).sorted().findFirst().orElseThrow();
        given().queryParam("speaker", rouhani).get("/quotes").then().statusCode(200)
                .body("items.id", contains(whenever, think))
                .body("items[0].renderings.text", contains(thinkA.text()))
                .body("items[0].renderings[0].articleId", equalTo(a.id()))
                .body("items[0].renderings[0].storyId", equalTo(story1))
                .body("items[0].renderings[0].similarity", equalTo(0.5555f))
                .body("items[1].renderings.text", contains(wheneverB.text()))
                .body("items[1].renderings[0].articleId", equalTo(firstOfB))
                .body("items[1].renderings[0].storyId", equalTo(story2));

        // all first seen with article a: at one time, the larger id first
        given().queryParam("storyId", story1).get("/quotes").then().statusCode(200)
                .body("items.id", equalTo(Stream.of(think, open, talks).sorted(java.util.Comparator.reverseOrder()).toList()));

        // a source the article describes and does not name: its description, never a speaker
        given().queryParam("q", "Vienna " + tag).get("/quotes").then().statusCode(200)
                .body("items.id", contains(talks))
                .body("items[0].speaker", nullValue())
                .body("items[0].speakerDescription", equalTo("a spokesman for the ministry"));
        given().queryParam("speaker", "spokesman").get("/quotes").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("speaker", kerry).get("/quotes").then().statusCode(200)
                .body("items[0]", not(hasKey("speakerDescription")));
        given().queryParam("q", "constructive " + "violence").queryParam("speaker", kerry).get("/quotes").then()
                .statusCode(200).body("items.id", contains(open));

        // keyset paging
        String next = given().queryParam("speaker", rouhani).queryParam("limit", 1).get("/quotes").then().statusCode(200)
                .body("items.id", contains(whenever)).extract().path("nextCursor");
        given().queryParam("speaker", rouhani).queryParam("limit", 1).queryParam("cursor", next).get("/quotes").then()
                .statusCode(200).body("items.id", contains(think)).body("nextCursor", nullValue());

        given().queryParam("q", kerry).get("/speakers").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(kerryId))
                .body("items[0].name", equalTo("John " + kerry))
                .body("items[0].names", equalTo(Stream.of(kerry, "John " + kerry, "Mr. " + kerry).sorted().toList()))
                .body("items[0].quotes", equalTo(1));

        // the story page: quotes, speakers, where else said, other words
        given().get("/story/" + story1).then().statusCode(200)
                .body(containsString("Quotes"))
                .body(containsString("John " + kerry))
                .body(containsString("a spokesman for the ministry (not named)"))
                .body(containsString("/story/" + story2))
                .body(containsString("In other words"));

        // bad parameters are 400s
        given().queryParam("limit", 0).get("/quotes").then().statusCode(400);
        given().queryParam("limit", 101).get("/speakers").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").get("/quotes").then().statusCode(400);
        given().queryParam("storyId", "s_nope").get("/quotes").then().statusCode(400);
        given().queryParam("speaker", "%_\\").get("/quotes").then().statusCode(200).body("items", hasSize(0));
    }
}
