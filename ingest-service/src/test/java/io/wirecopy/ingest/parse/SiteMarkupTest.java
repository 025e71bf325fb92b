package io.wirecopy.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SiteMarkupTest {

    static final String MENU = "<nav><a href=\"/world\">World</a><a href=\"/sport\">Sport</a><a href=\"/arts\">Arts</a></nav>";

    @Test
    void aPageWithoutAnAddressIsKnownByItsSiteNameElseItsMenu() {
        assertThat(SiteMarkup.of(Jsoup.parse("<head><meta property=\"og:site_name\" content=\" The Courier \"></head><body>x</body>")))
                .isEqualTo("site:the courier");
        String one = SiteMarkup.of(Jsoup.parse("<body>" + MENU + "<article><p>One story.</p></article></body>"));
        String two = SiteMarkup.of(Jsoup.parse("<body>" + MENU.replace("World", "Welt") + "<p>Another story.</p></body>"));
        assertThat(one).isEqualTo(two).isEqualTo("menu:05048344b126fd47");
        assertThat(SiteMarkup.of(Jsoup.parse("<body><nav><a href=\"/a\">A</a><a href=\"/b\">B</a></nav></body>")))
                .as("two links say nothing").isNull();
        assertThat(SiteMarkup.of(Jsoup.parse("<body><p>Nothing</p></body>"))).isNull();
    }
}
