package io.wirecopy.bench;

import io.wirecopy.ingest.parse.HtmlPageParser;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.text.TextPageCleaner;
import io.wirecopy.ingest.parse.Charsets;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Parsing and cleaning throughput on one thread (one core), in documents per second, each against a
 * baseline measured in the same run on the same documents: for text pages, decoding and tokenising
 * the page (what any reader of the page does); for HTML pages, jsoup's parse alone.
 */
final class IngestThroughput {

    private static final long MEASURE_NANOS = 5_000_000_000L;

    private final PrintStream out;

    IngestThroughput(PrintStream out) {
        this.out = out;
    }

    void run() {
        List<LabelledArticle> articles = WireCorpus.generate(1, WireCorpus.Options.defaults().withUrls(),
                io.wirecopy.testing.corpus.BaseStory.bundled()).articles();
        List<byte[]> textPages = new ArrayList<>();
        List<byte[]> htmlPages = new ArrayList<>();
        for (LabelledArticle a : articles) {
            String title = a.article().title();
            String body = a.article().text();
            textPages.add(("Please Wait...\n" + title + "\n" + title + "\nfolder_openWorld access_time2 hours ago\n"
                    + "Staff Reporter\nJun 16, 2014\n" + body.replace("\n\n", "\n") + "\nComments\nLatest news\n"
                    + "Ten things to do this weekend\nMust read\nRail fares to rise").getBytes(StandardCharsets.UTF_8));
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>")
                    .append(title).append(" | Site</title><link rel=canonical href=\"").append(a.article().url())
                    .append("\"></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><div class=col>");
            for (String p : body.split("\n\n")) {
                html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
            html.append("</div><aside><ul><li><a href=/x>Related one</a></li></ul></aside><footer>(c) Site</footer></body></html>");
            htmlPages.add(html.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.printf("Ingest parsing and cleaning, one thread, %d documents of each kind (%.0f bytes on average)%n",
                textPages.size(), textPages.stream().mapToInt(b -> b.length).average().orElse(0));
        SourceBoilerplate boilerplate = new SourceBoilerplate(3, 10_000, 2_000);
        double textBase = rate(textPages, b -> TextNormalizer.tokens(Charsets.decode(b, "text/plain")));
        double text = rate(textPages, b -> TextPageCleaner.clean(Charsets.decode(b, "text/plain"), null, "bench.example", boilerplate));
        double htmlBase = rate(htmlPages, b -> Jsoup.parse(Charsets.decode(b, "text/html")));
        double html = rate(htmlPages, b -> HtmlPageParser.parse(Charsets.decodeHtml(b, "text/html"), null));
        out.printf("  text pages: %,.0f docs/s cleaned; baseline (decode + tokenise) %,.0f docs/s; ratio %.2f%n", text,
                textBase, text / textBase);
        out.printf("  HTML pages: %,.0f docs/s parsed and cleaned; baseline (jsoup parse) %,.0f docs/s; ratio %.2f%n", html,
                htmlBase, html / htmlBase);
        out.printf("ingest_text_docs_per_s=%.0f%n", text);
        out.printf("ingest_html_docs_per_s=%.0f%n", html);
    }

    /** Documents per second over {@link #MEASURE_NANOS}, after a warm-up of the same length. */
    private static double rate(List<byte[]> docs, Consumer<byte[]> work) {
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            long n = 0;
            while (System.nanoTime() - start < MEASURE_NANOS) {
                for (byte[] d : docs) {
                    work.accept(d);
                    n++;
                }
            }
            if (pass == 1) {
                return n / ((System.nanoTime() - start) / 1e9);
            }
        }
        throw new IllegalStateException();
    }
}
