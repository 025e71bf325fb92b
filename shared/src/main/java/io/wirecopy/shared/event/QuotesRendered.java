package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.required;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * On {@code news.dedupe}, keyed by the article's id, after that article's decision ({@link ArticleDeduplicated}, or
 * the {@link ArticleRevised} of its latest version): the quotes it said first that render earlier quotes of the same
 * speaker in other words (a paraphrase, a translation), each with the earlier quotes it renders and how close their
 * sentence embeddings are. Decided in its own step after the decision, so the sentence model never delays one; an
 * article none of whose quotes renders another has no such event.
 */
public record QuotesRendered(
        String eventId,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String articleId,
        List<Rendered> quotes) implements DedupeEvent {

    public static final int SCHEMA_VERSION = 1;

    /** One of the article's quotes and the earlier quotes it renders, the closest first. */
    public record Rendered(String quoteId, List<Quote.Rendering> renderings) {
        public Rendered {
            matches("QuotesRendered.Rendered", "quoteId", quoteId, Quote.QUOTE_ID);
            required("QuotesRendered.Rendered", "renderings", renderings);
            renderings = List.copyOf(renderings);
            if (renderings.isEmpty()) {
                throw new IllegalArgumentException("QuotesRendered.Rendered.renderings must not be empty");
            }
            for (Quote.Rendering r : renderings) {
                if (r.quoteId().equals(quoteId)) {
                    throw new IllegalArgumentException("QuotesRendered.Rendered: a quote does not render itself (" + quoteId + ")");
                }
            }
        }
    }

    public QuotesRendered {
        matches("QuotesRendered", "eventId", eventId, Validation.EVENT_ID);
        Validation.schemaVersion("QuotesRendered", schemaVersion, SCHEMA_VERSION);
        required("QuotesRendered", "occurredAt", occurredAt);
        matches("QuotesRendered", "articleId", articleId, Validation.ARTICLE_ID);
        required("QuotesRendered", "quotes", quotes);
        quotes = List.copyOf(quotes);
        if (quotes.isEmpty()) {
            throw new IllegalArgumentException("QuotesRendered.quotes must not be empty");
        }
        Set<String> ids = new HashSet<>();
        for (Rendered q : quotes) {
            if (!ids.add(q.quoteId())) {
                throw new IllegalArgumentException("QuotesRendered.quotes lists " + q.quoteId() + " twice");
            }
        }
    }

    /** The event for an article's rendered quotes; its id is a function of the article and those quotes. */
    public static QuotesRendered of(String articleId, List<Rendered> quotes, OffsetDateTime occurredAt) {
        String[] parts = new String[quotes.size() + 1];
        parts[0] = articleId;
        for (int i = 0; i < quotes.size(); i++) {
            parts[i + 1] = quotes.get(i).quoteId();
        }
        return new QuotesRendered(EventIds.of("QuotesRendered", parts), SCHEMA_VERSION, occurredAt, articleId, quotes);
    }
}
