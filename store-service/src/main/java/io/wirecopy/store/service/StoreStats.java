package io.wirecopy.store.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.SessionFactory;

/**
 * Counts users care about: stories, articles, duplicates folded (articles that joined a story), shared
 * passages. One query refreshes all four at most every {@code maxAge}, so scraping is cheap.
 */
public class StoreStats {

    /** The four counts at one moment. */
    public record Counts(long stories, long articles, long duplicates, long passages) {
    }

    private final SessionFactory sessions;
    private final Clock clock;
    private final Duration maxAge;
    private Counts last = new Counts(0, 0, 0, 0);
    private Instant at = Instant.MIN;

    public StoreStats(SessionFactory sessions, Clock clock, Duration maxAge) {
        this.sessions = sessions;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public synchronized Counts counts() {
        Instant now = clock.instant();
        if (Duration.between(at, now).compareTo(maxAge) < 0) {
            return last;
        }
        try {
            Object[] row = sessions.fromStatelessSession(s -> s.createNativeQuery("""
                    SELECT (SELECT count(*) FROM stories WHERE merged_into IS NULL AND article_count > 0),
                           (SELECT count(*) FROM articles),
                           (SELECT count(*) FROM articles WHERE dedupe_relation <> 'NEW'),
                           (SELECT count(*) FROM passage_groups)""", Object[].class).getSingleResult());
            last = new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue());
            at = now;
        } catch (RuntimeException e) {
            // keep the last counts; the datasource health check reports the database
        }
        return last;
    }
}
