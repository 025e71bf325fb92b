package io.wirecopy.ingest.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds lists of teasers by their shape, whatever a site calls them: "latest news", "more posts",
 * "related", "most read", a grid of cards. An item of such a list opens with a link (its headline,
 * alone or in a heading) and holds little else (a lead, a date); a list is an element with at least
 * {@value #MIN_ITEMS} such children making up at least {@value #MIN_SHARE} of its children with text.
 * The items are returned (their list's own heading and anything else in it stay). A paragraph that opens
 * with a link is never an item: an article's text can do that. One walk; linear in the page.
 */
public final class TeaserLists {

    static final int MIN_ITEMS = 3;
    static final double MIN_SHARE = 0.6;
    /** Characters of link text an item's headline has at least. */
    static final int MIN_HEADLINE_CHARS = 15;
    /** An item with more text than this is not a teaser. */
    static final int MAX_ITEM_CHARS = 1200;

    private TeaserLists() {
    }

    /** What is known of an element's subtree, bottom-up. */
    private static final class Shape {
        int chars;
        int linkChars;
        /** Whether its first text is inside a link: null while it has no text. */
        Boolean opensWithLink;
    }

    /** The teaser items under {@code root}, leaving out what is in {@code skip} (already removed). */
    public static Set<Element> items(Element root, Set<Element> skip) {
        Map<Element, Shape> shapes = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element e && skip.contains(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() != null && !t.isBlank()) {
                    Element p = (Element) t.parent();
                    Shape s = shapes.computeIfAbsent(p, k -> new Shape());
                    int n = t.text().strip().length();
                    s.chars += n;
                    if (s.opensWithLink == null) {
                        s.opensWithLink = isLink(p);
                    }
                } else if (node instanceof Element e && e.parent() != null && e != root) {
                    Shape s = shapes.get(e);
                    if (s == null) {
                        return FilterResult.CONTINUE;
                    }
                    Shape up = shapes.computeIfAbsent(e.parent(), k -> new Shape());
                    up.chars += s.chars;
                    up.linkChars += isLink(e) ? s.chars : s.linkChars;
                    if (up.opensWithLink == null && s.opensWithLink != null) {
                        up.opensWithLink = s.opensWithLink || isLink(e.parent());
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        Set<Element> items = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element parent : shapes.keySet()) {
            int withText = 0;
            int teasers = 0;
            for (Element child : parent.children()) {
                Shape s = shapes.get(child);
                if (s == null || s.chars == 0 || skip.contains(child)) {
                    continue;
                }
                withText++;
                teasers += isTeaser(child, s) ? 1 : 0;
            }
            if (teasers >= MIN_ITEMS && teasers >= MIN_SHARE * withText) {
                for (Element child : parent.children()) {
                    Shape s = shapes.get(child);
                    if (s != null && !skip.contains(child) && isTeaser(child, s)) {
                        items.add(child);
                    }
                }
            }
        }
        return items;
    }

    private static boolean isTeaser(Element e, Shape s) {
        return !e.normalName().equals("p") && Boolean.TRUE.equals(s.opensWithLink) && s.linkChars >= MIN_HEADLINE_CHARS
                && s.chars <= MAX_ITEM_CHARS;
    }

    /** Whether an element is, or is inside, a link: its own tag only here (the walk carries it upward). */
    private static boolean isLink(Element e) {
        return e.normalName().equals("a") && e.hasAttr("href");
    }
}
