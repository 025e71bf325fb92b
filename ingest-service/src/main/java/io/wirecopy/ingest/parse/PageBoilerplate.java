package io.wirecopy.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An HTML page's paragraphs less its site's learned boilerplate: a short paragraph (a membership appeal, a
 * newsletter prompt, a slogan) that the source's earlier pages carried too ({@link SourceBoilerplate}),
 * which no structure on the page gives away. A page whose every paragraph would go keeps them all.
 */
public final class PageBoilerplate {

    private PageBoilerplate() {
    }

    /** The draft without the paragraphs learned as {@code source}'s boilerplate, counting this page's as seen. */
    public static ArticleDraft without(ArticleDraft page, String source, SourceBoilerplate boilerplate) {
        if (page.text() == null || source == null) {
            return page;
        }
        String[] paragraphs = page.text().split("\n\n");
        List<String> keys = new ArrayList<>(paragraphs.length);
        for (String p : paragraphs) {
            keys.add(SourceBoilerplate.key(p));
        }
        Set<String> learned = boilerplate.boilerplateAndLearn(source, keys);
        if (learned.isEmpty()) {
            return page;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            if (!learned.contains(keys.get(i))) {
                kept.add(paragraphs[i]);
            }
        }
        return kept.isEmpty() ? page : new ArticleDraft(page.url(), page.source(), page.title(), page.byline(),
                page.publishedAt(), page.language(), String.join("\n\n", kept));
    }
}
