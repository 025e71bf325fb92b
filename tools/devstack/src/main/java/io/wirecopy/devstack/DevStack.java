package io.wirecopy.devstack;

import io.wirecopy.shared.Topics;
import io.wirecopy.shared.retry.Backoff;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The whole Wirecopy stack on one machine without Docker: a real Kafka broker (KRaft, in this JVM), a
 * real PostgreSQL (embedded binaries), the topics, and the three service jars as child processes on
 * the contract's ports. All state lives under the data directory, so a restart keeps the stories. A
 * service or PostgreSQL that dies is started again (with backoff, logged), as compose's
 * {@code restart: unless-stopped} does.
 */
public final class DevStack implements AutoCloseable {

    /** A service jar to run, its port and its environment. */
    /** A service: its name, HTTP port, environment and heap ({@code -Xmx}; dedupe keeps its index in memory). */
    record Service(String name, int port, Map<String, String> env, String heap) {
    }

    /**
     * What to start: {@code dedupeInstances} dedupe services (one application, ports 8082 on), deciding over
     * {@code shards} key shards (0: one task, the default, only with one instance).
     */
    public record Options(Path root, Path data, boolean fresh, int kafkaPort, int postgresPort, Duration startTimeout,
            int dedupeInstances, int shards) {
        public Options(Path root, Path data, boolean fresh, int kafkaPort, int postgresPort, Duration startTimeout) {
            this(root, data, fresh, kafkaPort, postgresPort, startTimeout, 1, 0);
        }

        static Options parse(String[] args) {
            Path root = Path.of("").toAbsolutePath();
            Path data = null;
            boolean fresh = false;
            int kafkaPort = 9092;
            int pgPort = 0;
            int instances = 1;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                    case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                    case "--fresh" -> fresh = true;
                    case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                    case "--postgres-port" -> pgPort = Integer.parseInt(args[++i]);
                    case "--dedupe-instances" -> instances = Integer.parseInt(args[++i]);
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "-h", "--help" -> {
                        System.out.println("""
                                usage: ./devstack [--data DIR] [--fresh] [--kafka-port 9092] [--postgres-port N]
                                                  [--dedupe-instances N] [--partitions N]
                                  --data DIR              keep all state (Kafka logs, PostgreSQL, dedupe stores, logs) in DIR (default .devstack)
                                  --fresh                 wipe DIR first
                                  --kafka-port N          Kafka's port (default 9092)
                                  --postgres-port N       PostgreSQL's port (default: a free one)
                                  --dedupe-instances N    run N dedupe services (ports 8082 on) over key shards, one standby
                                                          replica of each task's stores (default 1: one task, no shards)
                                  --partitions N          key shards, the partitions of news.dedupe.requests (default: the
                                                          instances when more than one); set once per data directory""");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "' (try --help)");
                }
            }
            if (instances < 1 || partitions < 0) {
                throw new IllegalArgumentException("--dedupe-instances must be at least 1 and --partitions at least 0");
            }
            int shards = partitions > 0 ? partitions : instances > 1 ? instances : 0;
            return new Options(root, data == null ? root.resolve(".devstack") : data, fresh, kafkaPort, pgPort,
                    Duration.ofSeconds(180), instances, shards);
        }
    }

    private final Options options;
    private final List<Supervised> services = new ArrayList<>();
    private final ScheduledExecutorService supervision = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "devstack-supervision");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private int postgresPort;
    private int postgresFailures;
    private int postgresRestarts;
    /** Set by {@link #close()}; a start still under way stops at its next step. */
    private volatile boolean closed;

    private DevStack(Options options) {
        this.options = options;
    }

    /** Starts everything and returns once all three services report ready; stops what it started if one fails. */
    public static DevStack start(Options options) throws IOException, InterruptedException {
        return start(options, stack -> { });
    }

    /** As {@link #start(Options)}, handing the stack to {@code starting} first, so a shutdown hook can stop a start under way. */
    static DevStack start(Options options, java.util.function.Consumer<DevStack> starting)
            throws IOException, InterruptedException {
        DevStack stack = new DevStack(options);
        starting.accept(stack);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Path data = options.data();
        if (options.fresh()) {
            deleteTree(data);
        }
        Path logs = Files.createDirectories(data.resolve("logs"));
        Map<String, String> jars = new java.util.HashMap<>();
        for (String name : List.of("ingest-service", "dedupe-service", "store-service")) {
            Path jar = options.root().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build with ./mvnw install -DskipTests");
            }
            jars.put(name, jar.toString());
        }

        log("starting Kafka on localhost:%d (logs in %s)", options.kafkaPort(), data.resolve("kafka"));
        KafkaBroker broker = KafkaBroker.start(options.kafkaPort(), data.resolve("kafka"));
        keep(() -> kafka = broker, broker);
        KafkaBroker.createTopics(kafka.bootstrapServers(), 1, Topics.ALL);
        log("starting PostgreSQL (data in %s)", data.resolve("postgres"));
        PostgresServer pg = PostgresServer.start(options.postgresPort(), data.resolve("postgres"));
        keep(() -> postgres = pg, pg);
        postgresPort = pg.port();
        supervision.scheduleWithFixedDelay(this::watchPostgres, 1, 1, TimeUnit.SECONDS);

        String bootstrap = kafka.bootstrapServers();
        List<Service> services = new ArrayList<>();
        services.add(new Service("ingest-service", 8081, Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap), "256m"));
        for (int i = 0; i < options.dedupeInstances(); i++) {
            // one application: the instances share the work (and, with shards, the postings), each its own stores
            services.add(new Service(i == 0 ? "dedupe-service" : "dedupe-service-" + (i + 1), 8082 + i, Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                    "DEDUPE_HTTP_PORT", Integer.toString(8082 + i),
                    "DEDUPE_STATE_DIR", data.resolve(i == 0 ? "dedupe-state" : "dedupe-state-" + (i + 1)).toString(),
                    "WIRECOPY_DEDUPE_SHARDS", Integer.toString(options.shards()),
                    "DEDUPE_STANDBY_REPLICAS", options.dedupeInstances() > 1 ? "1" : "0"), "1g"));
        }
        services.add(new Service("store-service", 8080, Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "STORE_DB_URL", postgres.jdbcUrl(), "STORE_DB_USER", PostgresServer.USER,
                "STORE_DB_PASSWORD", PostgresServer.PASSWORD), "256m"));
        String java = ProcessHandle.current().info().command().orElse("java");
        for (Service s : services) {
            String jar = jars.get(s.name().startsWith("dedupe-service") ? "dedupe-service" : s.name());
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + s.heap(), "-XX:+UseSerialGC", "-jar", jar)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(s.name() + ".log").toFile()));
            pb.environment().putAll(s.env());
            Supervised supervised = new Supervised(s, pb, logs.resolve(s.name() + ".log"));
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("stopped while starting");
                }
                this.services.add(supervised);
                supervised.start();
            }
            log("started %s (pid %d, log %s)", s.name(), supervised.process.pid(), supervised.log);
        }
        for (Supervised s : this.services) {
            awaitReady(s.service, s.process, s.log);
        }
        log("ready in %.1f s", (System.nanoTime() - t0) / 1e9);
        System.out.printf("""

                  store (query API, web page)  http://localhost:8080/   (OpenAPI: /q/swagger-ui)
                  ingest                       http://localhost:8081/articles  /feeds
                  dedupe (health, metrics)     http://localhost:8082/q/health%s
                  Kafka                        %s
                  PostgreSQL                   %s  (user %s)
                  data and logs                %s

                """, options.dedupeInstances() > 1 ? " (and on to " + (8081 + options.dedupeInstances()) + "; "
                        + options.shards() + " key shards)" : "", bootstrap, postgres.jdbcUrl(), PostgresServer.USER, data);
    }

    private void awaitReady(Service s, Process p, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(s.name() + " exited with " + p.exitValue() + "; see " + log);
            }
            if (ready(s)) {
                log("%s is ready on port %d", s.name(), s.port());
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(s.name() + " was not ready within " + options.startTimeout().toSeconds()
                + " s; see " + log);
    }

    /** Whether every service answers its {@code /q/health/ready} with 200 now. */
    public boolean allReady() throws InterruptedException {
        for (Supervised s : services) {
            if (!ready(s.service)) {
                return false;
            }
        }
        return true;
    }

    private boolean ready(Service s) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening (yet, or any more)
        }
    }

    /** Keeps a started component, or stops it at once if the stack was closed meanwhile. */
    private synchronized void keep(Runnable assign, AutoCloseable component) {
        if (closed) {
            try {
                component.close();
            } catch (Exception e) {
                // stopping anyway
            }
            throw new IllegalStateException("stopped while starting");
        }
        assign.run();
    }

    /** Stops the services (and their children), then PostgreSQL, then Kafka. */
    @Override
    public synchronized void close() {
        closed = true;
        supervision.shutdownNow();
        for (Supervised s : services) {
            Process p = s.process;
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Supervised s : services) {
            Process p = s.process;
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        services.clear();
        if (postgres != null) {
            closeQuietly(postgres);
            postgres = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** The Kafka bootstrap servers, {@code localhost:port}. */
    public synchronized String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of the stack's database (the port stays the same across restarts). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + PostgresServer.DATABASE;
    }

    /** How many times a service was restarted after it died. */
    public int restarts(String service) {
        return supervised(service).restarts;
    }

    /** How many times PostgreSQL was restarted after it died. */
    public int postgresRestarts() {
        return postgresRestarts;
    }

    /** Kills a service with SIGKILL, as a crash would; supervision restarts it. */
    public void kill(String service) {
        Process p = supervised(service).process;
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /**
     * Kills PostgreSQL's postmaster with SIGKILL (its pid from {@code postmaster.pid}); supervision
     * notices within seconds and starts it again on the same data and port.
     */
    public void killPostgres() throws IOException, InterruptedException {
        Path pidFile = options.data().resolve("postgres/postmaster.pid");
        String pid = Files.readAllLines(pidFile).get(0).strip();
        Process kill = new ProcessBuilder("kill", "-KILL", pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("cannot kill the postmaster, pid " + pid);
        }
    }

    /** Stops the Kafka broker and starts it again on the same port and log directory. */
    public synchronized void restartKafka() {
        kafka.close();
        kafka = KafkaBroker.start(options.kafkaPort(), options.data().resolve("kafka"));
        log("Kafka restarted on %s", kafka.bootstrapServers());
    }

    private Supervised supervised(String service) {
        return services.stream().filter(s -> s.service.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + service));
    }

    /** A connection every second; after two failures in a row PostgreSQL is started again, as compose would. */
    private void watchPostgres() {
        if (closed) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            postgresFailures = 0;
        } catch (SQLException e) {
            if (++postgresFailures < 2) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    return;
                }
                log("PostgreSQL does not answer (%s); starting it again on port %d", e.getMessage(), postgresPort);
                closeQuietly(postgres);
                try {
                    postgres = PostgresServer.start(postgresPort, options.data().resolve("postgres"));
                    postgresRestarts++;
                    postgresFailures = 0;
                    log("PostgreSQL is back on port %d", postgresPort);
                } catch (RuntimeException startFailed) {
                    log("PostgreSQL did not start (%s); trying again", startFailed.getMessage());
                }
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // it is dead already, or going
        }
    }

    /**
     * A service process kept running as compose's {@code restart: unless-stopped} does: when it exits
     * without being stopped it is started again after a wait that doubles from 1 s to 30 s, back to 1 s
     * once it has run for a minute; every exit and restart is logged.
     */
    private final class Supervised {
        final Service service;
        final ProcessBuilder builder;
        final Path log;
        volatile Process process;
        volatile int restarts;
        private int attempt;
        private long startedAt;
        private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

        Supervised(Service service, ProcessBuilder builder, Path log) {
            this.service = service;
            this.builder = builder;
            this.log = log;
        }

        void start() throws IOException {
            startedAt = System.nanoTime();
            Process p = builder.start();
            process = p;
            p.onExit().thenAccept(this::exited);
        }

        private void exited(Process p) {
            if (closed) {
                return;
            }
            if (System.nanoTime() - startedAt > TimeUnit.MINUTES.toNanos(1)) {
                attempt = 0;
            }
            Duration wait = backoff.delay(attempt++);
            DevStack.log("%s exited with %d; starting it again in %d s (see %s)", service.name(), p.exitValue(),
                    wait.toSeconds(), log);
            supervision.schedule(() -> {
                synchronized (DevStack.this) {
                    if (closed) {
                        return;
                    }
                    try {
                        start();
                        restarts++;
                        DevStack.log("restarted %s (pid %d)", service.name(), process.pid());
                    } catch (IOException e) {
                        DevStack.log("cannot start %s: %s", service.name(), e.getMessage());
                        exited(p);
                    }
                }
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.data().resolve("logs"));
        // the broker and PostgreSQL log through SLF4J: to a file, not the terminal
        System.setProperty("org.slf4j.simpleLogger.logFile", options.data().resolve("logs/devstack.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<DevStack> stack = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping ...");
            long t0 = System.nanoTime();
            DevStack running = stack.get();
            if (running != null) {
                running.close();
            }
            log("stopped in %.1f s", (System.nanoTime() - t0) / 1e9);
            stopped.countDown();
        }, "devstack-stop"));
        try {
            start(options, stack::set);
        } catch (Exception e) {
            log("failed: %s", e.getMessage() != null ? e.getMessage() : e.toString());
            System.exit(1);
        }
        log("running; Ctrl-C stops everything");
        stopped.await();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[devstack] " + format + "%n", args);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
