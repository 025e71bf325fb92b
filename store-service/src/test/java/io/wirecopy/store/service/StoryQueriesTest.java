package io.wirecopy.store.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryQueriesTest {

    @Test
    void cursorRoundTripsAndIsGolden() {
        assertThat(StoryQueries.encodeCursor(42)).isEqualTo("c2VxOjQy");
        assertThat(StoryQueries.decodeCursor("c2VxOjQy")).isEqualTo(42);
    }

    @Test
    void foreignCursorIsABadQuery() {
        assertThatThrownBy(() -> StoryQueries.decodeCursor("bm9wZQ")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("not a cursor this API gave out");
        assertThatThrownBy(() -> StoryQueries.decodeCursor("%%%")).isInstanceOf(BadQueryException.class);
    }

    @Test
    void relationIsRelativeToTheCanonicalArticle() {
        assertThat(StoryQueries.relation(true, true)).isEqualTo("CANONICAL");
        assertThat(StoryQueries.relation(false, true)).isEqualTo("EXACT");
        assertThat(StoryQueries.relation(false, false)).isEqualTo("NEAR");
    }
}
