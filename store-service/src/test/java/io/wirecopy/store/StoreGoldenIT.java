package io.wirecopy.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.shared.event.StoriesMerged;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.TopicProbe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The query API's answers, byte for byte: a fixed run of decisions (copies, a rewrite with reuse, a lifted
 * passage, a merge, quotes with renderings and an unnamed source) goes into an empty store
 * ({@link GoldenStoreResource}), and every route's answer to a set of requests (status, type, location, body)
 * must equal {@code golden/store/<name>.txt}. How the store keeps and reads its rows may change; what a client
 * reads may not. To pin a deliberate change of the API, delete the file and run with
 * {@code -Dwirecopy.golden.write=true} (it writes the missing files under {@code src/test/resources}).
 */
@QuarkusIntegrationTest
@WithTestResource(GoldenStoreResource.class)
class StoreGoldenIT {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static final String WIRE_TEXT = "The port of Valdora was closed for a third day on Wednesday after dock workers walked out. "
            + "\"Machines do not pay taxes, raise children or spend their wages in this city,\" said Maria Reyes, "
            + "who leads the dockers' union.\n\nShipping lines diverted eleven vessels to Corvo, the port authority said.";
    static final String PASSAGE = "Machines do not pay taxes, raise children or spend their wages in this city";
    static final String COLUMN_TEXT = "A columnist writes: \"" + PASSAGE + ",\" and the line has been repeated all week. "
            + "Reyes later added that \"automation must not cost a single job in this port\".";
    static final String RAIL_TEXT = "Rail workers in Corvo voted to strike on Friday. \"We will not move freight that "
            + "dockers refused,\" a spokesman for the rail union said.";
    static final String RAIL_FOLLOW = "Rail workers in Corvo began a strike on Friday, stopping freight trains at the "
            + "border crossing in solidarity with the dockers.";

    static Article article(String url, String source, String title, String text, String published) {
        return new Article(ArticleIds.articleId(url, text), url, source, title, "Staff",
                published == null ? null : OffsetDateTime.parse(published), "en", text, ArticleIds.contentHash(text));
    }

    static Passage.Span span(String text, String part, int fromWord, int words) {
        int at = text.indexOf(part);
        assertThat(at).as("'%s' in the text", part).isGreaterThanOrEqualTo(0);
        return new Passage.Span(fromWord, fromWord + words, at, at + part.length());
    }

    static List<Object> events() {
        Article wire = article("https://wire.example/valdora", "Reuters", "Valdora port closed for third day", WIRE_TEXT,
                "2026-11-23T07:15:00Z");
        Article exact = article("https://paper.example/port", "paper.example", "Port shut again", WIRE_TEXT,
                "2026-11-23T08:00:00Z");
        String nearText = WIRE_TEXT + " Local traders said they feared the worst.";
        Article near = article("https://daily.example/valdora", "daily.example", "Valdora dockers strike on", nearText,
                "2026-11-23T09:30:00Z");
        Article column = article("https://column.example/machines", "column.example", "Machines and taxes", COLUMN_TEXT,
                "2026-11-24T06:00:00Z");
        Article rail = article("https://rail.example/strike", "rail.example", "Rail union votes to strike", RAIL_TEXT,
                "2026-11-25T12:00:00Z");
        Article follow = article(null, "unknown", null, RAIL_FOLLOW, null);
        String portStory = ArticleIds.storyId(wire.id());
        String columnStory = ArticleIds.storyId(column.id());
        String railStory = ArticleIds.storyId(rail.id());
        String followStory = ArticleIds.storyId(follow.id());

        String reyes = "p_00000000000000a1";
        Quote machines = new Quote("q_00000000000000b1", PASSAGE, reyes, "Maria Reyes", List.of("Maria Reyes"), List.of());
        Quote machinesAgain = new Quote("q_00000000000000b1", PASSAGE, reyes, "Reyes", List.of("Reyes", "Ms. Reyes"), List.of());
        Quote automation = new Quote("q_00000000000000b2", "automation must not cost a single job in this port", reyes,
                "Reyes", List.of("Reyes"), List.of(new Quote.Rendering("q_00000000000000b1", 0.61)));
        Quote freight = new Quote("q_00000000000000b3", "We will not move freight that dockers refused", null, null,
                List.of(), List.of(), "a spokesman for the rail union");

        int words = 14;
        Passage lifted = new Passage(wire.id(), portStory, words, 0, span(COLUMN_TEXT, PASSAGE, 3, words),
                span(WIRE_TEXT, PASSAGE, 17, words), PASSAGE);
        Passage shared = new Passage(rail.id(), railStory, 4, 0, span(RAIL_FOLLOW, "Rail workers in Corvo", 0, 4),
                span(RAIL_TEXT, "Rail workers in Corvo", 0, 4), "Rail workers in Corvo");
        return List.of(
                ArticleDeduplicated.of(wire, portStory, Relation.NEW, null, 1.0, AT).withQuotes(List.of(machines)),
                ArticleDeduplicated.of(exact, portStory, Relation.EXACT, wire.id(), 1.0, AT.plusMinutes(1))
                        .withQuotes(List.of(machines)),
                ArticleDeduplicated.of(near, portStory, Relation.NEAR, wire.id(), 0.87, List.of(),
                        new Reuse(0.91, List.of(new Reuse.Source(wire.id(), portStory, "Reuters", 0.91))), AT.plusMinutes(2))
                        .withQuotes(List.of(machinesAgain)),
                ArticleDeduplicated.of(column, columnStory, Relation.NEW, null, 1.0, List.of(lifted),
                        new Reuse(0.35, List.of(new Reuse.Source(wire.id(), portStory, "Reuters", 0.35))), AT.plusHours(20))
                        .withQuotes(List.of(machinesAgain, automation)),
                ArticleDeduplicated.of(rail, railStory, Relation.NEW, null, 1.0, AT.plusDays(2)).withQuotes(List.of(freight)),
                ArticleDeduplicated.of(follow, followStory, Relation.NEW, null, 1.0, List.of(shared), AT.plusDays(2).plusHours(1)),
                StoriesMerged.of(railStory, followStory, follow.id(), AT.plusDays(2).plusHours(2)));
    }

