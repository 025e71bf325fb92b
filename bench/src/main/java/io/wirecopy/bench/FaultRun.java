package io.wirecopy.bench;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.devstack.DevStack;
import io.wirecopy.ingest.service.UrlCanonicalizer;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.PostgresServer;
import io.wirecopy.testing.TopicProbe;
import io.wirecopy.testing.corpus.DecisionFold;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fault-injection run: devstack (in this JVM: the broker is ours to restart), labelled wire copy
 * streamed into {@code news.ingest} at a steady rate while, in turn, each service is killed with
 * SIGKILL, PostgreSQL is killed with SIGKILL, and the Kafka broker is restarted; supervision brings
 * each back. A fault waits until the one before has recovered: all three services ready again and an
 * article stored since. At the end: which articles never reached the database (lost), which were decided
 * twice on {@code news.dedupe} (duplicated), which events were not applied, and how many stories differ
 * from those of an uninterrupted run: the dedupe engine in this process over the same
 * {@code news.articles}, whose stories do not depend on arrival order.
 */
public final class FaultRun {

    /** One fault and how long the stack took to recover from it. */
    public record FaultResult(String fault, double atSeconds, double recoverSeconds) {
    }

    public record Result(int articles, List<FaultResult> faults, int stored, int lost, int duplicated,
            int eventsNotApplied, int storiesStored, int storiesReference, int differingStories, double seconds,
            long deadLettered) {
    }

    /** The services killed in turn: with more than one dedupe instance, two of them (the second after the first). */
    private final List<String> services;
    private static final Duration DRAIN_QUIET = Duration.ofSeconds(180);

    private final PrintStream out;
    private final Path root;
    private final Path data;
    private final int articles;
    private final double perSecond;

    private final int dedupeInstances;

    public FaultRun(PrintStream out, Path root, Path data, int articles, double perSecond) {
        this(out, root, data, articles, perSecond, 1);
    }

    /** With {@code dedupeInstances} dedupe services over as many key shards (one standby replica of each task). */
    public FaultRun(PrintStream out, Path root, Path data, int articles, double perSecond, int dedupeInstances) {
        this.dedupeInstances = dedupeInstances;
        this.services = dedupeInstances > 1
                ? List.of("ingest-service", "dedupe-service", "dedupe-service-2", "store-service")
                : List.of("ingest-service", "dedupe-service", "store-service");
        this.out = out;
        this.root = root;
        this.data = data;
        this.articles = articles;
        this.perSecond = perSecond;
    }

