package io.wirecopy.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Articles that change, in the packaged store on real PostgreSQL and a real broker: a version dedupe decided is the
 * latest is shown, every version is kept and listed newest first, a late older one is kept and not shown, a
 * replayed version changes nothing, versions beyond the cap are dropped and counted, and a version of an article the
 * store does not have is dead-lettered.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class VersionsIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static Article version(Article first, String title, String text, OffsetDateTime modified) {
        return new Article(first.id(), first.url(), first.source(), title, null, first.publishedAt(), "en", text,
                ArticleIds.contentHash(text), null, java.util.List.of(), modified);
    }

    static void send(String key, io.wirecopy.shared.event.DedupeEvent event) {
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, key, EventJson.write(event), null);
    }

    @Test
    void aCorrectionIsShownALateOlderVersionIsNotAndEveryVersionIsListedNewestFirst() {
        String tag = "ver" + System.nanoTime();
        String url = "https://live.example/" + tag;
        String text1 = "Three people were hurt in a fire at the Valdora docks " + tag + ".";
        Article first = new Article(ArticleIds.articleId(url, text1), url, "live.example", "Fire at docks", null,
                AT, "en", text1, ArticleIds.contentHash(text1), null, java.util.List.of(), AT);
        String story = ArticleIds.storyId(first.id());
        send(first.id(), ArticleDeduplicated.of(first, story, Relation.NEW, null, 1.0, AT));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + first.id()).then()
                .statusCode(200).body("versions", equalTo(1)).body("updatedAt", nullValue()));
        given().get("/articles/" + first.id() + "/versions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].shown", equalTo(true)).body("items[0].revision", nullValue())
                .body("nextCursor", nullValue());

        // the correction, modified at 12:00, arrives; then the version of 11:00 arrives late
        Article corrected = version(first, "Fire at docks: four hurt", text1.replace("Three", "Four"), AT.plusHours(2));
        ArticleRevised correction = ArticleRevised.of(corrected, story, first.contentHash(), true,
                ArticleRevised.Revision.CORRECTION, 0.8, AT.plusHours(2).plusMinutes(5), AT.plusHours(2).plusMinutes(5));
        send(first.id(), correction);
        Article older = version(first, "Fire at docks", text1.replace("Three people were", "Three people, one a child, were"),
                AT.plusHours(1));
        send(first.id(), ArticleRevised.of(older, story, corrected.contentHash(), false, ArticleRevised.Revision.CORRECTION,
                0.82, AT.plusHours(3), AT.plusHours(3)));
        send(first.id(), correction); // replayed: changes nothing

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + first.id()).then()
                .statusCode(200).body("versions", equalTo(3)));
        given().get("/articles/" + first.id()).then().body("text", equalTo(corrected.text()))
                .body("title", equalTo("Fire at docks: four hurt"))
                .body("updatedAt", equalTo("2026-11-23T12:05:00Z")).body("modifiedAt", equalTo("2026-11-23T12:00:00Z"));
        given().get("/stories/" + story).then().body("text", equalTo(corrected.text()))
                .body("title", equalTo("Fire at docks: four hurt"));
        given().get("/articles/" + first.id() + "/versions").then().statusCode(200)
                .body("items.contentHash", contains(corrected.contentHash(), older.contentHash(), first.contentHash()))
                .body("items.shown", contains(true, false, false))
                .body("items.revision", contains("CORRECTION", "CORRECTION", null))
                .body("items[2].text", equalTo(text1));
        // paged: one at a time through the cursor
        String cursor = given().queryParam("limit", 1).get("/articles/" + first.id() + "/versions").then()
                .body("items.contentHash", contains(corrected.contentHash())).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).get("/articles/" + first.id() + "/versions").then()
                .body("items.contentHash", contains(older.contentHash(), first.contentHash())).body("nextCursor", nullValue());
        given().queryParam("cursor", "bm9wZQ").get("/articles/" + first.id() + "/versions").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/articles/a_000000000000000000000000/versions").then().statusCode(404);
        // the story page marks the updated copy
        given().get("/story/" + story).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("href=\"/article/" + first.id() + "/versions\""));
        // and what changed, on a page: the corrected paragraph added, the one it replaced removed
        given().get("/article/" + first.id() + "/versions").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<ins>" + corrected.text() + "</ins>"))
                .body(org.hamcrest.Matchers.containsString("<del>" + older.text() + "</del>"));
        given().get("/article/a_000000000000000000000000/versions").then().statusCode(404);
    }

    @Test
    void theLatestVersionsPassagesReuseAndQuotesReplaceTheFirstVersionsPassagesAndJoinItsQuotes() {
        String tag = "share" + System.nanoTime();
        String wireText = "Dock workers in Portmarin voted to support their colleagues in Valdora " + tag + ".";
        Article wire = new Article(ArticleIds.articleId("https://wire.example/" + tag, wireText), "https://wire.example/" + tag,
                "Reuters", "Portmarin votes", null, AT, "en", wireText, ArticleIds.contentHash(wireText));
        String wireStory = ArticleIds.storyId(wire.id());
        send(wire.id(), ArticleDeduplicated.of(wire, wireStory, Relation.NEW, null, 1.0, AT));
        String url = "https://live.example/" + tag;
        String text1 = "Live: the port strike " + tag + ". Ships wait at anchor.";
        Article live = new Article(ArticleIds.articleId(url, text1), url, "live.example", "Live", null, null, "en", text1,
                ArticleIds.contentHash(text1));
        String story = ArticleIds.storyId(live.id());
        // the first version shares "the port strike" with the wire story
        io.wirecopy.shared.event.Passage old = new io.wirecopy.shared.event.Passage(wire.id(), wireStory, 3, 0,
                new io.wirecopy.shared.event.Passage.Span(1, 4, 6, 21), new io.wirecopy.shared.event.Passage.Span(0, 3, 0, 12),
                "the port strike");
        send(live.id(), ArticleDeduplicated.of(live, story, Relation.NEW, null, 1.0, java.util.List.of(old), AT.plusMinutes(1)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("storyId", story).get("/passages")
                .then().statusCode(200).body("items.text", contains("the port strike")));

        String text2 = "Live: " + wireText + " \"We stand with Valdora until the last ship is unloaded,\" said Ana Lind.";
        Article grown = version(live, "Live", text2, null);
        io.wirecopy.shared.event.Passage now = new io.wirecopy.shared.event.Passage(wire.id(), wireStory, 12, 0,
                new io.wirecopy.shared.event.Passage.Span(1, 13, 6, 6 + wireText.length()),
                new io.wirecopy.shared.event.Passage.Span(0, 12, 0, wireText.length()), wireText);
        io.wirecopy.shared.event.Quote quote = new io.wirecopy.shared.event.Quote("q_" + Long.toHexString(System.nanoTime() | (1L << 60)),
                "We stand with Valdora until the last ship is unloaded", null, null, java.util.List.of(), java.util.List.of(),
                null);
        send(live.id(), ArticleRevised.of(grown, story, live.contentHash(), true, ArticleRevised.Revision.REWRITE, 0.1,
                AT.plusHours(1), AT.plusHours(1)).sharing(java.util.List.of(now),
                new io.wirecopy.shared.event.Reuse(0.6, java.util.List.of(new io.wirecopy.shared.event.Reuse.Source(wire.id(),
                        wireStory, "Reuters", 0.6))), java.util.List.of(quote)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + live.id()).then()
                .statusCode(200).body("versions", equalTo(2)));
        given().get("/articles/" + live.id()).then().body("reuse.share", equalTo(0.6f))
                .body("reuse.sources.articleId", contains(wire.id()));
        given().queryParam("storyId", story).get("/passages").then().statusCode(200)
                .body("items.text", contains(wireText)); // the first version's passage is gone with its places
        given().queryParam("storyId", story).get("/quotes").then().statusCode(200)
                .body("items.text", contains("We stand with Valdora until the last ship is unloaded"));
        given().get("/story/" + story).then().statusCode(200).body(org.hamcrest.Matchers.containsString("<mark"));
    }

    @Test
    void versionsBeyondTheCapAreDroppedOldestFirstAndCounted() {
        String tag = "cap" + System.nanoTime();
        String url = "https://cap.example/" + tag;
        String text = "A live page " + tag + ".";
        Article first = new Article(ArticleIds.articleId(url, text), url, "cap.example", "Live", null, null, "en", text,
                ArticleIds.contentHash(text));
        String story = ArticleIds.storyId(first.id());
        send(first.id(), ArticleDeduplicated.of(first, story, Relation.NEW, null, 1.0, AT));
        String previous = first.contentHash();
        for (int i = 1; i <= 21; i++) {
            Article v = version(first, "Live " + i, text + " Entry " + i + ".", AT.plusMinutes(i));
            send(first.id(), ArticleRevised.of(v, story, previous, true, ArticleRevised.Revision.CORRECTION, 0.9,
                    AT.plusMinutes(i), AT.plusMinutes(i)));
            previous = v.contentHash();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + first.id()).then()
                .statusCode(200).body("title", equalTo("Live 21")));
        given().get("/articles/" + first.id()).then().body("versions", equalTo(20));
        given().queryParam("limit", 100).get("/articles/" + first.id() + "/versions").then()
                .body("items", hasSize(20)).body("items[0].title", equalTo("Live 21"))
                .body("items[19].title", equalTo("Live 2")); // the first version and entry 1 dropped
    }

    @Test
    void aVersionOfAnArticleTheStoreDoesNotHaveIsDeadLettered() {
        String tag = "orphan" + System.nanoTime();
        String url = "https://orphan.example/" + tag;
        String text = "Nobody decided this article " + tag + ".";
        Article never = new Article(ArticleIds.articleId(url, text), url, "orphan.example", null, null, null, "en", text,
                ArticleIds.contentHash(text));
        Article v2 = version(never, null, text + " Updated.", null);
        send("orphan-" + tag, ArticleRevised.of(v2, ArticleIds.storyId(never.id()), never.contentHash(), true,
                ArticleRevised.Revision.CORRECTION, 0.9, AT, AT));
        var letters = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE_DLQ,
                r -> r.stream().anyMatch(x -> new String(x.key()).equals("orphan-" + tag)), Duration.ofSeconds(60))
                .stream().filter(x -> new String(x.key()).equals("orphan-" + tag)).toList();
        assertThat(letters).hasSize(1);
        assertThat(TopicProbe.header(letters.get(0), Topics.HEADER_ERROR_REASON)).contains("SQLSTATE 23503");
        given().get("/articles/" + never.id()).then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
