package io.wirecopy.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a web page as plain text, one paragraph per block: the page cleaned
 * ({@link PageCleaner}) and its teaser lists left out ({@link TeaserLists}), cut into blocks ({@link BlockWalker}), the blocks judged
 * ({@link BlockClassifier}), and the good blocks taken from the one element that holds the most good
 * text net of bad ({@link #root}), so good-looking text elsewhere on the page (a teaser, a bio) stays
 * out. When that leaves nothing, the page's stated article body, then its good blocks anywhere, then
 * its description stand in: a page with an article never gives an empty text.
 */
public final class ArticleExtractor {

    private ArticleExtractor() {
    }

    /** How the text was found, for metrics and the bench. */
    public enum Method {
        /** The good blocks around the best element of the cleaned page. */
        BLOCKS,
        /** The same without removing boxes by their class names (they removed nearly everything). */
        BLOCKS_UNHINTED,
        /** The page's own JSON-LD {@code articleBody}, much longer than what the blocks gave. */
        STATED_BODY,
        /** No good block: every block that is not mostly links. */
        ALL_BLOCKS,
        /** No text at all but the page's description. */
        DESCRIPTION,
        /** Nothing. */
        NONE
    }

    /** The text of a page's article and how it was found. */
    public record Extracted(String text, Method method) {
    }

    /**
     * The article text of {@code doc}, which is not changed.
     *
     * @param statedBody the page's own article body (JSON-LD {@code articleBody}) or null
     * @param description the page's description ({@code og:description}) or null
     */
    public static Extracted extract(Document doc, String statedBody, String description) {
        Element body = doc.body();
        Tree tree = new Tree(body);
        List<TextBlock> blocks = BlockWalker.blocks(body, notArticle(doc, true));
        String text = goodText(tree, blocks);
        Method method = Method.BLOCKS;
        if (BlockClassifier.weight(text) < RETRY_CHARS) {
            // an article in a box named like chrome ("theiaStickySidebar") is gone: readability's second pass
            List<TextBlock> unhinted = BlockWalker.blocks(body, notArticle(doc, false));
            String relaxed = goodText(tree, unhinted);
            if (relaxed.length() > RETRY_GAIN * Math.max(text.length(), 1)) {
                text = relaxed;
                blocks = unhinted;
                method = Method.BLOCKS_UNHINTED;
            }
        }
        if (statedBody != null && statedBody.length() > 2 * text.length()) {
            // a paywalled page shows its standfirst and hides the rest, which its JSON-LD carries without the standfirst
            String lead = java.util.Arrays.stream(text.split("\n\n", 4)).limit(3)
                    .filter(p -> p.length() >= BlockClassifier.LONG_CHARS).findFirst().orElse(null);
            boolean leadMissing = lead != null && !squeeze(statedBody).contains(squeeze(lead));
            return new Extracted(leadMissing ? lead + "\n\n" + statedBody : statedBody, Method.STATED_BODY);
        }
        if (!text.isEmpty()) {
            return new Extracted(text, method);
        }
        List<String> any = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (b.linkDensity() <= BlockClassifier.MAX_LINK_DENSITY) {
                any.add(b.text());
            }
        }
        if (!any.isEmpty()) {
            return new Extracted(String.join("\n\n", any), Method.ALL_BLOCKS);
        }
        return description == null || description.isBlank() ? new Extracted("", Method.NONE)
                : new Extracted(description, Method.DESCRIPTION);
    }

    /** What is never the article: the cleaner's finds (boxes named like chrome only {@code byHints}), and teaser lists. */
    private static java.util.Set<Element> notArticle(Document doc, boolean byHints) {
        java.util.Set<Element> skip = PageCleaner.clean(doc, byHints);
        skip.addAll(TeaserLists.items(doc.body(), skip));
        return skip;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** How much a character of bad text counts against an element, against one of good text. */
    static final double BAD_WEIGHT = 0.5;

    /** An article shorter than this (characters, CJK counted three) is extracted again without class hints. */
    static final int RETRY_CHARS = 500;
    /** ... and that extraction is taken when it is this many times longer. */
    static final double RETRY_GAIN = 3;

    /** The good blocks of and around the root, as paragraphs. */
    private static String goodText(Tree tree, List<TextBlock> blocks) {
        BlockClassifier.Label[] labels = BlockClassifier.classify(blocks);
        Element root = root(tree, blocks, labels);
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (tree.within(blocks.get(i).container(), root)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // the good text right before and after the root, up to the first bad block, is the same text
        // (a standfirst above the body's column, a last paragraph after it)
        while (first > 0 && labels[first - 1] == BlockClassifier.Label.GOOD) {
            first--;
        }
        while (last >= 0 && last + 1 < blocks.size() && labels[last + 1] == BlockClassifier.Label.GOOD) {
            last++;
        }
        cutTail(blocks, labels, Math.max(first, 0), last);
        List<String> paragraphs = new ArrayList<>();
        boolean started = false;
        for (int i = Math.max(first, 0); i <= last; i++) {
            TextBlock b = blocks.get(i);
            boolean headline = !started && b.container().normalName().equals("h1");
            if (labels[i] == BlockClassifier.Label.GOOD && !headline) {
                paragraphs.add(b.text()); // the headline above the text is the article's title, not its text
                started |= b.kind() != TextBlock.Kind.HEADING;
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * Cuts the site's tail off the article in {@code [first, last]}: after an end marker
     * ({@link EndMarkers}) that less than {@value #TAIL_SHARE} as much good text follows as came before
     * it, only paragraphs of the article's own column (the parents of its paragraphs so far) stay good;
     * a marker itself is never text.
     */
    static void cutTail(List<TextBlock> blocks, BlockClassifier.Label[] labels, int first, int last) {
        int before = 0;
        int total = 0;
        for (int i = first; i <= last; i++) {
            total += labels[i] == BlockClassifier.Label.GOOD ? blocks.get(i).length() : 0;
        }
        java.util.Set<Element> column = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = first; i <= last; i++) {
            TextBlock b = blocks.get(i);
            if (EndMarkers.isMarker(b)) {
                labels[i] = BlockClassifier.Label.BAD;
                if (before > 0 && total - before < TAIL_SHARE * before) {
                    for (int j = i + 1; j <= last; j++) {
                        TextBlock t = blocks.get(j);
                        if (t.kind() != TextBlock.Kind.PARAGRAPH || !column.contains(t.container().parent())) {
                            labels[j] = BlockClassifier.Label.BAD;
                        }
                    }
                    return;
                }
            }
            if (labels[i] == BlockClassifier.Label.GOOD) {
                before += b.length();
                if (b.kind() == TextBlock.Kind.PARAGRAPH && b.container().parent() != null) {
                    column.add(b.container().parent());
                }
            }
        }
    }

    static final double TAIL_SHARE = 0.3;

    /**
     * The element whose blocks add up to the most good text less {@link #BAD_WEIGHT} of its bad text
     * (characters), the deepest one of equal score: the article's column, not the page around it.
     */
    static Element root(Tree tree, List<TextBlock> blocks, BlockClassifier.Label[] labels) {
        Map<Element, Double> own = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            int weight = blocks.get(i).weight();
            double value = labels[i] == BlockClassifier.Label.GOOD ? weight : -BAD_WEIGHT * weight;
            own.merge(blocks.get(i).container(), value, Double::sum);
        }
        double[] score = new double[tree.elements.size()];
        for (int i = tree.elements.size() - 1; i >= 0; i--) { // children come after their parent in preorder
            Element e = tree.elements.get(i);
            score[i] += own.getOrDefault(e, 0.0);
            int parent = tree.parent[i];
            if (parent >= 0) {
                score[parent] += score[i];
            }
        }
        int best = 0;
        for (int i = 1; i < score.length; i++) {
            if (score[i] > score[best] || (score[i] == score[best] && i <= tree.end[best])) {
                best = i;
            }
        }
        return tree.elements.get(best);
    }

    /** The elements under a root in preorder, each with its parent's index and the index of its last descendant. */
    static final class Tree {
        final List<Element> elements = new ArrayList<>();
        final Map<Element, Integer> index = new IdentityHashMap<>();
        final int[] parent;
        final int[] end;

        Tree(Element root) {
            for (Element e : root.getAllElements()) { // preorder, without recursion
                index.put(e, elements.size());
                elements.add(e);
            }
            parent = new int[elements.size()];
            end = new int[elements.size()];
            for (int i = 0; i < elements.size(); i++) {
                Element p = i == 0 ? null : elements.get(i).parent();
                parent[i] = p == null ? -1 : index.getOrDefault(p, -1);
                end[i] = i;
            }
            for (int i = elements.size() - 1; i > 0; i--) {
                if (parent[i] >= 0) {
                    end[parent[i]] = Math.max(end[parent[i]], end[i]);
                }
            }
        }

        /** Whether {@code e} is {@code root} or inside it. */
        boolean within(Element e, Element root) {
            Integer i = index.get(e);
            Integer r = index.get(root);
            return i != null && r != null && r <= i && i <= end[r];
        }
    }
}