    public Result run() throws Exception {
        List<Pipeline.Payload> payloads = Pipeline.payloads(articles);
        Set<String> expected = new HashSet<>();
        for (Pipeline.Payload p : payloads) {
            expected.add(ArticleIds.articleId(UrlCanonicalizer.canonicalize(p.url()), null));
        }
        int kafkaPort;
        try (ServerSocket free = new ServerSocket(0)) {
            kafkaPort = free.getLocalPort();
        }
        long t0 = System.nanoTime();
        try (DevStack stack = DevStack.start(new DevStack.Options(root, data, true, kafkaPort, 0, Duration.ofSeconds(240),
                dedupeInstances, dedupeInstances > 1 ? dedupeInstances : 0))) {
            out.printf("  devstack up; streaming %,d articles at %.0f/s into %s%n", articles, perSecond, Topics.INGEST);
            AtomicInteger sent = new AtomicInteger();
            Thread sender = new Thread(() -> send(stack, payloads, sent), "fault-run-sender");
            sender.start();
            List<FaultResult> faults = new ArrayList<>();
            double window = articles / perSecond;
            Map<String, ThrowingRunnable> plan = new LinkedHashMap<>();
            for (String s : services) {
                plan.put("SIGKILL " + s, () -> stack.kill(s));
            }
            plan.put("SIGKILL PostgreSQL", stack::killPostgres);
            plan.put("restart Kafka", stack::restartKafka);
            int k = 0;
            for (var fault : plan.entrySet()) {
                k++;
                long due = t0 + (long) (window * k / (plan.size() + 1) * 1e9);
                sleepUntil(due);
                faults.add(inject(stack, fault.getKey(), fault.getValue(), t0));
            }
            sender.join();
            out.printf("  all %,d sent; waiting until the store has them%n", sent.get());
            int stored = drain(stack, expected);
            return verify(stack, expected, faults, stored, (System.nanoTime() - t0) / 1e9);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private FaultResult inject(DevStack stack, String name, ThrowingRunnable fault, long t0) throws Exception {
        Map<String, Integer> restarts = new HashMap<>();
        services.forEach(s -> restarts.put(s, stack.restarts(s)));
        int pgRestarts = stack.postgresRestarts();
        long at = System.nanoTime();
        out.printf("  %6.1f s  %s%n", (at - t0) / 1e9, name);
        fault.run();
        // back: the component that failed is running again (restarted by supervision, or by us)
        while (!back(stack, name, restarts, pgRestarts)) {
            Thread.sleep(100);
        }
        long storedWhenBack = storedOrMinus(stack);
        while (true) {
            long stored = storedOrMinus(stack);
            if (stack.allReady() && (stored > storedWhenBack || stored >= articles) && stored >= 0) {
                break;
            }
            if (System.nanoTime() - at > TimeUnit.MINUTES.toNanos(10)) {
                throw new IllegalStateException("no recovery from '" + name + "' within 10 minutes; see " + data.resolve("logs"));
            }
            Thread.sleep(100);
        }
        double recover = (System.nanoTime() - at) / 1e9;
        out.printf("  %6.1f s  recovered from %s in %.1f s%n", (System.nanoTime() - t0) / 1e9, name, recover);
        return new FaultResult(name, (at - t0) / 1e9, recover);
    }

    private boolean back(DevStack stack, String fault, Map<String, Integer> restarts, int pgRestarts) {
        for (String s : services) {
            if (fault.endsWith(s)) {
                return stack.restarts(s) > restarts.get(s);
            }
        }
        if (fault.endsWith("PostgreSQL")) {
            return stack.postgresRestarts() > pgRestarts;
        }
        return true; // the broker restart returns once the broker is up
    }

    /** Sends every payload at the run's rate; a send the broker did not acknowledge is sent again. */
    private void send(DevStack stack, List<Pipeline.Payload> payloads, AtomicInteger sent) {
        var props = new java.util.Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < payloads.size(); i++) {
                sleepUntil(start + (long) (i * 1e9 / perSecond));
                while (true) {
                    try {
                        producer.send(payloads.get(i).record(Topics.INGEST)).get(90, TimeUnit.SECONDS);
                        break;
                    } catch (Exception e) {
                        out.printf("  (send of article %d failed, again: %s)%n", i, e);
                    }
                }
                sent.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every expected article is stored, or nothing more arrives for three minutes. */
    private int drain(DevStack stack, Set<String> expected) throws InterruptedException {
        long lastChange = System.nanoTime();
        long last = -1;
        long reported = System.nanoTime();
        while (true) {
            long stored = storedOrMinus(stack);
            if (stored >= expected.size()) {
                return (int) stored;
            }
            if (stored != last) {
                last = stored;
                lastChange = System.nanoTime();
            }
            if (System.nanoTime() - lastChange > DRAIN_QUIET.toNanos()) {
                out.printf("  nothing stored for %d s; %,d of %,d there%n", DRAIN_QUIET.toSeconds(), stored, expected.size());
                return (int) Math.max(stored, 0);
            }
            if (System.nanoTime() - reported > 15_000_000_000L) {
                reported = System.nanoTime();
                out.printf("  ... %,d of %,d stored%n", stored, expected.size());
            }
            Thread.sleep(500);
        }
    }

    private static long storedOrMinus(DevStack stack) {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private Result verify(DevStack stack, Set<String> expected, List<FaultResult> faults, int storedCount, double seconds)
            throws SQLException, InterruptedException {
        String bootstrap = stack.kafkaBootstrapServers();
        // the store has every article; the renderings step may still be catching up: every event on news.dedupe
        // applied, or none more applied for two minutes
        Map<String, Integer> decisions = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        Set<String> applied = new HashSet<>();
        int notApplied = Integer.MAX_VALUE;
        long lastProgress = System.nanoTime();
        while (true) {
            decisions.clear();
            typeOf.clear();
            for (ConsumerRecord<byte[], byte[]> r : readAll(bootstrap, Topics.DEDUPE)) {
                DedupeEvent e = EventJson.read(TopicProbe.value(r), DedupeEvent.class);
                typeOf.put(e.eventId(), e.getClass().getSimpleName());
                if (e instanceof ArticleDeduplicated d) {
                    decisions.merge(d.article().id(), 1, Integer::sum); // decided twice: more than one
                }
            }
            applied = appliedEvents(stack);
            Set<String> done = applied;
            int missing = (int) typeOf.keySet().stream().filter(id -> !done.contains(id)).count();
            if (missing < notApplied) {
                notApplied = missing;
                lastProgress = System.nanoTime();
            }
            if (missing == 0 || System.nanoTime() - lastProgress > TimeUnit.MINUTES.toNanos(2)) {
                break;
            }
            out.printf("  ... %,d events on %s not applied yet%n", missing, Topics.DEDUPE);
            Thread.sleep(10_000);
        }
        Set<String> done = applied;
        Map<String, Long> missingByType = new java.util.TreeMap<>();
        typeOf.forEach((id, type) -> {
            if (!done.contains(id)) {
                missingByType.merge(type, 1L, Long::sum);
            }
        });
        if (!missingByType.isEmpty()) {
            out.printf("  events never applied, by type: %s%n", missingByType);
        }
        Map<String, String> storyOf = new HashMap<>();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, story_id FROM articles")) {
                while (rs.next()) {
                    storyOf.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        int duplicated = (int) decisions.values().stream().filter(n -> n > 1).count();
        // the uninterrupted run: the engine over the same news.articles, each article once, in topic order
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
        DecisionFold fold = new DecisionFold();
        Set<String> seen = new HashSet<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T00:00:00Z");
        for (ConsumerRecord<byte[], byte[]> r : readAll(bootstrap, Topics.ARTICLES)) {
            ArticleIngested a = EventJson.read(TopicProbe.value(r), ArticleIngested.class);
            if (seen.add(a.article().id())) {
                fold.acceptAll(engine.decide(a, at).events());
            }
        }
        Set<Set<String>> reference = partition(fold.stories());
        Set<Set<String>> actual = partition(storyOf);
        int differing = (int) reference.stream().filter(story -> !actual.contains(story)).count();
        int lost = (int) expected.stream().filter(id -> !storyOf.containsKey(id)).count();
        long deadLettered = readAll(bootstrap, Topics.ARTICLES_DLQ).size() + readAll(bootstrap, Topics.DEDUPE_DLQ).size();
        return new Result(expected.size(), faults, storedCount, lost, duplicated, notApplied, actual.size(), reference.size(),
                differing, seconds, deadLettered);
    }

    private static Set<String> appliedEvents(DevStack stack) throws SQLException {
        Set<String> applied = new HashSet<>();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT event_id FROM applied_events")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        return applied;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
        // committed records up to the end: stop once a poll brings nothing for a few seconds
        long[] last = {System.nanoTime()};
        int[] count = {-1};
        return TopicProbe.readUntil(bootstrap, topic, records -> {
            if (records.size() != count[0]) {
                count[0] = records.size();
                last[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - last[0] > 5_000_000_000L;
        }, Duration.ofMinutes(10));
    }

    /** Stories as sets of their article ids. */
    private static Set<Set<String>> partition(Map<String, String> storyOfArticle) {
        Map<String, Set<String>> members = new HashMap<>();
        storyOfArticle.forEach((article, story) -> members.computeIfAbsent(story, x -> new TreeSet<>()).add(article));
        return new HashSet<>(members.values());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
