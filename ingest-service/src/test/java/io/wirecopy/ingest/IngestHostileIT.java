package io.wirecopy.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.wirecopy.ingest.service.HostileInputs;
import io.wirecopy.shared.Topics;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus against the packaged service: over HTTP every input gets its 4xx (or a 202 with
 * the bad items rejected), never a 5xx; over {@code news.ingest} every refused input lands in the DLQ
 * with its reason; the service stays ready throughout.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class IngestHostileIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();

    @BeforeAll
    static void sendContentTypesAsGiven() {
        // REST Assured would add "; charset=ISO-8859-1" to text/plain, which changes what the service reads
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    @Test
    void everyHostileInputGetsAClearAnswerOverHttp() {
        for (HostileInputs.Case c : HostileInputs.all()) {
            Response r = given().contentType(c.contentType()).body(c.body()).post(c.feed() ? "/feeds" : "/articles");
            assertThat(r.statusCode()).as("%s: %s", c.name(), r.asString()).isEqualTo(c.status());
            if (c.status() != 202) {
                assertThat(r.contentType()).as(c.name()).startsWith("application/problem+json");
                assertThat(r.jsonPath().getString("detail")).as(c.name()).containsIgnoringCase(c.detail());
            }
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void everyRefusedInputOnTheTopicGoesToTheDlqWithItsReason() {
        String run = "hostile-" + System.nanoTime() + "-";
        // the topic takes every format, so the HTTP endpoints' wrong-door cases (415) do not apply; the size
        // case is over Kafka's own record limit; an empty record value is not a payload
        List<HostileInputs.Case> refused = HostileInputs.all().stream()
                .filter(c -> c.status() == 400 && c.body().length > 0)
                .toList();
        for (HostileInputs.Case c : refused) {
            TopicProbe.send(BOOTSTRAP, Topics.INGEST, run + c.name(), c.body(), c.contentType());
        }
        var dead = TopicProbe.readUntil(BOOTSTRAP, Topics.INGEST_DLQ,
                r -> r.stream().filter(x -> new String(x.key()).startsWith(run)).count() >= refused.size(),
                Duration.ofSeconds(90));
        Set<String> names = dead.stream().map(x -> new String(x.key())).filter(k -> k.startsWith(run))
                .map(k -> k.substring(run.length())).collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrderElementsOf(refused.stream().map(HostileInputs.Case::name).toList());
        assertThat(dead.stream().filter(x -> new String(x.key()).startsWith(run)))
                .allSatisfy(x -> assertThat(TopicProbe.header(x, "error.reason")).isNotBlank());
        given().get("/q/health/ready").then().statusCode(200);
    }
}
