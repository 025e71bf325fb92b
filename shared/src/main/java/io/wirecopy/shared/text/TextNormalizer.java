package io.wirecopy.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one text normalisation every comparison in Wirecopy uses.
 *
 * <p>Steps, in order: Unicode NFKC; removal of invisible characters (soft hyphen, zero-width
 * space/joiners, byte order mark); folding of typographic quotes to {@code '} and {@code "} and of
 * dashes and minus signs to {@code -}; lower case (locale-independent); every run of whitespace to
 * one space, trimmed.
 *
 * <p>Tokens are runs of letters, digits and combining marks, with inner apostrophes kept
 * ({@code wouldn't} is one token). Punctuation separates tokens and is not part of any. Tokens keep
 * their char span in the raw text ({@link #tokenSpans(String)}) so passages can be shown where they are.
 */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u0060\\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u2036\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)*");
    /** Characters that may join two parts of a raw word as an apostrophe (folded to {@code '} by {@link #normalize}). */
    private static final String APOSTROPHES = "'\u2018\u2019\u201A\u201B\u2032\u2035\u0060\u00B4\u02BC";

    private TextNormalizer() {
    }

    /** Normalises text for comparison; never returns null ({@code null} gives the empty string). */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = s.toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    /**
     * The word tokens of raw text with where each stands in it: {@code start} and {@code end} are char
     * offsets into {@code text}, so a passage found on tokens can be cut out of the original. Each raw
     * word (letters, digits, marks, invisible characters, inner apostrophes of any style) is normalised
     * on its own and split again if normalisation made more than one token of it ({@code "½"} gives
     * {@code 1} and {@code 2}, both with the span of {@code ½}).
     */
    public static List<Token> tokenSpans(String text) {
        List<Token> tokens = new ArrayList<>();
        forEachToken(text, new TokenVisitor() {
            @Override
            public void plain(String raw, int start, int end) {
                tokens.add(new Token(raw.substring(start, end).toLowerCase(Locale.ROOT), start, end));
            }

            @Override
            public void token(String token, int start, int end) {
                tokens.add(new Token(token, start, end));
            }
        });
        return tokens;
    }

    /**
     * What {@link #forEachToken} finds: a word of ASCII letters, digits and inner apostrophes whose token
     * is the raw text lower-cased, or any other token, already normalised.
     */
    public interface TokenVisitor {
        /** The token is {@code raw.substring(start, end)} lower-cased (ASCII). */
        void plain(String raw, int start, int end);

        /** A normalised token standing for {@code [start, end)} of the raw text. */
        void token(String token, int start, int end);
    }

    /**
     * The tokens of {@link #tokenSpans}, in order, without making strings of the plain ones (most of
     * them): a caller that only hashes them does it on the raw text.
     */
    public static void forEachToken(String text, TokenVisitor visitor) {
        walk(text, visitor, false);
    }

    /** Whether the text has a word at all: the same answer as {@code !tokens(text).isEmpty()}, reading only up to the first one. */
    public static boolean hasWord(String text) {
        return walk(text, null, true);
    }

    /**
     * The tokenising walk: each token to {@code visitor} (none when it is null); with {@code firstOnly}, it stops at
     * the first. Whether it found a token.
     */
    private static boolean walk(String text, TokenVisitor visitor, boolean firstOnly) {
        if (text == null) {
            return false;
        }
        boolean found = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordPart(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // a raw word: runs of word characters joined by single apostrophes
            int start = i;
            i = skipWordParts(text, i);
            while (i + 1 < n && APOSTROPHES.indexOf(text.charAt(i)) >= 0 && isWordPart(text.codePointAt(i + 1))) {
                i = skipWordParts(text, i + 1);
            }
            if (isPlainAscii(text, start, i)) { // the common case: normalising is lower-casing
                if (visitor != null) {
                    visitor.plain(text, start, i);
                }
                found = true;
            } else {
                String word = text.substring(start, i);
                if (isPlainNormalized(word)) { // letters, digits and marks only, already NFKC: lower-casing again
                    if (visitor != null) {
                        visitor.token(word.toLowerCase(Locale.ROOT), start, i);
                    }
                    found = true;
                } else {
                    Matcher m = TOKEN.matcher(normalize(word));
                    while (m.find()) {
                        if (visitor != null) {
                            visitor.token(m.group(), start, i);
                        }
                        found = true;
                        if (firstOnly) {
                            break;
                        }
                    }
                }
            }
            if (found && firstOnly) {
                return true;
            }
        }
        return found;
    }

    private static int skipWordParts(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** A letter, digit or number, combining mark, or an invisible character (removed by normalising). */
    private static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return true;
            default:
                return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
        }
    }

    /** ASCII letters and digits, with inner ASCII apostrophes: NFKC and folding leave such a word as it is. */
    private static boolean isPlainAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of letters, digits and marks only (no apostrophe, no invisible character) that NFKC leaves
     * as it is: {@link #normalize} only lower-cases it, and the result is one token.
     */
    private static boolean isPlainNormalized(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (APOSTROPHES.indexOf(c) >= 0 || c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060
                    || c == 0xFEFF) {
                return false;
            }
        }
        return Normalizer.isNormalized(word, Normalizer.Form.NFKC);
    }

    /** The word tokens of raw text, normalised: the texts of {@link #tokenSpans(String)}. */
    public static List<String> tokens(String text) {
        List<Token> spans = tokenSpans(text);
        List<String> tokens = new ArrayList<>(spans.size());
        for (Token t : spans) {
            tokens.add(t.text());
        }
        return tokens;
    }

    /** One normalised word and its char span {@code [start, end)} in the raw text. */
    public record Token(String text, int start, int end) {
    }

    /**
     * The canonical form used for exact-copy detection and text-derived ids: the tokens joined by
     * single spaces. Two texts that differ only in case, punctuation, quote style, dashes or
     * whitespace have the same canonical form.
     */
    public static String canonicalForm(String text) {
        StringBuilder b = new StringBuilder(text == null ? 0 : text.length());
        forEachToken(text, new TokenVisitor() { // straight into one buffer: no token strings, no list
            @Override
            public void plain(String raw, int start, int end) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                for (int k = start; k < end; k++) {
                    char c = raw.charAt(k);
                    b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                }
            }

            @Override
            public void token(String token, int start, int end) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(token);
            }
        });
        return b.toString();
    }
}
