package io.wirecopy.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.wirecopy.testing.InfrastructureResource;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The attacks of an internet-facing audit replayed against the packaged service as it ships (no token, no
 * private addresses), with a real broker: each is refused or bounded.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class IngestSecurityIT {

    static final String ARTICLE = "Security test\nA body long enough to be an article about the security of ingest.";

    @Test
    void withoutATokenOnlyRequestsAddressedToLocalhostMayWrite() {
        given().contentType("text/plain").body(ARTICLE).post("/articles").then().statusCode(202);
        // a DNS-rebinding page, or a published port reached by its public name: its Host is not a loopback name
        for (String host : List.of("evil.example:" + RestAssured.port, "127.0.0.1.nip.io", "wirecopy.example.org")) {
            given().header("Host", host).contentType("text/plain").body(ARTICLE).post("/articles").then()
                    .statusCode(401).contentType("application/problem+json")
                    .body("detail", containsString("INGEST_API_TOKEN"));
            given().header("Host", host).get("/subscriptions").then().statusCode(401);
        }
        given().header("Host", "127.0.0.1:" + RestAssured.port).contentType("text/plain").body(ARTICLE).post("/articles")
                .then().statusCode(202);
        given().header("Host", "evil.example").get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aPageOfAnotherOriginCannotPostEvenACorsSimpleRequest() {
        given().header("Origin", "http://evil.example").contentType("text/plain").body(ARTICLE).post("/articles")
                .then().statusCode(403);
        given().header("Origin", "null").contentType("text/plain").body(ARTICLE).post("/feeds").then().statusCode(403);
        given().header("Origin", "http://localhost:" + RestAssured.port).contentType("text/plain").body(ARTICLE)
                .post("/articles").then().statusCode(202);
    }

    @Test
    void subscriptionsToPrivateAddressesAreNeverFetchedAndEveryPortLooksTheSame() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer intranet = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        intranet.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        intranet.start();
        try {
            Map<String, String> ids = new LinkedHashMap<>();
            for (String url : List.of("http://127.0.0.1:" + intranet.getAddress().getPort() + "/feed", "http://127.0.0.1:1/feed",
                    "http://169.254.169.254/latest/meta-data/", "http://[::1]:" + intranet.getAddress().getPort() + "/",
                    "http://10.0.0.1:22/", "http://localhost:" + intranet.getAddress().getPort() + "/")) {
                ids.put(url, given().contentType("application/json").body(Map.of("url", url)).post("/subscriptions")
                        .then().statusCode(201).extract().path("id"));
            }
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Map<String, String> errors = new LinkedHashMap<>();
            while (errors.size() < ids.size() && System.nanoTime() < until) {
                Thread.sleep(500);
                for (var e : ids.entrySet()) {
                    String error = given().get("/subscriptions/" + e.getValue()).then().statusCode(200).extract().path("lastError");
                    if (error != null) {
                        errors.put(e.getKey(), error);
                    }
                }
            }
            assertThat(errors).hasSize(ids.size());
            errors.forEach((url, error) -> assertThat(error).as(url).matches("fetch failed: \\S+ is not a public address"));
            assertThat(hits).as("nothing reached the intranet server").hasValue(0);
            ids.values().forEach(id -> given().delete("/subscriptions/" + id).then().statusCode(204));
        } finally {
            intranet.stop(0);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        given().contentType("text/plain").body(new byte[5 * 1024 * 1024 + 1]).post("/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("the body has 5242881 bytes, over the limit of 5242880"));
    }

    @Test
    void textBuiltToMakeAPatternBacktrackIsReadInLinearTime() {
        for (String body : List.of("A".repeat(4_000_000) + " end", "AB ".repeat(1_300_000), ". ".repeat(2_000_000) + "x",
                ("WASHINGTON" + " ".repeat(5000) + "\n").repeat(700), "\u201C".repeat(1_000_000) + " said"
                        + " Kerry".repeat(100_000))) {
            long start = System.nanoTime();
            int status = given().contentType("text/plain").body(body).post("/articles").then().extract().statusCode();
            assertThat(status).as("taken, refused, or over the text limit").isIn(202, 400, 413);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(body.substring(0, 20)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void entityAmplificationIsA400() {
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"" + "x".repeat(1000) + "\">]><rss version=\"2.0\">"
                + "<channel><title>t</title><item><title>a</title><description>" + "&e;".repeat(1_100_000)
                + "</description></item></channel></rss>";
        given().contentType("application/rss+xml").body(feed).post("/feeds").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("entities expand to more than"));
    }
}
