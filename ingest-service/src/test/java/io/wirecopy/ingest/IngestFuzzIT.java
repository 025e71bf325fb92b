package io.wirecopy.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.wirecopy.testing.FuzzValues;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of every endpoint of the packaged ingest-service gets each of 160 hostile values
 * (FuzzValues): the query parameters of {@code POST /articles} (with a good body), the subscription id
 * of {@code GET} and {@code DELETE /subscriptions/{id}}, and the fields of {@code POST /subscriptions}
 * (the value's bytes put into the JSON as they are). No answer is a 5xx, and the service is ready afterwards.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class IngestFuzzIT {

    static final byte[] BODY = "Fuzzed article\nThe body of an article posted with a hostile parameter."
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void noValueInAnyParameterGetsA5xx() {
        List<String> values = FuzzValues.encoded(20261202L, 160);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String value : values) {
            for (String param : List.of("url", "source", "title", "publishedAt")) {
                requests += check(failures, "POST", "/articles?" + param + "=" + value, "text/plain", BODY);
            }
            requests += check(failures, "GET", "/subscriptions/" + value, null, null);
            requests += check(failures, "DELETE", "/subscriptions/" + value, null, null);
            byte[] raw = decode(value);
            requests += check(failures, "POST", "/subscriptions", "application/json",
                    concat("{\"url\": \"", raw, "\"}"));
            requests += check(failures, "POST", "/subscriptions", "application/json",
                    concat("{\"url\": \"https://feeds.invalid/fuzz\", \"intervalMinutes\": ", raw, "}"));
            requests += check(failures, "POST", "/articles", "application/json",
                    concat("{\"text\": \"Fuzzed body text.\", \"title\": \"", raw, "\"}"));
        }
        assertThat(requests).isGreaterThan(1400);
        assertThat(failures).as("requests answered 5xx").isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static int check(List<String> failures, String method, String target, String type, byte[] body) {
        int status = RawHttp.status(RestAssured.port, method, target, type, body);
        if (status >= 500) {
            failures.add(status + " " + method + " " + target + (body == null ? "" : " " + new String(body, StandardCharsets.UTF_8)));
        }
        return 1;
    }

    /** Percent-decoding to bytes, leaving a malformed escape as it is. */
    static byte[] decode(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()
                    && Character.digit(encoded.charAt(i + 1), 16) >= 0 && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c == '+' ? ' ' : c);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
