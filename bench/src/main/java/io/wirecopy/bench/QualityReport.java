package io.wirecopy.bench;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.ArticleRecord;
import io.wirecopy.dedupe.service.ArticleRecordCodec;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.dedupe.similarity.Lsh;
import io.wirecopy.dedupe.similarity.MinHash;
import io.wirecopy.dedupe.similarity.SetSimilarity;
import io.wirecopy.dedupe.similarity.Shingles;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.testing.corpus.DecisionFold;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.ReuseTruth;
import io.wirecopy.testing.corpus.Scores;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dedupe quality on the labelled corpus: story and passage precision, recall and F1, false merges
 * among hard negatives, LSH candidate recall against brute-force exact Jaccard over all pairs, and a
 * sweep of the verification thresholds that the defaults were chosen from. Deterministic: the same
 * seeds print the same numbers.
 */
final class QualityReport {

    private final PrintStream out;
    private final List<Long> seeds;
    private final boolean explain;

    QualityReport(PrintStream out, List<Long> seeds, boolean explain) {
        this.out = out;
        this.seeds = seeds;
        this.explain = explain;
    }

    record Totals(long storyCorrect, long storyPredicted, long storyActual, long passageCorrect, long passagePredicted,
            long passageRecalled, long passageActual, Map<String, Long> falseMerges) {
        Scores.Pairwise stories() {
            return new Scores.Pairwise(storyCorrect, storyPredicted, storyCorrect, storyActual);
        }

        Scores.Pairwise passages() {
            return new Scores.Pairwise(passageCorrect, passagePredicted, passageRecalled, passageActual);
        }
    }

    void run() {
        List<WireCorpus> corpora = seeds.stream().map(WireCorpus::generate).toList();
        int articles = corpora.stream().mapToInt(c -> c.articles().size()).sum();
        out.printf("Dedupe quality on the labelled corpus: %d base stories, seeds %s, %d articles in all%n%n",
                corpora.get(0).stories().size(), seeds, articles);

        Totals totals = evaluate(corpora, StandaloneConfig.defaults(), explain ? out : null);
        out.println("With the defaults:");
        out.println("  stories  (article pairs) " + totals.stories());
        out.println("  passages (>= 12 words)    " + totals.passages());
        out.println("  false merges by kind      " + totals.falseMerges());
        Totals sameSource = evaluate(corpora, StandaloneConfig.with(Map.of("wirecopy.dedupe.passages.same-source", "true")), null);
        out.println("  passages with same-source=true: " + sameSource.passages());

        DedupeConfig defaults = StandaloneConfig.defaults();
        double[] nearestNegative = new double[2];
        double[] lsh = lshRecall(corpora, defaults, nearestNegative);
        out.printf("  LSH recall vs brute-force Jaccard >= %.2f: %.4f (%d of %d pairs); all pairs the verifier accepts: %.4f%n",
                defaults.near().jaccard(), lsh[0], (long) lsh[1], (long) lsh[2], lsh[3]);
        out.printf("  nearest negatives (two different base stories): highest Jaccard %.3f, highest containment %.3f%n",
                nearestNegative[0], nearestNegative[1]);

        Breakdown breakdown = breakdown(corpora, defaults);
        if (explain) {
            breakdown.reuseMisses().forEach(m -> out.println("  reuse off " + m));
        }
        breakdown.print(out);

        stateSize(corpora.get(0), defaults);

        out.println();
        out.println("Threshold sweep (story pairs; false merges):");
        out.println("  jaccard  containment  precision  recall   f1      false-merges");
        for (String jaccard : List.of("0.3", "0.4", "0.5", "0.6", "0.7")) {
            for (String containment : List.of("0.6", "0.7", "0.8", "0.9")) {
                Totals t = evaluate(corpora, StandaloneConfig.with(Map.of("wirecopy.dedupe.near.jaccard", jaccard,
                        "wirecopy.dedupe.near.containment", containment)), null);
                out.printf("  %-7s  %-11s  %.4f     %.4f   %.4f  %d%n", jaccard, containment, t.stories().precision(),
                        t.stories().recall(), t.stories().f1(), t.falseMerges().get("any"));
            }
        }
        out.println();
        out.printf("story_f1=%.4f%n", totals.stories().f1());
        out.printf("story_false_merges=%d%n", totals.falseMerges().get("any"));
        out.printf("passage_precision=%.4f%n", totals.passages().precision());
        out.printf("passage_recall=%.4f%n", totals.passages().recall());
        out.printf("lsh_recall_vs_exact=%.4f%n", lsh[0]);
        out.printf("candidate_recall_vs_verifier=%.4f%n", breakdown.candidateRecall());
        out.printf("candidate_recall_connected=%.4f%n", breakdown.connectedRecall());
        out.printf("brief_recall=%.4f%n", breakdown.recall("brief"));
        out.printf("reuse_within_0.1=%.4f%n", breakdown.reuseWithin());
    }

