package io.wirecopy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.event.StoriesMerged;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.store.service.EventApplier;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.hibernate.SessionFactory;

/**
 * Replaying the whole {@code news.dedupe} topic into an empty database gives the state the live
 * service built: the same stories, articles, aliases, passages and applied events. The events include
 * a merge that arrives before the article it moves, and a duplicate.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class ReplayIT {

    static final Infrastructure INFRA = Infrastructure.get();
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static Article article(String url, String text) {
        return new Article(ArticleIds.articleId(url, text), url, "src.example", "T " + text.substring(0, 5), null, AT,
                "en", text, ArticleIds.contentHash(text));
    }

    @Test
    void replayIntoAnEmptyDatabaseGivesTheLiveState() throws Exception {
        String tag = "replay" + System.nanoTime();
        Article a = article("https://a.example/" + tag, "First story text " + tag + " with several words.");
        Article b = article("https://b.example/" + tag, "Second story text " + tag + " with other words.");
        Article c = article("https://c.example/" + tag, "A copy of the first story " + tag + " with several words.");
        String sa = ArticleIds.storyId(a.id());
        String sb = ArticleIds.storyId(b.id());
        List<DedupeEvent> events = List.of(
                ArticleDeduplicated.of(a, sa, Relation.NEW, null, 1.0, AT),
                StoriesMerged.of(sa, sb, c.id(), AT.plusMinutes(1)), // before the article it moves
                ArticleDeduplicated.of(b, sb, Relation.NEW, null, 1.0, List.of(new Passage(a.id(), sa, 3, 0,
                        new Passage.Span(2, 5, 19, 40), new Passage.Span(2, 5, 18, 39), "text " + tag + " with")), AT.plusMinutes(2)),
                ArticleDeduplicated.of(c, sa, Relation.NEAR, a.id(), 0.8, AT.plusMinutes(3)),
                ArticleDeduplicated.of(c, sa, Relation.NEAR, a.id(), 0.8, AT.plusMinutes(3)));
        for (DedupeEvent e : events) {
            TopicProbe.send(INFRA.kafkaBootstrapServers(), Topics.DEDUPE, "k", EventJson.write(e), null);
        }
        // everything on the topic, in topic order, as the live service read it
        List<DedupeEvent> topic = new ArrayList<>();
        TopicProbe.readUntil(INFRA.kafkaBootstrapServers(), Topics.DEDUPE,
                        r -> r.stream().anyMatch(x -> TopicProbe.value(x).contains(c.id())), Duration.ofSeconds(30))
                .forEach(r -> topic.add(EventJson.read(TopicProbe.value(r), DedupeEvent.class)));
        long distinct = topic.stream().map(DedupeEvent::eventId).distinct().count();
        try (Connection live = DriverManager.getConnection(INFRA.jdbcUrl(), INFRA.dbUser(), INFRA.dbPassword())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> count(live, "SELECT count(*) FROM applied_events") >= distinct);

            String replayDb = "replay_" + System.nanoTime();
            try (Statement st = live.createStatement()) {
                st.execute("CREATE DATABASE " + replayDb);
            }
            String replayUrl = INFRA.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + replayDb + "$1");
            Flyway.configure().dataSource(replayUrl, INFRA.dbUser(), INFRA.dbPassword())
                    .locations("classpath:db/migration").load().migrate();
            try (SessionFactory replay = StandaloneSessions.open(replayUrl, INFRA.dbUser(), INFRA.dbPassword())) {
                EventApplier applier = new EventApplier(replay);
                for (DedupeEvent e : topic) {
                    applier.apply(e);
                }
            }
            try (Connection again = DriverManager.getConnection(replayUrl, INFRA.dbUser(), INFRA.dbPassword())) {
                for (String query : STATE) {
                    assertThat(dump(again, query)).as(query).isEqualTo(dump(live, query));
                }
                assertThat(dump(again, "SELECT story_id FROM articles WHERE id = '" + b.id() + "'")).containsExactly(sa + "|");
            }
        }
    }

    /** The state, without what depends on the wall clock or on sequence numbers. */
    static final List<String> STATE = List.of(
            "SELECT id, title, canonical_article_id, article_count, first_published_at, updated_at, merged_into FROM stories",
            "SELECT id, story_id, url, source, title, byline, published_at, language, content_hash, dedupe_relation,"
                    + " matched_article_id, similarity, decided_at FROM articles",
            "SELECT * FROM passages",
            "SELECT g.text, g.words, o.article_id, o.from_word, o.to_word FROM passage_groups g"
                    + " JOIN passage_occurrences o ON o.group_id = g.id",
            "SELECT event_id, type FROM applied_events");

    static TreeSet<String> dump(Connection c, String query) throws Exception {
        TreeSet<String> rows = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long count(Connection c, String query) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
