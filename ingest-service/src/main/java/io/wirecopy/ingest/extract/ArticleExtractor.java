package io.wirecopy.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a web page as plain text, one paragraph per block: the page cleaned
 * ({@link PageCleaner}), cut into blocks ({@link BlockWalker}), the blocks judged
 * ({@link BlockClassifier}), and the good blocks taken from the one element that holds the most good
 * text net of bad ({@link #root}), so good-looking text elsewhere on the page (a teaser, a bio) stays
 * out. When that leaves nothing, the page's stated article body, then its good blocks anywhere, then
 * its description stand in: a page with an article never gives an empty text.
 */
public final class ArticleExtractor {

    private ArticleExtractor() {
    }

    /**
     * The article text of {@code doc}, which this cleans in place (read its metadata first).
     *
     * @param statedBody the page's own article body (JSON-LD {@code articleBody}) or null
     * @param description the page's description ({@code og:description}) or null
     */
    public static String extract(Document doc, String statedBody, String description) {
        Document page = doc.clone();
        PageCleaner.clean(doc, true);
        String text = extractCleaned(doc, statedBody, description);
        if (BlockClassifier.weight(text) < RETRY_CHARS) {
            // a page whose article sits in a box named like chrome ("theiaStickySidebar"): readability's second pass
            PageCleaner.clean(page, false);
            String relaxed = extractCleaned(page, statedBody, description);
            if (relaxed.length() > text.length()) {
                return relaxed;
            }
        }
        return text;
    }

    /** An article shorter than this (characters, CJK counted three) is extracted again without class hints. */
    static final int RETRY_CHARS = 500;

    private static String extractCleaned(Document doc, String statedBody, String description) {
        List<TextBlock> blocks = BlockWalker.blocks(doc.body());
        BlockClassifier.Label[] labels = BlockClassifier.classify(blocks);
        Element root = root(doc.body(), blocks, labels);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (labels[i] == BlockClassifier.Label.GOOD && within(blocks.get(i).container(), root)) {
                paragraphs.add(blocks.get(i).text());
            }
        }
        String text = String.join("\n\n", paragraphs);
        if (statedBody != null && statedBody.length() > 2 * text.length()) {
            return statedBody;
        }
        if (!text.isEmpty()) {
            return text;
        }
        List<String> any = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (b.linkDensity() <= BlockClassifier.MAX_LINK_DENSITY) {
                any.add(b.text());
            }
        }
        if (!any.isEmpty()) {
            return String.join("\n\n", any);
        }
        return description == null ? "" : description;
    }

    /**
     * The element whose blocks add up to the most good text less bad text (characters), the deepest
     * one of equal score: the article's column, not the page around it.
     */
    static Element root(Element body, List<TextBlock> blocks, BlockClassifier.Label[] labels) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            int weight = BlockClassifier.weight(b.text());
            int value = labels[i] == BlockClassifier.Label.GOOD ? weight : -weight;
            for (Element e = b.container(); e != null; e = e.parent()) {
                score.merge(e, value, Integer::sum);
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        int bestScore = score.getOrDefault(body, 0);
        for (Element e : body.getAllElements()) {
            Integer s = score.get(e);
            if (s != null && s >= bestScore && within(e, best)) {
                best = e;
                bestScore = s;
            } else if (s != null && s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /** Whether {@code e} is {@code root} or inside it. */
    static boolean within(Element e, Element root) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }
}
