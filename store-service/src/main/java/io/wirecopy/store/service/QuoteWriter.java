package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.shared.event.QuotesRendered;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * Files a decision's quotes: the speakers (a name grows to the fullest form seen, the forms accumulate), the
 * quotes (once, with the first wording, when first seen and the first description of an unnamed source),
 * this article's occurrences, and each rendering in both directions (those of a {@link QuotesRendered}, the step after
 * the decision, and those of decisions written before renderings had a step of their own). Each kind is one PostgreSQL upsert of
 * up to {@value #ROWS} of the article's rows (native SQL: merging arrays and keeping the earliest are what
 * only it does in one statement), so an article costs four statements however many quotes it carries (a
 * statement per row cost twice the CPU through Hibernate). Idempotent: applying it twice changes nothing.
 */
final class QuoteWriter {

    /** Rows per statement: far under PostgreSQL's 65,535 parameters whatever a record carries. */
    static final int ROWS = 500;

    /**
     * Joins a speaker's forms into one parameter, split again by PostgreSQL: a control character no event text
     * holds ({@link io.wirecopy.shared.event.Validation#clean} refuses them), and cheaper to bind than an array.
     */
    static final String SEPARATOR = "\u001f";

    private QuoteWriter() {
    }

    /** A speaker as this article names them: the fullest name it uses and every form. */
    private record Named(String id, String name, TreeSet<String> forms) {
    }

    /** A quote as this article files it: its first wording, the first speaker or description any of its occurrences gives. */
    private record Filed(String id, String text, String speakerId, String description) {
    }

    /** A rendering, one direction. */
    private record Link(String from, String to, double similarity) {
    }

    static void write(StatelessSession s, ArticleDeduplicated d) {
        write(s, d.article().id(), d.quotes(), d.occurredAt());
    }

    /** Files the quotes an article carries (a new version's beside its earlier versions'), as of {@code at}. */
    static void write(StatelessSession s, String articleId, List<Quote> carried, java.time.OffsetDateTime at) {
        if (carried.isEmpty()) {
            return;
        }
        Map<String, Filed> quotes = new LinkedHashMap<>();
        Map<String, Named> speakers = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (Quote q : carried) {
            quotes.merge(q.id(), new Filed(q.id(), q.text(), q.speakerId(), q.speakerDescription()),
                    (first, again) -> new Filed(first.id(), first.text(),
                            first.speakerId() != null ? first.speakerId() : again.speakerId(),
                            first.description() != null ? first.description() : again.description()));
            if (q.speakerId() != null) {
                Named named = speakers.get(q.speakerId());
                if (named == null || q.speaker().length() > named.name().length()) {
                    named = new Named(q.speakerId(), q.speaker(), named == null ? new TreeSet<>() : named.forms());
                    speakers.put(q.speakerId(), named);
                }
                named.forms().addAll(q.speakerNames().isEmpty() ? List.of(q.speaker()) : q.speakerNames());
            }
            for (Quote.Rendering r : q.renderings()) {
                links.add(new Link(q.id(), r.quoteId(), r.similarity()));
                links.add(new Link(r.quoteId(), q.id(), r.similarity()));
            }
        }
        for (List<Named> chunk : chunks(new ArrayList<>(speakers.values()))) {
            writeSpeakers(s, chunk);
        }
        for (List<Filed> chunk : chunks(new ArrayList<>(quotes.values()))) {
            writeQuotes(s, articleId, at, chunk);
        }
        for (List<Link> chunk : chunks(links)) {
            writeRenderings(s, chunk);
        }
    }

    /** Files the renderings the step after a decision found for an article's quotes, each link in both directions. */
    static void write(StatelessSession s, QuotesRendered rendered) {
        List<Link> links = new ArrayList<>();
        for (QuotesRendered.Rendered q : rendered.quotes()) {
            for (Quote.Rendering r : q.renderings()) {
                links.add(new Link(q.quoteId(), r.quoteId(), r.similarity()));
                links.add(new Link(r.quoteId(), q.quoteId(), r.similarity()));
            }
        }
        for (List<Link> chunk : chunks(links)) {
            writeRenderings(s, chunk);
        }
    }

