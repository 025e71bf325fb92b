package io.wirecopy.bench;

import java.util.ArrayList;
import java.util.List;

/** The one entry point of {@code bench/run}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("ingest")) {
            new IngestThroughput(System.out).run();
            return;
        }
        if (args.length >= 1 && args[0].equals("store")) {
            int n = args.length >= 3 && args[1].equals("--articles") ? Integer.parseInt(args[2]) : 100_000;
            new StoreLatency(System.out, java.nio.file.Path.of(System.getProperty("wirecopy.root", ".")), n, 300).run();
            return;
        }
        if (args.length == 0 || !args[0].equals("quality")) {
            System.err.println("""
                    usage: bench/run quality [--seeds 1,2,3,4,5] [--explain]
                           bench/run ingest
                           bench/run store [--articles 100000]
                      ingest    parsing and cleaning throughput (documents per second, one thread) against baselines
                      store     query latencies (p50, p99) of the store-service jar over a bulk-loaded database
                      quality   dedupe quality on the labelled corpus (stories, passages, LSH recall, threshold sweep);
                                --explain lists every missed copy and passage""");
            System.exit(2);
        }
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
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        new QualityReport(System.out, seeds, explain).run();
    }
}
