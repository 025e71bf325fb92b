package io.wirecopy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes a fault run's figures: a table for the terminal and {@code docs/reliability.md}. */
final class FaultReport {

    private FaultReport() {
    }

    static String table(FaultRun.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("| fault | at (s) | recovered in (s) |\n|---|---|---|\n");
        for (FaultRun.FaultResult f : r.faults()) {
            sb.append(String.format("| %s | %.1f | %.1f |%n", f.fault(), f.atSeconds(), f.recoverSeconds()));
        }
        sb.append(String.format("""

                | figure | value |
                |---|---|
                | articles sent | %,d |
                | stored | %,d |
                | lost | %d |
                | decided twice (duplicated) | %d |
                | events on news.dedupe not applied | %d |
                | stories stored / uninterrupted run | %,d / %,d |
                | stories differing from the uninterrupted run | %d |
                | records dead-lettered (news.articles.dlq, news.dedupe.dlq) | %d |
                | run time | %.0f s |
                """, r.articles(), r.stored(), r.lost(), r.duplicated(), r.eventsNotApplied(), r.storiesStored(),
                r.storiesReference(), r.differingStories(), r.deadLettered(), r.seconds()));
        return sb.toString();
    }

    /**
     * Writes the run's figures into its own section of {@code docs/reliability.md} (between markers named
     * after the command, so the full and the quick run each keep their latest figures), the method around
     * them as given here.
     */
    static void write(Path root, String command, FaultRun.Result r, double perSecond) throws IOException {
        Path file = root.resolve("docs/reliability.md");
        String begin = "<!-- " + command + ": begin (written by it) -->";
        String end = "<!-- " + command + ": end -->";
        String section = begin + "\n## `" + command + "` (" + LocalDate.now() + ", 2 cores, " + String.format("%,d", r.articles())
                + " articles at " + String.format("%.0f", perSecond) + "/s)\n\n" + table(r) + end;
        String old = Files.exists(file) ? Files.readString(file) : "";
        StringBuilder doc = new StringBuilder(METHOD + "\n");
        List<String> commands = new java.util.ArrayList<>(List.of("bench/run faults", "bench/run faults --quick"));
        for (String c : List.of(command, "bench/run faults --quick --dedupe-instances 3")) {
            if (!commands.contains(c)) {
                commands.add(c);
            }
        }
        for (String c : commands) {
            String kept = c.equals(command) ? section
                    : sectionOf(old, "<!-- " + c + ": begin (written by it) -->", "<!-- " + c + ": end -->");
            if (!kept.isEmpty()) {
                doc.append(kept).append("\n\n");
            }
        }
        Files.writeString(file, doc + RECOVERY);
    }

    private static String sectionOf(String doc, String begin, String end) {
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        return from < 0 || to < from ? "" : doc.substring(from, to + end.length());
    }

    private static final String METHOD = """
            # Reliability: the fault-injection run

            `bench/run faults` (100,000 articles), `bench/run faults --quick` (20,000) and `bench/run faults --quick
            --dedupe-instances 3` (three dedupe services over three key shards, one standby replica of each task; the first and
            the second of them killed in turn) write the figures below, each into its own section. Devstack runs in the bench's JVM (the Kafka broker in it, PostgreSQL and
            the three services as child processes). Labelled wire copy (the generator of `testing`, JSON
            articles) is streamed into `news.ingest` at a steady rate while, in turn, each service is killed
            with SIGKILL, PostgreSQL's postmaster is killed with SIGKILL, and the broker is stopped and started
            again. Devstack's supervision starts what died again (after 1 s, doubling to 30 s), as compose's
            `restart: unless-stopped` does. A fault waits until the one before has recovered: *recovered* is
            the time from the fault until all three services answer ready again and the store has stored an
            article since the failed part came back.

            At the end the run checks the database and the topics: **lost** are articles sent that the store
            does not have; **decided twice** are articles with more than one decision on the committed
            `news.dedupe` (exactly-once would be broken); **not applied** are events on `news.dedupe` missing
            from the store's record of applied events; **differing stories** compares the stored stories (as
            sets of articles) with an uninterrupted run: the dedupe engine in the bench's JVM over the same
            `news.articles`, whose stories do not depend on arrival order. `FaultRunIT` runs the same with
            1,200 articles at 10/s in `./mvnw verify`.
            """;

    private static final String RECOVERY = """
            ## What recovers how, and what bounds the times
            - **A service killed**: devstack starts it again after 1 s; a JVM and Quarkus start takes 3-5 s
              here, then the consumer group notices the dead member (`session.timeout.ms` 10 s; the default
              45 s made every recovery take 45 s) and hands its partition to the new one. Ingest re-reads the
              `news.ingest` batch it had not committed (its articles' events have the same ids, and dedupe takes
              a re-sent article as seen); dedupe restores its stores from the local RocksDB files and the
              changelogs, and exactly-once aborts the transaction the kill left open; the store re-reads events
              after its last commit and skips those its `applied_events` table already has.
            - **One dedupe instance of three killed** (key shards): its tasks (a key shard, perhaps the sequencer or the spine)
              move to the instances that hold their standby replicas once the group notices (10 s); those stores are warm, so the
              task rebuilds only its memory from them (in the quick run: a spine of 364-803 articles in 0.7-0.8 s, a shard of
              15,000-33,000 keys in 0.1-1.3 s), and moves back when the killed instance is started again. Exactly-once holds per
              task: requests, answers and decisions committed with their stores, so every article is decided once and as one
              engine decides it.
            - **PostgreSQL killed**: the store's consumer retries the event with capped exponential backoff
              (100 ms doubling to 30 s), readiness DOWN meanwhile; devstack starts PostgreSQL again when two
              connections a second apart fail; the retry then passes. The first run of this lost one event:
              zonky starts PostgreSQL with `synchronous_commit=off`, so a commit the store had been told of was
              not yet in the WAL when the postmaster died; devstack's PostgreSQL now commits synchronously.
            - **The broker restarted**: producers and consumers reconnect; a `news.ingest` batch whose
              articles were not acknowledged is sent again (ingest used to stop its consumer here); the groups
              rebalance, and exactly-once transactions left open are aborted; a stream thread that dies of it is
              replaced. This is the slowest recovery: the group coordinator and transaction state come back
              with the broker, then every member rejoins.
            """;
}
