package io.wirecopy.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.store.service.Views;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    static Views.Reuse reuse(double share, String source, double top, String published, String title) {
        return new Views.Reuse(share, List.of(new Views.ReuseSource("a_000000000000000000000001", "s_000000000000000000000001",
                source, top, published == null ? null : OffsetDateTime.parse(published), title)));
    }

    @Test
    void theReuseNoteNamesTheSourceThatCarriesMostAndWhen() {
        OffsetDateTime at = OffsetDateTime.parse("2014-06-16T09:00:00Z");
        assertThat(Formats.note(reuse(0.62, "Reuters", 0.62, "2014-06-16T07:15:00Z", "Oil rises"), at))
                .isEqualTo("62% of this article is in the Reuters copy of 07:15");
        assertThat(Formats.note(reuse(0.7, "Reuters", 0.62, "2014-06-15T07:15:00+02:00", "Oil rises"), at))
                .isEqualTo("62% of this article is in the Reuters copy of 15 Jun 2014, 05:15 UTC (70% in all)");
        assertThat(Formats.note(reuse(0.17, "unknown", 0.17, "2014-06-16T00:00:00Z",
                "John Kerry: US Open to Working With Iran Over Iraq Conflict, Says Secretary of State"), at))
                .isEqualTo("17% of this article is in \u201cJohn Kerry: US Open to Working With Iran Over Iraq\u2026\u201d"
                        + " of 16 Jun 2014");
        assertThat(Formats.note(reuse(0.5, "unknown", 0.5, null, null), at)).isEqualTo("50% of this article is in an earlier article");
        assertThat(Formats.note(new Views.Reuse(0, List.of()), at)).isEmpty();
    }
}
