package io.wirecopy.ingest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes out of a page what is never its article: what is not shown (scripts, styles, hidden
 * elements, the pronunciation of ruby annotations), the page's chrome (navigation, header, footer, sidebars, forms) and the boxes around an
 * article that sites name for what they are: comments, sharing, related stories, newsletters, tags,
 * cookie notices, advertising (the class and id hints readability calls "unlikely candidates").
 * Chrome and named boxes are removed only when they hold less than {@value #GUARD_SHARE} of the page's
 * text: a page that wraps everything in one {@code <form>} or calls its main column "sidebar-layout"
 * keeps its article.
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
                    + "|news-?letter|newletter|pop-?up|donat|paywall|follow-us");

    /**
     * Words that name such a box only as a whole part of a class name between hyphens ({@code main-nav},
     * {@code entry-meta}, {@code ad-slot}), so {@code tag-ig-metall} or {@code download} do not count. A
     * BEM modifier (after {@code --}) describes its block and is not read: {@code section--ads} is a
     * section that has ads in it.
     */
    static final Set<String> UNLIKELY_PARTS = Set.of("nav", "menu", "share", "meta", "ad", "ads", "print", "jump", "next",
            "prev", "shariff", "sharedaddy", "addthis", "social", "follow", "bio", "credit", "credits", "cta", "notice", "promo");

    /** Class or id words of the article itself: an unlikely word beside one of these keeps a box with text. */
    static final Pattern LIKELY = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|column|hentry|h-entry", Pattern.CASE_INSENSITIVE);

    private PageCleaner() {
    }

    /** Removes from {@code doc} everything described above; the named boxes only if {@code byHints}. */
    public static void clean(Document doc, boolean byHints) {
        doc.select(INVISIBLE).remove();
        Element body = doc.body();
        int total = Math.max(1, body.text().length());
        for (Element e : body.select(CHROME)) {
            if (attached(e, doc) && e.text().length() < GUARD_SHARE * total && !holdsStandfirst(e)) {
                e.remove();
            }
        }
        for (Element e : byHints ? body.getAllElements() : new org.jsoup.select.Elements()) {
            if (e == body || !attached(e, doc)) {
                continue;
            }
            String hints = hints(e);
            if (hints.isEmpty() || !unlikely(hints)) {
                continue;
            }
            int length = e.text().length();
            if (length >= GUARD_SHARE * total || (likely(hints) && length >= 200)) {
                continue;
            }
            e.remove();
        }
    }

    /** The class and id of an element, lower case, with the {@code itemprop} that may name the body. */
    static String hints(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + (id.isEmpty() ? "-" : id)).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A {@code <header>} with a paragraph of {@value #STANDFIRST_CHARS} characters or more that is not
     * links: an article's header with its standfirst, not the site's.
     */
    static boolean holdsStandfirst(Element e) {
        if (!e.normalName().equals("header")) {
            return false;
        }
        for (TextBlock b : BlockWalker.blocks(e)) {
            if (b.length() >= STANDFIRST_CHARS && b.linkDensity() < 0.2 && b.kind() != TextBlock.Kind.HEADING) {
                return true;
            }
        }
        return false;
    }

    static final int STANDFIRST_CHARS = 100;

    /** Whether a class name or id that does not itself name a box names the article ("entry-content", not "postmetadata"). */
    static boolean likely(String hints) {
        for (String token : hints.split("\\s+")) {
            if (!token.isEmpty() && LIKELY.matcher(token).find() && !unlikely(token + " -")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class name or id in {@code hints} names a box that is not the article. */
    static boolean unlikely(String hints) {
        String[] tokens = hints.split("\\s+");
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.isEmpty()) {
                continue;
            }
            if (UNLIKELY.matcher(token).find()) {
                return true;
            }
            if (t == tokens.length - 1) {
                break; // the id: anchors such as "nav_the_heading" are not boxes, so only whole words count there
            }
            int modifier = token.indexOf("--");
            for (String part : (modifier >= 0 ? token.substring(0, modifier) : token).split("-")) {
                if (UNLIKELY_PARTS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean attached(Element e, Document doc) {
        return e.ownerDocument() == doc;
    }
}
