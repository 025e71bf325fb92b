package io.wirecopy.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.ingest.parse.HtmlPageParser;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Teaser lists found by their shape, whatever their names; an article's own paragraphs never are. */
class TeaserListsTest {

    static final String STORY = "<p>The port of Halden stayed closed for a third day on Wednesday as dock workers extended their"
            + " strike over pay and pensions, leaving dozens of container ships waiting offshore.</p>"
            + "<p>The union said talks with the employers had broken down late on Tuesday after the two sides failed to agree"
            + " on how much pensions should rise over the next three years.</p>"
            + "<p>Shipping companies have begun diverting vessels to ports in neighbouring countries.</p>";

    static String item(String tag, int i) {
        return "<" + tag + " class=\"x" + i + "\"><h3><a href=\"/story/" + i + "\">Headline of another story number " + i
                + "</a></h3><p>The lead of another story, long enough to look like text worth keeping on a page " + i + ".</p></"
                + tag + ">";
    }

    @Test
    void aLatestNewsSectionAfterTheArticleIsLeftOutAndTheStoryKept() {
        StringBuilder latest = new StringBuilder("<div class=\"zz\"><h2>Latest</h2>");
        for (int i = 0; i < 10; i++) {
            latest.append(item("div", i));
        }
        String html = "<html><body><article><h1>Port strike enters third day</h1>" + STORY + "</article>" + latest
                + "</div></body></html>";
        String text = HtmlPageParser.parse(html, "https://port.example/strike").text();
        assertThat(text).startsWith("The port of Halden stayed closed").endsWith("neighbouring countries.")
                .doesNotContain("another story");
        Document doc = Jsoup.parse(html);
        Set<Element> items = TeaserLists.items(doc.body(), Set.of());
        assertThat(items).hasSize(10).allSatisfy(e -> assertThat(e.className()).startsWith("x"));
    }

    @Test
    void paragraphsThatOpenWithLinksAndShortListsAreNotTeasers() {
        String html = "<html><body><div>"
                + "<p><a href=\"/a\">The minister of finance</a> said on Monday that the budget would be balanced by 2028.</p>"
                + "<p><a href=\"/b\">The central bank governor</a> warned that rates could rise again before the summer.</p>"
                + "<p><a href=\"/c\">Opposition leaders across the country</a> called the plan a fantasy.</p></div>"
                + "<ul>" + item("li", 1) + item("li", 2) + "</ul></body></html>";
        assertThat(TeaserLists.items(Jsoup.parse(html).body(), Set.of())).as("paragraphs, and a list of two").isEmpty();
    }

    @Test
    void cardsThatAreWholeLinksAndListsWithAHeadingAreFound() {
        StringBuilder cards = new StringBuilder("<section><h2>Read more</h2>");
        for (int i = 0; i < 4; i++) {
            cards.append("<article><a href=\"/c").append(i).append("\"><header><h2>A card headline of a story ").append(i)
                    .append("</h2></header><div>Its excerpt in a few words.</div></a></article>");
        }
        Set<Element> items = TeaserLists.items(Jsoup.parse("<html><body>" + cards + "</section></body></html>").body(), Set.of());
        assertThat(items).hasSize(4).allSatisfy(e -> assertThat(e.normalName()).isEqualTo("article"));
    }
}
