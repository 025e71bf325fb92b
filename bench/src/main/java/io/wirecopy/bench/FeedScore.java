package io.wirecopy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.parse.FeedXml;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.service.IngestException;
import io.wirecopy.ingest.service.IngestResult;
import io.wirecopy.ingest.service.IngestService;
import io.wirecopy.ingest.service.UrlCanonicalizer;
import io.wirecopy.shared.event.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed reading scored on Universal Feed Parser's test feeds ({@code ../shared/corpus/feeds}, read from
 * there, never copied into the project): each case is posted through ingest's own service as
 * {@code POST /feeds} would, and each expectation that Wirecopy can show on the articles it stores is
 * checked: the feed read or refused cleanly ({@code bozo}), and the first entry's title, link, text,
 * published time and author. feedparser's tests give an entry only the element under test, so an
 * entry with no text gets a sentence of text and one with no title a title (inserted in the feed's own
 * encoding, after its opening tag), and a feed with no entry gets one; without that, a test of a
 * title would test the rule that an item needs a text. What Wirecopy does not store (a feed's own
 * title, a guid that is not a link) is counted apart as not observable.
 */
final class FeedScore {

    private static final String ADDED_TEXT = "Text the bench added so that the entry makes an article.";
    private static final String ADDED_TITLE = "Title the bench added";

    private final PrintStream out;
    private final Path root;
    private final boolean explain;

    FeedScore(PrintStream out, Path root, boolean explain) {
        this.out = out;
        this.root = root;
        this.explain = explain;
    }

    /** Held, failed and not-observable counts for one kind of expectation. */
    static final class Tally {
        int held;
        int failed;
        int unobservable;
    }

