package io.wirecopy.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.text.SourceBoilerplate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every hostile input gets its clear 4xx (or partial acceptance) from the service, fast, and nothing bad is published. */
class HostileInputsTest {

    final List<io.wirecopy.shared.event.ArticleIngested> published = new ArrayList<>();
    final IngestService service = new IngestService(published::addAll, () -> 5 * 1024 * 1024, Clock.systemUTC(),
            new SimpleMeterRegistry(), new SourceBoilerplate(3, 10, 10));

    static List<HostileInputs.Case> cases() {
        return HostileInputs.all();
    }

    @Test
    void thereAreAtLeastThirty() {
        assertThat(HostileInputs.all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedClearlyAndQuickly(HostileInputs.Case c) {
        IngestService.Entry entry = c.feed() ? IngestService.Entry.FEED : IngestService.Entry.ARTICLE;
        long start = System.nanoTime();
        if (c.status() == 202) {
            IngestResult result = service.ingest(c.body(), c.contentType(), entry, ArticleDraft.empty());
            assertThat(result.accepted()).as("the good items go through").isNotEmpty();
            assertThat(result.rejected()).as("the bad item is rejected with its reason").isNotEmpty()
                    .anySatisfy(r -> assertThat(r.reason()).containsIgnoringCase(c.detail()));
        } else {
            IngestException e = catchThrowableOfType(IngestException.class,
                    () -> service.ingest(c.body(), c.contentType(), entry, ArticleDraft.empty()));
            assertThat(e).as("refused with an IngestException").isNotNull();
            assertThat(e.kind().status).isEqualTo(c.status());
            assertThat(e.getMessage()).containsIgnoringCase(c.detail());
            assertThat(published).isEmpty();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
