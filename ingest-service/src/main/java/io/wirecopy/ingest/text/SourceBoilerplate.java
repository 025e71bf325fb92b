package io.wirecopy.ingest.text;

import io.wirecopy.shared.text.TextNormalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns each source's boilerplate: short lines (menus, slogans, prompts) that recur across many of
 * the source's articles. A line seen in {@code minArticles} earlier articles of a source is
 * boilerplate for that source. Bounded: at most {@code maxSources} sources and {@code maxLinesPerSource}
 * lines per source are counted, the least recently seen going first. Kept in memory: a restarted
 * service learns again. Thread-safe.
 */
public final class SourceBoilerplate {

    /** Lines longer than this (in words) are article text, never learned. */
    static final int MAX_WORDS = 20;

    private final int minArticles;
    private final int maxLinesPerSource;
    private final Map<String, Map<String, Integer>> counts;

    public SourceBoilerplate(int minArticles, int maxSources, int maxLinesPerSource) {
        this.minArticles = minArticles;
        this.maxLinesPerSource = maxLinesPerSource;
        this.counts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, Integer>> eldest) {
                return size() > maxSources;
            }
        };
    }

    /** How a line is given to {@link #boilerplateAndLearn}: its normalised tokens joined by spaces. */
    public static String key(String line) {
        return String.join(" ", TextNormalizer.tokens(line));
    }

    /** A model that learns nothing (every line is kept). */
    public static SourceBoilerplate none() {
        return new SourceBoilerplate(Integer.MAX_VALUE, 0, 0);
    }

    /**
     * Which of these lines are boilerplate of {@code source}; then counts them as seen once more. Lines
     * are given as their {@link #key}s.
     */
    public synchronized Set<String> boilerplateAndLearn(String source, List<String> lines) {
        Set<String> boilerplate = new HashSet<>();
        if (source == null || maxLinesPerSource == 0) {
            return boilerplate;
        }
        Map<String, Integer> seen = counts.computeIfAbsent(source, s -> new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > maxLinesPerSource;
            }
        });
        Set<String> once = new HashSet<>();
        for (String key : lines) {
            if (key.isEmpty() || key.split(" ").length > MAX_WORDS || !once.add(key)) {
                continue;
            }
            int n = seen.getOrDefault(key, 0);
            if (n >= minArticles) {
                boilerplate.add(key);
            }
            seen.put(key, n + 1);
        }
        return boilerplate;
    }
}
