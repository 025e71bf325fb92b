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
 * lifted into another story before its own story came out). Stock phrases (the attributions outlets
 * put after a lifted quote) are nobody's copy.
 */
public final class ReuseTruth {

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
            for (LabelledArticle.Segment s : a.segments()) {
                words += s.words();
                if (s.origin().startsWith("attribution:")) {
                    continue; // a stock phrase ("as one observer put it"): no passage is made of one
                }
                if (seenElsewhere(sourcesByOrigin, s.origin(), source)) {
                    reused += s.words();
                } else {
                    for (Map.Entry<String, Integer> c : s.carries().entrySet()) {
                        if (!c.getKey().equals(s.origin()) && seenElsewhere(sourcesByOrigin, c.getKey(), source)) {
                            reused += c.getValue();
                        }
                    }
                }
            }
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
