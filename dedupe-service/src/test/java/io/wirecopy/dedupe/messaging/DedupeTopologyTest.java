package io.wirecopy.dedupe.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class DedupeTopologyTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    static ArticleIngested article(String url, String text) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(url, text), url, "src", "T", null, null, null, text,
                ArticleIds.contentHash(text)), AT);
    }

    /** The topology on a test driver: exactly-once, its own state directory, the clock at 12:00. */
    private TopologyTestDriver driver(String application) throws java.io.IOException {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(application).toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new TopologyTestDriver(new DedupeTopology(metrics, StandaloneConfig.defaults(),
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), Topics.ARTICLES, Topics.DEDUPE)
                .topology(), props);
    }

    @Test
    void renderingsFollowTheirDecisionAsAnEventOfTheirOwnAndARecordWrittenStraightToTheTopicStopsNothing() throws Exception {
        try (TopologyTestDriver driver = driver("renderings-test")) {
            TestInputTopic<String, String> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new StringSerializer());
            TestInputTopic<String, String> decisions = driver.createInputTopic(Topics.DEDUPE, new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic(Topics.DEDUPE, new StringDeserializer(), new StringDeserializer());
            ArticleIngested a = article("https://a.example/r", """
                    Iranian President Hassan Rouhani spoke on Saturday about the fighting in Iraq.

                    "We are ready to help the Iraqi government fight the terrorists," Rouhani said.""");
            ArticleIngested b = article("https://b.example/r", """
                    President Hassan Rouhani of Iran said on Saturday that his country might work with Washington.

                    "We stand ready to assist the government of Iraq in fighting terrorists," Rouhani told reporters.""");
            in.pipeInput(a.article().id(), EventJson.write(a));
            // written straight to the topic: a forged decision that carries a quote, and one that carries none (not even read)
            decisions.pipeInput("forged", "{\"type\":\"ArticleDeduplicated\",\"eventId\":\"nonsense\",\"quotes\":[{\"id\":\"q_1\"}]}");
            decisions.pipeInput("forged", "{\"type\":\"ArticleDeduplicated\",\"eventId\":\"nonsense\"}");
            decisions.pipeInput("garbage", "{not json");
            in.pipeInput(b.article().id(), EventJson.write(b));

            List<KeyValue<String, String>> records = out.readKeyValuesToList().stream()
                    .filter(kv -> !kv.key.equals("forged") && !kv.key.equals("garbage")).toList();
            assertThat(records).extracting(kv -> EventJson.read(kv.value, io.wirecopy.shared.event.DedupeEvent.class).getClass().getSimpleName())
                    .containsExactly("ArticleDeduplicated", "ArticleDeduplicated", "QuotesRendered");
            ArticleDeduplicated first = EventJson.read(records.get(0).value, ArticleDeduplicated.class);
            ArticleDeduplicated second = EventJson.read(records.get(1).value, ArticleDeduplicated.class);
            assertThat(second.quotes()).singleElement().satisfies(q -> {
                assertThat(q.id()).isNotEqualTo(first.quotes().get(0).id());
                assertThat(q.renderings()).as("the decision does not wait for them").isEmpty();
            });
            assertThat(records.get(2).key).isEqualTo(b.article().id());
            io.wirecopy.shared.event.QuotesRendered rendered = EventJson.read(records.get(2).value, io.wirecopy.shared.event.QuotesRendered.class);
            assertThat(rendered.quotes()).singleElement().satisfies(r -> {
                assertThat(r.quoteId()).isEqualTo(second.quotes().get(0).id());
                assertThat(r.renderings()).extracting(io.wirecopy.shared.event.Quote.Rendering::quoteId)
                        .containsExactly(first.quotes().get(0).id());
            });
            assertThat(metrics.counter("wirecopy.dedupe.renderings.skipped").count()).isEqualTo(2.0);
        }
    }

    @Test
    void foldsExactCopiesDeadLettersGarbageAndIgnoresResends() throws Exception {
        try (TopologyTestDriver driver = driver("dedupe-test")) {
            TestInputTopic<String, String> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic(Topics.DEDUPE, new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<String, String> dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ, new StringDeserializer(), new StringDeserializer());

            ArticleIngested a = article("https://a.example/1", "The same wire text.");
            ArticleIngested b = article("https://b.example/1", "The same wire text.");
            ArticleIngested c = article(null, "A different story.");
            in.pipeInput(a.article().id(), EventJson.write(a));
            in.pipeInput("garbage", "{not json");
            // a NUL in the text: the event refuses to exist (PostgreSQL would refuse it further down)
            String poisoned = EventJson.write(a).replace("The same wire text.", "The same\\u0000 wire text.");
            in.pipeInput("poisoned", poisoned);
            in.pipeInput(b.article().id(), EventJson.write(b));
            in.pipeInput(a.article().id(), EventJson.write(a));
            in.pipeInput(c.article().id(), EventJson.write(c));
            // a link rewritten on the topic to run script in a reader's browser: refused where it is read
            String scripted = EventJson.write(b).replace("https://b.example/1", "javascript:alert(document.cookie)");
            in.pipeInput("scripted", scripted);
            // a text over what ingest takes, written straight to the topic (it cost a decision seconds): refused where it is read
            String huge = EventJson.write(c).replace("A different story.", "\\u201Cword ".repeat(100_000));
            in.pipeInput("huge", huge);

            List<KeyValue<String, String>> records = out.readKeyValuesToList();
            assertThat(records).extracting(kv -> kv.key).containsExactly(a.article().id(), b.article().id(), c.article().id());
            List<ArticleDeduplicated> events = records.stream()
                    .map(kv -> EventJson.read(kv.value, ArticleDeduplicated.class)).toList();
            assertThat(events).extracting(ArticleDeduplicated::relation).containsExactly(Relation.NEW, Relation.EXACT, Relation.NEW);
            assertThat(events.get(1).storyId()).isEqualTo(events.get(0).storyId());
            assertThat(events.get(2).storyId()).isNotEqualTo(events.get(0).storyId());
            assertThat(events.get(0).occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T12:00:00Z"));

            assertThat(driver.getKeyValueStore(DedupeTopology.ARTICLES_STORE).approximateNumEntries()).isEqualTo(3);
            assertThat(metrics.counter("wirecopy.dedupe.records.dead.lettered").count()).isEqualTo(4.0);
            var letters = dlq.readRecordsToList();
            assertThat(letters).extracting(r -> r.key()).containsExactly("garbage", "poisoned", "scripted", "huge");
            assertThat(new String(letters.get(3).headers().lastHeader(Topics.HEADER_ERROR_REASON).value()))
                    .contains("Article.text has 600000 characters, over the limit of 500000");
            assertThat(new String(letters.get(2).headers().lastHeader(Topics.HEADER_ERROR_REASON).value()))
                    .contains("Article.url must be an absolute http or https URL");
            assertThat(letters.get(1).value()).isEqualTo(poisoned);
            assertThat(new String(letters.get(0).headers().lastHeader(Topics.HEADER_ERROR_TOPIC).value())).isEqualTo(Topics.ARTICLES);
            assertThat(new String(letters.get(0).headers().lastHeader(Topics.HEADER_ERROR_OFFSET).value())).isEqualTo("1");
            assertThat(new String(letters.get(1).headers().lastHeader(Topics.HEADER_ERROR_OFFSET).value())).isEqualTo("2");
            assertThat(new String(letters.get(1).headers().lastHeader(Topics.HEADER_ERROR_REASON).value()))
                    .contains("Article.text holds a control character");
            assertThat(new String(letters.get(0).headers().lastHeader(Topics.HEADER_ERROR_CLASS).value()))
                    .isEqualTo("io.wirecopy.shared.event.EventJson$EventFormatException");
            assertThat(metrics.counter("wirecopy.dedupe.decisions", "outcome", "resent").count()).isEqualTo(1.0);
        }
    }

    @Test
    void aNewVersionIsEmittedAsArticleRevisedThroughTheStoresSerdesAndEachVersionSentAgainIsAResend() throws Exception {

        String url = "https://live.example/1";
        String v1 = "Three people were hurt in a fire at the Valdora docks on Wednesday, the harbour authority said.";
        String v2 = v1.replace("Three", "Four");
        ArticleIngested first = ArticleIngested.of(new Article(ArticleIds.articleId(url, v1), url, "live", "Fire", null,
                null, null, v1, ArticleIds.contentHash(v1)).withModifiedAt(AT), AT);
        ArticleIngested corrected = ArticleIngested.of(new Article(first.article().id(), url, "live", "Fire", null, null,
                null, v2, ArticleIds.contentHash(v2)).withModifiedAt(AT.plusHours(1)), AT.plusHours(1));
        try (TopologyTestDriver driver = driver("dedupe-versions-test")) {
            TestInputTopic<String, String> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic(Topics.DEDUPE, new StringDeserializer(), new StringDeserializer());
            in.pipeInput(first.article().id(), EventJson.write(first));
            in.pipeInput(corrected.article().id(), EventJson.write(corrected));
            in.pipeInput(first.article().id(), EventJson.write(first));
            in.pipeInput(corrected.article().id(), EventJson.write(corrected));
            List<KeyValue<String, String>> records = out.readKeyValuesToList();
            assertThat(records).hasSize(2);
            var revised = (io.wirecopy.shared.event.ArticleRevised) EventJson.read(records.get(1).value,
                    io.wirecopy.shared.event.DedupeEvent.class);
            assertThat(records.get(1).key).isEqualTo(first.article().id());
            assertThat(revised.latest()).isTrue();
            assertThat(revised.revision()).isEqualTo(io.wirecopy.shared.event.ArticleRevised.Revision.CORRECTION);
            assertThat(revised.previousContentHash()).isEqualTo(first.article().contentHash());
            var versions = (io.wirecopy.dedupe.service.ArticleVersions) driver.getKeyValueStore(DedupeTopology.VERSIONS_STORE)
                    .get(first.article().id());
            assertThat(versions.versions()).extracting(io.wirecopy.dedupe.service.ArticleVersions.Version::contentHash)
                    .containsExactly(corrected.article().contentHash(), first.article().contentHash());
        }
        assertThat(metrics.counter("wirecopy.dedupe.decisions", "outcome", "revised").count()).isEqualTo(1.0);
        assertThat(metrics.counter("wirecopy.dedupe.decisions", "outcome", "resent").count()).isEqualTo(2.0);
    }
}
