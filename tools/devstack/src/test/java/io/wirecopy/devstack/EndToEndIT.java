package io.wirecopy.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.RestAssured;
import io.wirecopy.testing.corpus.BaseStory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole stack as devstack runs it (real broker, real PostgreSQL, the three packaged services):
 * articles in at ingest, stories with their copies and shared passages out at store.
 */
class EndToEndIT {

    static DevStack stack;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
        stack = DevStack.start(new DevStack.Options(root, root.resolve("tools/devstack/target/e2e-data"), true, 0, 0,
                Duration.ofSeconds(180)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    static String post(String contentType, String body) {
        return given().baseUri("http://localhost:8081").contentType(contentType).body(body.getBytes())
                .post("/articles").then().statusCode(202).extract().path("articleId");
    }

    @Test
    void differentArticlesAreStoriesAndCopiesFoldUnderOne() {
        RestAssured.baseURI = "http://localhost:8080";
        String tag = "e2e" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(post("text/plain", "Headline " + i + "\nBody of story number " + i + " about " + tag + ", words words."));
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(post("text/plain", "Headline 0\nBody of story number 0 about " + tag + ", words words.")).isEqualTo(ids.get(0));

        String copy = "{\"title\": \"Copy\", \"text\": \"The agency text " + tag + " that outlets republish verbatim.\", \"url\": \"%s\"}";
        String one = post("application/json", copy.formatted("https://one.example/a"));
        String two = post("application/json", copy.formatted("https://two.example/b?utm_source=x"));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().queryParam("q", tag).get("/stories")
                .then().statusCode(200).body("items", hasSize(6)));
        String storyId = given().get("/articles/" + one).then().statusCode(200).extract().path("storyId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/stories/" + storyId).then()
                .body("articles.id", containsInAnyOrder(one, two))
                .body("articles.relation", containsInAnyOrder("CANONICAL", "EXACT")));
        given().get("/articles/" + ids.get(0)).then().body("title", equalTo("Headline 0"));
    }

    @Test
    void aRepublicationFoldsAsNearCopyAndALiftedQuoteIsSharedBetweenStories() {
        RestAssured.baseURI = "http://localhost:8080";
        String tag = " e2e" + System.nanoTime();
        BaseStory wire = BaseStory.bundled().stream().filter(s -> s.id().equals("vote-result")).findFirst().orElseThrow();
        BaseStory other = BaseStory.bundled().stream().filter(s -> s.id().equals("vote-okoro")).findFirst().orElseThrow();
        String quote = wire.quotes().get(0);
        String original = String.join("\n\n", wire.paragraphs()) + tag;
        String republished = wire.title() + "\nShare this article\n" + String.join("\n\n", wire.paragraphs().subList(0, 3)) + tag;
        String lifted = other.paragraphs().get(0) + "\n\n\"" + quote + ",\" Mercer had said after the vote.\n\n"
                + String.join("\n\n", other.paragraphs().subList(1, other.paragraphs().size())) + tag;

        String a = given().baseUri("http://localhost:8081").contentType("application/json")
                .body(Map.of("url", "https://wire.example/vote" + tag.trim(), "source", "wire", "title", wire.title(),
                        "text", original))
                .post("/articles").then().statusCode(202).extract().path("articleId");
        String b = given().baseUri("http://localhost:8081").contentType("text/plain")
                .queryParam("source", "outlet").queryParam("url", "https://outlet.example/vote" + tag.trim())
                .body(republished.getBytes()).post("/articles").then().statusCode(202).extract().path("articleId");
        String c = given().baseUri("http://localhost:8081").contentType("application/json")
                .body(Map.of("url", "https://other.example/okoro" + tag.trim(), "source", "other", "title", other.title(),
                        "text", lifted))
                .post("/articles").then().statusCode(202).extract().path("articleId");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/articles/" + c).then().statusCode(200));
        String story = given().get("/articles/" + a).then().extract().path("storyId");
        given().get("/stories/" + story).then().statusCode(200)
                .body("articles.id", containsInAnyOrder(a, b))
                .body("articles.relation", containsInAnyOrder("CANONICAL", "NEAR"))
                .body("sharedPassages.text", contains(quote))
                // every article carrying the quote: the wire story, the republication when its paragraphs kept it, the lift
                .body("sharedPassages[0].articleIds", containsInAnyOrder(
                        (republished.contains(quote) ? List.of(a, b, c) : List.of(a, c)).toArray()));
        String otherStory = given().get("/articles/" + c).then().extract().path("storyId");
        assertThat(otherStory).isNotEqualTo(story);
    }

