package io.wirecopy.bench;

import io.wirecopy.dedupe.quote.QuoteExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Attribution on news nobody here wrote or labelled: the 98 Canadian articles of the Gender Gap Tracker's evaluation
 * (Asr et al., SFU Discourse Lab, 2018-2019 news of CBC, CTV, Global, HuffPost Canada, National Post, The Globe and
 * Mail and the Toronto Star), whose annotators marked every quote with its speaker as written and the person or body
 * it refers to. The spreadsheet (with each article's text) is read from where the user put it, never copied into the
 * project. Its direct quotes (those that open with a quote mark, of four words or more) are scored as {@code bench/run
 * quotes} scores the real pages: the quote looked up by its first words, its speaker right when it is the referent
 * (same surname), or the source as the text describes it ({@link QuoteScore#sameDescription}).
 */
final class AnnotatedNews {

    private final PrintStream out;
    private final PrintStream detail;
    private final boolean explain;

    AnnotatedNews(PrintStream out, PrintStream detail, boolean explain) {
        this.out = out;
        this.detail = detail;
        this.explain = explain;
    }

    /** One article: its text and its direct quotes. */
    record Article(String id, String text, List<Label> labels) {
    }

    /** A direct quote: how the text attributes it, whom it refers to, the speaker as written, its first words. */
    record Label(String kind, String reference, String speaker, String prefix) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "it", "we", "i");
    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "one", "some", "his", "her", "their");

    void run(Path xlsx) throws IOException {
        List<Article> articles = read(xlsx);
        out.println("## annotated Canadian news (Gender Gap Tracker evaluation, " + xlsx.getFileName() + ")");
        Map<String, int[]> counts = new LinkedHashMap<>();
        int n = 0;
        for (Article a : articles) {
            String half = n++ % 2 == 0 ? "first" : "second";
            List<QuoteExtractor.ExtractedQuote> quotes = QuoteExtractor.extract(a.text());
            for (Label l : a.labels()) {
                int[] c = counts.computeIfAbsent(half + " " + l.kind(), k -> new int[3]);
                c[0]++;
                QuoteExtractor.ExtractedQuote q = find(quotes, l.prefix());
                if (q == null) {
                    if (explain) {
                        detail.printf("  missed   %s %s [%s] %s%n", half, a.id(), l.kind(), l.prefix());
                    }
                    continue;
                }
                c[1]++;
                boolean right = QuoteScore.sameSpeaker(l.reference(), q.speaker())
                        || !l.kind().equals("pronoun") && q.speaker() != null && QuoteScore.sameSpeaker(l.speaker(), q.speaker())
                        || q.speaker() == null && (QuoteScore.sameDescription(l.speaker(), q.description())
                                || QuoteScore.sameDescription(l.reference(), q.description()));
                if (right) {
                    c[2]++;
                } else if (explain) {
                    detail.printf("  speaker  %s %s [%s] %s -> %s%s (labelled %s / %s)%n", half, a.id(), l.kind(), l.prefix(),
                            q.speaker(), q.description() == null ? "" : " / ~" + q.description(), l.reference(), l.speaker());
                }
            }
        }
        out.printf("%d articles, %d direct quotes labelled%n", articles.size(),
                articles.stream().mapToInt(a -> a.labels().size()).sum());
        out.println("| half | kind | quotes | found | right speaker | attribution |");
        out.println("|---|---|---|---|---|---|");
        int[] total = new int[3];
        for (String half : List.of("first", "second")) {
            int[] all = new int[3];
            for (String kind : QuoteScore.KINDS) {
                int[] c = counts.getOrDefault(half + " " + kind, new int[3]);
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                    total[k] += c[k];
                }
                out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f |%n", half, kind, c[0], c[1], c[2], ratio(c[2], c[1]));
            }
            out.printf(Locale.ROOT, "| %s | **all** | %d | %d | %d | **%.3f** |%n", half, all[0], all[1], all[2], ratio(all[2], all[1]));
        }
        out.printf(Locale.ROOT, "| both | **all** | %d | %d | %d | **%.3f** |%n", total[0], total[1], total[2], ratio(total[2], total[1]));
        out.printf(Locale.ROOT, "annotated_attribution=%.4f%nannotated_found=%.4f%n", ratio(total[2], total[1]), ratio(total[1], total[0]));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    /** The first extracted quote whose words start with the label's (or hold them, for a longer prefix). */
    private static QuoteExtractor.ExtractedQuote find(List<QuoteExtractor.ExtractedQuote> quotes, String prefix) {
        String want = words(prefix, 4);
        for (QuoteExtractor.ExtractedQuote q : quotes) {
            String w = words(q.text(), Integer.MAX_VALUE);
            if (w.startsWith(want) || want.length() > 10 && w.contains(want)) {
                return q;
            }
        }
        return null;
    }

    /** The first {@code n} words, lower case, apostrophes as spaces. */
    static String words(String s, int n) {
        String[] w = s.toLowerCase(Locale.ROOT).replace('\'', ' ').replace('’', ' ').split("[^\\p{L}\\p{N}]+");
        StringBuilder b = new StringBuilder();
        int taken = 0;
        for (String x : w) {
            if (x.isEmpty()) {
                continue;
            }
            if (taken++ == n) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(x);
        }
        return b.toString();
    }

    private static final Pattern OBJECT = Pattern.compile("\\{(.*?)\\n\\s*}", Pattern.DOTALL);

    /** The articles of the spreadsheet: column A its row, D its text (paragraphs joined by "\n .\n "), N its quotations. */
    static List<Article> read(Path xlsx) throws IOException {
        List<Map<String, String>> rows = sheet(xlsx);
        List<Article> articles = new ArrayList<>();
        for (Map<String, String> row : rows.subList(1, rows.size())) {
            String text = row.getOrDefault("D", "").replace("\n .\n ", "\n\n").replace("\r", "");
            List<Label> labels = new ArrayList<>();
            // the quotations are JSON written by hand (one row has a missing comma): each object's fields read alone
            Matcher m = OBJECT.matcher(row.getOrDefault("N", ""));
            while (m.find()) {
                String quote = field(m.group(1), "quote").strip();
                if (quote.isEmpty() || quote.charAt(0) != '"' && quote.charAt(0) != '“') {
                    continue; // an indirect quote: not what the extractor reads
                }
                String prefix = words(quote, 6);
                if (prefix.split(" ").length < 4) {
                    continue;
                }
                String speaker = field(m.group(1), "speaker").strip();
                String reference = field(m.group(1), "reference").strip();
                labels.add(new Label(kind(speaker, reference), reference, speaker, prefix));
            }
            articles.add(new Article(row.getOrDefault("A", "?") + " " + row.getOrDefault("C", ""), text, labels));
        }
        return articles;
    }

    /** How the text attributes a quote: no speaker (implicit), a pronoun, the referent's name, or a description. */
    private static String kind(String speaker, String reference) {
        if (speaker.isEmpty()) {
            return "implicit";
        }
        String lower = speaker.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return "pronoun";
        }
        String[] ref = reference.toLowerCase(Locale.ROOT).split("\\s+");
        return Character.isUpperCase(speaker.charAt(0)) && !NOT_A_NAME.contains(lower.split("\\s+")[0]) && !reference.isEmpty()
                && lower.contains(ref[ref.length - 1]) ? "named" : "nominal";
    }

    private static String field(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(object);
        if (!m.find()) {
            return "";
        }
        return m.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }

    /** The first sheet's rows, each as column letter to cell text (shared strings resolved). */
    private static List<Map<String, String>> sheet(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> shared = new ArrayList<>();
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                NodeList items = parse(zip, strings).getElementsByTagName("si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(text((Element) items.item(i)));
                }
            }
            NodeList rowNodes = parse(zip, zip.getEntry("xl/worksheets/sheet1.xml")).getElementsByTagName("row");
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 0; r < rowNodes.getLength(); r++) {
                Map<String, String> row = new HashMap<>();
                NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                for (int c = 0; c < cells.getLength(); c++) {
                    Element cell = (Element) cells.item(c);
                    String column = cell.getAttribute("r").replaceAll("\\d", "");
                    NodeList v = cell.getElementsByTagName("v");
                    String value = cell.getAttribute("t").equals("inlineStr") ? text(cell)
                            : v.getLength() == 0 ? null
                            : cell.getAttribute("t").equals("s") ? shared.get(Integer.parseInt(v.item(0).getTextContent()))
                            : v.item(0).getTextContent();
                    if (value != null) {
                        row.put(column, value);
                    }
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String text(Element e) {
        NodeList t = e.getElementsByTagName("t");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.getLength(); i++) {
            b.append(t.item(i).getTextContent());
        }
        return b.toString();
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + entry.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Where the spreadsheet is taken from when {@code --ggt} names none. */
    static Path defaultPath(Path root) {
        return root.resolve("bench/target/ggt/AnnotationTable_byArticle_withReplacementArticles.xlsx");
    }

    static boolean present(Path xlsx) {
        return Files.isRegularFile(xlsx);
    }
}
