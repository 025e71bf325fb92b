package io.wirecopy.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds what in a page is never its article: what is not shown (scripts, styles, hidden elements,
 * the pronunciation of ruby annotations), the page's chrome (navigation, header, footer, sidebars,
 * forms, captions) and the boxes around an article that sites name for what they are: comments,
 * sharing, related stories, newsletters, tags, cookie notices, advertising (the class and id hints
 * readability calls "unlikely candidates"). Chrome and named boxes count only when they hold less
 * than {@value #GUARD_SHARE} of the page's text: a page that wraps everything in one {@code <form>} or
 * calls its main column "sidebar-layout" keeps its article. The page itself is not changed.
 */
public final class PageCleaner {

    static final double GUARD_SHARE = 0.4;

    /** Never shown or never text. */
    static final String INVISIBLE = "script, style, template, iframe, svg, canvas, object, embed, video, audio, "
            + "map, select, textarea, input, button, link, meta, rt, rp, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    /** The page's chrome, by tag and role. */
    static final String CHROME = "nav, header, footer, aside, form, dialog, menu, figcaption, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=menu], [role=menubar], [role=search], [role=dialog], "
            + "[role=alert]";

    /** Class or id words of boxes that are not the article, found anywhere in a class name or id. */
    static final Pattern UNLIKELY = Pattern.compile(
            "comment|disqus|sidebar|side-bar|related|recommend|sharing|social|newsletter|subscri|signup|sign-up|cookie"
                    + "|consent|gdpr|banner|advert|sponsor|promo|breadcrumb|pagination|pager|paging|navbar|navigation"
                    + "|footer|masthead|toolbar|popup|modal|overlay|tagcloud|tag-cloud|tag-list|taglist|tags$|outbrain"
                    + "|taboola|popular|trending|rating|login|author-?box|author-?bio|skip-?link|byline"
                    + "|timestamp|copyright|read-?more|more-stories|also-read|screen-reader|sr-only|visually-hidden"
                    + "|caption|author|contributor|metadata|toc-|-toc|toc$|^toc|excerpt|next-?post|prev-?post"
                    + "|legend|instagram-media|tiktok-embed|embed|factbox|affiliate|disclosure|disclaimer|license"
                    + "|news-?letter|newletter|pop-?up|donat|paywall|follow-us|membership");

    /**
     * Words that name such a box only as a whole part of a class name between hyphens ({@code main-nav},
     * {@code entry-meta}, {@code ad-slot}), so {@code tag-ig-metall} or {@code download} do not count. A
     * BEM modifier (after {@code --}) describes its block and is not read: {@code section--ads} is a
     * section that has ads in it.
     */
    static final Set<String> UNLIKELY_PARTS = Set.of("nav", "menu", "share", "meta", "ad", "ads", "print", "jump", "next",
            "prev", "shariff", "sharedaddy", "addthis", "social", "follow", "bio", "credit", "credits", "cta", "notice", "promo", "support");

    /** Class or id words of the article itself: an unlikely word beside one of these keeps a box with text. */
    static final Pattern LIKELY = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|column|hentry|h-entry");

    private PageCleaner() {
    }

    private static final Evaluator INVISIBLE_MATCH = QueryParser.parse(INVISIBLE);
    private static final Evaluator CHROME_MATCH = QueryParser.parse(CHROME);

    /**
     * The elements of {@code doc}'s body that are not its article, as described above (the named boxes
     * only if {@code byHints}); the page is not changed, and {@link BlockWalker} skips what this returns.
     * Linear in the size of the page however deep or wide it is (two walks; no subtree is read twice).
     */
    public static Set<Element> clean(Document doc, boolean byHints) {
        Element body = doc.body();
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, int[]> sizes = sizes(body, removed);
        int total = Math.max(1, sizes.getOrDefault(body, new int[2])[0]);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (removed.contains(node)) {
                    return FilterResult.SKIP_ENTIRELY; // invisible
                }
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                int[] size = sizes.getOrDefault(e, new int[2]);
                boolean guarded = size[0] >= GUARD_SHARE * total;
                boolean chrome = !guarded && CHROME_MATCH.matches(body, e)
                        && !(e.normalName().equals("header") && size[1] > 0);
                boolean named = !guarded && byHints && named(e, size[0]);
                if (chrome || named) {
                    removed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return removed;
    }

    /**
     * For each element: the length of its visible text, and whether it holds a standfirst-like
     * paragraph (a {@code <p>} of {@value #STANDFIRST_CHARS} characters or more with under a fifth of it
     * in links). Invisible elements go into {@code invisible} and count for nothing.
     */
    private static Map<Element, int[]> sizes(Element body, Set<Element> invisible) {
        Map<Element, int[]> sizes = new IdentityHashMap<>();
        Map<Element, Integer> links = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body && INVISIBLE_MATCH.matches(body, e)) {
                    invisible.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() != null) {
                    Element p = t.parent();
                    sizes.computeIfAbsent(p, k -> new int[2])[0] += t.text().strip().length();
                } else if (node instanceof Element e) {
                    int[] size = sizes.computeIfAbsent(e, k -> new int[2]);
                    int linked = e.normalName().equals("a") ? size[0] : links.getOrDefault(e, 0);
                    if (e.normalName().equals("p") && size[0] >= STANDFIRST_CHARS && linked * 5 < size[0]) {
                        size[1] = 1;
                    }
                    if (e != body && e.parent() != null) {
                        int[] up = sizes.computeIfAbsent(e.parent(), k -> new int[2]);
                        up[0] += size[0];
                        up[1] |= size[1];
                        links.merge(e.parent(), linked, Integer::sum);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return sizes;
    }

    /** A {@code <header>} holding a paragraph this long (few links) is an article's header with its standfirst, not the site's. */
    static final int STANDFIRST_CHARS = 100;

    /**
     * Whether an element's class names or id name it a box that is not the article, and no class name or
     * id that does not itself name such a box calls it the article ("entry-content", not "postmetadata")
     * while it holds 200 characters or more.
     */
    static boolean named(Element e, int length) {
        List<String> classes = new ArrayList<>();
        for (String c : e.classNames()) {
            classes.add(normal(c));
        }
        String id = normal(e.id());
        boolean unlikely = (!id.isEmpty() && UNLIKELY.matcher(id).find()) || classes.stream().anyMatch(PageCleaner::unlikelyClass);
        if (!unlikely) {
            return false;
        }
        if (length < 200) {
            return true;
        }
        for (String token : classes) {
            if (LIKELY.matcher(token).find() && !unlikelyClass(token)) {
                return false;
            }
        }
        // an id is judged as a class name here, as it always was: "main-nav" is not the article
        return id.isEmpty() || !LIKELY.matcher(id).find() || unlikelyClass(id);
    }

    /** A class name or id lower case, with {@code _} read as {@code -}. */
    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether a class name names a box that is not the article: an unlikely word anywhere in it, or an
     * unlikely part between hyphens before any BEM modifier. An id is matched on whole words only
     * (anchors such as {@code nav_the_heading} are not boxes).
     */
    static boolean unlikelyClass(String name) {
        if (UNLIKELY.matcher(name).find()) {
            return true;
        }
        int modifier = name.indexOf("--");
        for (String part : (modifier >= 0 ? name.substring(0, modifier) : name).split("-")) {
            if (UNLIKELY_PARTS.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
