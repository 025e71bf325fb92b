package io.wirecopy.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store's side of the security audit, on the packaged service with a real broker and PostgreSQL, the
 * service connected as a role that may only read and write rows (Flyway migrates as the owner), as compose
 * runs it.
 */
@QuarkusIntegrationTest
@WithTestResource(StoreSecurityIT.RowsOnlyRole.class)
class StoreSecurityIT {

    static final Infrastructure INFRA = Infrastructure.get();
    static final String ROLE = "wirecopy_it_rows";
    static final String ROLE_PASSWORD = "it-rows-only";
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    /** The shared infrastructure, with the service's datasource as a role that can only read and write rows. */
    public static class RowsOnlyRole implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(new InfrastructureResource().start());
            try (Connection c = DriverManager.getConnection(INFRA.jdbcUrl(), INFRA.dbUser(), INFRA.dbPassword());
                    Statement st = c.createStatement()) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                        + "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'; END IF; END $$");
                st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                st.execute("GRANT USAGE ON SCHEMA public TO " + ROLE);
                st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + ROLE);
                st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + ROLE);
                st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + ROLE);
                st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + ROLE);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the rows-only role", e);
            }
            config.put("quarkus.datasource.username", ROLE);
            config.put("quarkus.datasource.password", ROLE_PASSWORD);
            config.put("quarkus.flyway.username", INFRA.dbUser());
            config.put("quarkus.flyway.password", INFRA.dbPassword());
            return config;
        }

        @Override
        public void stop() {
        }
    }

    static Article article(String url, String text) {
        return new Article(ArticleIds.articleId(url, text), url, "sec.example", "Security " + text, null, AT, "en", text,
                ArticleIds.contentHash(text));
    }

    @Test
    void theServiceAppliesEventsAsARoleThatCannotChangeTheSchema() throws SQLException {
        String tag = "rows" + System.nanoTime();
        Article a = article("https://sec.example/" + tag, "A story applied by a role that writes rows only " + tag + ".");
        String story = ArticleIds.storyId(a.id());
        TopicProbe.send(INFRA.kafkaBootstrapServers(), Topics.DEDUPE, "k",
                EventJson.write(ArticleDeduplicated.of(a, story, Relation.NEW, null, 1.0, AT)), null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/stories/" + story).then().statusCode(200));
        try (Connection c = DriverManager.getConnection(INFRA.jdbcUrl(), ROLE, ROLE_PASSWORD); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("CREATE TABLE planted (i int)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.execute("DROP TABLE stories")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
        }
    }

    @Test
    void aJavascriptUrlNeverBecomesALink() throws SQLException {
        String tag = "js" + System.nanoTime();
        // written straight to the topic: the event is refused where it is read, and dead-lettered with its reason
        Article a = article("https://sec.example/" + tag, "An article whose link was rewritten on the topic " + tag + ".");
        String poisoned = EventJson.write(ArticleDeduplicated.of(a, ArticleIds.storyId(a.id()), Relation.NEW, null, 1.0, AT))
                .replace("https://sec.example/" + tag, "javascript:alert(document.domain)//" + tag);
        TopicProbe.send(INFRA.kafkaBootstrapServers(), Topics.DEDUPE, "js-" + tag, poisoned, null);
        var letters = TopicProbe.readUntil(INFRA.kafkaBootstrapServers(), Topics.DEDUPE_DLQ,
                r -> r.stream().anyMatch(x -> new String(x.key()).equals("js-" + tag)), Duration.ofSeconds(60))
                .stream().filter(x -> new String(x.key()).equals("js-" + tag)).toList();
        assertThat(TopicProbe.header(letters.get(0), Topics.HEADER_ERROR_REASON))
                .contains("Article.url must be an absolute http or https URL");

        // and a row that holds one anyway (written by anything but the store) is shown as text, not as a link
        Article b = article("https://sec.example/b" + tag, "An article whose row is rewritten in the database " + tag + ".");
        String story = ArticleIds.storyId(b.id());
        TopicProbe.send(INFRA.kafkaBootstrapServers(), Topics.DEDUPE, "k",
                EventJson.write(ArticleDeduplicated.of(b, story, Relation.NEW, null, 1.0, AT)), null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/stories/" + story).then().statusCode(200));
        try (Connection c = DriverManager.getConnection(INFRA.jdbcUrl(), INFRA.dbUser(), INFRA.dbPassword());
                Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE articles SET url = 'javascript:alert(1)' WHERE id = '" + b.id() + "'");
        }
        given().get("/story/" + story).then().statusCode(200).body(not(containsString("javascript:")))
                .body(containsString("sec.example"));
    }

    @Test
    void thePageCarriesAStrictPolicyAndTheApiItsHeaders() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; style-src 'self'; img-src 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").body(not(containsString("<style")))
                .body(containsString("<link rel=\"stylesheet\" href=\"/style.css\">"));
        given().get("/story/s_0000000000000000000000000000000000000000").then()
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/style.css").then().statusCode(200).contentType(containsString("text/css"))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/stories").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aPublicQueryOverItsTimeLimitIsCancelledInTheDatabase() throws SQLException {
        // a query that cannot finish: another session holds the stories table, the service's query waits for it
        try (Connection c = DriverManager.getConnection(INFRA.jdbcUrl(), INFRA.dbUser(), INFRA.dbPassword());
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("LOCK TABLE stories IN ACCESS EXCLUSIVE MODE");
            long start = System.nanoTime();
            given().get("/stories").then().statusCode(503).header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("detail", containsString("the query took too long"))
                    .body("detail", not(containsString("stories"))); // nothing of the SQL
            // cancelled at the time limit (5 s), not left waiting for the lock
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            c.rollback();
        }
        given().get("/stories").then().statusCode(200);
    }
}
