package io.wirecopy.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.wirecopy.testing.FuzzValues;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.RawHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every query parameter and path id of every endpoint of the packaged store-service gets each of 160
 * hostile values (FuzzValues: NULs, bytes that are not UTF-8, over-long values, forged cursors, numbers
 * out of range, search syntax): no answer is a 5xx, and the service is ready afterwards.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class StoreFuzzIT {

    static final List<String> TARGETS = List.of(
            "/stories?q=%s", "/stories?source=%s", "/stories?since=%s", "/stories?until=%s", "/stories?limit=%s",
            "/stories?cursor=%s", "/stories?sort=%s", "/stories?q=a&sort=relevance&cursor=%s", "/stories/%s",
            "/articles/%s", "/passages?q=%s", "/passages?storyId=%s", "/passages?minStories=%s", "/passages?limit=%s",
            "/passages?cursor=%s", "/story/%s", "/?q=%s", "/?cursor=%s", "/quotes?speaker=%s", "/quotes?q=%s",
            "/quotes?storyId=%s", "/quotes?limit=%s", "/quotes?cursor=%s", "/speakers?q=%s", "/speakers?limit=%s");

    @Test
    void noValueInAnyParameterGetsA5xx() {
        List<String> values = FuzzValues.encoded(20261201L, 160);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String target : TARGETS) {
            for (String value : values) {
                String path = target.formatted(value);
                int status = RawHttp.status(RestAssured.port, "GET", path, null, null);
                requests++;
                if (status >= 500) {
                    failures.add(status + " " + path);
                }
            }
        }
        assertThat(requests).isEqualTo(TARGETS.size() * values.size()).isGreaterThan(2500);
        assertThat(failures).as("requests answered 5xx").isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }
}
