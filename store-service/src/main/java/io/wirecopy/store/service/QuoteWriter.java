package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.Quote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Files a decision's quotes: the speaker (its name grows to the fullest form seen, its forms
 * accumulate), the quote (once, with its first wording, when it was first seen and the first description of
 * an unnamed source), this article's
 * occurrence, and each rendering in both directions. Idempotent: applying it twice changes nothing.
 */
final class QuoteWriter {

    private QuoteWriter() {
    }

    static void write(Connection c, ArticleDeduplicated d) throws SQLException {
        if (d.quotes().isEmpty()) {
            return;
        }
        for (Quote q : d.quotes()) {
            if (q.speakerId() != null) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO speakers (id, name, names) VALUES (?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET
                          name = CASE WHEN length(EXCLUDED.name) > length(speakers.name) THEN EXCLUDED.name ELSE speakers.name END,
                          names = ARRAY(SELECT DISTINCT n FROM unnest(speakers.names || EXCLUDED.names) n ORDER BY n)""")) {
                    ps.setString(1, q.speakerId());
                    ps.setString(2, q.speaker());
                    ps.setArray(3, c.createArrayOf("text", names(q)));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO quotes (id, text, speaker_id, first_seen_at, speaker_description) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                      speaker_id = COALESCE(quotes.speaker_id, EXCLUDED.speaker_id),
                      first_seen_at = LEAST(quotes.first_seen_at, EXCLUDED.first_seen_at),
                      speaker_description = COALESCE(quotes.speaker_description, EXCLUDED.speaker_description)""")) {
                ps.setString(1, q.id());
                ps.setString(2, q.text());
                ps.setString(3, q.speakerId());
                ps.setObject(4, d.occurredAt());
                ps.setString(5, q.speakerDescription());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO quote_occurrences (quote_id, article_id, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, q.id());
                ps.setString(2, d.article().id());
                ps.setString(3, q.text());
                ps.executeUpdate();
            }
            for (Quote.Rendering r : q.renderings()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO quote_renderings (quote_id, other_quote_id, similarity)
                        SELECT x.a, x.b, ? FROM (VALUES (?, ?), (?, ?)) AS x(a, b)
                        WHERE EXISTS (SELECT 1 FROM quotes WHERE id = x.a)
                        ON CONFLICT DO NOTHING""")) {
                    ps.setDouble(1, r.similarity());
                    ps.setString(2, q.id());
                    ps.setString(3, r.quoteId());
                    ps.setString(4, r.quoteId());
                    ps.setString(5, q.id());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static String[] names(Quote q) {
        return q.speakerNames().isEmpty() ? new String[] {q.speaker()} : q.speakerNames().toArray(String[]::new);
    }
}
