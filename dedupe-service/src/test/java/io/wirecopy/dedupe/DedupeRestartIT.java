package io.wirecopy.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.messaging.StreamsWorker;
import io.wirecopy.dedupe.service.CorpusQualityTest;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.TopicProbe;
import io.wirecopy.testing.corpus.BaseStory;
import io.wirecopy.testing.corpus.DecisionFold;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across crashes, on a real broker: a labelled corpus goes into {@code news.articles};
 * the topology runs in a child JVM that is killed (SIGKILL) as soon as its first decisions are committed,
 * restarted on the same state directory, killed again as soon as it has committed more, and restarted on an empty state
 * directory (state restored from the changelogs). Every article gets exactly one committed decision,
 * and the stories are those an uninterrupted run makes.
 */
class DedupeRestartIT {

    static final String BOOTSTRAP = Infrastructure.get().kafkaBootstrapServers();
    /** Topics of its own, so the packaged service of the other ITs does not take part. */
    static final String IN = "restart-it.articles";
    static final String OUT = "restart-it.dedupe";

    @Test
    void killedAndRestartedMidStreamDecidesEveryArticleOnce() throws Exception {
        // more copies per story than the default corpus, so the stream lasts long enough to be cut
        List<LabelledArticle> corpus = WireCorpus.generate(6, new WireCorpus.Options(6, 14, 0.35, 0.3, 0.25, 0.5, 0.3,
                0.1, 0.15), BaseStory.bundled()).articles();
        Set<String> ids = new HashSet<>();
        List<Map.Entry<String, String>> records = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        for (LabelledArticle a : corpus) {
            ids.add(a.id());
            records.add(Map.entry(a.id(), EventJson.write(ArticleIngested.of(a.article(), at))));
        }
        String app = "dedupe-restart-it-" + System.nanoTime();
        KafkaBroker.createTopics(BOOTSTRAP, 1, List.of(IN, OUT));
        TopicProbe.sendAll(BOOTSTRAP, IN, records);

        Path state = Files.createTempDirectory(Path.of("target"), "restart-state");
        Process worker = start(app, state);
        awaitDecisions(ids, n -> n >= 1);
        worker.destroyForcibly().waitFor();
        long first = committedDecisions(ids);
        assertThat(first).as("killed in the middle of the stream").isBetween(1L, ids.size() - 1L);

        worker = start(app, state);
        awaitDecisions(ids, n -> n > first);
        worker.destroyForcibly().waitFor();
        long second = committedDecisions(ids);
        assertThat(second).as("killed again in the middle of the stream").isBetween(first + 1, ids.size() - 1L);

        worker = start(app, Files.createTempDirectory(Path.of("target"), "restart-fresh-state"));
        try {
            List<DedupeEvent> events = awaitDecisions(ids, n -> n >= ids.size());
            DecisionFold fold = new DecisionFold();
            fold.acceptAll(events);
            List<String> decided = events.stream().filter(e -> e instanceof ArticleDeduplicated)
                    .map(e -> ((ArticleDeduplicated) e).article().id()).toList();
            assertThat(decided).as("one decision per article").hasSize(ids.size()).doesNotHaveDuplicates();

            DecisionFold uninterrupted = CorpusQualityTest.run(corpus);
            assertThat(fold.storiesByCanonical()).isEqualTo(uninterrupted.storiesByCanonical());
        } finally {
            worker.destroyForcibly().waitFor();
        }
    }

    private static Process start(String app, Path stateDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StreamsWorker.class.getName(), BOOTSTRAP, app, stateDir.toAbsolutePath().toString(), IN, OUT)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/" + app + ".log"))
                .start();
    }

    /** How many decisions for these articles are committed now (what a read_committed consumer sees in a few seconds). */
    private static long committedDecisions(Set<String> ids) {
        return decisions(TopicProbe.readUntil(BOOTSTRAP, OUT, r -> false, Duration.ofSeconds(3)), ids);
    }

    /** The records that are decisions ({@code ArticleDeduplicated}, not merges) for these articles. */
    private static long decisions(List<ConsumerRecord<byte[], byte[]>> records, Set<String> ids) {
        return records.stream().filter(x -> ids.contains(new String(x.key())))
                .filter(x -> TopicProbe.value(x).contains("\"type\":\"ArticleDeduplicated\"")).count();
    }

    /** Reads the committed decisions on {@code news.dedupe} for these articles until {@code enough} of them. */
    private static List<DedupeEvent> awaitDecisions(Set<String> ids, Predicate<Long> enough) {
        List<ConsumerRecord<byte[], byte[]>> read = TopicProbe.readUntil(BOOTSTRAP, OUT,
                r -> enough.test(decisions(r, ids)),
                Duration.ofSeconds(120));
        List<DedupeEvent> events = read.stream().filter(x -> ids.contains(new String(x.key())))
                .map(x -> EventJson.read(TopicProbe.value(x), DedupeEvent.class)).toList();
        assertThat(events.stream().filter(e -> e instanceof ArticleDeduplicated).count())
                .as("decisions seen within the timeout").matches(n -> enough.test(n));
        return events;
    }
}
