package io.wirecopy.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.wirecopy.testing.InfrastructureResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged service with INGEST_API_TOKEN set: writes need the bearer token, reads and health do not. */
@QuarkusIntegrationTest
@TestProfile(IngestAuthIT.WithToken.class)
@WithTestResource(InfrastructureResource.class)
class IngestAuthIT {

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wirecopy.ingest.security.api-token", "it-s3cret");
        }
    }

    static final String ARTICLE = "Token test\nA body long enough to be an article about tokens.";

    @Test
    void writesNeedTheBearerToken() {
        given().contentType("text/plain").body(ARTICLE).post("/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("Authorization: Bearer"));
        given().contentType("text/plain").header("Authorization", "Bearer wrong").body(ARTICLE).post("/feeds")
                .then().statusCode(401).body("detail", equalTo("the bearer token is not valid"));
        given().contentType("text/plain").header("Authorization", "Bearer it-s3cret").body(ARTICLE).post("/articles")
                .then().statusCode(202);
        given().contentType("text/plain").header("Authorization", "Bearer it-s3cret").header("Host", "ingest.example.org")
                .body(ARTICLE).post("/articles").then()
                .statusCode(202);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void subscriptionsAreReadAndManagedWithTheTokenOnly() {
        given().get("/subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().get("/subscriptions/sub_0123456789abcdef").then().statusCode(401);
        given().delete("/subscriptions/sub_0123456789abcdef").then().statusCode(401);
        given().contentType("application/json").body("{\"url\":\"https://feed.example/rss\"}").post("/subscriptions")
                .then().statusCode(401);
        given().header("Authorization", "Bearer it-s3cret").get("/subscriptions").then().statusCode(200);
    }
}
