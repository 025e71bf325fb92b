package io.wirecopy.store.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.retry.Backoff;
import io.wirecopy.shared.retry.DependencyStatus;
import io.wirecopy.shared.retry.Retrier;
import io.wirecopy.shared.text.ArticleIds;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingApplierTest {

    static final String EVENT = EventJson.write(ArticleDeduplicated.of(new Article(ArticleIds.articleId(null, "Text."), null,
            "src", null, null, null, null, "Text.", ArticleIds.contentHash("Text.")),
            ArticleIds.storyId(ArticleIds.articleId(null, "Text.")), Relation.NEW, null, 1.0,
            OffsetDateTime.parse("2026-12-01T10:00:00Z")));

    /** An applier that fails as told, then applies. */
    static class Scripted extends EventApplier {
        final Deque<SQLException> failures = new ArrayDeque<>();
        final List<DedupeEvent> applied = new ArrayList<>();

        Scripted(SQLException... failures) {
            super(null);
            this.failures.addAll(List.of(failures));
        }

        @Override
        public boolean apply(DedupeEvent event) throws SQLException {
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            if (event.eventId().equals(poison)) {
                throw new SQLException("duplicate key", "23505");
            }
            applied.add(event);
            return true;
        }

        /** One transaction: a poisoned event refuses the whole batch, a transient fault fails it. */
        @Override
        public boolean[] applyAll(List<DedupeEvent> events) throws SQLException {
            batches++;
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            if (events.stream().anyMatch(e -> e.eventId().equals(poison))) {
                throw new SQLException("duplicate key", "23505");
            }
            applied.addAll(events);
            boolean[] fresh = new boolean[events.size()];
            java.util.Arrays.fill(fresh, true);
            return fresh;
        }

        String poison = "";
        int batches;
    }

    static String event(String text) {
        return EventJson.write(ArticleDeduplicated.of(new Article(ArticleIds.articleId(null, text), null, "src", null, null,
                null, null, text, ArticleIds.contentHash(text)), ArticleIds.storyId(ArticleIds.articleId(null, text)),
                Relation.NEW, null, 1.0, OffsetDateTime.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void aPollIsAppliedInOneTransactionAndARefusedEventOnlyCostsItself() throws Exception {
        Scripted db = new Scripted(new SQLException("refused", "08001"));
        RetryingApplier applier = new RetryingApplier(db, new Retrier(fast, status));
        List<String> poll = List.of(event("One."), event("Two."), "{not json", event("Three."));
        List<RetryingApplier.Outcome> outcomes = applier.applyAll(poll);
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(2)).isInstanceOf(RetryingApplier.Rejected.class);
        assertThat(outcomes).filteredOn(o -> o instanceof RetryingApplier.Applied).hasSize(3);
        assertThat(db.batches).as("one failed attempt, then the batch in one transaction").isEqualTo(2);
        assertThat(db.applied).extracting(e -> ((ArticleDeduplicated) e).article().text())
                .containsExactly("One.", "Two.", "Three.");

        Scripted refusing = new Scripted();
        refusing.poison = EventJson.read(poll.get(1), DedupeEvent.class).eventId();
        outcomes = new RetryingApplier(refusing, new Retrier(fast, status)).applyAll(poll);
        assertThat(outcomes.get(0)).isInstanceOf(RetryingApplier.Applied.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(RetryingApplier.Rejected.class,
                r -> assertThat(r.reason()).contains("SQLSTATE 23505"));
        assertThat(outcomes.get(2)).isInstanceOf(RetryingApplier.Rejected.class);
        assertThat(outcomes.get(3)).isInstanceOf(RetryingApplier.Applied.class);
        assertThat(refusing.applied).extracting(e -> ((ArticleDeduplicated) e).article().text())
                .as("the batch refused, then one by one: the others applied").containsExactly("One.", "Three.");
    }

    final DependencyStatus status = new DependencyStatus(Clock.systemUTC());
    final Backoff fast = new Backoff(Duration.ofMillis(1), Duration.ofMillis(4));

    @Test
    void transientFaultsAreRetriedUntilTheyPass() throws Exception {
        Scripted db = new Scripted(new SQLException("refused", "08001"), new SQLException("serialization", "40001"),
                new SQLException("shutting down", "57P01"), new SQLException("pool timeout"));
        var outcome = new RetryingApplier(db, new Retrier(fast, status)).apply(EVENT);
        assertThat(outcome).isInstanceOf(RetryingApplier.Applied.class);
        assertThat(db.applied).hasSize(1);
        assertThat(status.fault()).isEmpty();
    }

    @Test
    void whatTheDatabaseRefusesForItsDataIsRejectedWithTheReason() throws Exception {
        for (String state : List.of("22021", "22P05", "23505", "54000")) {
            Scripted db = new Scripted(new SQLException("refused", state));
            var outcome = new RetryingApplier(db, new Retrier(fast, status)).apply(EVENT);
            assertThat(outcome).isInstanceOfSatisfying(RetryingApplier.Rejected.class,
                    r -> assertThat(r.reason()).contains("SQLSTATE " + state));
            assertThat(db.applied).isEmpty();
        }
    }

    @Test
    void aRecordThatIsNotAnEventIsRejected() throws Exception {
        Scripted db = new Scripted();
        assertThat(new RetryingApplier(db, new Retrier(fast, status)).apply("{not json")).isInstanceOfSatisfying(
                RetryingApplier.Rejected.class, r -> assertThat(r.errorClass()).endsWith("EventFormatException"));
        assertThat(new RetryingApplier(db, new Retrier(fast, status)).apply(null)).isInstanceOf(RetryingApplier.Rejected.class);
        assertThat(new RetryingApplier(db, new Retrier(fast, status)).apply(EVENT.replace("Text.", "Te\\u0000xt.")))
                .isInstanceOf(RetryingApplier.Rejected.class);
        assertThat(db.applied).isEmpty();
    }

    @Test
    void whileRetryingTheStatusSaysWhatFails() throws Exception {
        // the database stays away until the test has seen the status say so (no timing to race)
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        Scripted db = new Scripted() {
            @Override
            public boolean apply(DedupeEvent event) throws SQLException {
                if (down.get()) {
                    throw new SQLException("Connection refused", "08001");
                }
                return super.apply(event);
            }
        };
        RetryingApplier applier = new RetryingApplier(db, new Retrier(new Backoff(Duration.ofMillis(5), Duration.ofMillis(20)), status));
        Thread t = new Thread(() -> {
            try {
                applier.apply(EVENT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (status.fault().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(status.fault()).hasValueSatisfying(f -> assertThat(f.what()).contains("Connection refused"));
        assertThat(db.applied).isEmpty();
        down.set(false);
        t.join();
        assertThat(status.fault()).isEmpty();
        assertThat(db.applied).hasSize(1);
    }
}
