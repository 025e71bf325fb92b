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
 * whose origin an earlier article of another source carried (two unknown sources are two sources).
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
                Set<String> seen = sourcesByOrigin.getOrDefault(s.origin(), Set.of());
                if (seen.stream().anyMatch(other -> !Sources.same(other, source))) {
                    reused += s.words();
                }
            }
            for (LabelledArticle.Segment s : a.segments()) {
                for (String origin : s.carries()) {
                    // an unknown source is told apart from every other, itself excepted
                    sourcesByOrigin.computeIfAbsent(origin, k -> new HashSet<>())
                            .add(Sources.isKnown(source) ? source : Sources.UNKNOWN + "#" + a.id());
                }
            }
            shares.put(a.id(), words == 0 ? 0.0 : (double) reused / words);
        }
        return shares;
    }
}
