package io.wirecopy.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Decoding bytes and turning markup into paragraphs of plain text. */
public final class Texts {

    private Texts() {
    }

    /**
     * Decodes {@code body}: a byte order mark wins, then the content type's {@code charset}, then UTF-8.
     * An unknown charset name is bad input.
     */
    public static String decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return strict(body, 3, StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return strict(body, 2, StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return strict(body, 2, StandardCharsets.UTF_16LE);
        }
        return strict(body, 0, charsetOf(contentType));
    }

    /**
     * Decodes, refusing bytes that are not text in the charset (with their offset) and bodies that
     * look binary (more than 1 in 20 control characters; fewer are wire marks or stray bytes,
     * which {@link WireText} and {@link io.wirecopy.shared.text.TextSanitizer} handle).
     */
    private static String strict(byte[] body, int offset, Charset charset) {
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(body, offset, body.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new IllegalArgumentException("the body is not valid " + charset.name() + " text at byte " + in.position()
                    + "; declare its charset in the content type");
        }
        String text = out.flip().toString();
        long controls = text.chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t').count();
        if (controls * 20 > text.length()) {
            throw new IllegalArgumentException("the body looks binary, not text (" + controls + " control characters)");
        }
        return text;
    }

    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Decodes an HTML page: a byte order mark wins, then the content type's {@code charset}, then the
     * page's own {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in its first 2 KB,
     * then UTF-8.
     */
    public static String decodeHtml(byte[] body, String contentType) {
        boolean bom = body.length >= 2 && ((body[0] & 0xFF) == 0xEF || (body[0] & 0xFF) == 0xFE || (body[0] & 0xFF) == 0xFF);
        boolean declared = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=");
        if (!bom && !declared) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                return decode(body, "text/html; charset=" + m.group(1));
            }
        }
        return decode(body, contentType);
    }

    static Charset charsetOf(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = p.substring("charset=".length()).replace("\"", "").trim();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown charset '" + Dates.abbreviate(name) + "'");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * Plain text of an HTML fragment or page: one paragraph per block (headings, paragraphs, list
     * items, quotes), separated by blank lines; the whole text when it has no blocks.
     */
    public static String htmlToText(String html) {
        return blocksToText(Jsoup.parseBodyFragment(html).body());
    }

    static String blocksToText(Element root) {
        Elements blocks = root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td");
        StringBuilder sb = new StringBuilder();
        for (Element block : blocks) {
            if (!block.children().select("p, li, blockquote, pre").isEmpty() && !block.is("td")) {
                continue; // a container of other blocks: its children are taken one by one
            }
            if (isLinkList(block)) {
                continue; // menus and "related" lists: mostly link text
            }
            appendParagraph(sb, block.text());
        }
        if (sb.isEmpty()) {
            for (String line : root.wholeText().split("\\R")) {
                appendParagraph(sb, line);
            }
        }
        return sb.toString();
    }

    /**
     * Plain text with its line structure tidied: whitespace inside each line collapsed, and every run
     * of blank lines made one paragraph break.
     */
    public static String tidy(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            appendParagraph(sb, line);
        }
        return sb.toString();
    }

    private static void appendParagraph(StringBuilder sb, String paragraph) {
        String p = paragraph.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!p.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(p);
        }
    }

    /** A block whose text is mostly the text of its links. */
    static boolean isLinkList(Element block) {
        int all = block.text().length();
        int links = block.select("a").text().length();
        return all > 0 && links * 2 > all;
    }

    /**
     * The element that holds the article when the page does not say ({@code article}, {@code main}):
     * the one whose own paragraphs carry the most text (paragraphs of 25 characters or more that are
     * not mostly links; a grandparent gets half of its grandchildren's text), so a page's many small
     * boxes lose to its one long column.
     */
    static Element densest(Element body) {
        java.util.Map<Element, Integer> score = new java.util.LinkedHashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int length = p.text().length();
            if (length < 25 || isLinkList(p) || p.parent() == null) {
                continue;
            }
            score.merge(p.parent(), length, Integer::sum);
            if (p.parent().parent() != null) {
                score.merge(p.parent().parent(), length / 2, Integer::sum);
            }
        }
        return score.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(body);
    }

    /** A parsed HTML document, for callers that read metadata too. */
    static Document parseHtml(String html, String baseUrl) {
        return Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    }
}