    @Test
    void everyRouteAnswersAsPinned() throws IOException {
        List<Object> events = events();
        String bootstrap = Infrastructure.get().kafkaBootstrapServers();
        for (Object e : events) {
            String json = e instanceof ArticleDeduplicated d ? EventJson.write(d) : EventJson.write((StoriesMerged) e);
            TopicProbe.send(bootstrap, GoldenStoreResource.TOPIC, "k", json, null);
        }
        ArticleDeduplicated wire = (ArticleDeduplicated) events.get(0);
        ArticleDeduplicated near = (ArticleDeduplicated) events.get(2);
        ArticleDeduplicated column = (ArticleDeduplicated) events.get(3);
        ArticleDeduplicated rail = (ArticleDeduplicated) events.get(4);
        ArticleDeduplicated follow = (ArticleDeduplicated) events.get(5);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().redirects().follow(false)
                .get("/stories/" + follow.storyId()).then().statusCode(301));

        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("stories", "/stories");
        requests.put("stories-limit-2", "/stories?limit=2");
        requests.put("stories-search", "/stories?q=dockers");
        requests.put("stories-search-relevance", "/stories?q=dockers&sort=relevance&limit=1");
        requests.put("stories-search-phrase", "/stories?q=%22third+day%22");
        requests.put("stories-source", "/stories?source=rail.example");
        requests.put("stories-min-reuse", "/stories?minReuse=0.5");
        requests.put("stories-window", "/stories?since=2026-11-23T00:00:00Z&until=2026-11-24T00:00:00Z");
        requests.put("stories-bad-limit", "/stories?limit=0");
        requests.put("stories-bad-cursor", "/stories?cursor=bm9wZQ");
        requests.put("stories-bad-sort", "/stories?sort=relevance");
        requests.put("story-port", "/stories/" + wire.storyId());
        requests.put("story-column", "/stories/" + column.storyId());
        requests.put("story-rail", "/stories/" + rail.storyId());
        requests.put("story-merged", "/stories/" + follow.storyId());
        requests.put("story-unknown", "/stories/s_000000000000000000000000");
        requests.put("article-wire", "/articles/" + wire.article().id());
        requests.put("article-near", "/articles/" + near.article().id());
        requests.put("article-column", "/articles/" + column.article().id());
        requests.put("article-unknown", "/articles/a_nope");
        requests.put("passages", "/passages");
        requests.put("passages-limit-1", "/passages?limit=1");
        requests.put("passages-story", "/passages?storyId=" + column.storyId());
        requests.put("passages-search", "/passages?q=taxes");
        requests.put("passages-bad-min", "/passages?minStories=1");
        requests.put("quotes", "/quotes");
        requests.put("quotes-limit-1", "/quotes?limit=1");
        requests.put("quotes-speaker", "/quotes?speaker=reyes");
        requests.put("quotes-search", "/quotes?q=freight");
        requests.put("quotes-story", "/quotes?storyId=" + wire.storyId());
        requests.put("quotes-bad-cursor", "/quotes?cursor=eA");
        requests.put("speakers", "/speakers");
        requests.put("speakers-search", "/speakers?q=REY");
        requests.put("page-index", "/");
        requests.put("page-index-search", "/?q=port");
        requests.put("page-story-port", "/story/" + wire.storyId());
        requests.put("page-story-column", "/story/" + column.storyId());
        requests.put("page-story-merged", "/story/" + follow.storyId());

        List<String> differ = new ArrayList<>();
        Map<String, String> cursors = new LinkedHashMap<>();
        for (Map.Entry<String, String> r : requests.entrySet()) {
            check(r.getKey(), r.getValue(), differ, cursors);
        }
        // the second page of each paged list, through the cursor the first page gave out
        for (Map.Entry<String, String> c : cursors.entrySet()) {
            String path = requests.get(c.getKey());
            check(c.getKey() + "-next", path + (path.contains("?") ? "&" : "?") + "cursor=" + c.getValue(), differ,
                    new LinkedHashMap<>());
        }
        assertThat(differ).as("answers that differ from golden/store").isEmpty();
    }

    private static void check(String name, String path, List<String> differ, Map<String, String> cursors) throws IOException {
        Response response = given().redirects().follow(false).urlEncodingEnabled(false).get(path);
        String body = response.asString();
        String actual = "GET " + path + "\n" + response.statusCode() + "\n"
                + "Content-Type: " + response.contentType() + "\n"
                + (response.header("Location") == null ? "" : "Location: " + response.header("Location")
                        .replaceFirst("^https?://[^/]+", "") + "\n")
                + "\n" + body + "\n";
        if (response.statusCode() == 200 && response.contentType().startsWith("application/json")) {
            String next = response.jsonPath().getString("nextCursor");
            if (next != null) {
                cursors.put(name, next);
            }
        }
        String file = name + ".txt";
        String expected = read(file);
        if (expected == null && Boolean.getBoolean("wirecopy.golden.write")) {
            Files.writeString(Path.of("src/test/resources/golden/store", file), actual);
            return;
        }
        if (!actual.equals(expected)) {
            differ.add(file + (expected == null ? " (missing)" : "") + ":\n" + actual);
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StoreGoldenIT.class.getResourceAsStream("/golden/store/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
