package io.wirecopy.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.wirecopy.ingest.messaging.KafkaSubscriptionStore;
import io.wirecopy.ingest.service.Subscription;
import io.wirecopy.shared.Topics;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feed polling in the packaged service, from a local HTTP server to news.articles; subscriptions kept in Kafka. */
@QuarkusIntegrationTest
@TestProfile(SubscriptionsIT.LocalFeeds.class)
@WithTestResource(InfrastructureResource.class)
class SubscriptionsIT {

    /** The feeds here are served on 127.0.0.1, which the default configuration refuses to fetch. */
    public static class LocalFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wirecopy.ingest.fetch.allow-private-addresses", "true");
        }
    }

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();

    @Test
    void aSubscribedFeedIsPolledAndItsItemsPublishedOnce() throws Exception {
        String run = "poll" + System.nanoTime();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            // the items on the feed's own site: their words are the feed's (another site's would be read from their pages)
            String site = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            byte[] body = ("<rss version=\"2.0\"><channel><link>" + site + "</link>"
                    + "<item><title>First</title><link>" + site + run + "/1</link>"
                    + "<description>The first polled story has words.</description></item>"
                    + "<item><title>Second</title><link>" + site + run + "/2</link>"
                    + "<description>The second polled story has words.</description></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            String id = given().contentType("application/json").body(Map.of("url", url, "intervalMinutes", 1))
                    .post("/subscriptions").then().statusCode(201)
                    .header("Location", startsWith("http")).body("status", equalTo("ACTIVE")).body("fullText", equalTo(false))
                    .extract().path("id");

            var published = TopicProbe.readUntil(BOOTSTRAP, Topics.ARTICLES,
                    r -> r.stream().filter(x -> TopicProbe.value(x).contains(run)).count() >= 2, Duration.ofSeconds(60));
            assertThat(published.stream().filter(x -> TopicProbe.value(x).contains(run))).hasSize(2);
            given().get("/subscriptions").then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.itemsPublished", equalTo(2))
                    .body("items.find { it.id == '" + id + "' }.lastError", equalTo(null));

            // full text switched on for the same feed: the same subscription, now completing short items from their pages
            given().contentType("application/json").body(Map.of("url", url, "fullText", true)).post("/subscriptions")
                    .then().statusCode(201).body("id", equalTo(id)).body("fullText", equalTo(true));
            given().get("/subscriptions/" + id).then().statusCode(200).body("fullText", equalTo(true));

            given().contentType("application/json").body(Map.of("url", "ftp://x.example/feed")).post("/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json");
            given().delete("/subscriptions/" + id).then().statusCode(204);
            given().get("/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void subscriptionsSurviveARestartOfTheStore() {
        Subscription s = new Subscription("sub_it" + System.nanoTime(), "https://feed.example/rss", 15,
                Subscription.Status.ACTIVE, Instant.parse("2026-11-23T10:00:00Z"), null, null, null, 0,
                Instant.parse("2026-11-23T10:00:00Z"), "\"e1\"", null, 3, 7, List.of("a_000000000000000000000001"), true);
        try (KafkaSubscriptionStore first = new KafkaSubscriptionStore(BOOTSTRAP)) {
            first.put(s);
        }
        try (KafkaSubscriptionStore second = new KafkaSubscriptionStore(BOOTSTRAP)) {
            assertThat(second.get(s.id())).contains(s);
            second.delete(s.id());
        }
        try (KafkaSubscriptionStore third = new KafkaSubscriptionStore(BOOTSTRAP)) {
            assertThat(third.get(s.id())).isEmpty();
        }
    }

    @Test
    void aRecordWrittenStraightToTheTopicThatIsNoSubscriptionIsSkippedNotFatal() throws Exception {
        String good = "sub_ok" + System.nanoTime();
        Subscription s = new Subscription(good, "https://feed.example/ok", 15, Subscription.Status.ACTIVE,
                Instant.parse("2026-11-23T10:00:00Z"), null, null, null, 0, Instant.parse("2026-11-23T10:00:00Z"), null, null,
                0, 0, List.of(), false);
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(Map.of("bootstrap.servers",
                BOOTSTRAP), new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.SUBSCRIPTIONS, "sub_bad1", "{not json")).get();
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.SUBSCRIPTIONS, "sub_bad2",
                    "{\"id\":\"sub_bad2\",\"url\":\"file:///etc/passwd\",\"intervalMinutes\":15,\"status\":\"ACTIVE\","
                            + "\"createdAt\":\"2026-11-23T10:00:00Z\",\"nextFetchAt\":\"2026-11-23T10:00:00Z\"}")).get();
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.SUBSCRIPTIONS, "sub_bad3",
                    "{\"id\":\"sub_other\",\"url\":\"https://feed.example/x\",\"intervalMinutes\":15,\"status\":\"ACTIVE\","
                            + "\"createdAt\":\"2026-11-23T10:00:00Z\",\"nextFetchAt\":\"2026-11-23T10:00:00Z\"}")).get();
        }
        try (KafkaSubscriptionStore store = new KafkaSubscriptionStore(BOOTSTRAP)) {
            store.put(s);
        }
        try (KafkaSubscriptionStore again = new KafkaSubscriptionStore(BOOTSTRAP)) {
            assertThat(again.get(good)).contains(s);
            assertThat(again.get("sub_bad1")).isEmpty();
            assertThat(again.get("sub_bad2")).isEmpty();
            assertThat(again.get("sub_bad3")).as("its key is not its id").isEmpty();
            assertThat(again.get("sub_other")).isEmpty();
            again.delete(good);
        }
    }
}
