package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.required;

/**
 * A passage an article shares with an earlier article of another story (a lifted quote or
 * paragraph), part of {@link ArticleDeduplicated}. {@code span} is where it stands in this article,
 * {@code otherSpan} where it stands in {@code otherArticleId}; {@code text} is this article's wording
 * (the other may differ by {@code edits} small edits); {@code words} counts this article's tokens.
 */
public record Passage(
        String otherArticleId,
        String otherStoryId,
        int words,
        int edits,
        Span span,
        Span otherSpan,
        String text) {

    public Passage {
        matches("Passage", "otherArticleId", otherArticleId, Validation.ARTICLE_ID);
        matches("Passage", "otherStoryId", otherStoryId, Validation.STORY_ID);
        required("Passage", "span", span);
        required("Passage", "otherSpan", otherSpan);
        Validation.notBlank("Passage", "text", text);
        Validation.clean("Passage", "text", text);
        if (words < 1 || edits < 0 || words != span.toWord() - span.fromWord()) {
            throw new IllegalArgumentException("Passage.words must be the span's word count (" + words + " vs "
                    + span + ") and edits must not be negative (" + edits + ")");
        }
    }

    /**
     * Tokens {@code [fromWord, toWord)} of the article's text
     * ({@link io.wirecopy.shared.text.TextNormalizer#tokenSpans}) and the chars {@code [fromChar, toChar)}
     * of the raw text they cover.
     */
    public record Span(int fromWord, int toWord, int fromChar, int toChar) {
        public Span {
            if (fromWord < 0 || toWord <= fromWord || fromChar < 0 || toChar <= fromChar) {
                throw new IllegalArgumentException("Passage.Span must be non-empty and ordered, got words ["
                        + fromWord + ", " + toWord + "), chars [" + fromChar + ", " + toChar + ")");
            }
        }
    }
}
