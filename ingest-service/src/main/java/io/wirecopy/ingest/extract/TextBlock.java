package io.wirecopy.ingest.extract;

import org.jsoup.nodes.Element;

/**
 * A paragraph of a page as a reader sees it: the text between two block boundaries, whitespace
 * collapsed, with how much of it is link text and the block element that holds it.
 *
 * @param container the nearest block element around the text
 * @param kind      what the container is
 * @param linkChars characters of the text inside links
 * @param weight    the text's length with CJK counted more ({@link BlockClassifier#weight}), computed once
 */
public record TextBlock(Element container, Kind kind, String text, int linkChars, int weight) {

    public TextBlock(Element container, Kind kind, String text, int linkChars) {
        this(container, kind, text, linkChars, BlockClassifier.weight(text));
    }

    /** The block elements text comes in, as far as extraction tells them apart. */
    public enum Kind {
        PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, CELL, CAPTION, OTHER
    }

    /** Share of the text inside links, 0 to 1. */
    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    public int length() {
        return text.length();
    }
}
