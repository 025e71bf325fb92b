package io.wirecopy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.parse.HtmlPageParser;
import io.wirecopy.ingest.parse.Charsets;
import io.wirecopy.ingest.service.ArticleFactory;
import io.wirecopy.shared.event.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * Article extraction scored on trafilatura's evaluation set ({@code ../shared/corpus/extraction}, read
 * from there and never copied into the project): each page lists snippets that must be in the
 * extracted text and snippets that must not; a snippet counts when it is a substring of the text,
 * whitespace normalised (trafilatura's {@code tests/eval_common.py}). What is scored is the text
 * {@code POST /articles} with {@code text/html} would publish: decoded as the service decodes,
 * extracted, and made an article; a page the service would refuse (a 400) misses all its snippets.
 * The whole page as text and no text at all are scored in the same run as the bounds.
 */
final class ExtractionScore {

    private final PrintStream out;
    private final Path root;
    private final boolean explain;

    ExtractionScore(PrintStream out, Path root, boolean explain) {
        this.out = out;
        this.root = root;
        this.explain = explain;
    }

    /** True and false positives and negatives over snippets. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;
        int pages;
        int refused;

        void add(Counts c) {
            tp += c.tp;
            fp += c.fp;
            fn += c.fn;
            tn += c.tn;
            pages += c.pages;
            refused += c.refused;
        }

        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f1() {
            return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
    }

    record Page(String url, String file, List<String> with, List<String> without) {
    }

    record Scored(Page page, String language, Counts counts, String text, String problem, String method) {
    }

    void run() throws IOException, InterruptedException {
        Path dir = unpack();
        List<Page> listed = pages(dir.resolve("evaldata.json"));
        List<Page> pages = listed.stream().filter(p -> Files.exists(dir.resolve("html").resolve(p.file()))).toList();
        out.printf("Article extraction on trafilatura's evaluation set: %d pages (%d listed without a page in the archive),"
                + " %d snippets to find, %d to leave out%n", pages.size(), listed.size() - pages.size(), pages.stream().mapToInt(p -> p.with().size()).sum(),
                pages.stream().mapToInt(p -> p.without().size()).sum());
        Map<String, Counts> byLanguage = new TreeMap<>();
        Counts wirecopy = new Counts();
        Counts everything = new Counts();
        Counts nothing = new Counts();
        List<Scored> scored = new ArrayList<>();
        long nanos = 0;
        long baselineNanos = 0;
        for (Page page : pages) {
            byte[] html = Files.readAllBytes(dir.resolve("html").resolve(page.file()));
            long t0 = System.nanoTime();
            Scored s = extract(page, html);
            long t1 = System.nanoTime();
            String whole = wholeText(html);
            long t2 = System.nanoTime();
            nanos += t1 - t0;
            baselineNanos += t2 - t1;
            scored.add(s);
            wirecopy.add(s.counts());
            byLanguage.computeIfAbsent(s.language(), k -> new Counts()).add(s.counts());
            everything.add(score(page, whole));
            nothing.add(score(page, ""));
        }
        out.printf("  %-22s %6s %6s %6s %7s%n", "", "P", "R", "F1", "refused");
        row("wirecopy", wirecopy);
        row("whole page as text", everything);
        row("no text", nothing);
        out.printf("  by language (the article's):%n");
        byLanguage.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, Counts> e) -> -e.getValue().pages))
                .forEach(e -> row("  " + e.getKey() + " (" + e.getValue().pages + " pages)", e.getValue()));
        Map<String, Counts> byMethod = new TreeMap<>();
        scored.forEach(s -> byMethod.computeIfAbsent(s.method(), k -> new Counts()).add(s.counts()));
        out.printf("  by how the text was found:%n");
        byMethod.forEach((m, c) -> row("  " + m + " (" + c.pages + ")", c));
        long low = scored.stream().filter(s -> pageF1(s.counts()) < 0.5).count();
        out.printf("  pages below F1 0.5: %d of %d%n", low, scored.size());
        out.printf("  time: %.1f ms per page; whole page as text (jsoup parse + text) %.1f ms; ratio %.2f%n",
                nanos / 1e6 / pages.size(), baselineNanos / 1e6 / pages.size(), nanos / (double) baselineNanos);
        if (explain) {
            scored.stream().filter(s -> s.counts().fn + s.counts().fp > 0)
                    .sorted(Comparator.comparingDouble((Scored s) -> pageF1(s.counts())))
                    .forEach(this::explain);
        }
        out.printf("extraction_precision=%.4f%nextraction_recall=%.4f%nextraction_f1=%.4f%nextraction_refused=%d%n",
                wirecopy.precision(), wirecopy.recall(), wirecopy.f1(), wirecopy.refused);
    }

    private void row(String name, Counts c) {
        out.printf("  %-22s %6.3f %6.3f %6.3f %7d%n", name, c.precision(), c.recall(), c.f1(), c.refused);
    }

    private void explain(Scored s) {
        out.printf("%n-- %s (%s, %s) F1 %.2f%s%n", s.page().file(), s.language(), s.method(), pageF1(s.counts()),
                s.problem() == null ? "" : " refused: " + s.problem());
        String norm = norm(s.text());
        for (String w : s.page().with()) {
            if (!norm.contains(norm(w))) {
                out.printf("   missing: %s%n", abbreviate(w));
            }
        }
        for (String w : s.page().without()) {
            if (norm.contains(norm(w))) {
                out.printf("   kept:    %s%n", abbreviate(w));
            }
        }
        out.printf("   text:    %s%n", abbreviate(s.text().replace("\n\n", " ¶ ")));
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 150) + " … " + s.substring(s.length() - 150);
    }

    private static double pageF1(Counts c) {
        return 2 * c.tp + c.fp + c.fn == 0 ? 1 : 2.0 * c.tp / (2 * c.tp + c.fp + c.fn);
    }

    /** What {@code POST /articles} with {@code text/html} would publish for the page. */
    static Scored extract(Page page, byte[] html) {
        try {
            HtmlPageParser.Parsed parsed = HtmlPageParser.parseWithMethod(Charsets.decodeHtml(html, "text/html"), null);
            Article article = ArticleFactory.create(parsed.draft());
            String language = article.language() == null ? "unknown" : article.language();
            return new Scored(page, language, score(page, article.text()), article.text(), null, parsed.method().name());
        } catch (IllegalArgumentException e) {
            Counts c = score(page, "");
            c.refused = 1;
            return new Scored(page, "unknown", c, "", e.getMessage(), "REFUSED");
        }
    }

    static Counts score(Page page, String text) {
        String t = norm(text);
        Counts c = new Counts();
        c.pages = 1;
        for (String w : page.with()) {
            if (t.contains(norm(w))) {
                c.tp++;
            } else {
                c.fn++;
            }
        }
        for (String w : page.without()) {
            if (t.contains(norm(w))) {
                c.fp++;
            } else {
                c.tn++;
            }
        }
        return c;
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String wholeText(byte[] html) {
        try {
            return Jsoup.parse(Charsets.decodeHtml(html, "text/html")).text();
        } catch (IllegalArgumentException e) {
            return Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.ISO_8859_1)).text();
        }
    }

    private Path unpack() throws IOException, InterruptedException {
        return unpack(root);
    }

    /** trafilatura's evaluation set unpacked under bench/target (once), read from beside the repo. */
    static Path unpack(Path root) throws IOException, InterruptedException {
        Path archive = root.resolve("../shared/corpus/extraction/trafilatura-eval.tar.xz").normalize();
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no extraction corpus at " + archive + " (it is read from beside the repo)");
        }
        Path target = root.resolve("bench/target/extraction-corpus");
        Path dir = target.resolve("trafilatura-eval");
        if (!Files.exists(dir.resolve("evaldata.json"))) {
            Files.createDirectories(target);
            Process p = new ProcessBuilder("tar", "-xJf", archive.toString(), "-C", target.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("tar could not unpack " + archive);
            }
        }
        return dir;
    }

    private static List<Page> pages(Path evaldata) throws IOException {
        JsonNode root = new ObjectMapper().readTree(evaldata.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Function<String, List<String>> list = key -> {
                List<String> l = new ArrayList<>();
                e.getValue().path(key).forEach(n -> l.add(n.asText()));
                return l;
            };
            pages.add(new Page(e.getKey(), e.getValue().path("file").asText(), list.apply("with"), list.apply("without")));
        }
        pages.sort(Comparator.comparing(p -> p.file().toLowerCase(Locale.ROOT)));
        return pages;
    }
}
