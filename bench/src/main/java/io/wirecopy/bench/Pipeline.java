package io.wirecopy.bench;

import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.PostgresServer;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.SyntheticStories;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The whole pipeline on a running devstack (its own process: Kafka, PostgreSQL, the three service
 * jars as they ship): generated wire copy (JSON articles, the labelled generator over synthetic
 * stories) dropped into {@code news.ingest}, timed from the broker's acknowledgement of each record
 * (accepted) to the commit of its row in the store's database (queryable: a trigger the bench adds
 * sends the URL with {@code pg_notify}, which PostgreSQL delivers at commit). First a warm-up, then
 * the peak (every article sent at once, as fast as the pipeline takes them), then up to the same
 * number again (at most a minute's worth) paced at half the peak rate for latencies. The baselines run on the same broker and database
 * with the same payloads: Kafka alone (produce and consume the records) and PostgreSQL alone
 * ({@code COPY} of the rows the store wrote into a fresh database with the same schema).
 */
final class Pipeline {

    record Result(int articles, double pipelinePerS, double kafkaPerS, double copyPerS, double halfRatePerS,
            double p50Ms, double p95Ms, double p99Ms, int[] perSecond, Map<String, Long> peakRssBytes,
            Map<String, Double> cpuMsPerArticle, Map<String, Double> jitMsPerArticle) {

        /** CPU per article of every process together, the JIT compiler's share of it, and the rest. */
        double cpuMsAll() {
            return cpuMsPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double jitMsAll() {
            return jitMsPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double cpuMsWithoutJit() {
            return cpuMsAll() - jitMsAll();
        }
    }

    private static final String CHANNEL = "wirecopy_bench";

    /**
     * From the services' metrics: the renderings events the store applied, and how far behind their decisions they
     * landed (the store's {@code wirecopy.store.renderings.lag}, p50 and p99 over Micrometer's window of about two
     * minutes: the paced phase), beside dedupe's step time and sentences embedded.
     */
    static String renderingLag() {
        try {
            String store = metrics(8080);
            String dedupe = metrics(8082);
            return String.format(Locale.ROOT, "%s events stored, decision to renderings stored p50 %s s, p99 %s s;"
                    + " dedupe's step %s articles, p50 %s s, p99 %s s; %s sentences embedded, %s s of model time",
                    metric(store, "wirecopy_store_events_total{outcome=\"applied\",type=\"QuotesRendered\"}"),
                    metric(store, "wirecopy_store_renderings_lag_seconds{quantile=\"0.5\"}"),
                    metric(store, "wirecopy_store_renderings_lag_seconds{quantile=\"0.99\"}"),
                    metric(dedupe, "wirecopy_dedupe_renderings_time_seconds_count"),
                    metric(dedupe, "wirecopy_dedupe_renderings_time_seconds{quantile=\"0.5\"}"),
                    metric(dedupe, "wirecopy_dedupe_renderings_time_seconds{quantile=\"0.99\"}"),
                    metric(dedupe, "wirecopy_dedupe_quote_sentences_embedded"),
                    metric(dedupe, "wirecopy_dedupe_quote_embedding_seconds"));
        } catch (java.io.IOException | InterruptedException e) {
            return "metrics not read (" + e + ")";
        }
    }

    /**
     * Waits until dedupe's renderings step has read as many decisions as dedupe made (its step's count against the
     * decisions that emitted an event), at most {@code limit}; returns the seconds it waited.
     */
    static double awaitRenderings(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            try {
                String dedupe = metrics(8082);
                double decided = 0;
                for (String outcome : List.of("new", "exact", "near", "revised")) {
                    String v = metric(dedupe, "wirecopy_dedupe_decisions_total{outcome=\"" + outcome + "\"}");
                    decided += v.equals("-") ? 0 : Double.parseDouble(v);
                }
                String read = metric(dedupe, "wirecopy_dedupe_renderings_time_seconds_count");
                if (!read.equals("-") && Double.parseDouble(read) >= decided
                        || read.equals("-") && System.nanoTime() - start > 30e9) { // no renderings step (turned off)
                    break;
                }
            } catch (java.io.IOException e) {
                // not up yet: try again
            }
            Thread.sleep(500);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A devstack service's Prometheus metrics, by its port. */
    private static String metrics(int port) throws java.io.IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/q/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The value of one Prometheus sample, "-" when absent. */
    private static String metric(String text, String sample) {
        for (String line : text.split("\n")) {
            if (line.startsWith(sample + " ")) {
                return line.substring(sample.length() + 1).strip();
            }
        }
        return "-";
    }

    private final PrintStream out;
    private final Path root;
    private final int articles;
    private final Path data;
    private final Map<String, Long> queryable = new ConcurrentHashMap<>();
    private long runStart;

    /** Dedupe instances devstack starts (more than one: over as many key shards). */
    private final int dedupeInstances;

    Pipeline(PrintStream out, Path root, int articles) {
        this(out, root, articles, 1);
    }

    Pipeline(PrintStream out, Path root, int articles, int dedupeInstances) {
        this.dedupeInstances = dedupeInstances;
        this.out = out;
        this.root = root;
        this.articles = articles;
        this.data = root.resolve("bench/target/pipeline");
    }

    Result run() throws Exception {
        int warm = Math.min(2_000, Math.max(200, articles / 10));
        int total = warm + 2 * articles;
        List<Payload> payloads = payloads(total);
        int kafkaPort = Local.freePort();
        int pgPort = Local.freePort();
        Process stack = startDevstack(kafkaPort, pgPort);
        try {
            String bootstrap = "localhost:" + kafkaPort;
            String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/" + PostgresServer.DATABASE;
            AtomicBoolean listening = new AtomicBoolean(true);
            Thread listener = listen(jdbc, listening);
            try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
                runStart = System.nanoTime();
                out.printf("  warm-up: %,d articles%n", warm);
                send(producer, payloads.subList(0, warm), 0);
                await(payloads.subList(0, warm), Duration.ofMinutes(5));

                List<Payload> peak = payloads.subList(warm, warm + articles);
                out.printf("  peak: %,d articles sent at once%n", articles);
                Map<String, Double> cpuBefore = cpu(stack);
                Map<String, Double> jitBefore = jit(stack);
                TopicTraffic.Snapshot topicsBefore = TopicTraffic.take(bootstrap);
                long[] acks = send(producer, peak, 0);
                long last = await(peak, Duration.ofMinutes(20));
                Map<String, Double> cpu = since(cpuBefore, cpu(stack));
                Map<String, Double> jit = since(jitBefore, jit(stack));
                out.printf("  CPU during the peak, ms per article: %s%n", perArticle(cpu, articles));
                out.printf("  of which the JIT compiler's threads (warming up, not a service's steady cost): %s%n",
                        perArticle(jit, articles));
                // the renderings step's records too: measured once it has caught up with the peak's decisions
                out.printf("  renderings step caught up with the decisions %.0f s after the peak%n", awaitRenderings(Duration.ofMinutes(10)));
                out.println("  records and bytes per article the peak wrote to the broker, by topic (transaction markers"
                        + " take an offset each; bytes as the log segments hold them, compressed):");
                TopicTraffic.perArticle(topicsBefore, TopicTraffic.take(bootstrap), articles).forEach(l -> out.println("    " + l));
                long first = Arrays.stream(acks).min().orElseThrow();
                double peakRate = articles / ((last - first) / 1e9);
                double[] peakLatency = latencies(peak, acks);
                out.printf("  peak: %.0f articles/s (accepted to queryable: p50 %.0f ms, p99 %.0f ms, queued behind each other)%n",
                        peakRate, Stats.percentile(peakLatency, 0.5), Stats.percentile(peakLatency, 0.99));

                // the renderings step ran behind the decisions; the paced phase started once it had caught up (above),
                // so the lag it shows is that phase's and not the peak's backlog draining
                double halfRate = peakRate / 2;
                // a minute of it is enough for the tail, and keeps --quick short
                int pacedCount = (int) Math.min(articles, Math.max(500, halfRate * 60));
                List<Payload> paced = payloads.subList(warm + articles, warm + articles + pacedCount);
                out.printf("  half the peak rate: %,d articles at %.0f/s%n", pacedCount, halfRate);
                long[] pacedAcks = send(producer, paced, halfRate);
                await(paced, Duration.ofMinutes(20));
                double[] latency = latencies(paced, pacedAcks);
                out.printf("  at %.0f/s: accepted to queryable p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n", halfRate,
                        Stats.percentile(latency, 0.5), Stats.percentile(latency, 0.95), Stats.percentile(latency, 0.99));

                out.printf("  renderings (their own step, after the decision), over about the last two minutes: %s%n",
                        renderingLag());
                Map<String, Long> memory = peakMemory(stack);
                listening.set(false);
                listener.join(5_000);

                double kafka = kafkaBaseline(bootstrap, peak);
                out.printf("  baseline Kafka (produce + consume the same %,d records, no processing): %.0f records/s%n",
                        articles, kafka);
                double copy = copyBaseline(jdbc);
                out.printf("  baseline PostgreSQL (COPY of the rows the store wrote, into a fresh database): %.0f articles/s%n",
                        copy);
                return new Result(articles, peakRate, kafka, copy, halfRate, Stats.percentile(latency, 0.5),
                        Stats.percentile(latency, 0.95), Stats.percentile(latency, 0.99), perSecond(), memory,
                        perArticle(cpu, articles), perArticle(jit, articles));
            }
        } finally {
            stack.destroy();
            if (!stack.waitFor(60, TimeUnit.SECONDS)) {
                stack.descendants().forEach(ProcessHandle::destroyForcibly);
                stack.destroyForcibly();
            }
        }
    }

    /** One article as a user drops it into {@code news.ingest}: a JSON article. */
    record Payload(String url, byte[] json) {
        /** The record as a user drops it: keyed by URL, its format in the {@code content-type} header. */
        ProducerRecord<String, byte[]> record(String topic) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, url, json);
            record.headers().add(Topics.HEADER_CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }

    static List<Payload> payloads(int count) {
        Iterator<LabelledArticle> it = WireCorpus.stream(23, WireCorpus.Options.defaults().withUrls().withStoryEvery(Duration.ofMinutes(1)),
                SyntheticStories.generate(23, count / 5 + 100));
        List<Payload> payloads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article a = it.next().article();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("url", a.url());
            json.put("source", a.source());
            json.put("title", a.title());
            json.put("publishedAt", a.publishedAt().toString());
            json.put("language", "en");
            json.put("text", a.text());
            try {
                payloads.add(new Payload(a.url(), EventJson.mapper().writeValueAsBytes(json)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return payloads;
    }

    private Process startDevstack(int kafkaPort, int pgPort) throws Exception {
        Path log = root.resolve("bench/target/pipeline-devstack.log");
        Path module = root.resolve("tools/devstack/target");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx768m", "-cp", module.resolve("classes") + ":" + module.resolve("lib") + "/*",
                "io.wirecopy.devstack.DevStack", "--root", root.toString(), "--data", data.toString(), "--fresh",
                "--kafka-port", String.valueOf(kafkaPort), "--postgres-port", String.valueOf(pgPort),
                "--dedupe-instances", String.valueOf(dedupeInstances))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("devstack exited with " + p.exitValue() + "; see " + log);
            }
            if (Files.exists(log) && Files.readString(log).contains("running;")) {
                out.printf("  devstack up (Kafka localhost:%d, PostgreSQL localhost:%d, services 8080-8082; log %s)%n",
                        kafkaPort, pgPort, log);
                return p;
            }
            Thread.sleep(250);
        }
        p.destroy();
        throw new IllegalStateException("devstack did not start within 240 s; see " + log);
    }

    /** Adds the commit-time notification to the store's table and records when each URL became queryable. */
    private Thread listen(String jdbc, AtomicBoolean listening) throws SQLException {
        Connection c = DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE FUNCTION wirecopy_bench_notify() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN PERFORM pg_notify('" + CHANNEL + "', NEW.url); RETURN NEW; END $$");
            st.execute("CREATE TRIGGER wirecopy_bench_notify AFTER INSERT ON articles FOR EACH ROW"
                    + " EXECUTE FUNCTION wirecopy_bench_notify()");
            st.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        Thread t = new Thread(() -> {
            try (c) {
                while (listening.get()) {
                    PGNotification[] notes = pg.getNotifications(100);
                    long now = System.nanoTime();
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            queryable.putIfAbsent(n.getParameter(), now);
                        }
                    }
                }
            } catch (SQLException e) {
                out.println("  listener stopped: " + e.getMessage());
            }
        }, "bench-listener");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends the payloads ({@code perSecond} 0: all at once) and returns when the broker acknowledged
     * each one (nanoTime); fails if any was refused.
     */
    private static long[] send(KafkaProducer<String, byte[]> producer, List<Payload> payloads, double perSecond)
            throws InterruptedException {
        long[] acks = new long[payloads.size()];
        Exception[] failure = new Exception[1];
        long start = System.nanoTime();
        for (int i = 0; i < payloads.size(); i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            int index = i;
            producer.send(payloads.get(i).record(Topics.INGEST), (meta, e) -> {
                acks[index] = System.nanoTime();
                if (e != null) {
                    failure[0] = e;
                }
            });
        }
        producer.flush();
        if (failure[0] != null) {
            throw new IllegalStateException("the broker refused a record", failure[0]);
        }
        return acks;
    }

    /** Waits until every payload is queryable; returns when the last one became so. */
    private long await(List<Payload> payloads, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long reported = System.nanoTime();
        while (true) {
            long missing = payloads.stream().filter(p -> !queryable.containsKey(p.url())).count();
            if (missing == 0) {
                return payloads.stream().mapToLong(p -> queryable.get(p.url())).max().orElseThrow();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(missing + " of " + payloads.size() + " articles not queryable after "
                        + timeout + "; see " + data.resolve("logs"));
            }
            if (System.nanoTime() - reported > 10_000_000_000L) {
                reported = System.nanoTime();
                out.printf("  ... %,d of %,d queryable (%.0f s into the run)%n", payloads.size() - missing, payloads.size(),
                        (reported - runStart) / 1e9);
            }
            Thread.sleep(50);
        }
    }

    private double[] latencies(List<Payload> payloads, long[] acks) {
        double[] ms = new double[payloads.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = (queryable.get(payloads.get(i).url()) - acks[i]) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Articles that became queryable in each second since the run started. */
    private int[] perSecond() {
        long lastNanos = queryable.values().stream().mapToLong(Long::longValue).max().orElse(runStart);
        int[] counts = new int[(int) ((lastNanos - runStart) / 1_000_000_000L) + 1];
        for (long t : queryable.values()) {
            if (t >= runStart) {
                counts[(int) ((t - runStart) / 1_000_000_000L)]++;
            }
        }
        return counts;
    }

    /**
     * Produces the same records to a fresh topic of the same broker and consumes them, with the pipeline's
     * own client settings (an idempotent producer with {@code acks=all}, as ingest's and Kafka Streams'
     * under exactly-once are; a {@code read_committed} consumer, as dedupe's and the store's are); records
     * per second. The first tenth (at most 2,000) is sent and read first as a warm-up, untimed, as the
     * pipeline's is.
     */
    private static double kafkaBaseline(String bootstrap, List<Payload> payloads) throws Exception {
        String topic = "bench.baseline";
        KafkaBroker.createTopics(bootstrap, 1, List.of(topic));
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-baseline");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        int warm = Math.min(2_000, Math.max(1, payloads.size() / 10));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            relay(producer, consumer, topic, payloads.subList(0, warm));
            List<Payload> timed = payloads.subList(warm, payloads.size());
            long start = System.nanoTime();
            relay(producer, consumer, topic, timed);
            return timed.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Sends the payloads from another thread and reads them back here; returns once all were read. */
    private static void relay(KafkaProducer<String, byte[]> producer, KafkaConsumer<String, byte[]> consumer, String topic,
            List<Payload> payloads) throws Exception {
        Thread sender = new Thread(() -> {
            for (Payload p : payloads) {
                producer.send(p.record(topic));
            }
            producer.flush();
        });
        sender.start();
        int received = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (received < payloads.size() && System.nanoTime() < deadline) {
            received += consumer.poll(Duration.ofMillis(200)).count();
        }
        sender.join();
        if (received < payloads.size()) {
            throw new IllegalStateException("the Kafka baseline read " + received + " of " + payloads.size());
        }
    }

    /**
     * Copies out every row the store wrote (all tables but Flyway's, without generated columns), then
     * times loading them with COPY into a fresh database migrated by the same Flyway scripts, in one
     * transaction. Articles per second.
     */
    static double copyBaseline(String jdbc) throws Exception {
        List<String> tables = List.of("stories", "articles", "applied_events", "passages", "passage_groups",
                "passage_occurrences");
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, byte[]> rows = new LinkedHashMap<>();
        long articleRows;
        try (Connection c = DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement st = c.createStatement()) {
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                        + table + "' AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                columns.put(table, String.join(", ", names));
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " (" + columns.get(table) + ") TO STDOUT",
                        buffer);
                rows.put(table, buffer.toByteArray());
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
                rs.next();
                articleRows = rs.getLong(1);
            }
            st.execute("DROP DATABASE IF EXISTS bench_copy");
            st.execute("CREATE DATABASE bench_copy");
        }
        String copyJdbc = jdbc.substring(0, jdbc.lastIndexOf('/') + 1) + "bench_copy";
        Flyway.configure().dataSource(copyJdbc, PostgresServer.USER, PostgresServer.PASSWORD)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(copyJdbc, PostgresServer.USER, PostgresServer.PASSWORD)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (String table : tables) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns.get(table) + ") FROM STDIN",
                        new StringReader(new String(rows.get(table), StandardCharsets.UTF_8)));
            }
            c.commit();
            return articleRows / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** CPU seconds used so far by the devstack process (the Kafka broker), each service, PostgreSQL and this bench. */
    private Map<String, Double> cpu(Process stack) throws IOException {
        return perProcess(stack, Processes::cpuSeconds, Processes.postgresCpuSeconds(data.resolve("postgres")));
    }

    /** The part of {@link #cpu} that each JVM's JIT compiler threads used (PostgreSQL has none). */
    private Map<String, Double> jit(Process stack) {
        return perProcess(stack, Processes::jitCpuSeconds, 0.0);
    }

    private Map<String, Double> perProcess(Process stack, java.util.function.LongToDoubleFunction seconds, double postgres) {
        Map<String, Double> by = new LinkedHashMap<>();
        services(stack).forEach((name, pid) -> by.put(name, seconds.applyAsDouble(pid)));
        by.put("postgres", postgres);
        by.put("bench (producer, listener)", seconds.applyAsDouble(ProcessHandle.current().pid()));
        return by;
    }

    /** What each process used between two readings. */
    private static Map<String, Double> since(Map<String, Double> before, Map<String, Double> now) {
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((k, v) -> used.put(k, v - before.getOrDefault(k, 0.0)));
        return used;
    }

    private static Map<String, Double> perArticle(Map<String, Double> seconds, int articles) {
        Map<String, Double> ms = new LinkedHashMap<>();
        seconds.forEach((k, v) -> ms.put(k, Math.round(v * 1e4 / articles) / 10.0));
        return ms;
    }

    /** Peak resident memory (VmHWM) of the devstack process and of each process under it, by name. */
    private Map<String, Long> peakMemory(Process stack) throws IOException {
        Map<String, Long> peak = new LinkedHashMap<>();
        services(stack).forEach((name, pid) -> peak.put(name, Processes.peakRss(pid)));
        peak.putAll(Processes.postgres(data.resolve("postgres")));
        peak.put("bench (producer, listener)", Processes.peakRss(ProcessHandle.current().pid()));
        return peak;
    }

    /** The devstack process (which runs the Kafka broker) and each service under it: name → pid. */
    private static Map<String, Long> services(Process stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("devstack (Kafka broker)", stack.pid());
        for (ProcessHandle child : stack.descendants().toList()) {
            String cmd = String.join(" ", child.info().arguments().orElse(new String[0]));
            for (String service : List.of("ingest-service", "dedupe-service", "store-service")) {
                if (cmd.contains(service)) {
                    String name = service;
                    for (int n = 2; pids.containsKey(name); n++) {
                        name = service + " #" + n; // another instance of it
                    }
                    pids.put(name, child.pid());
                }
            }
        }
        return pids;
    }
}
