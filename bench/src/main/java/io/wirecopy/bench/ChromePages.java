package io.wirecopy.bench;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.service.IngestService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.testing.corpus.BaseStory;
import io.wirecopy.testing.corpus.DecisionFold;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Short stories in heavy site templates: six page shapes written after common CMS themes (a WordPress block
 * theme's post and "more posts" loop, a Ghost theme's post with read-more cards and a newsletter form, a
 * Drupal node with a related-content view, a newspaper theme with a related box inside the article and a
 * most-read sidebar, a news site whose latest-news list follows its article element, and a page with no
 * article element at all, teasers and a cookie banner), each carrying the three-paragraph stories of the
 * labelled corpus with the site's latest-news list: the headline and lead of ten other stories, the same
 * on every page of a site. Each page goes through ingest's own service as {@code POST /articles} with
 * {@code text/html} would, site by site (a site's boilerplate is learned from its third page on). Measured: how much of each story the extractor keeps, how many pages keep any
 * chrome (teasers, promotions, banners), and what dedupe makes of all pages and of six briefs (a story's
 * first two paragraphs on another site): stories merged that are different, briefs not folded.
 */
final class ChromePages {

    record Teaser(String title, String lead, String url) {
    }

    record Site(String name, String host, Function<Page, String> render) {
    }

    /** One page to render: its story, the site's teasers, the chrome texts it carries. */
    record Page(BaseStory story, List<String> paragraphs, List<Teaser> latest, List<Teaser> related, String url) {
    }

    /** A rendered page: its story, site, markup, address, story paragraphs and chrome texts. */
    record Rendered(String story, String site, String html, String url, List<String> paragraphs, List<String> chrome,
            boolean brief) {
    }

    static final String NEWSLETTER = "Sign up for our morning briefing and get the stories that matter delivered to your inbox every weekday before breakfast.";
    static final String COOKIES = "We use cookies and similar technologies to improve your experience, measure our audience and show you personalised advertising from our partners.";
    static final String MEMBERSHIP = "Independent journalism needs your support. Become a member today from just three euros a month and read without limits.";
    static final String SHARE = "Share this article on social media";

    private final PrintStream out;
    private final boolean explain;

    ChromePages(PrintStream out, boolean explain) {
        this.out = out;
        this.explain = explain;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String paragraphs(List<String> ps, String pClass) {
        StringBuilder b = new StringBuilder();
        for (String p : ps) {
            b.append("<p").append(pClass == null ? "" : " class=\"" + pClass + "\"").append('>').append(esc(p)).append("</p>\n");
        }
        return b.toString();
    }

    /** A site's menu: its own sections (every site's menu differs, as real sites' do). */
    static String nav(Page p) {
        String host = java.net.URI.create(p.url() != null ? p.url() : "https://x.example/").getHost();
        String[] sections = {"world", "business", "sport", "culture", "opinion", "science"};
        StringBuilder b = new StringBuilder("<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li>");
        for (int i = 0; i < sections.length; i++) {
            String section = sections[(i + host.length()) % sections.length];
            b.append("<li><a href=\"/").append(host.charAt(0)).append('/').append(section).append("\">").append(section).append("</a></li>");
        }
        return b.append("</ul></nav>").toString();
    }

    static final String FOOTER = "<footer><p>© 2026 The Courier Media Group. All rights reserved.</p><ul><li><a href=\"/about\">About us</a>"
            + "</li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/privacy\">Privacy policy</a></li></ul></footer>";

    static String head(Page p) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(p.story().title())
                + " | The Courier</title><link rel=\"canonical\" href=\"" + p.url() + "\"></head>";
    }

    /** WordPress block theme: a post, then the "More posts" query loop. */
    static String wordpress(Page p) {
        StringBuilder loop = new StringBuilder();
        for (Teaser t : p.latest()) {
            loop.append("<li class=\"wp-block-post\"><h3 class=\"wp-block-post-title\"><a href=\"").append(t.url()).append("\">")
                    .append(esc(t.title())).append("</a></h3><div class=\"wp-block-post-excerpt\"><p class=\"wp-block-post-excerpt__excerpt\">")
                    .append(esc(t.lead())).append(" </p></div><div class=\"wp-block-post-date\"><time>June 16, 2014</time></div></li>");
        }
        return head(p) + "<body class=\"single\"><div class=\"wp-site-blocks\"><header class=\"wp-block-template-part\">" + nav(p)
                + "</header><main class=\"wp-block-group\"><article class=\"wp-block-post post type-post\">"
                + "<h1 class=\"wp-block-post-title\">" + esc(p.story().title()) + "</h1><div class=\"wp-block-post-date\"><time>June 16, 2014</time></div>"
                + "<div class=\"entry-content wp-block-post-content\">" + paragraphs(p.paragraphs(), null) + "</div></article>"
                + "<div class=\"wp-block-group alignwide\"><h2 class=\"wp-block-heading\">More posts</h2><ul class=\"wp-block-post-template\">"
                + loop + "</ul></div></main>" + FOOTER + "</div></body></html>";
    }

    /** Ghost theme: post content, read-more cards, a newsletter form. */
    static String ghost(Page p) {
        StringBuilder cards = new StringBuilder();
        for (Teaser t : p.latest()) {
            cards.append("<article class=\"post-card\"><a class=\"post-card-content-link\" href=\"").append(t.url())
                    .append("\"><header class=\"post-card-header\"><h2 class=\"post-card-title\">").append(esc(t.title()))
                    .append("</h2></header><div class=\"post-card-excerpt\">").append(esc(t.lead())).append("</div></a></article>");
        }
        return head(p) + "<body class=\"post-template\"><div class=\"viewport\"><header id=\"gh-head\">" + nav(p) + "</header>"
                + "<main id=\"site-main\"><article class=\"article post\"><header class=\"article-header gh-canvas\">"
                + "<h1 class=\"article-title\">" + esc(p.story().title()) + "</h1><div class=\"article-byline\">By Anna Berg</div></header>"
                + "<section class=\"gh-content gh-canvas\">" + paragraphs(p.paragraphs(), null) + "</section>"
                + "<section class=\"footer-cta\"><h2>Sign up for The Courier</h2><p>" + NEWSLETTER + "</p><form><input type=\"email\">"
                + "<button>Subscribe</button></form></section></article></main>"
                + "<aside class=\"read-more-wrap\"><div class=\"read-more inner\">" + cards + "</div></aside>" + FOOTER
                + "</div></body></html>";
    }

    /** Drupal node with a related-content view and a membership block. */
    static String drupal(Page p) {
        StringBuilder rows = new StringBuilder();
        for (Teaser t : p.latest()) {
            rows.append("<div class=\"views-row\"><article class=\"node node--type-article node--view-mode-teaser\"><h2 class=\"node__title\">")
                    .append("<a href=\"").append(t.url()).append("\" rel=\"bookmark\"><span>").append(esc(t.title()))
                    .append("</span></a></h2><div class=\"node__content\"><div class=\"field field--name-body\"><p>").append(esc(t.lead()))
                    .append("</p></div></div></article></div>");
        }
        return head(p) + "<body class=\"path-node page-node-type-article\"><div class=\"dialog-off-canvas-main-canvas\"><div class=\"page-wrapper\">"
                + "<header class=\"site-header\">" + nav(p) + "</header><div class=\"main-content\"><main role=\"main\"><div class=\"region region--content\">"
                + "<h1 class=\"title page-title\"><span class=\"field field--name-title\">" + esc(p.story().title()) + "</span></h1>"
                + "<article class=\"node node--type-article node--view-mode-full\"><div class=\"node__content\">"
                + "<div class=\"text-content clearfix field field--name-body field--type-text-with-summary\">"
                + paragraphs(p.paragraphs(), null) + "</div></div></article>"
                + "<div class=\"block block-views\"><h2 class=\"block__title\">Related content</h2><div class=\"view-content\">" + rows
                + "</div></div><div class=\"block block-block-content\"><p>" + MEMBERSHIP + "</p></div></div></main></div>" + FOOTER
                + "</div></div></body></html>";
    }

    /** Newspaper theme: a related box inside the article's content, a most-read sidebar, share buttons. */
    static String newspaper(Page p) {
        StringBuilder related = new StringBuilder();
        for (Teaser t : p.related()) {
            related.append("<div class=\"td-related-span4\"><h3 class=\"entry-title td-module-title\"><a href=\"").append(t.url()).append("\">")
                    .append(esc(t.title())).append("</a></h3><div class=\"td-excerpt\">").append(esc(t.lead())).append("</div></div>");
        }
        StringBuilder most = new StringBuilder();
        for (Teaser t : p.latest()) {
            most.append("<li><div class=\"td_module_6\"><h3 class=\"entry-title\"><a href=\"").append(t.url()).append("\">")
                    .append(esc(t.title())).append("</a></h3><div class=\"td-excerpt\">").append(esc(t.lead())).append("</div></div></li>");
        }
        List<String> ps = p.paragraphs();
        int half = Math.max(1, ps.size() / 2);
        return head(p) + "<body class=\"single td-standard-pack\"><div id=\"td-outer-wrap\"><div class=\"td-header-wrap\">" + nav(p) + "</div>"
                + "<div class=\"td-main-content-wrap\"><div class=\"td-container\"><div class=\"td-pb-row\"><div class=\"td-pb-span8 td-main-content\">"
                + "<article class=\"post type-post\"><div class=\"td-post-header\"><h1 class=\"entry-title\">" + esc(p.story().title())
                + "</h1></div><div class=\"td-post-sharing\"><span>" + SHARE + "</span><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a></div>"
                + "<div class=\"td-post-content\">" + paragraphs(ps.subList(0, half), null)
                + "<div class=\"td_block_related_posts\"><h4 class=\"td-related-title\">Related articles</h4><div class=\"td-related-row\">"
                + related + "</div></div>" + paragraphs(ps.subList(half, ps.size()), null) + "</div></article></div>"
                + "<div class=\"td-pb-span4 td-main-sidebar\"><aside class=\"widget\"><h4 class=\"block-title\">Most read</h4><ul>" + most
                + "</ul></aside></div></div></div></div>" + FOOTER + "</div></body></html>";
    }

    /** A news site: its article element, then the latest-news section, a newsletter promotion. */
    static String newsSite(Page p) {
        StringBuilder latest = new StringBuilder();
        for (Teaser t : p.latest()) {
            latest.append("<div class=\"item\"><h3><a href=\"").append(t.url()).append("\">").append(esc(t.title()))
                    .append("</a></h3><p>").append(esc(t.lead())).append("</p></div>");
        }
        return head(p) + "<body><header class=\"masthead\"><a class=\"logo\" href=\"/\">The Courier</a>" + nav(p) + "</header>"
                + "<div class=\"page\"><article><h1>" + esc(p.story().title()) + "</h1><p class=\"byline\">By Staff Reporter</p>"
                + paragraphs(p.paragraphs(), null) + "</article>"
                + "<div class=\"promo\"><p>" + NEWSLETTER + "</p><a href=\"/newsletters\">Sign up</a></div>"
                + "<section class=\"latest\"><h2>Latest news</h2>" + latest + "</section></div>" + FOOTER + "</body></html>";
    }

    /** No article element: a story body div, a teaser grid, a cookie banner first in the body. */
    static String plain(Page p) {
        StringBuilder grid = new StringBuilder();
        for (Teaser t : p.latest()) {
            grid.append("<div class=\"card\"><a href=\"").append(t.url()).append("\"><h2>").append(esc(t.title()))
                    .append("</h2></a><p>").append(esc(t.lead())).append("</p></div>");
        }
        return head(p) + "<body><div id=\"consent\"><p>" + COOKIES + "</p><button>Accept all</button></div>"
                + "<div id=\"top\">" + nav(p) + "</div><div id=\"content\"><div class=\"column-main\"><h1>" + esc(p.story().title()) + "</h1>"
                + "<div class=\"story-body\">" + paragraphs(p.paragraphs(), "text") + "</div>"
                + "<div class=\"support\"><p>" + MEMBERSHIP + "</p></div></div>"
                + "<div class=\"column-side\"><div class=\"grid\">" + grid + "</div></div></div>" + FOOTER + "</body></html>";
    }

    static final List<Site> SITES = List.of(new Site("wordpress", "wp-courier.example", ChromePages::wordpress),
            new Site("ghost", "ghost-gazette.example", ChromePages::ghost),
            new Site("drupal", "drupal-herald.example", ChromePages::drupal),
            new Site("newspaper", "daily-tribune.example", ChromePages::newspaper),
            new Site("news-site", "evening-post.example", ChromePages::newsSite),
            new Site("no-article-element", "city-journal.example", ChromePages::plain));

    void run() {
        List<BaseStory> stories = BaseStory.bundled();
        Map<String, String> urlOf = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Site site = SITES.get(i % SITES.size());
            urlOf.put(stories.get(i).id(), "https://" + site.host() + "/news/" + stories.get(i).id());
        }
        List<Rendered> pages = new ArrayList<>();
        for (int s = 0; s < SITES.size(); s++) {
            Site site = SITES.get(s);
            List<Teaser> latest = new ArrayList<>();
            for (int i = 0; i < stories.size() && latest.size() < 10; i++) {
                int j = (i * 7 + s * 5) % stories.size(); // each site its own ten, its own stories among them
                BaseStory t = stories.get(j);
                latest.add(new Teaser(t.title(), t.paragraphs().get(0), urlOf.get(t.id())));
            }
            for (int i = s; i < stories.size(); i += SITES.size()) {
                BaseStory story = stories.get(i);
                List<String> paragraphs = story.paragraphs().subList(0, Math.min(3, story.paragraphs().size()));
                List<Teaser> others = latest.stream().filter(t -> !t.title().equals(story.title())).toList();
                List<Teaser> related = others.subList(0, 3);
                String url = urlOf.get(story.id());
                String html = site.render().apply(new Page(story, paragraphs, others, related, url));
                pages.add(new Rendered(story.id(), site.name(), html, url, paragraphs, chrome(others), false));
            }
        }
        // six briefs: a story's first two paragraphs on the next site, under its own URL
        for (int s = 0; s < SITES.size(); s++) {
            BaseStory story = stories.get(s);
            Site site = SITES.get((s + 1) % SITES.size());
            List<Teaser> teasers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                BaseStory t = stories.get((i * 7 + ((s + 1) % SITES.size()) * 5) % stories.size());
                if (!t.id().equals(story.id())) {
                    teasers.add(new Teaser(t.title(), t.paragraphs().get(0), urlOf.get(t.id())));
                }
            }
            List<String> paragraphs = story.paragraphs().subList(0, 2);
            String url = "https://" + site.host() + "/brief/" + story.id();
            String html = site.render().apply(new Page(story, paragraphs, teasers, teasers.subList(0, 3), url));
            pages.add(new Rendered(story.id(), site.name(), html, url, paragraphs, chrome(teasers), true));
        }

        measure(pages, true);
        // the same pages with no address at all (no ?url=, no canonical link): the site is what the markup reveals
        measure(pages.stream().map(p -> new Rendered(p.story(), p.site(), p.html().replaceFirst("<link rel=\"canonical\"[^>]*>", ""),
                null, p.paragraphs(), p.chrome(), p.brief())).toList(), false);
    }

    private void measure(List<Rendered> pages, boolean addressed) {
        IngestService ingest = new IngestService(events -> CompletableFuture.completedFuture(null), () -> 5 * 1024 * 1024,
                Clock.systemUTC(), new SimpleMeterRegistry(), new SourceBoilerplate(3, 10_000, 2_000));
        int kept = 0;
        int dirty = 0;
        int paragraphsTotal = 0;
        int paragraphsKept = 0;
        Map<String, int[]> bySite = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        List<String> storyOf = new ArrayList<>();
        List<Boolean> briefs = new ArrayList<>();
        for (Rendered p : pages) {
            // as POST /articles with text/html and ?url= would publish it: its site's boilerplate learned page by page
            Article a = ingest.ingest(p.html().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                    IngestService.Entry.ARTICLE, new ArticleDraft(p.url(), null, null, null, null, null, null)).accepted().get(0);
            // without an address every page is of an unknown source, and its own; its id comes from its text
            String text = ExtractionScore.norm(a.text());
            int found = 0;
            for (String para : p.paragraphs()) {
                found += text.contains(ExtractionScore.norm(para)) ? 1 : 0;
            }
            List<String> leaked = p.chrome().stream().filter(c -> text.contains(ExtractionScore.norm(c))).toList();
            paragraphsTotal += p.paragraphs().size();
            paragraphsKept += found;
            kept += found == p.paragraphs().size() ? 1 : 0;
            dirty += leaked.isEmpty() ? 0 : 1;
            int[] site = bySite.computeIfAbsent(p.site(), k -> new int[3]);
            site[0]++;
            site[1] += found == p.paragraphs().size() ? 1 : 0;
            site[2] += leaked.isEmpty() ? 0 : 1;
            if (explain && (!leaked.isEmpty() || found < p.paragraphs().size())) {
                out.printf("  %s %s%s: %d of %d paragraphs, %d chrome texts kept%s%n", p.site(), p.story(), p.brief() ? " (brief)" : "",
                        found, p.paragraphs().size(), leaked.size(), leaked.isEmpty() ? "" : ": " + abbreviate(leaked.get(0)));
            }
            articles.add(a);
            storyOf.add(p.story());
            briefs.add(p.brief());
        }

        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
        DecisionFold fold = new DecisionFold();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
        for (Article a : articles) {
            fold.acceptAll(engine.decide(ArticleIngested.of(a, at), at).events());
        }
        Map<String, String> predicted = fold.stories();
        Map<String, Set<String>> basesOfPredicted = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            basesOfPredicted.computeIfAbsent(predicted.get(articles.get(i).id()), k -> new HashSet<>()).add(storyOf.get(i));
        }
        long falseMerges = basesOfPredicted.values().stream().filter(b -> b.size() > 1).mapToLong(b -> b.size() - 1).sum();
        int folded = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (briefs.get(i)) {
                String base = storyOf.get(i);
                for (int j = 0; j < articles.size(); j++) {
                    if (!briefs.get(j) && storyOf.get(j).equals(base)
                            && predicted.get(articles.get(j).id()).equals(predicted.get(articles.get(i).id()))) {
                        folded++;
                        break;
                    }
                }
            }
        }
        if (explain) {
            basesOfPredicted.values().stream().filter(b -> b.size() > 1).forEach(b -> out.println("  merged: " + b));
        }
        int briefCount = (int) briefs.stream().filter(b -> b).count();
        out.printf("Short stories in heavy templates, %s: %d pages over %d templates (%d briefs)%n",
                addressed ? "each page with its address" : "no page with an address", pages.size(), SITES.size(), briefCount);
        out.printf("  %-20s %5s %13s %13s%n", "template", "pages", "story whole", "chrome kept");
        bySite.forEach((k, v) -> out.printf("  %-20s %5d %13d %13d%n", k, v[0], v[1], v[2]));
        out.printf("  paragraphs kept %d of %d; pages with their whole story %d of %d; pages keeping chrome %d%n", paragraphsKept,
                paragraphsTotal, kept, pages.size(), dirty);
        out.printf("  dedupe: false merges %d, briefs folded %d of %d%n", falseMerges, folded, briefCount);
        String k = addressed ? "chrome" : "chrome_unaddressed";
        out.printf("%s_pages=%d%n%s_paragraph_recall=%.4f%n%s_pages_dirty=%d%n%s_false_merges=%d%n%s_briefs_folded=%d%n",
                k, pages.size(), k, paragraphsKept / (double) paragraphsTotal, k, dirty, k, falseMerges, k, folded);
    }

    /** The texts of a page that are not its story: teaser headlines and leads, promotions, banners. */
    static List<String> chrome(List<Teaser> teasers) {
        List<String> c = new ArrayList<>();
        for (Teaser t : teasers) {
            c.add(t.title());
            c.add(t.lead());
        }
        c.addAll(List.of(NEWSLETTER, COOKIES, MEMBERSHIP, SHARE));
        return c;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
