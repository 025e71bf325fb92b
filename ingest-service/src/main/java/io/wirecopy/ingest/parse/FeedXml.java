package io.wirecopy.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A feed's bytes made XML a strict parser takes, the way feed readers have long read real feeds:
 * <ul>
 * <li>the encoding found as XML says (a byte order mark, else the first bytes' pattern for UTF-16 and
 * UTF-32, else the {@code encoding} of the XML declaration), except that the content type's charset wins
 * over the declaration (RFC 7303); bytes not valid in that encoding are read as UTF-8, then as
 * windows-1252, rather than refusing the feed;</li>
 * <li>a DOCTYPE is taken out (a parser is never given one, so no external entity is fetched and no
 * entity expands into a billion), its internal entities with literal values kept as the text they stand
 * for; HTML's named entities ({@code &nbsp;}, {@code &eacute;}, Netscape RSS 0.91's whole DTD) are
 * written as character references; an {@code &} that starts no reference is escaped.</li>
 * </ul>
 */
public final class FeedXml {

    /** How far into a document its DOCTYPE is looked for. */
    static final int PROLOG_CHARS = 64 * 1024;

    /** Characters all the references to a DOCTYPE's entities may expand to; a feed past it is refused (400). */
    static final int MAX_EXPANSION_CHARS = 1_000_000;

    /** Longest literal value of an internal entity that is kept; a longer one is dropped. */
    static final int MAX_ENTITY_CHARS = 1024;

    private FeedXml() {
    }

    /** The feed as text ready for a strict XML parser. */
    public static String prepare(byte[] body, String contentType) {
        return lenient(decode(body, contentType));
    }

