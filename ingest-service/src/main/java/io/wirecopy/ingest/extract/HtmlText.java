package io.wirecopy.ingest.extract;

import org.jsoup.Jsoup;

/** Markup and loose text made paragraphs of plain text, separated by blank lines. */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * Plain text of an HTML fragment (a feed entry's content, a JSON article's {@code html}): one
     * paragraph per block, as {@link BlockWalker} cuts them, leaving out blocks that are mostly links
     * (a "related" list under an entry).
     */
    public static String htmlToText(String html) {
        return BlockWalker.blocks(Jsoup.parseBodyFragment(html).body()).stream()
                .filter(b -> b.linkDensity() <= BlockClassifier.MAX_LINK_DENSITY || b.length() > 200)
                .map(TextBlock::text) // whitespace already collapsed by the walker
                .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /**
     * Plain text with its line structure tidied: whitespace inside each line collapsed, and every run
     * of blank lines made one paragraph break.
     */
    public static String tidy(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            appendParagraph(sb, line);
        }
        return sb.toString();
    }

    private static void appendParagraph(StringBuilder sb, String paragraph) {
        String p = paragraph.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!p.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(p);
        }
    }
}
