package io.wirecopy.testing.corpus;

import io.wirecopy.shared.event.Article;
import java.util.List;
import java.util.Map;

/**
 * A generated article with its truth: the base story it copies ({@code story}), how it was changed
 * ({@code variations}, e.g. {@code trim}, {@code typos}, {@code lift:port-talks#0}, {@code brief},
 * {@code ratio:1:4}), where the corpus quotes it carries stand in its tokens ({@code quotes}: quote id
 * {@code storyId#n} → span), and its text as segments in order, each labelled with where it comes from.
 */
public record LabelledArticle(Article article, String story, String topic, String outlet, List<String> variations,
        Map<String, TokenSpan> quotes, List<Segment> segments) {

    /** Tokens {@code [start, end)} of the article's text. */
    public record TokenSpan(int start, int end) {
        public int overlap(int from, int to) {
            return Math.max(0, Math.min(end, to) - Math.max(start, from));
        }
    }

    /**
     * A paragraph (or part of one) of the text: its origin ({@code base:story:i}, {@code quote:id},
     * {@code local:…}, {@code chrome:…}, {@code headline:…}, {@code attribution:n}), its token count, and
     * the origins it carries with the words of each (a base paragraph carries its quotes too).
     */
    public record Segment(String origin, int words, Map<String, Integer> carries) {
    }

    public String id() {
        return article.id();
    }
}