    static String decode(byte[] b, String contentType) {
        Charsets.Bom bom = Charsets.bom(b);
        String text = Charsets.firstValid(b, bom == null ? 0 : bom.length(),
                List.of(encoding(b, contentType), StandardCharsets.UTF_8, Charset.forName("windows-1252")));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The encoding a feed's bytes are read in first: a byte order mark's, else the content type's
     * charset, else the UTF-32 or UTF-16 that the bytes of {@code <?} show (XML 1.0, appendix F.1), else
     * the XML declaration's, else UTF-8.
     */
    public static Charset encoding(byte[] b, String contentType) {
        Charsets.Bom bom = Charsets.bom(b);
        Charset stated = Charsets.statedCharset(contentType);
        if (bom != null) {
            return bom.charset();
        } else if (stated != null) {
            return stated;
        } else if (Charsets.startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return Charset.forName("UTF-32BE");
        } else if (Charsets.startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        } else if (Charsets.startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) {
            return StandardCharsets.UTF_16BE;
        } else if (Charsets.startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return declared(b);
    }

    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The encoding an ASCII-compatible document's XML declaration names, if Java knows it; else UTF-8. */
    private static Charset declared(byte[] b) {
        Matcher m = DECLARATION.matcher(new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                Charset c = Charset.forName(m.group(1));
                // an ASCII document cannot be UTF-16 whatever it declares
                return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static final Pattern DOCTYPE_START = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(\"([^\"]*)\"|'([^']*)')\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+;|#[xX][0-9a-fA-F]+;|([A-Za-z_][\\w.-]*);)?");

    /** The document without its DOCTYPE, its entities written out or as character references, bare {@code &}s escaped. */
    static String lenient(String xml) {
        Map<String, String> entities = new HashMap<>();
        String doc = xml;
        // a DOCTYPE belongs to the prolog, so only the start of the document is searched (a hostile body of
        // "<?" without an end cannot make the prolog scan quadratic)
        Matcher start = DOCTYPE_START.matcher(doc).region(0, Math.min(doc.length(), PROLOG_CHARS));
        if (start.find() && beforeRootElement(doc, start.start())) {
            int end = doctypeEnd(doc, start.start());
            String declaration = doc.substring(start.start(), end);
            Matcher e = ENTITY.matcher(declaration);
            while (e.find()) {
                String value = e.group(3) != null ? e.group(3) : e.group(4);
                // a literal value only: one that refers to other entities could expand without bound
                if (value.length() <= MAX_ENTITY_CHARS && value.indexOf('&') < 0 && value.indexOf('%') < 0
                        && value.indexOf('<') < 0) {
                    entities.putIfAbsent(e.group(1), value);
                }
            }
            doc = doc.substring(0, start.start()) + doc.substring(end);
        }
        doc = channelled(doc);
        StringBuilder out = new StringBuilder(doc.length() + 64);
        long expanded = 0;
        int i = 0;
        int cdata = doc.indexOf("<![CDATA[");
        while (i < doc.length()) {
            if (cdata >= 0 && cdata < i) {
                cdata = doc.indexOf("<![CDATA[", i); // found once per section, so the walk stays linear
            }
            int amp = doc.indexOf('&', i);
            if (amp < 0) {
                out.append(doc, i, doc.length());
                break;
            }
            if (cdata >= 0 && cdata < amp) {
                int close = doc.indexOf("]]>", cdata);
                int to = close < 0 ? doc.length() : close + 3;
                out.append(doc, i, to);
                i = to;
                continue;
            }
            out.append(doc, i, amp);
            Matcher r = REFERENCE.matcher(doc).region(amp, Math.min(doc.length(), amp + 64));
            r.lookingAt();
            String name = r.group(2);
            if (r.group(1) == null) {
                out.append("&amp;"); // an ampersand that starts no reference: "?a=1&b=2"
                i = amp + 1;
            } else if (name == null || isXmlEntity(name)) {
                out.append(r.group());
                i = r.end();
            } else if (entities.containsKey(name)) {
                String value = escape(entities.get(name));
                expanded += value.length();
                if (expanded > MAX_EXPANSION_CHARS) {
                    throw new IllegalArgumentException("the feed's DOCTYPE entities expand to more than "
                            + MAX_EXPANSION_CHARS + " characters");
                }
                out.append(value);
                i = r.end();
            } else if (Entities.isNamedEntity(name)) {
                String chars = Entities.getByName(name);
                chars.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                i = r.end();
            } else {
                out.append("&amp;"); // an entity nobody defined is text, not an error
                i = amp + 1;
            }
        }
        return out.toString();
    }

    private static final Pattern RSS_OPEN = Pattern.compile("<rss(\\s[^>]*)?>");

    /** An RSS document whose items sit straight under {@code <rss>}, as some feeds write it, given the {@code <channel>} it lacks. */
    static String channelled(String doc) {
        Matcher open = RSS_OPEN.matcher(doc);
        int close = doc.lastIndexOf("</rss>");
        if (!open.find() || close < open.end() || doc.indexOf("<channel", open.end()) >= 0) {
            return doc;
        }
        return doc.substring(0, open.end()) + "<channel>" + doc.substring(open.end(), close) + "</channel>" + doc.substring(close);
    }

    private static boolean isXmlEntity(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> true;
            default -> false;
        };
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** Whether only the prolog (declaration, comments, processing instructions, whitespace) comes before {@code at}. */
    private static boolean beforeRootElement(String doc, int at) {
        int i = 0;
        while (i < at) { // whitespace, processing instructions and comments only; each end is searched once
            char c = doc.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (doc.startsWith("<?", i)) {
                int end = doc.indexOf("?>", i + 2);
                if (end < 0 || end + 2 > at) {
                    return false;
                }
                i = end + 2;
            } else if (doc.startsWith("<!--", i)) {
                int end = doc.indexOf("-->", i + 4);
                if (end < 0 || end + 3 > at) {
                    return false;
                }
                i = end + 3;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The index after the DOCTYPE starting at {@code start}: its closing {@code >}, past an internal subset in brackets. */
    private static int doctypeEnd(String doc, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 2; i < doc.length(); i++) {
            char c = doc.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return doc.length();
    }
}
