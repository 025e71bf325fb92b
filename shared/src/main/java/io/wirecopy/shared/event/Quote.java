package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A direct quote an article carries, part of {@link ArticleDeduplicated}. {@code id} names the quote
 * across articles: every article that carries the same words (give or take small edits, truncation and
 * partial quoting) carries the same id, the id of the article that carried it first. {@code text} is
 * this article's wording. {@code speakerId} and {@code speaker} name who said it (both null when the
 * text does not say); {@code speakerNames} are the forms this article names them by. {@code renderings}
 * are earlier quotes of the same speaker that say the same thing in other words, with the similarity
 * of their sentence embeddings: empty in what dedupe writes now, whose renderings follow the decision in a
 * {@link QuotesRendered}; the store still files those of records written before. {@code speakerDescription} is how the article describes a source it does not
 * name ("a spokesman for the ministry", "the court", "one person at the meeting"): set only when no speaker is,
 * shown as such and never taken for a person (null otherwise, and absent from the JSON).
 */
public record Quote(String id, String text, String speakerId, String speaker, List<String> speakerNames,
        List<Rendering> renderings, String speakerDescription) {

    /** A description longer than this is no description of a source. */
    public static final int MAX_DESCRIPTION_CHARS = 200;

    public static final Pattern QUOTE_ID = Pattern.compile("q_[0-9a-f]{16}");
    public static final Pattern SPEAKER_ID = Pattern.compile("p_[0-9a-f]{16}");

    /** An earlier quote saying the same in other words, and how close their embeddings are (cosine, (0, 1]). */
    public record Rendering(String quoteId, double similarity) {
        public Rendering {
            matches("Quote.Rendering", "quoteId", quoteId, QUOTE_ID);
            if (!(similarity > 0.0 && similarity <= 1.0)) {
                throw new IllegalArgumentException("Quote.Rendering.similarity must be in (0, 1], got " + similarity);
            }
        }
    }

    public Quote {
        matches("Quote", "id", id, QUOTE_ID);
        Validation.notBlank("Quote", "text", text);
        Validation.clean("Quote", "text", text);
        if ((speakerId == null) != (speaker == null)) {
            throw new IllegalArgumentException("Quote.speakerId and Quote.speaker are both set or both null");
        }
        if (speakerId != null) {
            matches("Quote", "speakerId", speakerId, SPEAKER_ID);
            Validation.notBlank("Quote", "speaker", speaker);
            Validation.clean("Quote", "speaker", speaker);
        }
        speakerNames = speakerNames == null ? List.of() : List.copyOf(speakerNames);
        renderings = renderings == null ? List.of() : List.copyOf(renderings);
        for (String name : speakerNames) {
            Validation.notBlank("Quote", "speakerNames", name);
            Validation.clean("Quote", "speakerNames", name);
        }
        if (speakerDescription != null) {
            if (speakerId != null) {
                throw new IllegalArgumentException("Quote.speakerDescription is for a source nobody names: not with a speaker");
            }
            Validation.notBlank("Quote", "speakerDescription", speakerDescription);
            Validation.clean("Quote", "speakerDescription", speakerDescription);
            if (speakerDescription.length() > MAX_DESCRIPTION_CHARS) {
                throw new IllegalArgumentException("Quote.speakerDescription is longer than " + MAX_DESCRIPTION_CHARS + " characters");
            }
        }
    }

    /** A quote with a named speaker, or none. */
    public Quote(String id, String text, String speakerId, String speaker, List<String> speakerNames, List<Rendering> renderings) {
        this(id, text, speakerId, speaker, speakerNames, renderings, null);
    }

    /** The same quote with other renderings. */
    public Quote withRenderings(List<Rendering> links) {
        return new Quote(id, text, speakerId, speaker, speakerNames, links, speakerDescription);
    }
}
