package io.wirecopy.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The packaged ingest-service against a real broker: HTTP and topic in, news.articles and the DLQ out. */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class IngestIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();

    @Test
    void httpArticleIsPublishedKeyedByItsId() {
        String id = given().contentType("text/plain; charset=UTF-8")
                .body("Kerry open to Iran talks\nSecretary of State John Kerry said the United States was open to talks.")
                .post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted"))
                .body("articleId", matchesPattern("a_[0-9a-f]{24}"))
                .extract().path("articleId");

        ArticleIngested event = awaitArticle(id);
        assertThat(event.article().title()).isEqualTo("Kerry open to Iran talks");
        assertThat(event.article().text()).isEqualTo("Secretary of State John Kerry said the United States was open to talks.");

        // the same article again: the same id
        given().contentType("text/plain").body("Kerry open to Iran talks\nSecretary of State John Kerry said the United States was open to talks.")
                .post("/articles").then().statusCode(202).body("articleId", equalTo(id));
    }

    @Test
    void errorsAreProblemDetails() {
        given().contentType("text/plain").body("").post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", equalTo("the body is empty"));
        given().contentType("image/png").body(new byte[] {1, 2}).post("/articles")
                .then().statusCode(415).contentType("application/problem+json").body("title", equalTo("Unsupported media type"));
        given().contentType("application/rss+xml").body("<rss><channel><item>").post("/feeds")
                .then().statusCode(400).body("detail", startsWith("invalid feed XML at line 1"));
        given().contentType("text/plain").body(new byte[5 * 1024 * 1024 + 1]).post("/articles")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType("application/rss+xml").body("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")
                .post("/feeds").then().statusCode(202).body("accepted", equalTo(0)).body("rejected.size()", equalTo(0));
    }

    @Test
    void feedIsPartlyAccepted() {
        given().contentType("application/x-ndjson")
                .body("{\"url\": \"https://feed.example/1\", \"text\": \"First story text.\"}\n{\"text\": 1}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/feeds")
                .then().statusCode(202).body("accepted", equalTo(1))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].reason", equalTo("line 2: field 'text' must be a string, got NUMBER"));
    }

    @Test
    void aFeedOfManyThousandItemsIsPublishedWhole() {
        // 5,000 items sent at once overflowed the emitter (SRMSG00034): a 503, with part of the feed published
        String run = "many" + System.nanoTime();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            ndjson.append("{\"url\": \"https://bulk.example/").append(run).append('/').append(i)
                    .append("\", \"text\": \"Story ").append(i).append(" of a bulk import.\"}\n");
        }
        given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/feeds").then().statusCode(202).body("accepted", equalTo(5_000));
        List<ConsumerRecord<byte[], byte[]>> published = TopicProbe.readUntil(BOOTSTRAP, Topics.ARTICLES,
                r -> r.stream().filter(x -> TopicProbe.value(x).contains(run)).count() >= 5_000, Duration.ofSeconds(60));
        assertThat(published.stream().filter(x -> TopicProbe.value(x).contains(run))).hasSize(5_000);
    }

    @Test
    void topicRecordsBecomeArticlesOrDeadLetters() {
        TopicProbe.send(BOOTSTRAP, Topics.INGEST, "feed-1", """
                <?xml version="1.0"?><rss version="2.0"><channel><link>https://topic.example/</link>
                <item><link>https://topic.example/a</link><title>A</title><description>Topic story body.</description></item>
                </channel></rss>""", null);
        TopicProbe.send(BOOTSTRAP, Topics.INGEST, "bad-1", "{\"text\": ", "application/json");

        List<ConsumerRecord<byte[], byte[]>> dlq = TopicProbe.readUntil(BOOTSTRAP, Topics.INGEST_DLQ,
                r -> r.stream().anyMatch(x -> "bad-1".equals(new String(x.key()))), Duration.ofSeconds(60));
        ConsumerRecord<byte[], byte[]> dead = dlq.stream().filter(x -> "bad-1".equals(new String(x.key()))).findFirst().orElseThrow();
        assertThat(TopicProbe.value(dead)).isEqualTo("{\"text\": ");
        assertThat(TopicProbe.header(dead, Topics.HEADER_ERROR_REASON)).startsWith("invalid JSON at line 1");
        assertThat(TopicProbe.header(dead, Topics.HEADER_ERROR_CLASS)).isEqualTo("io.wirecopy.ingest.service.IngestException");

        List<ConsumerRecord<byte[], byte[]>> articles = TopicProbe.readUntil(BOOTSTRAP, Topics.ARTICLES,
                r -> r.stream().anyMatch(x -> TopicProbe.value(x).contains("https://topic.example/a")), Duration.ofSeconds(60));
        assertThat(articles).anySatisfy(r -> assertThat(EventJson.read(TopicProbe.value(r), ArticleIngested.class)
                .article().text()).isEqualTo("Topic story body."));

        // the service is still healthy after bad input
        given().get("/q/health/ready").then().statusCode(200);
    }

    static ArticleIngested awaitArticle(String id) {
        List<ConsumerRecord<byte[], byte[]>> records = TopicProbe.readUntil(BOOTSTRAP, Topics.ARTICLES,
                r -> r.stream().anyMatch(x -> id.equals(new String(x.key()))), Duration.ofSeconds(60));
        return records.stream().filter(x -> id.equals(new String(x.key())))
                .map(x -> EventJson.read(TopicProbe.value(x), ArticleIngested.class)).findFirst()
                .orElseThrow(() -> new AssertionError("no ArticleIngested for " + id));
    }

    /** The API as the running service describes it is the one committed in {@code docs/openapi/ingest.yaml}. */
    @org.junit.jupiter.api.Test
    void theOpenApiDocumentIsTheCommittedContract() throws java.io.IOException {
        io.wirecopy.testing.OpenApiContract.assertCommitted("ingest",
                given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString());
    }
}
