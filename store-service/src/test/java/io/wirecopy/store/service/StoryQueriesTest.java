package io.wirecopy.store.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryQueriesTest {

    @Test
    void cursorRoundTripsAndIsGolden() {
        assertThat(StoryQueries.encode(new StoryQueries.Cursor(null, 42))).isEqualTo("c2VxOjQy");
        assertThat(StoryQueries.decode("c2VxOjQy")).isEqualTo(new StoryQueries.Cursor(null, 42));
        StoryQueries.Cursor ranked = new StoryQueries.Cursor(0.0607927f, 7);
        assertThat(StoryQueries.decode(StoryQueries.encode(ranked))).isEqualTo(ranked);
    }

    @Test
    void foreignCursorIsABadQuery() {
        assertThatThrownBy(() -> StoryQueries.decode("bm9wZQ")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("not a cursor this API gave out");
        assertThatThrownBy(() -> StoryQueries.decode("%%%")).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> StoryQueries.decode("cmFuazp4OnNlcTox")).isInstanceOf(BadQueryException.class);
    }

    @Test
    void relationIsRelativeToTheCanonicalArticle() {
        assertThat(StoryQueries.relation(true, true)).isEqualTo("CANONICAL");
        assertThat(StoryQueries.relation(false, true)).isEqualTo("EXACT");
        assertThat(StoryQueries.relation(false, false)).isEqualTo("NEAR");
    }
}
