package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.similarity.SetSimilarity;
import io.wirecopy.shared.similarity.Shingles;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.time.OffsetDateTime;
import java.util.*;
import org.junit.jupiter.api.Test;

class DiagTest {
    @Test
    void diag() {
        for (long seed : new long[]{3, 4}) {
        WireCorpus corpus = WireCorpus.generate(seed);
        Map<String, LabelledArticle> byId = new HashMap<>();
        corpus.articles().forEach(a -> byId.put(a.id(), a));
        Map<String, Set<String>> expected = CorpusQualityTest.run(corpus.articles()).storiesByCanonical();
        Set<Set<String>> e = new HashSet<>(expected.values());
        Random random = new Random(seed * 1000);
        List<List<LabelledArticle>> orders = new ArrayList<>();
        List<LabelledArticle> rev = new ArrayList<>(corpus.articles()); Collections.reverse(rev); orders.add(rev);
        for (int p = 0; p < 12; p++) { List<LabelledArticle> s = new ArrayList<>(corpus.articles()); Collections.shuffle(s, random); orders.add(s); }
        for (List<LabelledArticle> order : orders) {
            Set<Set<String>> g = new HashSet<>(CorpusQualityTest.run(order).storiesByCanonical().values());
            Set<String> involved = new TreeSet<>();
            for (Set<String> s : e) if (!g.contains(s)) { System.out.println("EXPECTED:"); s.forEach(id -> System.out.println("  " + byId.get(id).story() + " " + byId.get(id).outlet() + " " + byId.get(id).variations() + " " + id)); involved.addAll(s);}
            for (Set<String> s : g) if (!e.contains(s)) { System.out.println("GOT:"); s.forEach(id -> System.out.println("  " + id)); }
            if (involved.isEmpty()) continue;
            List<String> ids = new ArrayList<>(involved);
            for (String x : ids) for (String y : ids) if (x.compareTo(y) < 0) {
                long[] a = Shingles.set(TextNormalizer.tokens(byId.get(x).article().text()), 5);
                long[] b = Shingles.set(TextNormalizer.tokens(byId.get(y).article().text()), 5);
                System.out.printf("%s %s J=%.3f C=%.3f sizes %d %d%n", x.substring(0,6), y.substring(0,6), SetSimilarity.jaccard(a,b), SetSimilarity.containment(a,b), a.length, b.length);
            }
            for (List<LabelledArticle> o : List.of(corpus.articles(), order)) {
                DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
                OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
                for (LabelledArticle l : o) {
                    var d = engine.decide(ArticleIngested.of(l.article(), at), at);
                    if (ids.contains(l.id())) System.out.println((o == order ? "ORD " : "FWD ") + l.id().substring(0,6) + " " + d.outcome() + " cands " + d.candidates().stream().filter(ids::contains).map(s -> s.substring(0,6)).toList());
                }
            }
            return;
        }
        }
    }
}
