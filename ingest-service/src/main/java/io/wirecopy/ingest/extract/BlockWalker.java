package io.wirecopy.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Cuts an element's text into {@link TextBlock}s the way a browser lays it out: a block element
 * (paragraph, heading, list item, division, cell, ...) or a {@code <br>} ends one paragraph and starts
 * the next, inline elements ({@code <a>}, {@code <b>}, {@code <span>}, ...) flow into the paragraph
 * around them. So {@code <div>Intro<p>Body</p>Tail</div>} is three paragraphs, and text written
 * straight into a {@code <div>} is not lost.
 */
public final class BlockWalker {

    /** Elements that hold a flow of text of their own (HTML's block-level and table elements, and a few more); {@code <br>} and {@code <hr>} only break it. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
            "legend", "frameset", "noframes", "option", "output");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ArrayDeque<Element> containers = new ArrayDeque<>();
    private int linkDepth;
    private int linkChars;
    private boolean pendingSpace;

    private BlockWalker() {
    }

    /** The paragraphs under {@code root}, in document order; empty ones are left out. */
    public static List<TextBlock> blocks(Element root) {
        return blocks(root, Set.of());
    }

    /** As {@link #blocks(Element)}, leaving out the elements in {@code skip} and everything inside them. */
    public static List<TextBlock> blocks(Element root, Set<Element> skip) {
        BlockWalker walker = new BlockWalker();
        walker.containers.push(root);
        // NodeTraversor walks without recursion, so a hostile page nested 100,000 deep cannot overflow the stack
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && skip.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                walker.enter(node, root);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                walker.leave(node, root);
                return FilterResult.CONTINUE;
            }
        }, root);
        walker.flush(root);
        return walker.blocks;
    }

    private void enter(Node node, Element root) {
        if (node instanceof TextNode t) {
            append(t.getWholeText(), linkDepth > 0);
        } else if (node instanceof Element e && e != root) {
            String tag = e.normalName();
            if (tag.equals("br") || tag.equals("hr")) {
                flush(containers.peek());
            } else if (BLOCKS.contains(tag)) {
                flush(containers.peek());
                containers.push(e);
            } else if (tag.equals("a")) {
                linkDepth++;
            }
        }
    }

    private void leave(Node node, Element root) {
        if (node instanceof Element e && e != root) {
            String tag = e.normalName();
            if (BLOCKS.contains(tag)) {
                flush(e);
                containers.pop();
            } else if (tag.equals("a")) {
                linkDepth--;
            }
        }
    }

    private void append(String s, boolean inLink) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !text.isEmpty()) {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(c);
            if (inLink) {
                linkChars++;
            }
        }
    }

    private void flush(Element container) {
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(container, kindOf(container), text.toString(), linkChars));
        }
        text.setLength(0);
        linkChars = 0;
        pendingSpace = false;
    }

    static TextBlock.Kind kindOf(Element e) {
        return switch (e.normalName()) {
            case "p" -> TextBlock.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "pre" -> TextBlock.Kind.PREFORMATTED;
            case "td", "th" -> TextBlock.Kind.CELL;
            case "figcaption", "caption" -> TextBlock.Kind.CAPTION;
            default -> TextBlock.Kind.OTHER;
        };
    }
}
