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
                .body("sharedPassages[0].articleIds", containsInAnyOrder(a, c));
        String otherStory = given().get("/articles/" + c).then().extract().path("storyId");
        assertThat(otherStory).isNotEqualTo(story);
    }
}
