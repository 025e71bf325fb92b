package io.wirecopy.ingest.service;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL, used for its id: scheme and host in lower case, default port,
 * fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) dropped, an
 * empty path made {@code /}. Only {@code http} and {@code https} URLs are accepted.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "ref_src", "cmpid", "ocid");

    private UrlCanonicalizer() {
    }

    /** Null or blank gives null; anything else that is not an absolute http(s) URL is an IllegalArgumentException. */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url '" + abbreviate(url) + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("url '" + abbreviate(url) + "' must be an absolute http or https URL");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder sb = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        sb.append(path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    /**
     * The default source of an article with a URL: the registrable domain of its host, one label
     * under the public suffix ({@code news.bbc.co.uk} → {@code bbc.co.uk}, {@code edition.cnn.com} →
     * {@code cnn.com}); the host itself (without {@code www.}) when it is an IP address, a public
     * suffix or not under a known one ({@code localhost}).
     */
    public static String sourceOf(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (InternetDomainName.isValid(host)) {
            InternetDomainName name = InternetDomainName.from(host);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
        }
        return host.replaceFirst("^www\\.", "");
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
