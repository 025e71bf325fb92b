package io.wirecopy.ingest.text;

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

    /** The text without the paragraphs learned as {@code source}'s boilerplate, counting this page's as seen. */
    public static String without(String text, String source, SourceBoilerplate boilerplate) {
        if (text == null || source == null) {
            return text;
        }
        String[] paragraphs = text.split("\n\n");
        List<String> keys = new ArrayList<>(paragraphs.length);
        for (String p : paragraphs) {
            keys.add(SourceBoilerplate.key(p));
        }
        Set<String> learned = boilerplate.boilerplateAndLearn(source, keys);
        if (learned.isEmpty()) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            if (!learned.contains(keys.get(i))) {
                kept.add(paragraphs[i]);
            }
        }
        return kept.isEmpty() ? text : String.join("\n\n", kept);
    }
}