    void run() throws IOException {
        Path dir = root.resolve("../shared/corpus/feeds").normalize();
        if (!Files.exists(dir.resolve("cases.jsonl"))) {
            throw new IllegalStateException("no feed corpus at " + dir + " (it is read from beside the repo)");
        }
        IngestService service = new IngestService(events -> CompletableFuture.completedFuture(null), () -> 5 * 1024 * 1024,
                Clock.systemUTC(), new SimpleMeterRegistry(), SourceBoilerplate.none());
        ObjectMapper json = new ObjectMapper();
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int refused = 0;
        int wellformed = 0;
        for (String line : Files.readAllLines(dir.resolve("cases.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            cases++;
            String file = c.path("file").asText();
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            String format = c.path("format").asText();
            String contentType = c.path("http_headers").path("Content-type").asText(
                    c.path("http_headers").path("Content-Type").asText(format.equals("json") ? "application/feed+json" : "application/xml"));
            byte[] body = format.equals("json") ? bytes : augment(bytes, contentType, format);
            IngestResult result = null;
            String problem = null;
            try {
                result = service.ingest(body, contentType, IngestService.Entry.FEED, ArticleDraft.empty());
            } catch (IngestException e) {
                problem = e.kind().status + " " + e.getMessage();
                if (e.kind().status >= 500) {
                    problem = "5xx " + problem;
                }
            } catch (RuntimeException e) {
                problem = "crash " + e;
            }
            JsonNode expect = c.path("expect");
            boolean bozo = expect.path("bozo").asBoolean(false);
            if (!bozo) {
                wellformed++;
                if (result == null) {
                    refused++;
                }
            }
            List<Article> articles = result == null ? List.of() : result.accepted();
            for (var it = expect.fields(); it.hasNext();) {
                var e = it.next();
                String key = e.getKey();
                if (key.equals("entry") || key.equals("text_source") || key.equals("updated_raw") || key.equals("published_raw")) {
                    continue; // qualifiers of other expectations, or the raw string of a date checked parsed
                }
                Boolean held = check(key, e.getValue(), c.path("markup_in_expected").asBoolean(false), bozo, result, problem,
                        articles);
                Tally t = tallies.computeIfAbsent(group(key), k -> new Tally());
                if (held == null) {
                    t.unobservable++;
                } else if (held) {
                    t.held++;
                } else {
                    t.failed++;
                    failures.add(file + " " + key + "=" + e.getValue() + " -> " + (problem != null ? problem
                            : articles.isEmpty() ? "no article" : describe(articles.get(0))));
                }
            }
        }
        int held = tallies.values().stream().mapToInt(t -> t.held).sum();
        int failed = tallies.values().stream().mapToInt(t -> t.failed).sum();
        int unobservable = tallies.values().stream().mapToInt(t -> t.unobservable).sum();
        out.printf("Feeds on Universal Feed Parser's test cases: %d cases, %d well-formed (%d refused)%n", cases, wellformed,
                refused);
        out.printf("  %-22s %5s %6s %13s%n", "expectation", "held", "failed", "not observable");
        tallies.forEach((k, t) -> out.printf("  %-22s %5d %6d %13d%n", k, t.held, t.failed, t.unobservable));
        out.printf("  %-22s %5d %6d %13d   %.1f%% of the observable expectations hold%n", "all", held, failed, unobservable,
                100.0 * held / Math.max(1, held + failed));
        if (explain) {
            failures.forEach(f -> out.println("  failed: " + f));
        }
        out.printf("feeds_expectations_held=%d%nfeeds_expectations_failed=%d%nfeeds_expectations_unobservable=%d%n"
                + "feeds_share_held=%.4f%nfeeds_wellformed_refused=%d%n", held, failed, unobservable,
                held / (double) Math.max(1, held + failed), refused);
        everyWellFormedFeed(dir, service, json);
    }

    /**
     * Every well-formed feed of the suite (INDEX.json: the wellformed groups, and the encoding and JSON
     * feeds feedparser does not expect to be bozo), posted as it is, nothing added: taken (202, whatever
     * it holds, an empty feed included) or refused.
     */
    private void everyWellFormedFeed(Path dir, IngestService service, ObjectMapper json) throws IOException {
        JsonNode files = json.readTree(dir.resolve("INDEX.json").toFile()).path("files");
        int wellformed = 0;
        int taken = 0;
        int empty = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> refusals = new ArrayList<>();
        for (JsonNode f : files) {
            String group = f.path("group").asText();
            String expect = f.path("expect").asText("");
            boolean wellFormed = group.startsWith("wellformed") || ((group.equals("encoding") || group.equals("json"))
                    && !expect.strip().startsWith("bozo"));
            if (!wellFormed) {
                continue;
            }
            wellformed++;
            String file = f.path("file").asText();
            String contentType = f.path("format").asText().equals("json") ? "application/feed+json" : "application/xml";
            try {
                IngestResult r = service.ingest(Files.readAllBytes(dir.resolve(file)), contentType, IngestService.Entry.FEED,
                        ArticleDraft.empty());
                taken++;
                if (r.accepted().isEmpty() && r.rejected().isEmpty()) {
                    empty++;
                }
            } catch (IngestException e) {
                String reason = e.getMessage().replaceAll("\\d+", "N");
                reasons.merge(reason.length() > 90 ? reason.substring(0, 90) : reason, 1, Integer::sum);
                refusals.add(file + " -> " + e.getMessage());
            } catch (RuntimeException e) {
                reasons.merge("crash " + e.getClass().getSimpleName(), 1, Integer::sum);
                refusals.add(file + " -> crash " + e);
            }
        }
        out.printf("Every well-formed feed of the suite, posted as it is: %d of %d taken (%d refused); %d of those taken"
                + " have no items (400 'the feed has no items' before 2026-12-06)%n", taken, wellformed, wellformed - taken, empty);
        reasons.forEach((r, n) -> out.printf("  %4d  %s%n", n, r));
        if (explain) {
            refusals.forEach(r -> out.println("  refused: " + r));
        }
        out.printf("feeds_all_wellformed=%d%nfeeds_all_wellformed_taken=%d%nfeeds_all_wellformed_empty=%d%n", wellformed,
                taken, empty);
    }

    private static String group(String key) {
        return switch (key) {
            case "author_name", "authors" -> "author";
            case "updated" -> "published";
            case "text_contains" -> "text";
            default -> key;
        };
    }

    /** Whether one expectation holds: true, false, or null when nothing Wirecopy stores could show it. */
    private static Boolean check(String key, JsonNode value, boolean markup, boolean bozo, IngestResult result,
            String problem, List<Article> articles) {
        if (problem != null && (problem.startsWith("crash") || problem.startsWith("5xx"))) {
            return false; // never an answer
        }
        Article first = articles.isEmpty() ? null : articles.get(0);
        switch (key) {
            case "bozo", "no_crash" -> {
                return bozo || key.equals("no_crash") || result != null; // ill-formed: any clean answer
            }
            case "encoding" -> {
                return bozo || result != null; // read in that encoding, not refused as undecodable
            }
            case "feed_title" -> {
                return null;
            }
            case "entries" -> {
                return result != null && articles.size() == value.asInt();
            }
            default -> {
            }
        }
        if (first == null) {
            return bozo ? Boolean.TRUE : Boolean.FALSE; // an ill-formed feed refused cleanly holds
        }
        return switch (key) {
            case "title" -> first.title() != null && forms(value.asText(), markup).contains(norm(first.title()));
            case "link" -> value.isNull() ? first.url() == null : sameUrl(first.url(), value.asText());
            case "id" -> value.asText().matches("(?i)https?://.*") ? (Boolean) sameUrl(first.url(), value.asText()) : null;
            case "text_contains" -> {
                boolean all = true;
                for (JsonNode t : value) {
                    List<String> forms = forms(t.asText(), markup);
                    if (forms.get(forms.size() - 1).isEmpty()) {
                        yield null; // markup without text (an inline SVG): a plain-text store cannot show it
                    }
                    String text = norm(first.text());
                    all &= forms.stream().anyMatch(f -> !f.isEmpty() && text.contains(f));
                }
                yield all;
            }
            case "published", "updated" -> first.publishedAt() != null
                    && first.publishedAt().toInstant().equals(OffsetDateTime.parse(value.asText()).toInstant());
            case "author", "author_name" -> first.byline() != null && norm(first.byline()).contains(norm(value.asText()));
            case "authors" -> {
                boolean all = first.byline() != null;
                for (JsonNode a : value) {
                    all &= first.byline() != null && first.byline().contains(a.asText());
                }
                yield all;
            }
            default -> null;
        };
    }

    /** Whether the stored URL is the expected one as ingest canonicalises URLs. */
    private static boolean sameUrl(String stored, String expected) {
        if (stored == null) {
            return false;
        }
        try {
            return stored.equals(UrlCanonicalizer.canonicalize(expected));
        } catch (IllegalArgumentException e) {
            return stored.equals(expected);
        }
    }

    private static String describe(Article a) {
        return "title=" + a.title() + " url=" + a.url() + " byline=" + a.byline() + " published=" + a.publishedAt()
                + " text=" + (a.text().length() > 80 ? a.text().substring(0, 80) : a.text());
    }

    /**
     * The plain-text forms an expected value can take in Wirecopy's store: feedparser states text/html
     * values as (sanitised) HTML, so their text is what a plain-text store holds; text/plain values are
     * flagged the same way, so the literal value counts too.
     */
    private static List<String> forms(String expected, boolean markup) {
        String literal = norm(expected);
        if (!markup && expected.indexOf('<') < 0 && expected.indexOf('&') < 0) {
            return List.of(literal);
        }
        return List.of(literal, norm(org.jsoup.Jsoup.parseBodyFragment(expected).text()));
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static final Pattern ENTRY = Pattern.compile("<((?:[A-Za-z0-9_-]+:)?(?:item|entry))(\\s[^>]*)?>(.*?)</\\1\\s*>",
            Pattern.DOTALL);

    /** The feed with a text and a title in each entry lacking them, and an entry if it has none; in its own encoding. */
    static byte[] augment(byte[] bytes, String contentType, String format) {
        Charset charset = FeedXml.encoding(bytes, contentType); // what ingest reads it in: edits stay in its encoding
        String xml;
        try {
            xml = charset.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return bytes;
        }
        boolean atom = format.equals("atom");
        StringBuilder sb = new StringBuilder();
        Matcher m = ENTRY.matcher(xml);
        int at = 0;
        boolean any = false;
        while (m.find()) {
            any = true;
            String tag = m.group(1);
            String prefix = tag.contains(":") ? tag.substring(0, tag.indexOf(':') + 1) : "";
            String inner = m.group(3);
            String lower = inner.toLowerCase(Locale.ROOT);
            StringBuilder add = new StringBuilder();
            if (!lower.matches("(?s).*<([a-z0-9_-]+:)?(description|content|summary|encoded|abstract)[\\s>/].*")) {
                add.append(atom ? "<" + prefix + "summary>" + ADDED_TEXT + "</" + prefix + "summary>"
                        : "<" + prefix + "description>" + ADDED_TEXT + "</" + prefix + "description>");
            }
            if (!lower.matches("(?s).*<([a-z0-9_-]+:)?title[\\s>/].*")) {
                add.append("<").append(prefix).append("title>").append(ADDED_TITLE).append("</").append(prefix).append("title>");
            }
            int open = m.start(3);
            sb.append(xml, at, open).append(add);
            at = open;
        }
        sb.append(xml.substring(at));
        String augmented = sb.toString();
        if (!any) {
            String entry = atom ? "<entry><title>" + ADDED_TITLE + "</title><summary>" + ADDED_TEXT + "</summary></entry>"
                    : "<item><title>" + ADDED_TITLE + "</title><description>" + ADDED_TEXT + "</description></item>";
            Matcher close = Pattern.compile("</(channel|feed|rdf:RDF|(?:[A-Za-z0-9_-]+:)?feed)\\s*>").matcher(augmented);
            if (close.find()) {
                augmented = augmented.substring(0, close.start()) + entry + augmented.substring(close.start());
            } else {
                Matcher rss = Pattern.compile("</rss\\s*>").matcher(augmented);
                if (rss.find()) {
                    augmented = augmented.substring(0, rss.start()) + "<channel>" + entry + "</channel>"
                            + augmented.substring(rss.start());
                }
            }
        }
        return augmented.getBytes(charset);
    }
}
