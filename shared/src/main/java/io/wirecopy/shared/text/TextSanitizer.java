package io.wirecopy.shared.text;

/**
 * Makes a string safe for JSON, Kafka and PostgreSQL (which refuses U+0000 in text): C0 controls other
 * than tab, newline and carriage return are removed, and so is DEL; C1 controls (U+0080–U+009F), which in
 * real text are nearly always windows-1252 bytes read as ISO-8859-1, become the character windows-1252
 * gives them ({@code 0x93} → “), as HTML5 does for character references, and are removed where it gives
 * none; U+2028 and U+2029 become a newline; lone surrogates and noncharacters (U+FDD0–U+FDEF and every
 * U+xFFFE, U+xFFFF) become U+FFFD. A clean string comes back as the same instance.
 */
public final class TextSanitizer {

    /** windows-1252 for 0x80–0x9F; 0 where it has no character. */
    private static final char[] WINDOWS_1252_C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    private TextSanitizer() {
    }

    /** {@code text} made safe as the class says; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                out.append(isNonCharacter(cp) ? "\uFFFD" : text.substring(i, i + 2));
                i++;
            } else if (Character.isSurrogate(c) || isNonCharacter(c)) {
                out.append('\uFFFD');
            } else if (c >= 0x80 && c <= 0x9F) {
                char mapped = WINDOWS_1252_C1[c - 0x80];
                if (mapped != 0) {
                    out.append(mapped);
                }
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (!isRemovedControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #clean} would leave {@code text} as it is (null is clean). */
    public static boolean isClean(String text) {
        return text == null || firstUnsafe(text) < 0;
    }

    /** The index of the first char {@link #clean} changes, or -1. */
    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // the common case, printable ASCII
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (Character.isSurrogate(c) || isNonCharacter(c) || isRemovedControl(c) || (c >= 0x80 && c <= 0x9F)
                    || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRemovedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
