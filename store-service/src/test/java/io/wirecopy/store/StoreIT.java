package io.wirecopy.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.shared.event.StoriesMerged;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The packaged store-service on real PostgreSQL and a real broker: events in, the contract's JSON out. */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class StoreIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static Article article(String url, String source, String title, String text, String published) {
        return new Article(ArticleIds.articleId(url, text), url, source, title, null,
                published == null ? null : OffsetDateTime.parse(published), "en", text, ArticleIds.contentHash(text));
    }

    static void send(Object event) {
        String json = event instanceof ArticleDeduplicated d ? EventJson.write(d) : EventJson.write((StoriesMerged) event);
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, "k", json, null);
    }

    @Test
    void storiesFromDecisionsWithCanonicalCopiesPagingAndErrors() {
        String tag = "zq" + System.nanoTime();
        Article a = article("https://a.example/1", "a.example", "Kerry open to talks", "Kerry is open to talks " + tag + ".", "2014-06-16T10:00:00Z");
        Article b = article("https://b.example/9", "b.example", "Kerry: open", "Kerry is open to talks " + tag + ".", "2014-06-16T09:00:00Z");
        Article c = article(null, "unknown", "Rouhani ready", "Rouhani is ready to help " + tag + ".", null);
        String story1 = ArticleIds.storyId(a.id());
        String story2 = ArticleIds.storyId(c.id());
        ArticleDeduplicated first = ArticleDeduplicated.of(a, story1, Relation.NEW, null, 1.0, AT);
        send(first);
        send(ArticleDeduplicated.of(b, story1, Relation.EXACT, a.id(), 1.0, AT.plusMinutes(1)));
        send(first); // a duplicate event changes nothing
        Passage shared = new Passage(a.id(), story1, 2, 0, new Passage.Span(2, 4, 11, 20),
                new Passage.Span(1, 3, 6, 13), "ready to");
        send(ArticleDeduplicated.of(c, story2, Relation.NEW, null, 1.0, List.of(shared), AT.plusMinutes(2)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", tag).get("/stories")
                .then().statusCode(200).body("items", hasSize(2)));

        // same length texts: the earliest published is canonical
        given().get("/stories/" + story1).then().statusCode(200)
                .body("id", equalTo(story1))
                .body("canonicalArticleId", equalTo(b.id()))
                .body("title", equalTo("Kerry: open"))
                .body("text", equalTo(b.text()))
                .body("articles.id", contains(b.id(), a.id()))
                .body("articles.relation", contains("CANONICAL", "EXACT"))
                .body("articles.similarity", contains(1.0f, 1.0f))
                .body("sharedPassages", hasSize(1))
                .body("sharedPassages[0].text", equalTo("ready to"))
                .body("sharedPassages[0].words", equalTo(2))
                .body("sharedPassages[0].articleIds", containsInAnyOrder(c.id(), a.id()))
                .body("sharedPassages[0].storyIds", containsInAnyOrder(story2, story1));
        given().get("/stories/" + story2).then().body("sharedPassages.storyIds[0]", containsInAnyOrder(story2, story1));
        given().queryParam("q", tag).queryParam("limit", 1).get("/stories").then().statusCode(200)
                .body("items[0].id", equalTo(story2))
                .body("nextCursor", notNullValue());
        String cursor = given().queryParam("q", tag).queryParam("limit", 1).get("/stories").then().extract().path("nextCursor");
        given().queryParam("q", tag).queryParam("limit", 1).queryParam("cursor", cursor).get("/stories").then().statusCode(200)
                .body("items[0].id", equalTo(story1))
                .body("items[0].articleCount", equalTo(2))
                .body("items[0].sources", contains("a.example", "b.example"))
                .body("nextCursor", nullValue());
        given().queryParam("q", tag).queryParam("source", "unknown").get("/stories").then()
                .body("items.id", contains(story2));

        given().get("/articles/" + a.id()).then().statusCode(200)
                .body("storyId", equalTo(story1)).body("relation", equalTo("EXACT")).body("url", equalTo("https://a.example/1"));

        // a merge: the merged id redirects, the survivor has all three
        send(StoriesMerged.of(story1, story2, c.id(), AT.plusMinutes(3)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().redirects().follow(false)
                .get("/stories/" + story2).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/stories/" + story1)));
        given().get("/stories/" + story1).then().body("articles.id", containsInAnyOrder(a.id(), b.id(), c.id()))
                .body("sharedPassages", hasSize(0)); // now inside one story

        given().get("/stories/s_000000000000000000000000").then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/nope").then().statusCode(404).body("status", equalTo(404));
        given().queryParam("limit", 0).get("/stories").then().statusCode(400).body("detail", equalTo("limit must be between 1 and 100, got 0"));
        given().queryParam("since", "yesterday").get("/stories").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "bm9wZQ").get("/stories").then().statusCode(400);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anArticlesReuseIsStoredShownFilterableAndOnThePage() {
        String tag = "ru" + System.nanoTime();
        String wireText = "The port of Valdora was closed for a third day on Wednesday " + tag + ".";
        Article wire = article("https://wire.example/" + tag, "Reuters", "Port closed", wireText, "2014-06-16T07:15:00Z");
        Article copy = article("https://paper.example/" + tag, "paper.example", "Port shut",
                wireText + " Local traders said they feared the worst.", "2014-06-16T09:00:00Z");
        String story = ArticleIds.storyId(wire.id());
        send(ArticleDeduplicated.of(wire, story, Relation.NEW, null, 1.0, AT));
        send(ArticleDeduplicated.of(copy, story, Relation.NEAR, wire.id(), 0.6, List.of(),
                new Reuse(0.62, List.of(new Reuse.Source(wire.id(), story, "Reuters", 0.62))), AT.plusMinutes(1)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + copy.id()).then()
                .statusCode(200)
                .body("reuse.share", equalTo(0.62f))
                .body("reuse.sources[0].articleId", equalTo(wire.id()))
                .body("reuse.sources[0].storyId", equalTo(story))
                .body("reuse.sources[0].source", equalTo("Reuters"))
                .body("reuse.sources[0].share", equalTo(0.62f)));
        given().get("/articles/" + wire.id()).then().body("reuse.share", equalTo(0.0f)).body("reuse.sources", hasSize(0));
        given().queryParam("q", tag).queryParam("minReuse", "0.5").get("/stories").then().statusCode(200)
                .body("items.id", contains(story));
        given().queryParam("q", tag).queryParam("minReuse", "70%").get("/stories").then().statusCode(200)
                .body("items", hasSize(0));
        for (String bad : List.of("1.5", "-0.1", "NaN", "half", "1e999")) {
            given().queryParam("minReuse", bad).get("/stories").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("minReuse"));
        }
        given().get("/stories/" + story).then().body("articles.find { it.id == '" + copy.id() + "' }.reuse.share",
                equalTo(0.62f));
        given().get("/story/" + story).then().statusCode(200)
                .body(containsString("62% of this article is in the Reuters copy of 07:15"));
    }

    @Test
    void searchIsStemmedWeightsTitlesAboveTextAndPagesByRelevance() {
        String tag = "zr" + System.nanoTime();
        Article inTitle = article("https://a.example/strike", "a.example", "Dock strike shuts the port " + tag,
                "Workers stayed away for a third day " + tag + ".", "2026-03-01T10:00:00Z");
        Article inText = article("https://b.example/storm", "b.example", "Storm over the coast " + tag,
                "A lightning strike hit the old lighthouse, and more strikes followed " + tag + ".", "2026-03-02T10:00:00Z");
        String titleStory = ArticleIds.storyId(inTitle.id());
        String textStory = ArticleIds.storyId(inText.id());
        send(ArticleDeduplicated.of(inTitle, titleStory, Relation.NEW, null, 1.0, AT));
        send(ArticleDeduplicated.of(inText, textStory, Relation.NEW, null, 1.0, AT.plusMinutes(1)));

        String q = "strikes " + tag;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", q).get("/stories")
                .then().statusCode(200).body("items.id", contains(textStory, titleStory))); // newest first
        given().queryParam("q", q).queryParam("sort", "relevance").get("/stories").then().statusCode(200)
                .body("items.id", contains(titleStory, textStory)); // the title match ranks first
        String cursor = given().queryParam("q", q).queryParam("sort", "relevance").queryParam("limit", 1).get("/stories")
                .then().body("items.id", contains(titleStory)).extract().path("nextCursor");
        given().queryParam("q", q).queryParam("sort", "relevance").queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/stories").then().body("items.id", contains(textStory)).body("nextCursor", nullValue());
        given().queryParam("q", "\"old lighthouse\" " + tag).get("/stories").then().body("items.id", contains(textStory));
        given().queryParam("q", q).queryParam("cursor", cursor).get("/stories").then().statusCode(400);
        given().queryParam("sort", "relevance").get("/stories").then().statusCode(400)
                .body("detail", equalTo("sort=relevance needs a q to be relevant to"));
        given().queryParam("sort", "oldest").get("/stories").then().statusCode(400);
    }

    @Test
    void aQuoteLiftedIntoThreeStoriesIsOnePassageGroup() {
        String tag = "zp" + System.nanoTime();
        String quote = "machines do not pay taxes raise children or spend their wages in this city " + tag;
        Article wire = article("https://w.example/" + tag, "w.example", "Strike", "Reyes said: " + quote + ".", null);
        Article second = article("https://x.example/" + tag, "x.example", "Support", "Speakers repeated: " + quote + ".", null);
        Article third = article("https://y.example/" + tag, "y.example", "Column", "As the union put it, " + quote + ".", null);
        Article other = article("https://z.example/" + tag, "z.example", "Other", "Unrelated words " + tag + " and a line "
                + "that only two stories share about the harbour authority and its many promises.", null);
        String s1 = ArticleIds.storyId(wire.id());
        String s2 = ArticleIds.storyId(second.id());
        String s3 = ArticleIds.storyId(third.id());
        String s4 = ArticleIds.storyId(other.id());
        int words = 15;
        send(ArticleDeduplicated.of(wire, s1, Relation.NEW, null, 1.0, AT));
        send(ArticleDeduplicated.of(second, s2, Relation.NEW, null, 1.0, List.of(new Passage(wire.id(), s1, words, 0,
                new Passage.Span(2, 2 + words, 19, 19 + quote.length()), new Passage.Span(2, 2 + words, 12, 12 + quote.length()),
                quote)), AT.plusMinutes(1)));
        // the third article matched the second one's occurrence: the same group
        send(ArticleDeduplicated.of(third, s3, Relation.NEW, null, 1.0, List.of(new Passage(second.id(), s2, words, 0,
                new Passage.Span(5, 5 + words, 21, 21 + quote.length()), new Passage.Span(2, 2 + words, 19, 19 + quote.length()),
                quote)), AT.plusMinutes(2)));
        send(ArticleDeduplicated.of(other, s4, Relation.NEW, null, 1.0, List.of(new Passage(wire.id(), s1, 2, 0,
                new Passage.Span(0, 2, 0, 15), new Passage.Span(0, 2, 0, 10), "Unrelated words")), AT.plusMinutes(3)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", tag).queryParam("minStories", 3)
                .get("/passages").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].words", equalTo(words))
                .body("items[0].storyIds", containsInAnyOrder(s1, s2, s3))
                .body("items[0].articleIds", containsInAnyOrder(wire.id(), second.id(), third.id())));
        given().queryParam("storyId", s4).get("/passages").then().body("items.text", contains("Unrelated words"));
        String cursor = given().queryParam("storyId", s1).queryParam("limit", 1).get("/passages").then()
                .body("items[0].words", equalTo(words)).extract().path("nextCursor");
        given().queryParam("storyId", s1).queryParam("limit", 1).queryParam("cursor", cursor).get("/passages").then()
                .body("items.text", contains("Unrelated words")).body("nextCursor", nullValue());
        given().get("/stories/" + s3).then().body("sharedPassages[0].storyIds", containsInAnyOrder(s1, s2, s3));
        given().queryParam("minStories", 1).get("/passages").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "bm9wZQ").get("/passages").then().statusCode(400);

        // health includes the database; metrics count what users care about
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("wirecopy_store_passages"))
                .body(org.hamcrest.Matchers.containsString("wirecopy_store_duplicates"))
                .body(org.hamcrest.Matchers.containsString("kafka_consumer_fetch_manager_records_lag")));
    }

    @Test
    void pagingNeitherSkipsNorRepeatsWhileStoriesArrive() {
        String tag = "zk" + System.nanoTime();
        List<String> first = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Article a = article("https://k.example/" + tag + "/" + i, "k.example", "Paging " + i, "Paging story " + i + " " + tag + ".", null);
            first.add(ArticleIds.storyId(a.id()));
            send(ArticleDeduplicated.of(a, first.get(i), Relation.NEW, null, 1.0, AT));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", tag).get("/stories")
                .then().body("items", hasSize(5)));
        List<String> seen = new java.util.ArrayList<>(given().queryParam("q", tag).queryParam("limit", 2).get("/stories")
                .then().extract().<List<String>>path("items.id"));
        String cursor = given().queryParam("q", tag).queryParam("limit", 2).get("/stories").then().extract().path("nextCursor");
        // a new story arrives between pages: it is newer than every page already read, so it never shifts them
        Article late = article("https://k.example/" + tag + "/late", "k.example", "Paging late", "Paging story late " + tag + ".", null);
        send(ArticleDeduplicated.of(late, ArticleIds.storyId(late.id()), Relation.NEW, null, 1.0, AT));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", tag).get("/stories")
                .then().body("items", hasSize(6)));
        while (cursor != null) {
            var page = given().queryParam("q", tag).queryParam("limit", 2).queryParam("cursor", cursor).get("/stories").then()
                    .statusCode(200).extract();
            seen.addAll(page.<List<String>>path("items.id"));
            cursor = page.path("nextCursor");
        }
        java.util.Collections.reverse(first);
        assertThat(seen).containsExactlyElementsOf(first);
    }

    @Test
    void recordsThatCanNeverBeAppliedAreDeadLetteredAndTheRestFlowsAndRenders() {
        String tag = "poison" + System.nanoTime();
        // an article with nothing but its text and source: no URL, title, byline, time or language
        Article bare = new Article(ArticleIds.articleId(null, "Bare article " + tag + "."), null, "unknown", null, null,
                null, null, "Bare article " + tag + ".", ArticleIds.contentHash("Bare article " + tag + "."));
        String bareStory = ArticleIds.storyId(bare.id());
        Article nul = article(null, "unknown", "Nul", "Text with a NUL " + tag + ".", null);
        String poisoned = EventJson.write(ArticleDeduplicated.of(nul, ArticleIds.storyId(nul.id()), Relation.NEW, null, 1.0, AT))
                .replace("Text with a NUL", "Text with a \\u0000 NUL");
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, "garbage-" + tag, "{not an event", null);
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, "nul-" + tag, poisoned, null);
        send(ArticleDeduplicated.of(bare, bareStory, Relation.NEW, null, 1.0, AT));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/stories/" + bareStory)
                .then().statusCode(200).body("articles[0].publishedAt", nullValue()));
        var letters = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE_DLQ,
                r -> r.stream().filter(x -> new String(x.key()).endsWith(tag)).count() >= 2, Duration.ofSeconds(60))
                .stream().filter(x -> new String(x.key()).endsWith(tag)).toList();
        assertThat(letters).extracting(x -> new String(x.key())).containsExactly("garbage-" + tag, "nul-" + tag);
        assertThat(TopicProbe.value(letters.get(1))).isEqualTo(poisoned);
        assertThat(TopicProbe.header(letters.get(1), Topics.HEADER_ERROR_REASON)).contains("Article.text holds a control character");
        assertThat(TopicProbe.header(letters.get(1), Topics.HEADER_ERROR_CLASS)).endsWith("EventFormatException");
        assertThat(TopicProbe.header(letters.get(1), Topics.HEADER_ERROR_TOPIC)).isEqualTo(Topics.DEDUPE);
        assertThat(TopicProbe.header(letters.get(1), Topics.HEADER_ERROR_PARTITION)).isEqualTo("0");
        assertThat(Long.parseLong(TopicProbe.header(letters.get(1), Topics.HEADER_ERROR_OFFSET)))
                .isEqualTo(Long.parseLong(TopicProbe.header(letters.get(0), Topics.HEADER_ERROR_OFFSET)) + 1);

        // every page and view renders an article with its fields absent
        given().get("/story/" + bareStory).then().statusCode(200).contentType(containsString("text/html"));
        given().queryParam("q", tag).get("/").then().statusCode(200).body(containsString("/story/" + bareStory));
        given().get("/").then().statusCode(200);
        given().get("/articles/" + bare.id()).then().statusCode(200).body("title", nullValue()).body("url", nullValue());
        given().queryParam("q", "a\u0000b").get("/").then().statusCode(400);
        given().get("/q/health/ready").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("wirecopy_store_events_dead_lettered_total")));
    }

    @Test
    void aRecordThatReusesAStoredArticlesIdForAnotherTextIsDeadLetteredAndItsNeighboursApplied() {
        String tag = "forged" + System.nanoTime();
        Article first = article("https://f.example/" + tag, "f.example", "First", "The first text " + tag + ".", null);
        Article neighbour = article("https://n.example/" + tag, "n.example", "Neighbour", "A neighbour " + tag + ".", null);
        String forgedText = "Words put in its mouth " + tag + ".";
        // written straight to the topic: the stored article's id, another text (so another event id)
        Article forged = new Article(first.id(), first.url(), first.source(), "Forged", null, null, "en", forgedText,
                ArticleIds.contentHash(forgedText));
        send(ArticleDeduplicated.of(first, ArticleIds.storyId(first.id()), Relation.NEW, null, 1.0, AT));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + first.id()).then().statusCode(200));
        TopicProbe.send(BOOTSTRAP, Topics.DEDUPE, "forged-" + tag,
                EventJson.write(ArticleDeduplicated.of(forged, ArticleIds.storyId(first.id()), Relation.NEW, null, 1.0, AT)), null);
        send(ArticleDeduplicated.of(neighbour, ArticleIds.storyId(neighbour.id()), Relation.NEW, null, 1.0, AT));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/" + neighbour.id()).then().statusCode(200));
        var letters = TopicProbe.readUntil(BOOTSTRAP, Topics.DEDUPE_DLQ,
                r -> r.stream().anyMatch(x -> new String(x.key()).equals("forged-" + tag)), Duration.ofSeconds(60))
                .stream().filter(x -> new String(x.key()).equals("forged-" + tag)).toList();
        assertThat(letters).hasSize(1);
        assertThat(TopicProbe.header(letters.get(0), Topics.HEADER_ERROR_REASON)).contains("SQLSTATE 23505");
        given().get("/articles/" + first.id()).then().statusCode(200).body("text", equalTo(first.text()))
                .body("title", equalTo("First"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aLongArticleOfVariedTextAndALongPassageAreStoredAndFound() {
        String tag = "long" + System.nanoTime();
        StringBuilder text = new StringBuilder(tag).append(" begins a long report.");
        // the longest text an article may have (Article.MAX_TEXT_CHARS), ~70,000 different words
        for (int i = 0; text.length() < io.wirecopy.shared.event.Article.MAX_TEXT_CHARS - 10; i++) {
            text.append(' ').append("w").append(Integer.toString(i * 7919, 36));
        }
        Article big = article("https://long.example/" + tag, "long.example", "A long report", text.toString(), null);
        String bigStory = ArticleIds.storyId(big.id());
        send(ArticleDeduplicated.of(big, bigStory, Relation.NEW, null, 1.0, AT));
        String shared = text.substring(0, 150_000);
        Article other = article("https://other.example/" + tag, "other.example", "It quotes the report", shared + " and more.", null);
        Passage passage = new Passage(big.id(), bigStory, 20_000, 0, new Passage.Span(0, 20_000, 0, shared.length()),
                new Passage.Span(0, 20_000, 0, shared.length()), shared);
        send(ArticleDeduplicated.of(other, ArticleIds.storyId(other.id()), Relation.NEW, null, 1.0, List.of(passage), AT));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().queryParam("q", tag).get("/stories")
                .then().statusCode(200).body("items", hasSize(2)));
        given().get("/stories/" + bigStory).then().statusCode(200).body("sharedPassages", hasSize(1));
        given().queryParam("q", tag).get("/passages").then().statusCode(200).body("items", hasSize(1));
    }

    /** The API as the running service describes it is the one committed in {@code docs/openapi/store.yaml}. */
    @org.junit.jupiter.api.Test
    void theOpenApiDocumentIsTheCommittedContract() throws java.io.IOException {
        io.wirecopy.testing.OpenApiContract.assertCommitted("store",
                given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString());
    }
}