    /**
     * The README's walk-through: five scraped pages posted as {@code text/plain}, no source, no URL. Two
     * unknown sources are never one source, so the Rouhani paragraph (rewritten: "US"/"America", "left the
     * door open" inserted) is shared by the round-up and the Independent page, Kerry's "open to any
     * constructive process" (across "would"/"could") by the round-up and the agency page; the two pages
     * about new talks share nothing. A verbatim three-paragraph lead of a long story joins it as NEAR.
     */
    @Test
    void theWalkThroughPagesWithoutSourceShareTheirPassagesAndALeadJoinsItsStory() throws Exception {
        RestAssured.baseURI = "http://localhost:8080";
        Map<String, String> ids = new java.util.TreeMap<>();
        for (String page : List.of("1-roundup", "2-agency", "3-talks", "4-independent", "5-talks-later")) {
            try (var in = EndToEndIT.class.getResourceAsStream("/walkthrough/" + page + ".txt")) {
                ids.put(page, post("text/plain", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> ids.values()
                .forEach(id -> given().get("/articles/" + id).then().statusCode(200).body("source", equalTo("unknown"))));
        Map<String, String> stories = new java.util.TreeMap<>();
        ids.forEach((page, id) -> stories.put(page, given().get("/articles/" + id).then().extract().path("storyId")));
        assertThat(new java.util.HashSet<>(stories.values())).as("five stories").hasSize(5);

        given().get("/stories/" + stories.get("4-independent")).then().statusCode(200)
                .body("sharedPassages", hasSize(1))
                .body("sharedPassages[0].text", org.hamcrest.Matchers.startsWith("Rouhani acknowledged the possibility of America"))
                .body("sharedPassages[0].storyIds", containsInAnyOrder(stories.get("1-roundup"), stories.get("4-independent")));
        given().get("/stories/" + stories.get("2-agency")).then().statusCode(200)
                .body("sharedPassages", hasSize(1))
                .body("sharedPassages[0].text", org.hamcrest.Matchers.containsString("open to any constructive process here"))
                .body("sharedPassages[0].storyIds", containsInAnyOrder(stories.get("1-roundup"), stories.get("2-agency")));
        given().get("/stories/" + stories.get("1-roundup")).then().body("sharedPassages", hasSize(2));
        given().get("/stories/" + stories.get("3-talks")).then().body("sharedPassages", hasSize(0));
        given().get("/stories/" + stories.get("5-talks-later")).then().body("sharedPassages", hasSize(0));
        // the same page again, still without a source: a re-send, the same id
        try (var in = EndToEndIT.class.getResourceAsStream("/walkthrough/2-agency.txt")) {
            assertThat(post("text/plain", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(ids.get("2-agency"));
        }

        // a long agency story, then its first three paragraphs verbatim under a new headline
        BaseStory trial = BaseStory.bundled().stream().filter(s -> s.id().equals("trial-opens")).findFirst().orElseThrow();
        String tag = " e2e" + System.nanoTime();
        String full = post("text/plain", trial.title() + "\n\n" + String.join("\n\n", trial.paragraphs()) + tag);
        String lead = post("text/plain", "Port chief on trial\n\n" + String.join("\n\n", trial.paragraphs().subList(0, 3))
                + tag);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/articles/" + lead).then().statusCode(200));
        String story = given().get("/articles/" + full).then().extract().path("storyId");
        given().get("/articles/" + lead).then().body("storyId", equalTo(story));
        given().get("/stories/" + story).then()
                .body("canonicalArticleId", equalTo(full))
                .body("articles.relation", containsInAnyOrder("CANONICAL", "NEAR"));
    }
}
