package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.dedupe.quote.QuoteExtractor;
import io.wirecopy.dedupe.similarity.Hash64;
import io.wirecopy.shared.text.Hashing;
import io.wirecopy.shared.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quotes: the article's direct quotes and their speakers ({@link QuoteExtractor}), each named across
 * articles. A quote whose words an earlier quote's cover ({@link QuoteIndex#match}) is that quote and
 * takes its id; any other is new, takes an id of its own and is remembered. Speakers are merged across
 * articles ({@link SpeakerDirectory}). Runs for exact copies too, so every article that carries a
 * quote is listed under it. A quote appears once per article; an article keeps its first
 * {@value #MAX_QUOTES}.
 */
final class QuoteStage implements Stage {

    /** Quotes kept per article at most (a page of thousands of quote marks is no interview). */
    static final int MAX_QUOTES = 500;

    private final QuoteIndex index;
    private final boolean enabled;

    QuoteStage(QuoteIndex index, DedupeConfig.Quotes config) {
        this.index = index;
        this.enabled = config.enabled();
    }

    @Override
    public boolean appliesToExactCopies() {
        return true;
    }

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        if (!enabled) {
            return;
        }
        String articleId = draft.article.id();
        long time = draft.article.publishedAt() != null ? draft.article.publishedAt().toInstant().toEpochMilli()
                : draft.seenAtMillis;
        List<Quote> quotes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (QuoteExtractor.ExtractedQuote q : QuoteExtractor.extract(draft.article.text(), MAX_QUOTES)) {
            long[] words = Hash64.tokens(q.text());
            if (words.length < QuoteExtractor.MIN_WORDS) {
                continue;
            }
            SpeakerDirectory.Speaker speaker = q.speaker() == null ? null : index.speakers().resolve(q.speaker());
            String speakerId = speaker == null ? null : speaker.id();
            QuoteIndex.Match match = index.match(words, speakerId);
            String id;
            if (match != null) {
                QuoteRecord earlier = match.record();
                id = earlier.id();
                if (earlier.speakerId() != null) {
                    speakerId = earlier.speakerId();
                }
            } else {
                id = "q_" + Hashing.sha256Hex("quote\u0000" + articleId + "\u0000" + TextNormalizer.normalize(q.text()))
                        .substring(0, 16);
                if (index.seqOf(id) == null) {
                    index.add(new QuoteRecord(index.nextSeq(), id, speakerId, speakerId == null ? null : index.speakers().name(speakerId),
                            q.text(), articleId, time, draft.seenAtMillis), words);
                }
            }
            if (!ids.add(id)) {
                continue;
            }
            String name = speakerId == null ? null : index.speakers().name(speakerId);
            // this article's forms of its speaker are the quote's speaker's forms only when they are that speaker: an
            // article that gives the words to somebody else must not file that person's names under the first speaker
            List<String> forms = speaker != null && speaker.id().equals(speakerId) ? q.speakerForms() : List.of();
            // a source the article describes and does not name, unless an earlier wording named the speaker
            String described = speakerId == null && q.description() != null
                    && q.description().length() <= Quote.MAX_DESCRIPTION_CHARS ? q.description() : null;
            quotes.add(new Quote(id, q.text(), speakerId, name, forms, List.of(), described));
        }
        draft.quotes = quotes;
    }
}
