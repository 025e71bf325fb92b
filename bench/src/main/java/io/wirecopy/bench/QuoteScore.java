package io.wirecopy.bench;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.dedupe.service.RenderingEngine;
import io.wirecopy.dedupe.service.SentenceEmbedder;
import io.wirecopy.shared.event.QuotesRendered;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.dedupe.quote.QuoteExtractor;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quotes scored on the labelled sets in {@code bench/src/main/resources/quotes} (written for the project:
 * a development set of 45 articles of 11 events, and a held-out set of 10 articles written after the
 * tuning; each quote labelled with its speaker and its group, {@code remark.form}):
 * <ul>
 * <li>extraction: precision and recall of {@link QuoteExtractor} against the labelled quotes (a quote is
 * found when its text holds the label's first words);
 * <li>attribution: the share of found quotes whose speaker is the labelled one (same surname, compatible
 * given name; unnamed when the label says so);
 * <li>lexical reuse: over pairs of found quotes in different articles, the dedupe engine gives one id to
 * those of one group (precision and recall of "same id");
 * <li>renderings: over pairs of quote ids, linked by renderings (followed as the store follows them)
 * where they say one remark in other forms; a sweep over both thresholds, and the cost of the embeddings
 * per article (the model's time, and the decision time against the same engine with renderings off).
 * </ul>
 */
final class QuoteScore {

    /** The development set: what the extractor and the thresholds were tuned on. */
    private static final String[] FILES = {"labelled-1.txt", "labelled-2.txt", "labelled-3.txt"};
    /** Written after the tuning and scored as written: how the figures hold on text the code was not fitted to. */
    private static final String[] HELD_OUT = {"heldout.txt"};

    /** One labelled quote: its speaker (null: not named), its groups ({@code remark.form}), its first words. */
    record Label(String speaker, Set<String> groups, String prefix) {
    }

    record Labelled(String key, String source, OffsetDateTime published, String text, List<Label> labels) {
    }

    private final PrintStream detail;
    private final java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
    /** What the run reports: to the console and, at the end, into docs/benchmarks.md. */
    private final PrintStream out;
    private final java.nio.file.Path root;
    private final boolean explain;
    /** The Gender Gap Tracker's annotated articles ({@link AnnotatedNews}), where the user put them. */
    private final java.nio.file.Path annotated;

    QuoteScore(PrintStream console, java.nio.file.Path root, boolean explain, java.nio.file.Path annotated) {
        this.detail = console;
        this.root = root;
        this.explain = explain;
        this.annotated = annotated != null ? annotated : AnnotatedNews.defaultPath(root);
        this.out = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                report.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.write(b, off, len);
                report.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
    }

    static List<Labelled> load(String... files) throws IOException {
        List<Labelled> all = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = QuoteScore.class.getResourceAsStream("/quotes/" + file)) {
                if (in == null) {
                    throw new IOException("missing resource quotes/" + file);
                }
                parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), all);
            }
        }
        return all;
    }

    private static void parse(String content, List<Labelled> into) {
        String[] lines = content.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (!lines[i].startsWith("=== ")) {
                i++;
                continue;
            }
            String[] head = lines[i].substring(4).split("\\|");
            i++;
            StringBuilder text = new StringBuilder();
            while (i < lines.length && !lines[i].equals("---")) {
                text.append(lines[i]).append('\n');
                i++;
            }
            i++;
            List<Label> labels = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("=== ")) {
                String[] f = lines[i].split("\\|", 3);
                String speaker = f[0].strip();
                labels.add(new Label(speaker.equals("-") ? null : speaker, Set.of(f[1].strip().split("\\+")),
                        f[2].strip()));
                i++;
            }
            into.add(new Labelled(head[0].strip(), head[1].strip(), OffsetDateTime.parse(head[2].strip()),
                    text.toString().strip(), labels));
        }
    }

    /** Precision and recall over counted items. */
    record PR(int truePositives, int predicted, int actual) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return actual == 0 ? 1 : (double) truePositives / actual;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f (%d of %d predicted, %d of %d labelled)", precision(),
                    recall(), truePositives, predicted, truePositives, actual);
        }
    }

    void run() throws IOException {
        out.println("## development set (labelled-1..3)");
        Scores dev = score(load(FILES), true);
        out.println("## held-out set (heldout.txt)");
        Scores held = score(load(HELD_OUT), false);
        for (var e : List.of(Map.entry("", dev), Map.entry("heldout_", held))) {
            Scores r = e.getValue();
            String p = e.getKey();
            out.printf(Locale.ROOT, "%sextraction_precision=%.4f%n%sextraction_recall=%.4f%n%sattribution=%.4f%n"
                    + "%slexical_precision=%.4f%n%slexical_recall=%.4f%n%srendering_precision=%.4f%n%srendering_recall=%.4f%n",
                    p, r.extraction().precision(), p, r.extraction().recall(), p, r.attribution(), p,
                    r.lexical().precision(), p, r.lexical().recall(), p, r.renderings().precision(), p,
                    r.renderings().recall());
        }
        out.printf(Locale.ROOT, "embedding_ms_per_article=%.2f%n", dev.embeddingMsPerArticle());
        realPages();
        if (AnnotatedNews.present(annotated)) {
            new AnnotatedNews(out, detail, explain).run(annotated);
        } else {
            out.println("## annotated Canadian news: skipped (no " + annotated + "; docs/benchmarks.md says how to get it)");
        }
        writeDocs();
    }

    static final String BEGIN = "<!-- bench:begin quotes (written by bench/run quotes; edits inside are overwritten) -->";
    static final String END = "<!-- bench:end quotes -->";

    /** The report, as run, into its block of docs/benchmarks.md (the text around it stays). */
    private void writeDocs() throws IOException {
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n");
        md.append("`bench/run quotes`, ").append(java.time.LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(".\n\n");
        boolean inTable = false;
        for (String line : report.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.matches("[a-z_]+=.*")) {
                continue; // the key=value lines are for scripts
            }
            boolean row = line.startsWith("|");
            if (inTable && !row) {
                md.append('\n');
            }
            md.append(line.startsWith("## ") ? "#" + line : line).append(row ? "\n" : "\n\n");
            inTable = row;
        }
        md.append(END);
        java.nio.file.Path file = root.resolve("docs/benchmarks.md");
        String existing = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "# Benchmarks\n\n";
        int from = existing.indexOf(BEGIN);
        int to = existing.indexOf(END);
        String updated = from < 0 || to < 0 ? existing.stripTrailing() + "\n\n## Quotes\n\n" + md + "\n"
                : existing.substring(0, from) + md + existing.substring(to + END.length());
        java.nio.file.Files.writeString(file, updated);
        detail.println("wrote docs/benchmarks.md (quotes block)");
    }

    record Scores(PR extraction, double attribution, PR lexical, PR renderings, double embeddingMsPerArticle) {
    }

    private Scores score(List<Labelled> set, boolean sweep) throws IOException {
        int labels = set.stream().mapToInt(a -> a.labels().size()).sum();
        out.printf("labelled set: %d articles, %d quotes, %d speakers%n", set.size(), labels,
                set.stream().flatMap(a -> a.labels().stream()).map(Label::speaker).filter(s -> s != null).distinct().count());

        // extraction and attribution
        int extracted = 0;
        int found = 0;
        int attributed = 0;
        for (Labelled a : set) {
            List<QuoteExtractor.ExtractedQuote> quotes = QuoteExtractor.extract(a.text());
            extracted += quotes.size();
            boolean[] used = new boolean[quotes.size()];
            for (Label l : a.labels()) {
                int at = find(quotes.stream().map(QuoteExtractor.ExtractedQuote::text).toList(), used, l.prefix());
                if (at < 0) {
                    if (explain) {
                        detail.printf("  missed   %s: %s%n", a.key(), l.prefix());
                    }
                    continue;
                }
                used[at] = true;
                found++;
                if (sameSpeaker(l.speaker(), quotes.get(at).speaker())) {
                    attributed++;
                } else if (explain) {
                    detail.printf("  speaker  %s: %s -> %s (labelled %s)%n", a.key(), l.prefix(), quotes.get(at).speaker(),
                            l.speaker());
                }
            }
            for (int k = 0; k < used.length; k++) {
                if (!used[k] && explain) {
                    detail.printf("  extra    %s: %s%n", a.key(), quotes.get(k).text());
                }
            }
        }
        PR extraction = new PR(found, extracted, labels);
        double attribution = found == 0 ? 0 : (double) attributed / found;
        out.printf("extraction: %s%nattribution: %.3f (%d of %d found quotes)%n", extraction, attribution, attributed, found);

        // identity and renderings through the engine, embeddings cached so the sweep does not recompute them
        CachingEmbedder cached = new CachingEmbedder(SentenceEmbedder.miniLm());
        Outcome base = decide(set, Map.of(), cached, explain);
        out.printf("lexical reuse (pairs of occurrences, one id per group): %s%n", base.lexical());
        out.printf("renderings (pairs of quotes, one remark in other forms) at the defaults: %s%n", base.renderings());

        if (!sweep) {
            return new Scores(extraction, attribution, base.lexical(), base.renderings(), 0);
        }
        out.println("rendering sweep (threshold x event-threshold, event rule off = -):");
        out.println("| threshold | event threshold | precision | recall | links |");
        out.println("|---|---|---|---|---|");
        double[] thresholds = {0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85};
        double[] events = {-1, 0.4, 0.45, 0.5, 0.55, 0.6};
        for (double t : thresholds) {
            for (double e : events) {
                Map<String, String> o = new HashMap<>();
                o.put("wirecopy.dedupe.quotes.renderings.threshold", Double.toString(t));
                o.put("wirecopy.dedupe.quotes.renderings.event-threshold", Double.toString(e < 0 ? 1.0 : e));
                PR r = decide(set, o, cached, false).renderings();
                out.printf(Locale.ROOT, "| %.2f | %s | %.3f | %.3f | %d |%n", t, e < 0 ? "-" : String.format(Locale.ROOT, "%.2f", e),
                        r.precision(), r.recall(), r.predicted());
            }
        }

        out.println("sentences embedded per quote (at the default thresholds):");
        out.println("| max sentences | precision | recall | sentences embedded | model ms per article |");
        out.println("|---|---|---|---|---|");
        for (int max : new int[] {1, 2, 3, 4}) {
            TimedEmbedder t = new TimedEmbedder(cached);
            PR r = decide(set, Map.of("wirecopy.dedupe.quotes.renderings.max-sentences", Integer.toString(max)), t, false)
                    .renderings();
            TimedEmbedder fresh = new TimedEmbedder(SentenceEmbedder.miniLm());
            for (String sentence : t.seen) {
                fresh.embed(sentence);
            }
            out.printf(Locale.ROOT, "| %d | %.3f | %.3f | %d | %.2f |%n", max, r.precision(), r.recall(), t.sentences,
                    fresh.nanos / 1e6 / set.size());
        }

        // cost: the decision and the renderings step apart (fresh embeddings), against the engine with renderings off
        Map<String, String> off = Map.of("wirecopy.dedupe.quotes.renderings.enabled", "false");
        decide(set, off, cached, false); // warm-up
        // five rounds, the median: each decides the set afresh with the model (on) and without renderings (off)
        long[] decisions = new long[5];
        long[] steps = new long[5];
        long[] offs = new long[5];
        long[] model = new long[5];
        TimedEmbedder timed = null;
        for (int round = 0; round < decisions.length; round++) {
            timed = new TimedEmbedder(SentenceEmbedder.miniLm());
            Outcome on = decide(set, Map.of(), timed, false);
            decisions[round] = on.decideNanos();
            steps[round] = on.renderNanos();
            model[round] = timed.nanos;
            offs[round] = decide(set, off, cached, false).decideNanos();
        }
        long decisionNanos = median(decisions);
        long stepNanos = median(steps);
        long offNanos = median(offs);
        long modelNanos = median(model);
        out.printf(Locale.ROOT, "embedding cost (median of 5 rounds, the model on one thread): %d sentences for %d articles"
                + " (%.1f per article), %.2f ms model time per article (%.2f ms per sentence)%n", timed.sentences, set.size(),
                (double) timed.sentences / set.size(), modelNanos / 1e6 / set.size(),
                modelNanos / 1e6 / Math.max(1, timed.sentences));
        out.printf(Locale.ROOT, "decisions with renderings on / off (same run): %.2f / %.2f ms per article = %.2f (the model"
                + " runs in the renderings step, not in the decision); the renderings step %.2f ms per article%n",
                decisionNanos / 1e6 / set.size(), offNanos / 1e6 / set.size(), (double) decisionNanos / Math.max(1, offNanos),
                stepNanos / 1e6 / set.size());
        return new Scores(extraction, attribution, base.lexical(), base.renderings(), modelNanos / 1e6 / set.size());
    }

    /** Lexical reuse and renderings scored, and the time of the decisions and of the renderings step apart. */
    record Outcome(PR lexical, PR renderings, long decideNanos, long renderNanos) {
    }

    /** One found occurrence: the article, its labels' groups and the id the engine gave it. */
    private record Occurrence(String article, Label label, String quoteId) {
    }

    private Outcome decide(List<Labelled> set, Map<String, String> overrides, SentenceEmbedder embedder, boolean show) {
        var config = StandaloneConfig.with(overrides);
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), config);
        RenderingEngine renderer = new RenderingEngine(new DedupeState.MapTable<>(), config.quotes().renderings(), embedder);
        long decideNanos = 0;
        long renderNanos = 0;
        List<Occurrence> occurrences = new ArrayList<>();
        Map<String, Set<String>> links = new HashMap<>();
        Map<String, Set<String>> groupsOf = new LinkedHashMap<>();
        for (Labelled a : set) {
            Article article = new Article(ArticleIds.articleId(null, a.source() + "\n" + a.text()), null, a.source(),
                    null, null, a.published(), "en", a.text(), ArticleIds.contentHash(a.text()));
            List<Quote> quotes = List.of();
            long t0 = System.nanoTime();
            List<DedupeEvent> events = engine.decide(ArticleIngested.of(article, a.published()), a.published()).events();
            long t1 = System.nanoTime();
            decideNanos += t1 - t0;
            for (DedupeEvent e : events) {
                if (e instanceof ArticleDeduplicated d) {
                    quotes = d.quotes();
                }
                // the renderings step, as the topology runs it after each decision
                long r0 = System.nanoTime();
                var rendered = renderer.render(e);
                renderNanos += System.nanoTime() - r0;
                for (QuotesRendered.Rendered q : rendered.map(QuotesRendered::quotes).orElse(List.of())) {
                    for (Quote.Rendering r : q.renderings()) {
                        links.computeIfAbsent(q.quoteId(), k -> new HashSet<>()).add(r.quoteId());
                        links.computeIfAbsent(r.quoteId(), k -> new HashSet<>()).add(q.quoteId());
                        if (show) {
                            detail.printf("  rendering %.3f: %s <-> %s%n", r.similarity(), q.quoteId(), r.quoteId());
                        }
                    }
                }
            }
            boolean[] used = new boolean[quotes.size()];
            for (Label l : a.labels()) {
                int at = find(quotes.stream().map(Quote::text).toList(), used, l.prefix());
                if (at >= 0) {
                    used[at] = true;
                    occurrences.add(new Occurrence(a.key(), l, quotes.get(at).id()));
                    groupsOf.computeIfAbsent(quotes.get(at).id(), k -> new LinkedHashSet<>()).addAll(l.groups());
                }
            }
        }
        int tp = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < occurrences.size(); i++) {
            for (int j = i + 1; j < occurrences.size(); j++) {
                Occurrence x = occurrences.get(i);
                Occurrence y = occurrences.get(j);
                if (x.article().equals(y.article())) {
                    continue;
                }
                boolean truth = !disjoint(x.label().groups(), y.label().groups());
                boolean same = x.quoteId().equals(y.quoteId());
                tp += truth && same ? 1 : 0;
                predicted += same ? 1 : 0;
                actual += truth ? 1 : 0;
                if (show && truth != same) {
                    detail.printf("  %s  %s | %s%n", same ? "wrongly one:" : "missed one: ", x.label().prefix(),
                            y.label().prefix());
                }
            }
        }
        PR lexical = new PR(tp, predicted, actual);
        Map<String, Integer> component = components(links);
        List<String> ids = new ArrayList<>(groupsOf.keySet());
        int rtp = 0;
        int rpred = 0;
        int ract = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Set<String> a = groupsOf.get(ids.get(i));
                Set<String> b = groupsOf.get(ids.get(j));
                if (!disjoint(a, b)) {
                    continue; // one quote the engine failed to join: counted in lexical reuse
                }
                boolean truth = !disjoint(remarks(a), remarks(b));
                Integer ca = component.get(ids.get(i));
                boolean linked = ca != null && ca.equals(component.get(ids.get(j)));
                rtp += truth && linked ? 1 : 0;
                rpred += linked ? 1 : 0;
                ract += truth ? 1 : 0;
                if (show && truth != linked) {
                    detail.printf("  rendering %s %s | %s%n", linked ? "wrong:" : "missed:", a, b);
                }
            }
        }
        return new Outcome(lexical, new PR(rtp, rpred, ract), decideNanos, renderNanos);
    }

    private static Set<String> remarks(Set<String> groups) {
        Set<String> r = new HashSet<>();
        groups.forEach(g -> r.add(g.substring(0, g.lastIndexOf('.'))));
        return r;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** Connected components of the rendering links, as the store follows them (each id to a component number). */
    private static Map<String, Integer> components(Map<String, Set<String>> links) {
        Map<String, Integer> out = new HashMap<>();
        int next = 0;
        for (String start : links.keySet()) {
            if (out.containsKey(start)) {
                continue;
            }
            List<String> todo = new ArrayList<>(List.of(start));
            out.put(start, next);
            while (!todo.isEmpty()) {
                String id = todo.remove(todo.size() - 1);
                for (String n : links.getOrDefault(id, Set.of())) {
                    if (out.putIfAbsent(n, next) == null) {
                        todo.add(n);
                    }
                }
            }
            next++;
        }
        return out;
    }

    /** The first unused text holding the label's first words (normalised), or -1. */
    private static int find(List<String> texts, boolean[] used, String prefix) {
        String p = TextNormalizer.normalize(prefix).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll(" +", " ");
        for (int k = 0; k < texts.size(); k++) {
            String t = TextNormalizer.normalize(texts.get(k)).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll(" +", " ");
            if (!used[k] && t.contains(p)) {
                return k;
            }
        }
        return -1;
    }

    /** One labelled quote of a real page: who said it, how the text attributes it, its first words. */
    record RealLabel(String speaker, String kind, String prefix) {
        boolean described() {
            return speaker.startsWith("~");
        }
    }

    /** The real pages' labels (real-pages.txt), page by page in file order. */
    static LinkedHashMap<String, List<RealLabel>> realLabels() throws IOException {
        LinkedHashMap<String, List<RealLabel>> pages = new LinkedHashMap<>();
        try (InputStream in = QuoteScore.class.getResourceAsStream("/quotes/real-pages.txt")) {
            List<RealLabel> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    current = new ArrayList<>();
                    pages.put(line.substring(4).strip(), current);
                    continue;
                }
                String[] f = line.split("\\|", 3);
                current.add(new RealLabel(f[0].strip(), f[1].strip(), f[2].strip()));
            }
        }
        return pages;
    }

    static final List<String> KINDS = List.of("named", "pronoun", "nominal", "implicit");

    /**
     * Attribution on real news: each labelled page read as {@code POST /articles} with text/html publishes it, its
     * quotes extracted, each labelled quote looked up by its first words and its speaker compared, by kind of
     * attribution; the development and the held-out half apart.
     */
    private void realPages() throws IOException {
        java.nio.file.Path html;
        try {
            html = ExtractionScore.unpack(root).resolve("html");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (IllegalStateException e) {
            out.println("## real news pages: skipped (" + e.getMessage() + ")");
            return;
        }
        LinkedHashMap<String, List<RealLabel>> pages = realLabels();
        out.println("## real news pages (real-pages.txt)");
        int n = 0;
        List<String> texts = new ArrayList<>();
        Map<String, int[]> dev = new LinkedHashMap<>();
        Map<String, int[]> held = new LinkedHashMap<>();
        for (Map.Entry<String, List<RealLabel>> page : pages.entrySet()) {
            Map<String, int[]> into = n++ % 2 == 0 ? dev : held;
            String half = into == dev ? "dev" : "held-out";
            byte[] bytes = java.nio.file.Files.readAllBytes(html.resolve(page.getKey()));
            var parsed = io.wirecopy.ingest.parse.HtmlPageParser.parseWithMethod(
                    io.wirecopy.ingest.parse.Charsets.decodeHtml(bytes, "text/html"), null);
            String text = io.wirecopy.ingest.service.ArticleFactory.create(parsed.draft()).text();
            List<QuoteExtractor.ExtractedQuote> quotes = QuoteExtractor.extract(text);
            texts.add(text);
            boolean[] used = new boolean[quotes.size()];
            for (RealLabel l : page.getValue()) {
                if (l.kind().equals("skip")) { // no speech: its quote is taken, so a later label finds the next one
                    int at = find(quotes.stream().map(QuoteExtractor.ExtractedQuote::text).toList(), used, l.prefix());
                    if (at >= 0) {
                        used[at] = true;
                    }
                    continue;
                }
                int[] c = into.computeIfAbsent(l.kind(), k -> new int[3]); // labelled, found, right
                c[0]++;
                int at = find(quotes.stream().map(QuoteExtractor.ExtractedQuote::text).toList(), used, l.prefix());
                if (at < 0) {
                    if (explain && into == dev) {
                        detail.printf("  missed   %s %s: %s%n", half, page.getKey(), l.prefix());
                    }
                    continue;
                }
                used[at] = true;
                c[1]++;
                QuoteExtractor.ExtractedQuote q = quotes.get(at);
                boolean right = l.described() ? sameDescription(l.speaker().substring(1), q.speaker() == null ? q.description() : null)
                        : sameSpeaker(l.speaker(), q.speaker());
                if (right) {
                    c[2]++;
                } else if (explain && into == dev) {
                    detail.printf("  speaker  %s %s [%s] %s -> %s%s (labelled %s)%n", half, page.getKey(), l.kind(), l.prefix(),
                            q.speaker(), q.description() == null ? "" : " / ~" + q.description(), l.speaker());
                }
            }
        }
        out.printf("%d pages (%d development, %d held-out), %d quotes labelled%n", pages.size(), (pages.size() + 1) / 2,
                pages.size() / 2, pages.values().stream().flatMap(List::stream).filter(l -> !l.kind().equals("skip")).count());
        long[] rounds = new long[31];
        for (int r = 0; r < rounds.length; r++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                QuoteExtractor.extract(t);
            }
            rounds[r] = System.nanoTime() - t0;
        }
        out.printf(Locale.ROOT, "quotes and speakers found in %.3f ms per page, %d characters of text on average (median of 31 rounds, the JIT warm)%n",
                median(rounds) / 1e6 / texts.size(), texts.stream().mapToInt(String::length).sum() / Math.max(1, texts.size()));
        out.println("| half | kind | quotes | found | right speaker | attribution |");
        out.println("|---|---|---|---|---|---|");
        for (var half : List.of(Map.entry("development", dev), Map.entry("held-out", held))) {
            int[] all = new int[3];
            for (String kind : KINDS) {
                int[] c = half.getValue().getOrDefault(kind, new int[3]);
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                }
                out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f |%n", half.getKey(), kind, c[0], c[1], c[2],
                        c[1] == 0 ? 0.0 : (double) c[2] / c[1]);
            }
            out.printf(Locale.ROOT, "| %s | **all** | %d | %d | %d | **%.3f** |%n", half.getKey(), all[0], all[1], all[2],
                    all[1] == 0 ? 0.0 : (double) all[2] / all[1]);
            String p = half.getKey().equals("development") ? "real_" : "real_heldout_";
            out.printf(Locale.ROOT, "%sattribution=%.4f%n%sfound=%.4f%n", p, all[1] == 0 ? 0.0 : (double) all[2] / all[1], p,
                    all[0] == 0 ? 0.0 : (double) all[1] / all[0]);
        }
    }

    /** A described source ("a spokesperson for the university") against what the extractor kept: a word of four letters or more in common. */
    static boolean sameDescription(String labelled, String found) {
        if (found == null) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (String w : found.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 || w.equals("one")) {
                words.add(w);
            }
        }
        for (String w : labelled.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if ((w.length() >= 4 || w.equals("one")) && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Same surname and compatible given names, or both unnamed. */
    static boolean sameSpeaker(String labelled, String found) {
        if (labelled == null || found == null) {
            return labelled == null && found == null;
        }
        String[] a = labelled.toLowerCase(Locale.ROOT).replace(".", "").split("\\s+");
        String[] b = found.toLowerCase(Locale.ROOT).replace(".", "").split("\\s+");
        if (b.length == 1 && a.length > 1 && b[0].equals(a[0])) {
            return true; // the given name alone, as the article calls them ("Meghan", "Walter")
        }
        if (!a[a.length - 1].equals(b[b.length - 1])) {
            return false;
        }
        return a.length == 1 || b.length == 1 || a[0].equals(b[0]);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Embeds each sentence once, whatever the settings of the run. */
    private static final class CachingEmbedder implements SentenceEmbedder {
        private final SentenceEmbedder inner;
        private final Map<String, float[]> known = new HashMap<>();

        CachingEmbedder(SentenceEmbedder inner) {
            this.inner = inner;
        }

        @Override
        public float[] embed(String sentence) {
            return known.computeIfAbsent(sentence, inner::embed);
        }
    }

    /** Counts sentences and the model's time. */
    private static final class TimedEmbedder implements SentenceEmbedder {
        private final SentenceEmbedder inner;
        final List<String> seen = new ArrayList<>();
        long sentences;
        long nanos;

        TimedEmbedder(SentenceEmbedder inner) {
            this.inner = inner;
        }

        @Override
        public float[] embed(String sentence) {
            long t = System.nanoTime();
            float[] v = inner.embed(sentence);
            nanos += System.nanoTime() - t;
            sentences++;
            seen.add(sentence);
            return Arrays.copyOf(v, v.length);
        }
    }
}
