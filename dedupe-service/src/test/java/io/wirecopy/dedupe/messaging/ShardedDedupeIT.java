package io.wirecopy.dedupe.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.service.ShardSimulation;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.TopicProbe;
import io.wirecopy.testing.corpus.BaseStory;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Dedupe over three key shards on a real broker, in three instances (child JVMs of one Kafka Streams application,
 * one standby replica of each task's stores): the sequencer, the shards and the spine spread over them. One instance is
 * killed (SIGKILL) once decisions of the first half of the articles are committed, the second half is sent while it is
 * down, and it is started again on its state directory: its tasks move to the others and back. Every article gets one committed decision, and the decisions are one engine's, event for event (but for
 * the time they were made and the event id it gives).
 */
class ShardedDedupeIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();
    /** Topics of its own, so the packaged service of the other ITs does not take part. */
    static final String IN = "sharded-it.articles";
    static final String OUT = "sharded-it.dedupe";
    static final int SHARDS = 3;

    @Test
    void threeInstancesOneKilledMidStreamDecideAsOneEngine() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        List<Article> articles = ShardSimulation.withResentAndRevised(WireCorpus.generate(6,
                new WireCorpus.Options(6, 14, 0.35, 0.3, 0.25, 0.5, 0.3, 0.1, 0.15), BaseStory.bundled()).articles().stream()
                .map(LabelledArticle::article).toList(), at);
        DedupeConfig config = ShardedTopologyTest.sharded(SHARDS);
        List<String> one = new ArrayList<>();
        for (String d : ShardSimulation.oneEngine(articles, config, at)) {
            if (!d.startsWith("RESENT")) {
                one.add(withoutTimes(d));
            }
        }
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (Article a : articles) {
            records.add(Map.entry(a.id(), EventJson.write(ArticleIngested.of(a, at))));
        }
        String app = "dedupe-sharded-it-" + System.nanoTime();
        KafkaBroker.createTopics(BOOTSTRAP, 1, List.of(IN, OUT, IN + ".dlq"));
        ShardedTopology.createTopics(BOOTSTRAP, OUT, SHARDS);
        int half = records.size() / 2;
        TopicProbe.sendAll(BOOTSTRAP, IN, records.subList(0, half));

        List<Path> states = new ArrayList<>();
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            states.add(Files.createTempDirectory(Path.of("target"), "sharded-state-" + i));
            workers.add(start(app, states.get(i), i));
        }
        try {
            awaitDecisions(n -> n >= 20);
            assertThat(membersReading(app, ShardedTopology.requests(OUT))).as("instances holding key shards").isGreaterThan(1);
            workers.get(0).destroyForcibly().waitFor();
            long cut = decisions(TopicProbe.readUntil(BOOTSTRAP, OUT, r -> false, Duration.ofSeconds(3)));
            assertThat(cut).as("killed in the middle of the stream").isBetween(1L, one.size() - 1L);
            TopicProbe.sendAll(BOOTSTRAP, IN, records.subList(half, records.size())); // the rest while one is down
            awaitDecisions(n -> n > cut);
            workers.set(0, start(app, states.get(0), 0));

            List<ConsumerRecord<byte[], byte[]>> read = awaitDecisions(n -> n >= one.size());
            List<String> values = read.stream().map(TopicProbe::value).toList();
            List<String> sharded = ShardedTopologyTest.decisions(values).stream().map(ShardedDedupeIT::withoutTimes).toList();
            assertThat(sharded).as("one decision per article").hasSize(one.size());
            int first = ShardedTopologyTest.firstDifference(sharded, one);
            assertThat(first).as("the first decision that differs from one engine's: %s",
                    first < 0 ? "" : sharded.get(first).lines().findFirst().orElse("")).isEqualTo(-1);
        } finally {
            for (Process w : workers) {
                w.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * A decision's events without the time it was made (and a version's time seen) and the event ids: the workers run
     * on the wall clock.
     */
    static String withoutTimes(String decision) {
        return decision.replaceAll("\"(occurredAt|seenAt|eventId)\":\"[^\"]*\",?", "");
    }

    private static Process start(String app, Path stateDir, int instance) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                StreamsWorker.class.getName(), BOOTSTRAP, app, stateDir.toAbsolutePath().toString(), IN, OUT,
                Integer.toString(SHARDS), "1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/" + app + "-" + instance + ".log")))
                .start();
    }

    /** How many members of the application's group read a partition of {@code topic}. */
    private static long membersReading(String app, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            return admin.describeConsumerGroups(List.of(app)).all().get().get(app).members().stream()
                    .filter(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)))
                    .count();
        }
    }

    /** The decisions ({@code ArticleDeduplicated} and {@code ArticleRevised}) among the records. */
    private static long decisions(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(TopicProbe::value)
                .filter(v -> v.contains("\"type\":\"ArticleDeduplicated\"") || v.contains("\"type\":\"ArticleRevised\""))
                .count();
    }

    /** Reads the committed records of the dedupe topic until {@code enough} decisions are among them. */
    private static List<ConsumerRecord<byte[], byte[]>> awaitDecisions(LongPredicate enough) {
        List<ConsumerRecord<byte[], byte[]>> read = TopicProbe.readUntil(BOOTSTRAP, OUT, r -> enough.test(decisions(r)),
                Duration.ofSeconds(240));
        assertThat(decisions(read)).as("decisions seen within the timeout").matches(enough::test);
        return read;
    }
}
