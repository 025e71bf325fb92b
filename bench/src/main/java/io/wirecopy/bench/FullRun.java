package io.wirecopy.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/run [--quick]}: the pipeline against its baselines, then the dedupe engine at growing
 * index sizes; writes the results into {@code docs/benchmarks.md} (between its bench markers, so the
 * text around them stays) with two SVG plots, and ends with one line per headline figure for scripts.
 */
final class FullRun {

    /** The block a run writes, one per mode, so the full run's figures and the quick run's stand side by side. */
    static String begin(boolean quick) {
        return "<!-- bench:begin" + (quick ? " quick" : "") + " (written by bench/run" + (quick ? " --quick" : "")
                + "; edits inside are overwritten) -->";
    }

    static String end(boolean quick) {
        return "<!-- bench:end" + (quick ? " quick" : "") + " -->";
    }

    private final PrintStream out;
    private final Path root;
    private final boolean quick;

    FullRun(PrintStream out, Path root, boolean quick) {
        this.out = out;
        this.root = root;
        this.quick = quick;
    }

    void run() throws Exception {
        int pipelineArticles = quick ? 5_000 : 50_000;
        int largest = quick ? 50_000 : 1_000_000;
        String command = quick ? "bench/run --quick" : "bench/run";
        long t0 = System.nanoTime();
        out.printf("Pipeline: %,d generated articles through devstack%n", pipelineArticles);
        Pipeline.Result p = new Pipeline(out, root, pipelineArticles).run();
        out.printf("%nDedupe engine up to %,d articles indexed (RocksDB stores as in the service)%n", largest);
        DedupeScale.Result d = new DedupeScale(out, root.resolve("bench/target/dedupe-scale"), largest, 2_000).run();
        out.printf("  LSH recall vs brute-force Jaccard >= 0.5 on the last window: %.4f (%d of %d pairs)%n", d.lshRecall(),
                d.lshHits(), d.lshPairs());
        double minutes = (System.nanoTime() - t0) / 60e9;

        double baseline = Math.min(p.kafkaPerS(), p.copyPerS());
        double ratio = p.pipelinePerS() / baseline;
        DedupeScale.Point last = d.points().get(d.points().size() - 1);
        writeDocs(command, p, d, baseline, ratio, minutes);
        out.printf("%nwrote docs/benchmarks.md, docs/benchmarks-dedupe%s.svg, docs/benchmarks-throughput%s.svg (%.1f min)%n%n",
                quick ? "-quick" : "", quick ? "-quick" : "", minutes);
        out.printf(Locale.ROOT, "pipeline_articles_per_s=%.1f%n", p.pipelinePerS());
        out.printf(Locale.ROOT, "baseline_articles_per_s=%.1f%n", baseline);
        out.printf(Locale.ROOT, "ratio=%.4f%n", ratio);
        out.printf(Locale.ROOT, "p99_ms=%.1f%n", p.p99Ms());
        out.printf(Locale.ROOT, "cpu_ms_per_article=%.1f%n", p.cpuMsAll());
        out.printf(Locale.ROOT, "cpu_ms_per_article_without_jit=%.1f%n", p.cpuMsWithoutJit());
        out.printf(Locale.ROOT, "dedupe_p99_us=%.1f%n", last.p99Us());
        out.printf(Locale.ROOT, "dedupe_mean_us=%.1f%n", last.meanUs());
        out.printf(Locale.ROOT, "dedupe_state_bytes_per_article=%.0f%n", (double) last.stateBytes() / last.indexed());
        out.printf(Locale.ROOT, "dedupe_rebuild_s=%.1f%n", d.rebuildSeconds());
        out.printf(Locale.ROOT, "lsh_recall_vs_exact=%.4f%n", d.lshRecall());
    }

