package io.wirecopy.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one entry point of {@code bench/run}. */
public final class Bench {

    private static final String USAGE = """
            usage: bench/run [--quick]
                   bench/run quality [--seeds 1,2,3,4,5] [--explain]
                   bench/run ingest
                   bench/run store [--articles 100000]
                   bench/run store-apply [--articles 20000]
                   bench/run pipeline [--articles 5000] [--dedupe-instances N]
                   bench/run versions [--articles 4000]
                   bench/run dedupe [--articles 100000]
                   bench/run shards [--articles 1000000] [--schedules 200]
                   bench/run faults [--quick] [--dedupe-instances N]
                   bench/run extraction [--explain]
                   bench/run feeds [--explain]
                   bench/run chrome [--explain]
                   bench/run rewrites [--explain]
                   bench/run quotes [--explain] [--ggt FILE]
              (none)    the pipeline on devstack against raw Kafka and PostgreSQL COPY, the dedupe engine at 10k, 100k
                        and 1M indexed, LSH recall; writes docs/benchmarks.md. --quick: 5,000 articles and up to 50k
                        indexed (under 10 minutes)
              quality   dedupe quality on the labelled corpus (stories, passages, LSH recall, threshold sweep);
                        --explain lists every missed copy and passage, and every reuse degree off by more than 0.1
              ingest    parsing and cleaning throughput (documents per second, one thread) against baselines
              store     query latencies (p50, p99) of the store-service jar over a bulk-loaded database
              pipeline  the pipeline part of --quick alone (N articles through devstack), nothing written;
                        --dedupe-instances N: N dedupe services over N key shards
              store-apply  the store-service jar applying N decisions (every feature on): its CPU and PostgreSQL's
                        per article, the rate against COPY of the same rows; STORE_JAR=path measures another build
              versions  what a new version of an article costs against a first decision in the same run, every
                        feature on: dedupe's time per decision (in-process), the store jar's and PostgreSQL's CPU per
                        event, and the bytes a kept version takes
              dedupe    the dedupe engine alone up to N articles indexed
              shards    dedupe over key shards in one process: the same decisions as one engine for 1, 2, 3, 8 and 64
                        shards under random schedules with replays (--schedules per shard count), then the keys each
                        shard holds, their skew, and requests and answers per article over N generated articles
              chrome    short stories in six heavy site templates through ingest and dedupe: chrome kept, false
                        merges, briefs folded; --explain lists each page that keeps chrome and each merge
              rewrites  reuse of rewritten wire copy (METER-like): macro-F1 of wholly / partially / non-derived by
                        the reuse share against shared 10-word runs, passage precision
              faults    100,000 articles (--quick: 20,000) through devstack while each service, PostgreSQL and
                        the broker fail in turn; lost, duplicated, differing stories, recovery times; writes
                        docs/reliability.md; --dedupe-instances N runs N dedupe services over N key shards (one
                        standby replica each) and kills two of them in turn
              extraction article extraction of HTML pages on trafilatura's evaluation set (read from
                        ../shared/corpus/extraction): snippet precision, recall and F1, per language, against the
                        whole page as text; --explain lists every page with a miss
              feeds     feed reading on Universal Feed Parser's test feeds (read from ../shared/corpus/feeds): the
                        share of its expectations on what Wirecopy stores that hold; --explain lists the failures
              quotes    quotes on the project's labelled sets (extraction, attribution, the same quote across
                        articles, renderings, a threshold sweep, the model's cost) and who said it on 41 labelled real
                        news pages (read from ../shared/corpus/extraction), by kind of attribution, development and
                        held-out halves apart, and on the Gender Gap Tracker's 98 annotated Canadian articles when
                        their spreadsheet is at bench/target/ggt/ or --ggt FILE (docs/benchmarks.md says how to get
                        it); writes its block of docs/benchmarks.md; --explain lists the misses""";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("wirecopy.root", ".")).toAbsolutePath();
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "", "--quick" -> {
                if (args.length > 1) {
                    usage("unknown argument: " + args[1]);
                }
                new FullRun(System.out, root, command.equals("--quick")).run();
            }
            case "ingest" -> new IngestThroughput(System.out).run();
            case "store" -> new StoreLatency(System.out, root, articles(args, 100_000), 300).run();
            case "store-apply" -> new StoreApply(System.out, root, articles(args, 20_000)).run();
            case "pipeline" -> {
                int instances = 1;
                List<String> rest = new ArrayList<>(List.of(args));
                int at = rest.indexOf("--dedupe-instances");
                if (at > 0 && at + 1 < rest.size()) {
                    instances = Integer.parseInt(rest.remove(at + 1));
                    rest.remove(at);
                }
                new Pipeline(System.out, root, articles(rest.toArray(String[]::new), 5_000), instances).run();
            }
            case "versions" -> new VersionCost(System.out, root, articles(args, 4_000)).run();
            case "shards" -> new ShardRun(System.out, option(args, "--articles", 1_000_000), (int) option(args, "--schedules", 200)).run();
            case "dedupe" -> {
                DedupeScale.Result r = new DedupeScale(System.out, root.resolve("bench/target/dedupe-scale"),
                        articles(args, 100_000), 2_000).run();
                System.out.printf("lsh_recall_vs_exact=%.4f (%d of %d pairs)%n", r.lshRecall(), r.lshHits(), r.lshPairs());
                System.out.printf("words_per_article=%.0f%ndecisions_per_s=%.0f%nfeature_cache_hit_rate=%.4f%n"
                        + "rebuild_s=%.1f (%d articles)%n", r.wordsPerArticle(), r.decisionsPerS(), r.cacheHitRate(),
                        r.rebuildSeconds(), r.rebuiltArticles());
            }
            case "quality" -> quality(args);
            case "faults" -> faults(root, args);
            case "extraction" -> new ExtractionScore(System.out, root, args.length > 1 && args[1].equals("--explain")).run();
            case "feeds" -> new FeedScore(System.out, root, args.length > 1 && args[1].equals("--explain")).run();
            case "chrome" -> new ChromePages(System.out, args.length > 1 && args[1].equals("--explain")).run();
            case "rewrites" -> new RewriteReuse(System.out, args.length > 1 && args[1].equals("--explain")).run();
            case "quotes" -> {
                List<String> rest = List.of(args).subList(1, args.length);
                int ggt = rest.indexOf("--ggt");
                new QuoteScore(System.out, root, rest.contains("--explain"),
                        ggt >= 0 && ggt + 1 < rest.size() ? Path.of(rest.get(ggt + 1)).toAbsolutePath() : null).run();
            }
            default -> usage("unknown command: " + command);
        }
    }

    private static void faults(Path root, String[] args) throws Exception {
        boolean quick = false;
        int instances = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--dedupe-instances") && i + 1 < args.length) {
                instances = Integer.parseInt(args[++i]);
            } else {
                usage("expected faults [--quick] [--dedupe-instances N]");
            }
        }
        int articles = quick ? 20_000 : 100_000;
        double perSecond = quick ? 60 : 70;
        FaultRun.Result r = new FaultRun(System.out, root, root.resolve("bench/target/fault-run"), articles, perSecond,
                instances).run();
        System.out.println(FaultReport.table(r));
        FaultReport.write(root, "bench/run faults" + (quick ? " --quick" : "")
                + (instances > 1 ? " --dedupe-instances " + instances : ""), r, perSecond);
        System.out.printf("articles=%d%nlost=%d%nduplicated=%d%ndiffering_stories=%d%n", r.articles(), r.lost(),
                r.duplicated(), r.differingStories());
        for (FaultRun.FaultResult f : r.faults()) {
            System.out.printf("recover_s{fault=\"%s\"}=%.1f%n", f.fault(), f.recoverSeconds());
        }
    }

    /** The value after {@code name} among the arguments after the command, or {@code fallback}. */
    private static long option(String[] args, String name, long fallback) {
        for (int i = 1; i < args.length; i++) {
            if (!args[i].equals("--articles") && !args[i].equals("--schedules") || i + 1 >= args.length) {
                usage("unknown argument: " + args[i]);
            }
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1]);
            }
            i++;
        }
        return fallback;
    }

    private static int articles(String[] args, int fallback) {
        if (args.length == 3 && args[1].equals("--articles")) {
            return Integer.parseInt(args[2]);
        }
        if (args.length != 1) {
            usage("expected --articles N");
        }
        return fallback;
    }

    private static void quality(String[] args) {
        List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L));
        boolean explain = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--seeds") && i + 1 < args.length) {
                seeds.clear();
                for (String s : args[++i].split(",")) {
                    seeds.add(Long.parseLong(s.trim()));
                }
            } else if (args[i].equals("--explain")) {
                explain = true;
            } else {
                usage("unknown argument: " + args[i]);
            }
        }
        new QualityReport(System.out, seeds, explain).run();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
