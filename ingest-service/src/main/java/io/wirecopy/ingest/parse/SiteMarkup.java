package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.PageBoilerplate;
import io.wirecopy.shared.text.Hashing;
import java.util.Locale;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site a page's markup reveals when the page states no source or address: its {@code og:site_name},
 * else the links of its navigation (the same menu on every page of a site), as a key for what is learned
 * per site ({@link PageBoilerplate}). Null when the page has neither.
 */
public final class SiteMarkup {

    /** Navigation links read at most. */
    static final int MAX_LINKS = 60;
    /** Fewer navigation links than this say nothing of a site. */
    static final int MIN_LINKS = 3;

    private SiteMarkup() {
    }

    public static String of(Document doc) {
        Element siteName = doc.selectFirst("meta[property=og:site_name]");
        if (siteName != null && !siteName.attr("content").isBlank()) {
            return "site:" + siteName.attr("content").strip().toLowerCase(Locale.ROOT);
        }
        TreeSet<String> links = new TreeSet<>();
        for (Element a : doc.select("nav a[href], header a[href], [role=navigation] a[href]")) {
            if (links.size() >= MAX_LINKS) {
                break;
            }
            links.add(a.attr("href").strip());
        }
        return links.size() < MIN_LINKS ? null : "menu:" + Hashing.sha256Hex(String.join("\n", links)).substring(0, 16);
    }
}
