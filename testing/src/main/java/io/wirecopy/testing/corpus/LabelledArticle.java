package io.wirecopy.testing.corpus;

import io.wirecopy.shared.event.Article;
import java.util.List;
import java.util.Map;

/**
 * A generated article with its truth: the base story it copies ({@code story}), how it was changed
 * ({@code variations}, e.g. {@code trim}, {@code typos}, {@code lift:port-talks#0}), and where the
 * corpus quotes it carries stand in its tokens ({@code quotes}: quote id {@code storyId#n} → span).
 */
public record LabelledArticle(Article article, String story, String topic, String outlet, List<String> variations,
        Map<String, TokenSpan> quotes) {

    /** Tokens {@code [start, end)} of the article's text. */
    public record TokenSpan(int start, int end) {
        public int overlap(int from, int to) {
            return Math.max(0, Math.min(end, to) - Math.max(start, from));
        }
    }

    public String id() {
        return article.id();
    }
}
