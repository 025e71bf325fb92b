package io.wirecopy.store.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirecopy.store.service.BadQueryException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void everyCursorIsGoldenAndReadsBack() {
        assertThat(Cursors.encode(new Cursors.StoryCursor(null, 42))).isEqualTo("c2VxOjQy");
        assertThat(Cursors.story("c2VxOjQy")).isEqualTo(new Cursors.StoryCursor(null, 42));
        assertThat(Cursors.encode(new Cursors.StoryCursor(0.0607927f, 7))).isEqualTo("cmFuazowLjA2MDc5Mjc6c2VxOjc");
        assertThat(Cursors.story("cmFuazowLjA2MDc5Mjc6c2VxOjc")).isEqualTo(new Cursors.StoryCursor(0.0607927f, 7));
        assertThat(Cursors.encode(new Cursors.PassageCursor(14, 3))).isEqualTo("d29yZHM6MTQ6Z3JvdXA6Mw");
        assertThat(Cursors.passage("d29yZHM6MTQ6Z3JvdXA6Mw")).isEqualTo(new Cursors.PassageCursor(14, 3));
        Cursors.QuoteCursor quote = new Cursors.QuoteCursor(OffsetDateTime.parse("2026-11-23T10:00Z"), "q_00000000000000b1");
        assertThat(Cursors.encode(quote)).isEqualTo("cXVvdGU6MjAyNi0xMS0yM1QxMDowMFo6cV8wMDAwMDAwMDAwMDAwMGIx");
        assertThat(Cursors.quote("cXVvdGU6MjAyNi0xMS0yM1QxMDowMFo6cV8wMDAwMDAwMDAwMDAwMGIx")).isEqualTo(quote);
    }

    @Test
    void aCursorThisApiDidNotGiveOutIsABadQuery() {
        assertThatThrownBy(() -> Cursors.story("bm9wZQ")).isInstanceOf(BadQueryException.class)
                .hasMessage("cursor 'bm9wZQ' is not a cursor this API gave out");
        assertThatThrownBy(() -> Cursors.story("%%%")).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> Cursors.story("cmFuazp4OnNlcTox")).isInstanceOf(BadQueryException.class); // rank:x:seq:1
        assertThatThrownBy(() -> Cursors.passage("c2VxOjQy")).isInstanceOf(BadQueryException.class)
                .hasMessage("cursor 'c2VxOjQy' is not a cursor this API gave out"); // a story cursor
        assertThatThrownBy(() -> Cursors.quote("eA")).isInstanceOf(BadQueryException.class)
                .hasMessage("cursor 'eA' is not a cursor of /quotes");
    }
}