    private void writeDocs(String command, Pipeline.Result p, DedupeScale.Result d, double baseline, double ratio,
            double minutes) throws IOException {
        Path docs = Files.createDirectories(root.resolve("docs"));
        List<DedupeScale.Point> points = d.points();
        double[] x = points.stream().mapToDouble(DedupeScale.Point::indexed).toArray();
        String suffix = quick ? "-quick" : "";
        Files.writeString(docs.resolve("benchmarks-dedupe" + suffix + ".svg"), Svg.lines("Dedupe decision time by index size",
                "articles already indexed", "µs per decision", true, List.of(
                        new Svg.Series("p50", "#1f77b4", x, points.stream().mapToDouble(DedupeScale.Point::p50Us).toArray()),
                        new Svg.Series("p99", "#d62728", x, points.stream().mapToDouble(DedupeScale.Point::p99Us).toArray())),
                1_000, "target p99 1 ms at 1M"));
        int[] perSecond = p.perSecond();
        double[] seconds = new double[perSecond.length];
        double[] rate = new double[perSecond.length];
        for (int i = 0; i < perSecond.length; i++) {
            seconds[i] = i;
            rate[i] = perSecond[i];
        }
        Files.writeString(docs.resolve("benchmarks-throughput" + suffix + ".svg"), Svg.lines(
                "Pipeline throughput over the run (warm-up, peak, half rate)", "seconds since the first article was sent",
                "articles queryable per second", false, List.of(new Svg.Series("queryable/s", "#2ca02c", seconds, rate)),
                Double.NaN, ""));

        StringBuilder md = new StringBuilder();
        md.append(begin(quick)).append("\n\n");
        md.append(String.format(Locale.ROOT, "Last run: `%s` on %s, %.1f minutes, commit %s.%n%n", command, LocalDate.now(),
                minutes, git()));
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("| figure | value | target | |\n|---|---|---|---|\n");
        row(md, "pipeline, peak (articles/s, accepted to queryable)", String.format(Locale.ROOT, "%.0f", p.pipelinePerS()), "", "");
        row(md, "baseline Kafka: produce + consume the same records (records/s)", String.format(Locale.ROOT, "%.0f", p.kafkaPerS()), "", "");
        row(md, "baseline PostgreSQL: COPY of the rows the store wrote (articles/s)", String.format(Locale.ROOT, "%.0f", p.copyPerS()), "", "");
        row(md, "ratio pipeline / slower baseline", String.format(Locale.ROOT, "%.3f", ratio), "≥ 0.5", met(ratio >= 0.5));
        row(md, "CPU per article at the peak, every process together (ms); without the JIT compiler's share",
                String.format(Locale.ROOT, "%.1f; %.1f", p.cpuMsAll(), p.cpuMsWithoutJit()), "≤ 4", met(p.cpuMsAll() <= 4));
        row(md, String.format(Locale.ROOT, "accepted → queryable at half the peak rate (%.0f/s), p50 / p95 / p99 ms", p.halfRatePerS()),
                String.format(Locale.ROOT, "%.0f / %.0f / %.0f", p.p50Ms(), p.p95Ms(), p.p99Ms()), "p99 < 1000", met(p.p99Ms() < 1000));
        DedupeScale.Point last = points.get(points.size() - 1);
        boolean at1m = last.indexed() >= 1_000_000;
        row(md, String.format(Locale.ROOT, "dedupe decision p99 with %,d indexed, one core (µs)", last.indexed()),
                String.format(Locale.ROOT, "%.0f", last.p99Us()), "< 1000 at 1M",
                last.p99Us() >= 1000 ? met(false) : at1m ? met(true) : "not run at 1M");
        row(md, String.format(Locale.ROOT, "dedupe decision mean with %,d indexed (µs)", last.indexed()),
                String.format(Locale.ROOT, "%.0f", last.meanUs()), "< 300 at 1M",
                last.meanUs() >= 300 ? met(false) : at1m ? met(true) : "not run at 1M");
        double stateKb = last.stateBytes() / 1024.0 / last.indexed();
        row(md, "dedupe state on disk per article (RocksDB files, KB)", String.format(Locale.ROOT, "%.2f", stateKb), "≤ 3",
                met(stateKb <= 3));
        row(md, "dedupe heap per article (index, stories, feature cache; KB)",
                String.format(Locale.ROOT, "%.1f", last.heapBytes() / 1024.0 / last.indexed()), "stated", "");
        row(md, String.format(Locale.ROOT, "rebuild of the in-memory index from the local stores (%,d articles, s)",
                d.rebuiltArticles()), String.format(Locale.ROOT, "%.1f", d.rebuildSeconds()), "", "");
        row(md, "feature cache hits (candidates verified and aligned without reading their text)",
                String.format(Locale.ROOT, "%.1f%%", 100 * d.cacheHitRate()), "", "");
        row(md, String.format(Locale.ROOT, "LSH recall vs brute-force Jaccard ≥ 0.5 (%d pairs)", d.lshPairs()),
                String.format(Locale.ROOT, "%.4f", d.lshRecall()), "≥ 0.99", met(d.lshRecall() >= 0.99));
        md.append("\nDedupe engine by index size (decisions timed one by one on the next 2,000 articles; state = RocksDB "
                + "files on disk / articles indexed):\n\n");
        md.append("| indexed | p50 µs | p99 µs | mean µs | state bytes/article | heap bytes/article |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        for (DedupeScale.Point pt : points) {
            md.append(String.format(Locale.ROOT, "| %,d | %.0f | %.0f | %.0f | %,.0f | %,.0f |%n", pt.indexed(), pt.p50Us(),
                    pt.p99Us(), pt.meanUs(), (double) pt.stateBytes() / pt.indexed(), (double) pt.heapBytes() / pt.indexed()));
        }
        md.append(String.format(Locale.ROOT, "%nArticles average %.0f words; %.0f decisions/s over the whole run.%n%n",
                d.wordsPerArticle(), d.decisionsPerS()));
        md.append("Peak resident memory (VmHWM) per process during the pipeline run:\n\n| process | MB |\n|---|---:|\n");
        for (Map.Entry<String, Long> e : p.peakRssBytes().entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", e.getKey(), e.getValue() / 1048576.0));
        }
        md.append("\nWhere the pipeline's time went: CPU per article during the peak, by process (two cores; a process's "
                + "threads add up), and the part of it its JIT compiler's threads spent (a JVM compiling the code the peak "
                + "runs: a service running for days has stopped spending it):\n\n"
                + "| process | CPU ms per article | of which JIT compiler |\n|---|---:|---:|\n");
        for (Map.Entry<String, Double> e : p.cpuMsPerArticle().entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", e.getKey(), e.getValue(),
                    p.jitMsPerArticle().getOrDefault(e.getKey(), 0.0)));
        }
        md.append(String.format(Locale.ROOT, "| **all** | **%.1f** | %.1f |%n", p.cpuMsAll(), p.jitMsAll()));
        md.append("\n![dedupe decision time by index size](benchmarks-dedupe" + suffix + ".svg)\n\n");
        md.append("![pipeline throughput over the run](benchmarks-throughput" + suffix + ".svg)\n\n");
        md.append(end(quick));

        Path file = docs.resolve("benchmarks.md");
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int from = existing.indexOf(begin(quick));
        int to = existing.indexOf(end(quick));
        String updated = from < 0 || to < 0 ? existing + "\n" + md + "\n"
                : existing.substring(0, from) + md + existing.substring(to + end(quick).length());
        Files.writeString(file, updated);
    }

    private static void row(StringBuilder md, String what, String value, String target, String met) {
        md.append("| ").append(what).append(" | ").append(value).append(" | ").append(target).append(" | ").append(met)
                .append(" |\n");
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    private String git() {
        try {
            Process p = new ProcessBuilder("git", "-C", root.toString(), "describe", "--always", "--dirty").start();
            String s = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 && !s.isEmpty() ? s : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    static String machine() {
        List<String> parts = new ArrayList<>();
        parts.add(Runtime.getRuntime().availableProcessors() + " cores");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    parts.add(line.substring(line.indexOf(':') + 1).trim());
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    parts.add(String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: cores only
        }
        parts.add(System.getProperty("os.name") + " " + System.getProperty("os.version"));
        parts.add("Java " + System.getProperty("java.version"));
        return String.join(", ", parts);
    }
}
