package io.wirecopy.store.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void marksRangesEscapesAndSplitsParagraphs() {
        String text = "Kerry said <we are open> to talks.\n\nRouhani & Iran agreed.";
        String html = Highlighter.html(text, List.of(new Highlighter.Range(11, 24, "also in: APA")));
        assertThat(html).isEqualTo("<p>Kerry said <mark title=\"also in: APA\">&lt;we are open&gt;</mark> to talks.</p>\n"
                + "<p>Rouhani &amp; Iran agreed.</p>");
    }

    @Test
    void aRangeAcrossParagraphsIsMarkedInEachAndOverlapsMerge() {
        String text = "one two\n\nthree four";
        String html = Highlighter.html(text, List.of(new Highlighter.Range(4, 14, null), new Highlighter.Range(2, 6, null),
                new Highlighter.Range(90, 99, null)));
        assertThat(html).isEqualTo("<p>on<mark>e two</mark></p>\n<p><mark>three</mark> four</p>");
    }
}
