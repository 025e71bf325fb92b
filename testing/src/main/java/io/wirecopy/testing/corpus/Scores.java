package io.wirecopy.testing.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a dedupe run against the corpus truth.
 *
 * <p>Stories, pairwise: a pair of articles is positive when both are in one story. A heavy rewrite
 * (labelled {@code story~rewrite-n}) is left out: whether it belongs with the copies is not for the truth
 * to say (its reuse degree is scored instead); a story it bridges to another still counts as a false merge. Precision is the
 * share of predicted pairs that are true, recall the share of true pairs predicted. Every predicted
 * pair of two different base stories is a false merge; those among hard negatives (same topic, same
 * headline, both in the heavy template) are counted by kind.
 *
 * <p>Passages, per pair of base stories and quote: the truth is every (story, story, quote) where
 * both stories have an article carrying the quote; a detected passage of {@code minWords} or more
 * between articles of two different base stories is right when it overlaps, on both sides, at least
 * half of a quote both articles carry.
 */
public final class Scores {

    /** A passage the engine reported: token spans in both articles. */
    public record DetectedPassage(String articleId, int start, int end, String otherArticleId, int otherStart,
            int otherEnd) {
        public int words() {
            return end - start;
        }
    }

    /**
     * Precision is {@code correct / predicted}, recall {@code recalled / actual}. For story pairs the two
     * numerators are the same count; for passages one passage may recall several quotes, or none.
     */
    public record Pairwise(long correct, long predicted, long recalled, long actual) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) correct / predicted;
        }

        public double recall() {
            return actual == 0 ? 1.0 : (double) recalled / actual;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("precision=%.4f recall=%.4f f1=%.4f (correct %d of %d predicted, recalled %d of %d)",
                    precision(), recall(), f1(), correct, predicted, recalled, actual);
        }
    }

    /** Story scores and the false merges by kind ({@code any}, {@code same-topic}, {@code same-headline}, {@code heavy-template}). */
    public record StoryScore(Pairwise pairwise, Map<String, Long> falseMerges) {
    }

    private Scores() {
    }

    public static StoryScore stories(List<LabelledArticle> articles, Map<String, String> predictedStory) {
        Map<String, Map<String, Long>> cells = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, List<LabelledArticle>> byPrediction = new HashMap<>();
        for (LabelledArticle a : articles) {
            String p = predictedStory.get(a.id());
            if (p == null) {
                throw new IllegalArgumentException("no prediction for article " + a.id());
            }
            if (isRewrite(a)) {
                continue; // whether a heavy rewrite is a copy of its story is nobody's call: neither way counts
            }
            cells.computeIfAbsent(p, k -> new HashMap<>()).merge(a.story(), 1L, Long::sum);
            predictedSizes.merge(p, 1L, Long::sum);
            trueSizes.merge(a.story(), 1L, Long::sum);
            byPrediction.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        long tp = cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(Scores::pairs).sum();
        long predicted = predictedSizes.values().stream().mapToLong(Scores::pairs).sum();
        long actual = trueSizes.values().stream().mapToLong(Scores::pairs).sum();
        Map<String, Long> falseMerges = new TreeMap<>(Map.of("any", 0L, "same-topic", 0L, "same-headline", 0L,
                "heavy-template", 0L));
        for (List<LabelledArticle> group : byPrediction.values()) {
            if (cells.get(predictedStory.get(group.get(0).id())).size() == 1) {
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    LabelledArticle x = group.get(i);
                    LabelledArticle y = group.get(j);
                    if (x.story().equals(y.story())) {
                        continue;
                    }
                    falseMerges.merge("any", 1L, Long::sum);
                    if (x.topic().equals(y.topic())) {
                        falseMerges.merge("same-topic", 1L, Long::sum);
                    }
                    if (x.article().title().equals(y.article().title())) {
                        falseMerges.merge("same-headline", 1L, Long::sum);
                    }
                    if (x.variations().contains("heavy-template") && y.variations().contains("heavy-template")) {
                        falseMerges.merge("heavy-template", 1L, Long::sum);
                    }
                }
            }
        }
        return new StoryScore(new Pairwise(tp, predicted, tp, actual), falseMerges);
    }

    /** Passage scores and the truths not recalled, as {@code story|story|quote}. */
    public record PassageScore(Pairwise pairwise, Set<String> missed) {
    }

    public static PassageScore passages(List<LabelledArticle> articles, List<DetectedPassage> detected, int minWords,
            Map<String, String> quoteTexts) {
        Map<String, LabelledArticle> byId = new HashMap<>();
        Map<String, Set<String>> storiesByQuote = new HashMap<>();
        for (LabelledArticle a : articles) {
            byId.put(a.id(), a);
            a.quotes().keySet().forEach(q -> storiesByQuote.computeIfAbsent(q, k -> new HashSet<>()).add(a.story()));
        }
        Set<String> truth = new HashSet<>();
        storiesByQuote.forEach((q, stories) -> {
            if (quoteTexts.get(q).split("\\s+").length < minWords) {
                return;
            }
            for (String x : stories) {
                for (String y : stories) {
                    if (x.compareTo(y) < 0 && !family(x).equals(family(y))) {
                        truth.add(x + "|" + y + "|" + q);
                    }
                }
            }
        });
        Set<String> recalled = new HashSet<>();
        long right = 0;
        long counted = 0;
        for (DetectedPassage d : detected) {
            LabelledArticle x = byId.get(d.articleId());
            LabelledArticle y = byId.get(d.otherArticleId());
            if (d.words() < minWords || family(x.story()).equals(family(y.story()))) {
                continue; // within a story and its rewrites passages are reuse, measured by the reuse degree
            }
            counted++;
            boolean hit = false;
            for (Map.Entry<String, LabelledArticle.TokenSpan> q : x.quotes().entrySet()) {
                LabelledArticle.TokenSpan other = y.quotes().get(q.getKey());
                LabelledArticle.TokenSpan here = q.getValue();
                if (other != null && 2 * here.overlap(d.start(), d.end()) >= here.end() - here.start()
                        && 2 * other.overlap(d.otherStart(), d.otherEnd()) >= other.end() - other.start()) {
                    hit = true;
                    String a = x.story().compareTo(y.story()) < 0 ? x.story() : y.story();
                    String b = a.equals(x.story()) ? y.story() : x.story();
                    recalled.add(a + "|" + b + "|" + q.getKey());
                }
            }
            if (hit) {
                right++;
            }
        }
        recalled.retainAll(truth);
        Set<String> missed = new TreeSet<>(truth);
        missed.removeAll(recalled);
        return new PassageScore(new Pairwise(right, counted, recalled.size(), truth.size()), missed);
    }

    static boolean isRewrite(LabelledArticle a) {
        return a.story().indexOf('~') >= 0;
    }

    /** The base story a label belongs to: a rewrite ({@code story~rewrite-n}) is its own story of that family. */
    static String family(String story) {
        int tilde = story.indexOf('~');
        return tilde < 0 ? story : story.substring(0, tilde);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
