package io.wirecopy.bench;

import io.wirecopy.testing.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged store-service as the benches run it: its own JVM (256 MB, serial GC, as in compose), on a given
 * PostgreSQL and broker. {@code STORE_JAR} runs another build (a commit's jar to compare with), {@code
 * STORE_JAVA_OPTS} adds JVM options (a flight recording of the run).
 */
final class StoreJar {

    private StoreJar() {
    }

    static Process start(Path root, PostgresServer pg, String bootstrap, int port, String log) throws IOException {
        String jar = System.getenv().getOrDefault("STORE_JAR",
                root.resolve("store-service/target/quarkus-app/quarkus-run.jar").toString());
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC"));
        String opts = System.getenv("STORE_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) {
            command.addAll(List.of(opts.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("bench/target/" + log).toFile());
        pb.environment().put("STORE_DB_URL", pg.jdbcUrl());
        pb.environment().put("STORE_DB_USER", PostgresServer.USER);
        pb.environment().put("STORE_DB_PASSWORD", PostgresServer.PASSWORD);
        pb.environment().put("STORE_HTTP_PORT", String.valueOf(port));
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        return pb.start();
    }

    /** Waits until {@code path} (a health check) answers 200, for two minutes at most. */
    static void await(int port, String path, String log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("store-service did not start; see bench/target/" + log);
    }
}
