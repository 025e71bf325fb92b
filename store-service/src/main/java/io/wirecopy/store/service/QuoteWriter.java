package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.Quote;
import org.hibernate.StatelessSession;

/**
 * Files a decision's quotes: the speaker (its name grows to the fullest form seen, its forms
 * accumulate), the quote (once, with its first wording, when it was first seen and the first description of
 * an unnamed source), this article's occurrence, and each rendering in both directions. Each is one
 * PostgreSQL upsert (native SQL: merging arrays and keeping the earliest are what only it does in one
 * statement). Idempotent: applying it twice changes nothing.
 */
final class QuoteWriter {

    private QuoteWriter() {
    }

    static void write(StatelessSession s, ArticleDeduplicated d) {
        for (Quote q : d.quotes()) {
            if (q.speakerId() != null) {
                s.createNativeMutationQuery("""
                                INSERT INTO speakers (id, name, names) VALUES (:id, :name, CAST(:names AS text[]))
                                ON CONFLICT (id) DO UPDATE SET
                                  name = CASE WHEN length(EXCLUDED.name) > length(speakers.name) THEN EXCLUDED.name ELSE speakers.name END,
                                  names = ARRAY(SELECT DISTINCT n FROM unnest(speakers.names || EXCLUDED.names) n ORDER BY n)""")
                        .setParameter("id", q.speakerId())
                        .setParameter("name", q.speaker())
                        .setParameter("names", names(q))
                        .executeUpdate();
            }
            s.createNativeMutationQuery("""
                            INSERT INTO quotes (id, text, speaker_id, first_seen_at, speaker_description)
                            VALUES (:id, :text, :speaker, :at, :description)
                            ON CONFLICT (id) DO UPDATE SET
                              speaker_id = COALESCE(quotes.speaker_id, EXCLUDED.speaker_id),
                              first_seen_at = LEAST(quotes.first_seen_at, EXCLUDED.first_seen_at),
                              speaker_description = COALESCE(quotes.speaker_description, EXCLUDED.speaker_description)""")
                    .setParameter("id", q.id())
                    .setParameter("text", q.text())
                    .setParameter("speaker", q.speakerId(), String.class)
                    .setParameter("at", d.occurredAt())
                    .setParameter("description", q.speakerDescription(), String.class)
                    .executeUpdate();
            s.createNativeMutationQuery(
                            "INSERT INTO quote_occurrences (quote_id, article_id, text) VALUES (:quote, :article, :text) ON CONFLICT DO NOTHING")
                    .setParameter("quote", q.id())
                    .setParameter("article", d.article().id())
                    .setParameter("text", q.text())
                    .executeUpdate();
            for (Quote.Rendering r : q.renderings()) {
                s.createNativeMutationQuery("""
                                INSERT INTO quote_renderings (quote_id, other_quote_id, similarity)
                                SELECT x.a, x.b, :similarity FROM (VALUES (:quote, :other), (:other, :quote)) AS x(a, b)
                                WHERE EXISTS (SELECT 1 FROM quotes WHERE id = x.a)
                                ON CONFLICT DO NOTHING""")
                        .setParameter("similarity", r.similarity())
                        .setParameter("quote", q.id())
                        .setParameter("other", r.quoteId())
                        .executeUpdate();
            }
        }
    }

    private static String[] names(Quote q) {
        return q.speakerNames().isEmpty() ? new String[] {q.speaker()} : q.speakerNames().toArray(String[]::new);
    }
}
