package io.wirecopy.bench;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.testing.corpus.BaseStory;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuse of rewritten wire copy, METER-like (Clough et al.: a newspaper story wholly, partially or not derived
 * from the agency's), on the labelled corpus: per topic the first story is the wire, the others are the
 * papers' own reporting, never on the wire. From each wire, papers are made as journalists make them:
 * <b>wholly derived</b> (every paragraph of the wire, each sentence maybe cut, words swapped for synonyms,
 * said for says, a clause moved, a direct quote made reported), <b>partially derived</b> (half the wire's
 * paragraphs, rewritten harder, and the paper's own reporting of the topic) and <b>non-derived</b> (the
 * paper's own reporting of the same topic: same names, same stock phrases). Each paper goes to a dedupe
 * engine that has seen the twelve wires, alone; its reuse share from its wire is read off the decision.
 * The share is turned into a class by two thresholds chosen on four fifths and scored on the fifth left out
 * (five folds), macro-F1 over the three classes, against naive shared 10-word runs measured the same way.
 * Passage precision: the share of the words inside passages with the wire that lie in paragraphs taken
 * from it.
 */
final class RewriteReuse {

    static final String[] CLASSES = {"wholly", "partially", "non"};

    /**
     * One paper scored: its class, its share from the wire by the system and by 10-word runs, and the words inside
     * passages and runs: all, those in paragraphs taken from the wire, and those also counting the wire's quote a
     * non-derived paper repeats word for word (verbatim reuse, as METER's span annotations count it).
     */
    record Paper(int cls, double system, double naive, long passageWords, long passageTrue, long runWords, long runTrue,
            long passageVerbatim, long runVerbatim) {
    }

    private final PrintStream out;
    private final boolean explain;

    RewriteReuse(PrintStream out, boolean explain) {
        this.out = out;
        this.explain = explain;
    }

    static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

    static {
        String[] pairs = {"said", "stated", "told", "informed", "raised", "increased", "rose", "climbed", "fell", "dropped",
                "percent", "per cent", "announced", "unveiled", "government", "administration", "minister", "secretary",
                "people", "residents", "officials", "authorities", "killed", "left dead", "began", "started", "ended",
                "finished", "warned", "cautioned", "expected", "forecast", "agreed", "accepted", "decision", "move",
                "reported", "revealed", "company", "firm", "city", "town", "largest", "biggest", "also", "as well",
                "however", "but", "because", "as", "after", "following", "before", "ahead of", "plan", "proposal",
                "workers", "staff", "talks", "negotiations", "help", "assist", "quickly", "rapidly", "about", "around",
                "more than", "over", "show", "indicate", "support", "back", "criticised", "attacked", "meeting", "session"};
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            SYNONYMS.put(pairs[i], pairs[i + 1]);
        }
    }

    static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+[\"”]?\\s*");
    static final Pattern DIRECT = Pattern.compile("^\"([^\"]+),\" (he|she|they|[A-Z][a-z]+(?: [A-Z][a-z]+)*) (said|told [a-z]+)\\.\\s*$");

    /** One paragraph rewritten as a sub-editor would: {@code strength} is how much is changed. */
    static String rewrite(String paragraph, double strength, Random r) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
            sentences.add(m.group().strip());
        }
        if (sentences.isEmpty()) {
            sentences.add(paragraph);
        }
        List<String> kept = new ArrayList<>();
        for (String s : sentences) {
            if (sentences.size() > 1 && r.nextDouble() < 0.2 * strength && kept.size() < sentences.size() - 1) {
                continue; // cut
            }
            Matcher d = DIRECT.matcher(s);
            if (d.matches() && r.nextDouble() < 0.5 * strength) {
                s = d.group(2) + " " + d.group(3) + " that " + Character.toLowerCase(d.group(1).charAt(0)) + d.group(1).substring(1) + ".";
            }
            int comma = s.indexOf(", ");
            if (comma > 20 && comma < s.length() - 25 && r.nextDouble() < 0.3 * strength && !s.contains("\"")) {
                String head = s.substring(0, comma);
                String tail = s.substring(comma + 2, s.length() - 1);
                s = Character.toUpperCase(tail.charAt(0)) + tail.substring(1) + ", " + Character.toLowerCase(head.charAt(0))
                        + head.substring(1) + ".";
            }
            StringBuilder b = new StringBuilder();
            for (String w : s.split(" ")) {
                String bare = w.replaceAll("[^A-Za-z]", "").toLowerCase();
                String swap = SYNONYMS.get(bare);
                if (swap != null && r.nextDouble() < 0.6 * strength) {
                    w = w.replaceFirst("(?i)" + Pattern.quote(bare), Matcher.quoteReplacement(swap));
                } else if (bare.equals("said") && r.nextDouble() < 0.3 * strength) {
                    w = w.replace("said", "says");
                }
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
            kept.add(b.toString());
        }
        return String.join(" ", kept);
    }

    void run() {
        Map<String, List<BaseStory>> byTopic = new LinkedHashMap<>();
        for (BaseStory s : BaseStory.bundled()) {
            byTopic.computeIfAbsent(s.topic(), k -> new ArrayList<>()).add(s);
        }
        List<BaseStory> wires = new ArrayList<>();
        Map<String, List<BaseStory>> own = new LinkedHashMap<>();
        byTopic.forEach((topic, stories) -> {
            wires.add(stories.get(0));
            own.put(stories.get(0).id(), stories.subList(1, stories.size()));
        });
        OffsetDateTime t0 = OffsetDateTime.parse("2026-11-23T08:00:00Z");
        List<Article> wireArticles = new ArrayList<>();
        for (BaseStory w : wires) {
            String text = String.join("\n\n", w.paragraphs());
            wireArticles.add(new Article(ArticleIds.articleId("https://wire.example/" + w.id(), text), "https://wire.example/" + w.id(),
                    "wire.example", w.title(), null, t0, "en", text, ArticleIds.contentHash(text)));
        }
        List<Paper> papers = new ArrayList<>();
        int n = 0;
        for (int seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed * 7919L);
            for (int wi = 0; wi < wires.size(); wi++) {
                BaseStory wire = wires.get(wi);
                List<BaseStory> mine = own.get(wire.id());
                for (int cls = 0; cls < 3; cls++) {
                    if (cls > 0 && mine.isEmpty()) {
                        continue;
                    }
                    List<String> paragraphs = new ArrayList<>();
                    List<Boolean> derived = new ArrayList<>();
                    List<Boolean> quoted = new ArrayList<>();
                    // how hard the sub-editor works varies from paper to paper, as in METER: the classes overlap
                    double strength = 0.5 + 2.5 * r.nextDouble();
                    if (cls == 0) {
                        double cut = 0.4 * r.nextDouble();
                        for (String p : wire.paragraphs()) {
                            if (paragraphs.size() >= 2 && r.nextDouble() < cut) {
                                continue; // a paragraph cut
                            }
                            paragraphs.add(rewrite(p, strength, r));
                            derived.add(true);
                            quoted.add(false);
                        }
                    } else {
                        BaseStory reporting = mine.get(r.nextInt(mine.size()));
                        List<String> wireParts = new ArrayList<>(wire.paragraphs());
                        List<String> ownParts = new ArrayList<>(reporting.paragraphs());
                        int fromWire = cls == 1 ? Math.max(1, (int) Math.round(wireParts.size() * (0.2 + 0.4 * r.nextDouble()))) : 0;
                        // a non-derived paper still quotes what the wire quotes: the same press conference
                        List<String> quotes = wire.quotes();
                        String wireQuote = null;
                        if (cls == 2 && !quotes.isEmpty() && r.nextDouble() < 0.6) {
                            wireQuote = "\"" + quotes.get(r.nextInt(quotes.size())) + ",\" an official said.";
                            ownParts.add(Math.min(1, ownParts.size()), wireQuote);
                        }
                        for (int i = 0; i < Math.max(fromWire, 1) || i < ownParts.size(); i++) {
                            if (i < fromWire) {
                                paragraphs.add(rewrite(wireParts.get(i), strength, r));
                                derived.add(true);
                                quoted.add(false);
                            }
                            if (i < ownParts.size()) {
                                boolean isQuote = ownParts.get(i) == wireQuote;
                                paragraphs.add(isQuote ? wireQuote : rewrite(ownParts.get(i), 0.5, r));
                                derived.add(false);
                                quoted.add(isQuote);
                            }
                        }
                    }
                    n++;
                    papers.add(score(cls, paragraphs, derived, quoted, wireArticles, wireArticles.get(wi), n, t0));
                }
            }
        }
        report(papers);
    }

    private Paper score(int cls, List<String> paragraphs, List<Boolean> derived, List<Boolean> quoted, List<Article> wires,
            Article wire, int n,
            OffsetDateTime t0) {
        String text = String.join("\n\n", paragraphs);
        String url = "https://paper" + n + ".example/story";
        Article paper = new Article(ArticleIds.articleId(url, text), url, "paper" + n + ".example", "Paper " + n, null,
                t0.plusHours(2), "en", text, ArticleIds.contentHash(text));
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
        for (Article w : wires) {
            engine.decide(ArticleIngested.of(w, t0), t0);
        }
        ArticleDeduplicated decided = null;
        for (DedupeEvent e : engine.decide(ArticleIngested.of(paper, t0.plusHours(2)), t0.plusHours(2)).events()) {
            if (e instanceof ArticleDeduplicated d && d.article().id().equals(paper.id())) {
                decided = d;
            }
        }
        double system = 0;
        if (decided != null && decided.reuse() != null) {
            for (Reuse.Source s : decided.reuse().sources()) {
                if (s.articleId().equals(wire.id())) {
                    system = s.share();
                }
            }
        }
        // which of the paper's words lie in a paragraph taken from the wire
        List<TextNormalizer.Token> tokens = TextNormalizer.tokenSpans(text);
        boolean[] isDerived = new boolean[tokens.size()];
        boolean[] isQuoted = new boolean[tokens.size()];
        int at = 0;
        int ti = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int end = at + paragraphs.get(p).length();
            while (ti < tokens.size() && tokens.get(ti).start() < end) {
                isQuoted[ti] = quoted.get(p);
                isDerived[ti++] = derived.get(p);
            }
            at = end + 2;
        }
        long passageWords = 0;
        long passageTrue = 0;
        long passageVerbatim = 0;
        if (decided != null) {
            boolean[] in = new boolean[tokens.size()];
            for (Passage ps : decided.passages()) {
                if (ps.otherArticleId().equals(wire.id())) {
                    for (int i = ps.span().fromWord(); i < Math.min(ps.span().toWord(), in.length); i++) {
                        in[i] = true;
                    }
                }
            }
            for (int i = 0; i < in.length; i++) {
                passageWords += in[i] ? 1 : 0;
                passageTrue += in[i] && isDerived[i] ? 1 : 0;
                passageVerbatim += in[i] && (isDerived[i] || isQuoted[i]) ? 1 : 0;
            }
        }
        // naive: paper words covered by a 10-word run the wire has too
        List<String> wireTokens = TextNormalizer.tokens(wire.text());
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + 10 <= wireTokens.size(); i++) {
            runs.add(String.join(" ", wireTokens.subList(i, i + 10)));
        }
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i + 10 <= tokens.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int j = i; j < i + 10; j++) {
                b.append(j == i ? "" : " ").append(tokens.get(j).text());
            }
            if (runs.contains(b.toString())) {
                for (int j = i; j < i + 10; j++) {
                    covered[j] = true;
                }
            }
        }
        long runWords = 0;
        long runTrue = 0;
        long runVerbatim = 0;
        for (int i = 0; i < covered.length; i++) {
            runWords += covered[i] ? 1 : 0;
            runTrue += covered[i] && isDerived[i] ? 1 : 0;
            runVerbatim += covered[i] && (isDerived[i] || isQuoted[i]) ? 1 : 0;
        }
        double naive = tokens.isEmpty() ? 0 : runWords / (double) tokens.size();
        return new Paper(cls, system, naive, passageWords, passageTrue, runWords, runTrue, passageVerbatim, runVerbatim);
    }

    private void report(List<Paper> papers) {
        double system = crossValidated(papers, true);
        double naive = crossValidated(papers, false);
        long pw = papers.stream().mapToLong(Paper::passageWords).sum();
        long pt = papers.stream().mapToLong(Paper::passageTrue).sum();
        long rw = papers.stream().mapToLong(Paper::runWords).sum();
        long rt = papers.stream().mapToLong(Paper::runTrue).sum();
        out.printf("Reuse of rewritten wire copy (METER-like): %d papers from %d wires%n", papers.size(),
                papers.stream().mapToInt(Paper::cls).filter(c -> c == 0).count() / 5);
        for (int c = 0; c < 3; c++) {
            int cls = c;
            var shares = papers.stream().filter(p -> p.cls() == cls).mapToDouble(Paper::system).sorted().toArray();
            var runs = papers.stream().filter(p -> p.cls() == cls).mapToDouble(Paper::naive).sorted().toArray();
            out.printf("  %-10s %3d papers  share from the wire: median %.2f (min %.2f, max %.2f); 10-word runs median %.2f%n",
                    CLASSES[c], shares.length, shares[shares.length / 2], shares[0], shares[shares.length - 1], runs[runs.length / 2]);
        }
        for (int c = 0; c < 3; c++) {
            int cls = c;
            long cw = papers.stream().filter(p -> p.cls() == cls).mapToLong(Paper::passageWords).sum();
            long ct = papers.stream().filter(p -> p.cls() == cls).mapToLong(Paper::passageTrue).sum();
            long nw = papers.stream().filter(p -> p.cls() == cls).mapToLong(Paper::runWords).sum();
            long nt = papers.stream().filter(p -> p.cls() == cls).mapToLong(Paper::runTrue).sum();
            out.printf("  %-10s passage words %5d (precision %.3f), 10-word run words %5d (precision %.3f)%n", CLASSES[c], cw,
                    ct / (double) Math.max(1, cw), nw, nt / (double) Math.max(1, nw));
        }
        out.printf("  macro-F1 of three classes by reuse share (5-fold thresholds): %.3f; by shared 10-word runs: %.3f%n", system, naive);
        out.printf("  precision of passages with the wire %.3f (%d words); of shared 10-word runs %.3f (%d words)%n",
                pt / (double) Math.max(1, pw), pw, rt / (double) Math.max(1, rw), rw);
        long pv = papers.stream().mapToLong(Paper::passageVerbatim).sum();
        long rv = papers.stream().mapToLong(Paper::runVerbatim).sum();
        out.printf("  counting the wire's quotes that non-derived papers repeat word for word as reuse (METER's verbatim spans):"
                + " passages %.3f, runs %.3f%n", pv / (double) Math.max(1, pw), rv / (double) Math.max(1, rw));
        out.printf("rewrites_verbatim_passage_precision=%.4f%nrewrites_verbatim_naive_precision=%.4f%n", pv / (double) Math.max(1, pw),
                rv / (double) Math.max(1, rw));
        out.printf("rewrites_macro_f1=%.4f%nrewrites_naive_macro_f1=%.4f%nrewrites_passage_precision=%.4f%nrewrites_naive_precision=%.4f%n",
                system, naive, pt / (double) Math.max(1, pw), rt / (double) Math.max(1, rw));
        if (explain) {
            papers.forEach(p -> out.printf("  %s %.3f %.3f%n", CLASSES[p.cls()], p.system(), p.naive()));
        }
    }

    /** Macro-F1 with two thresholds chosen on four folds and applied to the fifth, over five folds. */
    static double crossValidated(List<Paper> papers, boolean bySystem) {
        int[] predicted = new int[papers.size()];
        for (int fold = 0; fold < 5; fold++) {
            List<Paper> train = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                if (i % 5 != fold) {
                    train.add(papers.get(i));
                }
            }
            double best = -1;
            double lo = 0;
            double hi = 0;
            for (int a = 0; a <= 100; a++) {
                for (int b = a; b <= 100; b++) {
                    double f = macroF1(train, a / 100.0, b / 100.0, bySystem);
                    if (f > best) {
                        best = f;
                        lo = a / 100.0;
                        hi = b / 100.0;
                    }
                }
            }
            for (int i = fold; i < papers.size(); i += 5) {
                predicted[i] = classOf(value(papers.get(i), bySystem), lo, hi);
            }
        }
        int[] truth = papers.stream().mapToInt(Paper::cls).toArray();
        return macroF1(truth, predicted);
    }

    static double value(Paper p, boolean bySystem) {
        return bySystem ? p.system() : p.naive();
    }

    static int classOf(double share, double lo, double hi) {
        return share >= hi ? 0 : share >= lo ? 1 : 2;
    }

    static double macroF1(List<Paper> papers, double lo, double hi, boolean bySystem) {
        int[] truth = papers.stream().mapToInt(Paper::cls).toArray();
        int[] pred = papers.stream().mapToInt(p -> classOf(value(p, bySystem), lo, hi)).toArray();
        return macroF1(truth, pred);
    }

    static double macroF1(int[] truth, int[] pred) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.length; i++) {
                tp += truth[i] == c && pred[i] == c ? 1 : 0;
                fp += truth[i] != c && pred[i] == c ? 1 : 0;
                fn += truth[i] == c && pred[i] != c ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
        return sum / 3;
    }
}