    /**
     * With the defaults: per transformation (and per brief's size ratio) the share of articles that end
     * in their wire original's story; how close each article's reuse degree is to the truth
     * ({@link ReuseTruth}); and the share of the pairs the verifier accepts (brute force over all pairs
     * of distinct texts) that the later article's candidates (LSH bands, shared fingerprints) proposed.
     */
    record Breakdown(Map<String, long[]> byVariation, long reuseClose, long reuseArticles, double reuseAbsError,
            long pairsProposed, long pairsConnected, long pairsAccepted, List<String> reuseMisses) {

        double recall(String variation) {
            long[] c = byVariation.getOrDefault(variation, new long[2]);
            return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
        }

        double reuseWithin() {
            return reuseArticles == 0 ? 1.0 : (double) reuseClose / reuseArticles;
        }

        double candidateRecall() {
            return pairsAccepted == 0 ? 1.0 : (double) pairsProposed / pairsAccepted;
        }

        /** The pairs the verifier accepts that end in one story: proposed, or joined through other proposed copies. */
        double connectedRecall() {
            return pairsAccepted == 0 ? 1.0 : (double) pairsConnected / pairsAccepted;
        }

        void print(PrintStream out) {
            out.println("  per transformation: recall (articles in their wire original's story; rewrites outside it),"
                    + " and the share whose reuse degree is within 0.1 of the truth:");
            byVariation.forEach((v, c) -> out.printf("    %-22s %.4f (%d of %d)   reuse %.4f%n", v, (double) c[0] / c[1], c[0],
                    c[1], (double) c[2] / c[3]));
            out.printf("  reuse degree within 0.1 of the truth: %.4f (%d of %d articles), mean absolute error %.4f%n",
                    reuseWithin(), reuseClose, reuseArticles, reuseAbsError / Math.max(1, reuseArticles));
            out.printf("  candidates (LSH or containment) vs the pairs the verifier accepts by brute force: %.4f proposed"
                    + " directly (%d of %d), %.4f in one story (%d)%n", candidateRecall(), pairsProposed, pairsAccepted,
                    connectedRecall(), pairsConnected);
        }
    }

