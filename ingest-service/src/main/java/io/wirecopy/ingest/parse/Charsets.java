package io.wirecopy.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Bytes to text: byte order marks, declared charsets, a page's own declaration, and HTML's default. */
public final class Charsets {

    private Charsets() {
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
     * page's own {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in its first 2 KB (a
     * name Java does not know is ignored), then UTF-8 when the bytes are valid UTF-8, else windows-1252,
     * the encoding HTML gives an unlabelled page (WHATWG Encoding, and what browsers do).
     */
    public static String decodeHtml(byte[] body, String contentType) {
        boolean bom = body.length >= 2 && ((body[0] & 0xFF) == 0xEF || (body[0] & 0xFF) == 0xFE || (body[0] & 0xFF) == 0xFF);
        boolean declared = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=");
        if (bom || declared) {
            return decode(body, contentType);
        }
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        java.util.List<Charset> tries = new java.util.ArrayList<>();
        Charset stated = m.find() ? supported(m.group(1)) : null;
        if (stated != null) {
            // a page saying UTF-16 in ASCII bytes is not UTF-16 (WHATWG: such a label means UTF-8)
            tries.add(stated.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : stated);
        }
        tries.add(StandardCharsets.UTF_8);
        tries.add(Charset.forName("windows-1252"));
        for (Charset charset : tries) {
            try {
                return strict(body, 0, charset);
            } catch (IllegalArgumentException e) {
                if (e.getMessage().contains("binary")) {
                    throw e;
                }
            }
        }
        // a page whose own label is wrong and that is not windows-1252 either: every byte is a Latin-1 character
        return strict(body, 0, StandardCharsets.ISO_8859_1);
    }

    private static Charset supported(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The charset a content type states ({@code charset=utf-8}, {@code charset="UTF-8"},
     * {@code charset= 'us-ascii'}), or null when it states none or one Java does not know.
     */
    public static Charset statedCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)")
                .matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
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

}
