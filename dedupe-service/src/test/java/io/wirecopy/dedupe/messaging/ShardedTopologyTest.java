package io.wirecopy.dedupe.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.ShardSimulation;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.QuotesRendered;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.WireCorpus;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The sharded topology ({@code wirecopy.dedupe.shards}) on a test driver: the sequencer, the key shards and the spine as
 * Kafka Streams runs them, their topics and stores included, decide a corpus of near and exact copies, briefs, lifted
 * quotes, re-sends and new versions as one engine does, event for event; a record written straight to a topic between
 * them is dead-lettered and stops nothing.
 */
class ShardedTopologyTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static DedupeConfig sharded(int shards) {
        return StandaloneConfig.with(Map.of("wirecopy.dedupe.shards", Integer.toString(shards)));
    }

    private static TopologyTestDriver driver(DedupeConfig config, java.nio.file.Path state) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sharded-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new TopologyTestDriver(new DedupeTopology(new SimpleMeterRegistry(), config,
                Clock.fixed(AT.toInstant(), AT.getOffset()), Topics.ARTICLES, Topics.DEDUPE).topology(), props);
    }

    /** The decisions on {@code news.dedupe} as {@link ShardSimulation#oneEngine} writes them: outcome, then events. */
    static List<String> decisions(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            DedupeEvent e = EventJson.read(v, DedupeEvent.class);
            if (e instanceof QuotesRendered) {
                continue; // the renderings step's, after the decisions
            }
            String json = EventJson.write(e);
            if (e instanceof io.wirecopy.shared.event.ArticleDeduplicated d) {
                out.add(d.relation().name() + "\n" + json);
            } else if (e instanceof io.wirecopy.shared.event.ArticleRevised) {
                out.add("REVISED\n" + json);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + json); // a merge, after its decision
            }
        }
        return out;
    }

    static int firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void threeShardsDecideAsOneEngineAndForgedRecordsBetweenThemStopNothing() throws Exception {
        DedupeConfig config = sharded(3);
        List<Article> articles = ShardSimulation.withResentAndRevised(
                WireCorpus.generate(5).articles().stream().map(LabelledArticle::article).toList(), AT);
        List<String> one = new ArrayList<>();
        for (String d : ShardSimulation.oneEngine(articles, config, AT)) {
            if (!d.startsWith("RESENT")) {
                one.add(d);
            }
        }
        assertThat(one).anyMatch(d -> d.startsWith("NEAR")).anyMatch(d -> d.startsWith("EXACT"))
                .anyMatch(d -> d.startsWith("REVISED"));
        java.nio.file.Path state = Files.createTempDirectory("sharded-test");
        List<String> out = new ArrayList<>();
        try (TopologyTestDriver driver = driver(config, state)) {
            TestInputTopic<String, String> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new StringSerializer());
            TestInputTopic<String, String> requests = driver.createInputTopic(ShardedTopology.requests(Topics.DEDUPE),
                    new StringSerializer(), new StringSerializer());
            TestInputTopic<String, String> answers = driver.createInputTopic(ShardedTopology.answers(Topics.DEDUPE),
                    new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> decided = driver.createOutputTopic(Topics.DEDUPE, new StringDeserializer(),
                    new StringDeserializer());
            TestOutputTopic<String, String> dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ, new StringDeserializer(),
                    new StringDeserializer());
            for (int i = 0; i < articles.size(); i++) {
                in.pipeInput(articles.get(i).id(), EventJson.write(ArticleIngested.of(articles.get(i), AT)));
                if (i == 10) {
                    in.pipeInput("garbage", "{not json");
                    // written straight to the topics between the steps: no request, an answer whose arrays disagree
                    requests.pipeInput("0", "{\"shard\":0}");
                    answers.pipeInput("11", "{\"position\":11,\"shard\":0,\"bands\":[1],\"buckets\":[],\"bucketSeqs\":[],"
                            + "\"fingerprints\":[],\"carriers\":[],\"carrying\":[]}");
                }
            }
            out.addAll(decided.readValuesToList());
            assertThat(dlq.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("garbage", "0", "11");
        }
        List<String> sharded = decisions(out);
        int first = firstDifference(sharded, one);
        assertThat(first).as("the first decision that differs (of %d and %d): %s", sharded.size(), one.size(),
                first < 0 ? "" : (first < sharded.size() ? sharded.get(first).lines().findFirst().orElse("") : "-") + " / "
                        + (first < one.size() ? one.get(first).lines().findFirst().orElse("") : "-")).isEqualTo(-1);
    }
}