    static Breakdown breakdown(List<WireCorpus> corpora, DedupeConfig config) {
        Map<String, long[]> byVariation = new TreeMap<>();
        long within = 0;
        long counted = 0;
        double absError = 0;
        long proposed = 0;
        long connected = 0;
        long accepted = 0;
        List<String> reuseMisses = new ArrayList<>();
        DedupeConfig.Near near = config.near();
        for (WireCorpus corpus : corpora) {
            DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), config);
            DecisionFold fold = new DecisionFold();
            OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
            Map<String, java.util.Set<String>> candidates = new HashMap<>();
            for (LabelledArticle a : corpus.articles()) {
                DedupeEngine.Decision d = engine.decide(ArticleIngested.of(a.article(), at), at);
                candidates.put(a.id(), d.candidates());
                fold.acceptAll(d.events());
            }
            Map<String, String> predicted = fold.stories();
            Map<String, String> storyOfOriginal = new HashMap<>();
            corpus.articles().stream().filter(a -> a.variations().contains("original"))
                    .forEach(a -> storyOfOriginal.put(a.story(), predicted.get(a.id())));
            Map<String, java.util.Set<String>> kindsOf = new HashMap<>();
            for (LabelledArticle a : corpus.articles()) {
                boolean rewrite = a.variations().contains("rewrite");
                // a copy is right in its wire original's story, a rewrite (an article of its own) outside it
                boolean joined = rewrite
                        ? !predicted.get(a.id()).equals(storyOfOriginal.get(a.story().replaceFirst("~.*", "")))
                        : predicted.get(a.id()).equals(storyOfOriginal.get(a.story()));
                java.util.Set<String> kinds = new java.util.TreeSet<>();
                for (String v : a.variations()) {
                    if (v.startsWith("ratio:1:")) {
                        int n = Integer.parseInt(v.substring(8));
                        kinds.add(n <= 5 ? "brief 1:3-1:5" : "brief 1:6-1:10");
                    } else {
                        kinds.add(v.equals("rewrite") ? "rewrite (kept apart)" : v.replaceFirst(":.*", ""));
                    }
                }
                kinds.add("all");
                for (String k : kinds) {
                    long[] c = byVariation.computeIfAbsent(k, x -> new long[4]);
                    c[0] += joined ? 1 : 0;
                    c[1]++;
                }
                kindsOf.put(a.id(), kinds);
            }
            Map<String, Double> truth = ReuseTruth.shares(corpus.articles());
            for (LabelledArticle a : corpus.articles()) {
                double got = fold.reuse().getOrDefault(a.id(), 0.0);
                double error = Math.abs(got - truth.get(a.id()));
                absError += error;
                counted++;
                for (String k : kindsOf.get(a.id())) {
                    long[] c = byVariation.get(k);
                    c[2] += error <= 0.1 ? 1 : 0;
                    c[3]++;
                }
                if (error <= 0.1) {
                    within++;
                } else {
                    reuseMisses.add(String.format("%s %s truth %.2f got %.2f %s", a.story(), a.id(), truth.get(a.id()), got,
                            a.variations()));
                }
            }
            // brute force over distinct texts, in arrival order: the first article with a text stands for it
            List<LabelledArticle> firsts = new ArrayList<>();
            Map<String, long[]> shingles = new HashMap<>();
            for (LabelledArticle a : corpus.articles()) {
                if (!shingles.containsKey(a.article().contentHash())) {
                    shingles.put(a.article().contentHash(),
                            Shingles.set(TextNormalizer.tokens(a.article().text()), near.shingleWords()));
                    firsts.add(a);
                }
            }
            for (int j = 0; j < firsts.size(); j++) {
                long[] later = shingles.get(firsts.get(j).article().contentHash());
                for (int i = 0; i < j; i++) {
                    long[] earlier = shingles.get(firsts.get(i).article().contentHash());
                    boolean accepts = SetSimilarity.jaccard(earlier, later) >= near.jaccard()
                            || (Math.min(earlier.length, later.length) >= near.containmentMinShingles()
                                    && SetSimilarity.containment(earlier, later) >= near.containment());
                    if (accepts) {
                        accepted++;
                        proposed += candidates.get(firsts.get(j).id()).contains(firsts.get(i).id()) ? 1 : 0;
                        connected += predicted.get(firsts.get(j).id()).equals(predicted.get(firsts.get(i).id())) ? 1 : 0;
                    }
                }
            }
        }
        return new Breakdown(byVariation, within, counted, absError, proposed, connected, accepted, reuseMisses);
    }

    static Totals evaluate(List<WireCorpus> corpora, DedupeConfig config, PrintStream explain) {
        long[] s = new long[7];
        Map<String, Long> falseMerges = new TreeMap<>();
        for (WireCorpus corpus : corpora) {
            DecisionFold fold = run(corpus.articles(), config);
            Scores.StoryScore stories = Scores.stories(corpus.articles(), fold.stories());
            Scores.PassageScore passageScore = Scores.passages(corpus.articles(), fold.passages(), 12, corpus.quotes());
            Scores.Pairwise passages = passageScore.pairwise();
            if (explain != null) {
                passageScore.missed().forEach(m -> explain.println("  missed passage " + m));
                missedStories(corpus, fold).forEach(m -> explain.println("  missed copy " + m));
            }
            s[0] += stories.pairwise().correct();
            s[1] += stories.pairwise().predicted();
            s[2] += stories.pairwise().actual();
            s[3] += passages.correct();
            s[4] += passages.predicted();
            s[5] += passages.recalled();
            s[6] += passages.actual();
            stories.falseMerges().forEach((k, v) -> falseMerges.merge(k, v, Long::sum));
        }
        return new Totals(s[0], s[1], s[2], s[3], s[4], s[5], s[6], falseMerges);
    }

    /** Articles of one base story that ended in another story than the story's wire original, with their changes. */
    static List<String> missedStories(WireCorpus corpus, DecisionFold fold) {
        Map<String, String> predicted = fold.stories();
        Map<String, String> storyOfOriginal = new HashMap<>();
        for (LabelledArticle a : corpus.articles()) {
            if (a.variations().contains("original")) {
                storyOfOriginal.put(a.story(), predicted.get(a.id()));
            }
        }
        List<String> missed = new ArrayList<>();
        for (LabelledArticle a : corpus.articles()) {
            if (!a.variations().contains("rewrite") && !predicted.get(a.id()).equals(storyOfOriginal.get(a.story()))) {
                missed.add(a.story() + " " + a.id() + " " + a.variations());
            }
        }
        return missed;
    }

    /** Logical bytes (keys and values as stored, before RocksDB's own overhead) of the state one corpus leaves. */
    void stateSize(WireCorpus corpus, DedupeConfig config) {
        DedupeState state = DedupeState.inMemory();
        DedupeEngine engine = new DedupeEngine(state, config);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        long words = 0;
        for (LabelledArticle a : corpus.articles()) {
            engine.decide(ArticleIngested.of(a.article(), at), at);
            words += TextNormalizer.tokens(a.article().text()).size();
        }
        Map<String, Long> bytes = new LinkedHashMap<>();
        long articleBytes = 0;
        for (Map.Entry<String, ArticleRecord> e : ((DedupeState.MapTable<ArticleRecord>) state.articles()).view().entrySet()) {
            articleBytes += e.getKey().length() + ArticleRecordCodec.encode(e.getValue()).length;
        }
        bytes.put("articles", articleBytes);
        bytes.put("stories", size(state.stories()));
        long total = bytes.values().stream().mapToLong(Long::longValue).sum();
        int n = corpus.articles().size();
        out.printf("  state: %d bytes for %d articles (%.0f words each): %.0f bytes per article; by store %s%n", total, n,
                (double) words / n, (double) total / n, bytes);
    }

    private static long size(DedupeState.Table<?> table) {
        long bytes = 0;
        for (Map.Entry<String, ?> e : ((DedupeState.MapTable<?>) table).view().entrySet()) {
            try {
                bytes += e.getKey().length() + io.wirecopy.shared.event.EventJson.mapper().writeValueAsBytes(e.getValue()).length;
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return bytes;
    }

    static DecisionFold run(List<LabelledArticle> articles, DedupeConfig config) {
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), config);
        DecisionFold fold = new DecisionFold();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        for (LabelledArticle a : articles) {
            fold.acceptAll(engine.decide(ArticleIngested.of(a.article(), at), at).events());
        }
        return fold;
    }

    /**
     * Over all pairs of distinct texts: the share of pairs with exact shingle Jaccard at or above the
     * threshold that share an LSH bucket; and the share of the pairs the verifier accepts (Jaccard or
     * containment) that do. Returns {recall, hits, pairs, recallOfAccepted}. Pairs of different base stories
     * are not copies: their highest Jaccard and containment go to {@code nearestNegative}.
     */
    static double[] lshRecall(List<WireCorpus> corpora, DedupeConfig config, double[] nearestNegative) {
        DedupeConfig.Near near = config.near();
        MinHash minHash = new MinHash(near.permutations(), near.seed());
        Lsh lsh = new Lsh(near.bands(), near.rows());
        long pairs = 0;
        long hits = 0;
        long accepted = 0;
        long acceptedHits = 0;
        for (WireCorpus corpus : corpora) {
            Map<String, long[]> shingles = new LinkedHashMap<>();
            Map<String, String> storyOfText = new LinkedHashMap<>();
            for (LabelledArticle a : corpus.articles()) {
                shingles.putIfAbsent(a.article().contentHash(),
                        Shingles.set(TextNormalizer.tokens(a.article().text()), near.shingleWords()));
                storyOfText.putIfAbsent(a.article().contentHash(), a.story().replaceFirst("~.*", ""));
            }
            List<long[]> sets = new ArrayList<>(shingles.values());
            List<String> labels = new ArrayList<>(storyOfText.values());
            List<long[]> buckets = new ArrayList<>();
            for (long[] set : sets) {
                buckets.add(lsh.buckets(minHash.signature(set)));
            }
            for (int i = 0; i < sets.size(); i++) {
                for (int j = i + 1; j < sets.size(); j++) {
                    double jaccard = SetSimilarity.jaccard(sets.get(i), sets.get(j));
                    if (!labels.get(i).equals(labels.get(j))) {
                        nearestNegative[0] = Math.max(nearestNegative[0], jaccard);
                        if (Math.min(sets.get(i).length, sets.get(j).length) >= near.containmentMinShingles()) {
                            nearestNegative[1] = Math.max(nearestNegative[1],
                                    SetSimilarity.containment(sets.get(i), sets.get(j)));
                        }
                        continue;
                    }
                    boolean candidate = Lsh.sharedBands(buckets.get(i), buckets.get(j)) > 0;
                    if (jaccard >= near.jaccard()) {
                        pairs++;
                        hits += candidate ? 1 : 0;
                    }
                    boolean accepts = jaccard >= near.jaccard()
                            || (Math.min(sets.get(i).length, sets.get(j).length) >= near.containmentMinShingles()
                                    && SetSimilarity.containment(sets.get(i), sets.get(j)) >= near.containment());
                    if (accepts) {
                        accepted++;
                        acceptedHits += candidate ? 1 : 0;
                    }
                }
            }
        }
        return new double[] {pairs == 0 ? 1.0 : (double) hits / pairs, hits, pairs,
                accepted == 0 ? 1.0 : (double) acceptedHits / accepted};
    }
}