    private static void writeSpeakers(StatelessSession s, List<Named> speakers) {
        NativeQuery<Object> upsert = NativeChanges.of(s, "speakers", "INSERT INTO speakers (id, name, names) VALUES "
                + rows(speakers.size(), "(:id#, :name#, string_to_array(:names#, :sep))") + """
                 ON CONFLICT (id) DO UPDATE SET
                  name = CASE WHEN length(EXCLUDED.name) > length(speakers.name) THEN EXCLUDED.name ELSE speakers.name END,
                  names = ARRAY(SELECT DISTINCT n FROM unnest(speakers.names || EXCLUDED.names) n ORDER BY n)""");
        for (int i = 0; i < speakers.size(); i++) {
            Named speaker = speakers.get(i);
            upsert.setParameter("id" + i, speaker.id()).setParameter("name" + i, speaker.name())
                    .setParameter("names" + i, String.join(SEPARATOR, speaker.forms()));
        }
        upsert.setParameter("sep", SEPARATOR).executeUpdate();
    }

    private static void writeQuotes(StatelessSession s, String articleId, java.time.OffsetDateTime at, List<Filed> quotes) {
        NativeQuery<Object> upsert = NativeChanges.of(s, "quotes",
                "INSERT INTO quotes (id, text, speaker_id, first_seen_at, speaker_description) VALUES "
                + rows(quotes.size(), "(:id#, :text#, :speaker#, :at, :description#)") + """
                 ON CONFLICT (id) DO UPDATE SET
                  speaker_id = COALESCE(quotes.speaker_id, EXCLUDED.speaker_id),
                  first_seen_at = LEAST(quotes.first_seen_at, EXCLUDED.first_seen_at),
                  speaker_description = COALESCE(quotes.speaker_description, EXCLUDED.speaker_description)""");
        NativeQuery<Object> occur = NativeChanges.of(s, "quote_occurrences",
                "INSERT INTO quote_occurrences (quote_id, article_id, text) VALUES "
                + rows(quotes.size(), "(:id#, :article, :text#)") + " ON CONFLICT DO NOTHING");
        for (int i = 0; i < quotes.size(); i++) {
            Filed q = quotes.get(i);
            upsert.setParameter("id" + i, q.id()).setParameter("text" + i, q.text())
                    .setParameter("speaker" + i, q.speakerId(), String.class)
                    .setParameter("description" + i, q.description(), String.class);
            occur.setParameter("id" + i, q.id()).setParameter("text" + i, q.text());
        }
        upsert.setParameter("at", at).executeUpdate();
        occur.setParameter("article", articleId).executeUpdate();
    }

    /** Renderings whose first quote is stored (the other may be a quote the store never received). */
    private static void writeRenderings(StatelessSession s, List<Link> links) {
        NativeQuery<Object> insert = NativeChanges.of(s, "quote_renderings", """
                INSERT INTO quote_renderings (quote_id, other_quote_id, similarity)
                SELECT x.a, x.b, x.similarity FROM (VALUES """ + rows(links.size(), "(:a#, :b#, CAST(:similarity# AS double precision))")
                + """
                ) AS x(a, b, similarity)
                WHERE EXISTS (SELECT 1 FROM quotes WHERE id = x.a)
                ON CONFLICT DO NOTHING""");
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            insert.setParameter("a" + i, link.from()).setParameter("b" + i, link.to())
                    .setParameter("similarity" + i, link.similarity());
        }
        insert.executeUpdate();
    }

    /** {@code n} copies of a row template, {@code #} numbered 0 to n - 1, comma-separated. */
    private static String rows(int n, String template) {
        List<String> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(template.replace("#", Integer.toString(i)));
        }
        return String.join(", ", rows);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS) {
            out.add(all.subList(from, Math.min(all.size(), from + ROWS)));
        }
        return out;
    }
}
