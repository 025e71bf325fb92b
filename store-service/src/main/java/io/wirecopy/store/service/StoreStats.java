package io.wirecopy.store.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Counts users care about: stories, articles, duplicates folded (articles that joined a story), shared
 * passages. One query refreshes all four at most every {@code maxAge}, so scraping is cheap.
 */
public class StoreStats {

    /** The four counts at one moment. */
    public record Counts(long stories, long articles, long duplicates, long passages) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration maxAge;
    private Counts last = new Counts(0, 0, 0, 0);
    private Instant at = Instant.MIN;

    public StoreStats(DataSource dataSource, Clock clock, Duration maxAge) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public synchronized Counts counts() {
        Instant now = clock.instant();
        if (Duration.between(at, now).compareTo(maxAge) < 0) {
            return last;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT (SELECT count(*) FROM stories WHERE merged_into IS NULL AND article_count > 0),
                               (SELECT count(*) FROM articles),
                               (SELECT count(*) FROM articles WHERE dedupe_relation <> 'NEW'),
                               (SELECT count(*) FROM passage_groups)""")) {
            rs.next();
            last = new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            at = now;
        } catch (SQLException e) {
            // keep the last counts; the datasource health check reports the database
        }
        return last;
    }
}
