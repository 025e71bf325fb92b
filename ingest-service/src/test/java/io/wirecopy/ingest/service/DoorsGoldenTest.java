package io.wirecopy.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every door, a raw payload and the exact events it must produce: {@code golden/doors/<door>.*} in, the
 * {@code ArticleIngested} list in {@code <door>.expected.json} out, ids and hashes as the literal values they are.
 * A change to any filter of the text chain shows here as a diff of what a user's article becomes. To look at a new
 * door's output before pinning it, run with {@code -Dwirecopy.golden.write=true}: a missing expected file is
 * written (and the test fails, so nothing is pinned unread).
 */
class DoorsGoldenTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest(name = "{0} as {1} through {2}")
    @CsvSource({
            "articles-json.json, application/json, ARTICLE",
            "articles-text.txt, text/plain, ARTICLE",
            "articles-html.html, text/html, ARTICLE",
            "feeds-rss.xml, application/rss+xml, FEED",
            "feeds-atom.xml, application/atom+xml, FEED",
            "feeds-jsonfeed.json, application/feed+json, FEED",
            "feeds-ndjson.ndjson, application/x-ndjson, FEED",
            "topic-json.json, application/json, TOPIC"})
    void eachDoorTurnsItsPayloadIntoExactlyTheseEvents(String payload, String contentType, IngestService.Entry entry)
            throws IOException {
        List<ArticleIngested> published = new ArrayList<>();
        IngestService service = new IngestService(published::addAll, () -> 1_000_000,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry(),
                new SourceBoilerplate(3, 100, 100));
        service.ingest(read(payload), contentType, entry, ArticleDraft.empty());

        List<JsonNode> events = new ArrayList<>();
        for (ArticleIngested e : published) {
            events.add(JSON.readTree(EventJson.write(e)));
        }
        String actual = JSON.writeValueAsString(events) + "\n";
        String name = payload.substring(0, payload.lastIndexOf('.')) + ".expected.json";
        byte[] expected = readOrNull(name);
        if (expected == null && Boolean.getBoolean("wirecopy.golden.write")) {
            Path file = Path.of("src/test/resources/golden/doors", name);
            Files.writeString(file, actual);
            throw new AssertionError("wrote " + file + ": read it, then run again");
        }
        assertThat(expected).as("golden/doors/%s", name).isNotNull();
        assertThat(actual).isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] read(String name) throws IOException {
        byte[] bytes = readOrNull(name);
        if (bytes == null) {
            throw new IOException("missing golden/doors/" + name);
        }
        return bytes;
    }

    private static byte[] readOrNull(String name) throws IOException {
        try (InputStream in = DoorsGoldenTest.class.getResourceAsStream("/golden/doors/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
