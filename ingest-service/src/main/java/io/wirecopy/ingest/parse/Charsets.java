package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.WireText;
import io.wirecopy.ingest.text.Dates;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bytes to text: byte order marks, declared charsets, a page's own declaration, and HTML's default. */
public final class Charsets {

    private Charsets() {
    }

    /**
     * Decodes {@code body}: a byte order mark wins, then the content type's {@code charset}, then UTF-8.
     * An unknown charset name is bad input.
     */
    public static String decode(byte[] body, String contentType) {
        Bom bom = bom(body);
        return bom != null ? strict(body, bom.length(), bom.charset()) : strict(body, 0, charsetOf(contentType));
    }

    /** A byte order mark: the charset it names and its length in bytes. */
    public record Bom(Charset charset, int length) {
    }

    /** The byte order mark {@code body} starts with (UTF-8, UTF-16 or UTF-32, either order), or null. */
    public static Bom bom(byte[] body) {
        if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Bom(Charset.forName("UTF-32BE"), 4);
        }
        if (startsWith(body, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Bom(Charset.forName("UTF-32LE"), 4);
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /** Whether {@code b} starts with the bytes {@code prefix}. */
    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bytes from {@code offset} as text in the first of {@code charsets} they are valid in, else as
     * Latin-1 (every byte is a character in it): for input that has to be read whatever its label says.
     */
    static String firstValid(byte[] body, int offset, List<Charset> charsets) {
        for (Charset charset : charsets) {
            String text = valid(body, offset, charset);
            if (text != null) {
                return text;
            }
        }
        return new String(body, offset, body.length - offset, StandardCharsets.ISO_8859_1);
    }

    /** The bytes as text in {@code charset}, or null when they are not valid in it. */
    private static String valid(byte[] body, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
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
        return notBinary(out.flip().toString());
    }

    /** The text, unless more than 1 in 20 of its characters are control characters: then it is refused as binary. */
    private static String notBinary(String text) {
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
        if (bom(body) != null || charsetName(contentType) != null) {
            return decode(body, contentType);
        }
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        List<Charset> tries = new ArrayList<>();
        Charset stated = m.find() ? supported(m.group(1)) : null;
        if (stated != null) {
            // a page saying UTF-16 in ASCII bytes is not UTF-16 (WHATWG: such a label means UTF-8)
            tries.add(stated.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : stated);
        }
        tries.add(StandardCharsets.UTF_8);
        tries.add(Charset.forName("windows-1252"));
        // a page whose own label is wrong and that is not windows-1252 either is read as Latin-1
        return notBinary(firstValid(body, 0, tries));
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
        String name = charsetName(contentType);
        return name == null ? null : supported(name);
    }

    private static final java.util.regex.Pattern CHARSET_PARAMETER = java.util.regex.Pattern.compile(
            "(?i);\\s*charset\\s*=\\s*[\"']?\\s*([^\"';\\s]+)");

    /** The name a content type's {@code charset} parameter gives (quotes and spaces around it dropped), or null. */
    private static String charsetName(String contentType) {
        if (contentType == null) {
            return null;
        }
        java.util.regex.Matcher m = CHARSET_PARAMETER.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The content type's charset, UTF-8 when it names none; a name Java does not know is bad input. */
    static Charset charsetOf(String contentType) {
        String name = charsetName(contentType);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown charset '" + Dates.abbreviate(name) + "'");
        }
    }
}
