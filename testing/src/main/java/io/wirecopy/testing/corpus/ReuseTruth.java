package io.wirecopy.testing.corpus;

import io.wirecopy.shared.text.Sources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The true reuse degree of every article of a corpus read in order: the part of its words in segments
 * whose origin an earlier article of another source carried (two unknown sources are two sources); of
 * a segment whose origin is new, the words of the quotes in it that such an article carried (a quote
 * lifted into another story before its own story came out). Only runs of such words of 10 or more
 * count, as only those make a passage (a three-word chrome line shared with another site does not);
 * stock phrases (the attributions outlets put after a lifted quote) are nobody's copy.
 */
public final class ReuseTruth {

    /** The shortest passage dedupe reports ({@code passages.min-words}): a shorter shared line is found by nobody. */
    static final int MIN_RUN_WORDS = 10;

    private ReuseTruth() {
    }

    /** Article id → its true share, for the articles in the order given (the order dedupe reads them). */
    public static Map<String, Double> shares(List<LabelledArticle> articles) {
        Map<String, Set<String>> sourcesByOrigin = new HashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (LabelledArticle a : articles) {
            String source = a.article().source();
            int words = 0;
            int reused = 0;
            int run = 0; // words of consecutive reused segments: only a run of MIN_RUN_WORDS or more is a passage
            for (LabelledArticle.Segment s : a.segments()) {
                words += s.words();
                if (!s.origin().startsWith("attribution:") // a stock phrase ("as one observer put it") is no passage
                        && seenElsewhere(sourcesByOrigin, s.origin(), source)) {
                    run += s.words();
                    continue;
                }
                reused += run >= MIN_RUN_WORDS ? run : 0;
                run = 0;
                for (Map.Entry<String, Integer> c : s.carries().entrySet()) {
                    if (!c.getKey().equals(s.origin()) && c.getValue() >= MIN_RUN_WORDS
                            && seenElsewhere(sourcesByOrigin, c.getKey(), source)) {
                        reused += c.getValue(); // a quote of it lifted before
                    }
                }
            }
            reused += run >= MIN_RUN_WORDS ? run : 0;
            for (LabelledArticle.Segment s : a.segments()) {
                for (String origin : s.carries().keySet()) {
                    // an unknown source is told apart from every other, itself excepted
                    sourcesByOrigin.computeIfAbsent(origin, k -> new HashSet<>())
                            .add(Sources.isKnown(source) ? source : Sources.UNKNOWN + "#" + a.id());
                }
            }
            shares.put(a.id(), words == 0 ? 0.0 : Math.min(1.0, (double) reused / words));
        }
        return shares;
    }

    private static boolean seenElsewhere(Map<String, Set<String>> sourcesByOrigin, String origin, String source) {
        return sourcesByOrigin.getOrDefault(origin, Set.of()).stream().anyMatch(other -> !Sources.same(other, source));
    }
}
