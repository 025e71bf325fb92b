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
    /** A word before normalisation: what {@link #TOKEN} matches once invisibles are gone and quotes folded. */
    private static final Pattern RAW_WORD = Pattern.compile(
            "[\\p{L}\\p{N}\\p{M}\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]+"
                    + "(?:['\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u0060\\u00B4\\u02BC][\\p{L}\\p{N}\\p{M}\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]+)*");

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
        if (text == null) {
            return tokens;
        }
        Matcher raw = RAW_WORD.matcher(text);
        while (raw.find()) {
            String word = raw.group();
            if (isPlainAscii(word)) { // the common case: normalising is lower-casing
                tokens.add(new Token(word.toLowerCase(Locale.ROOT), raw.start(), raw.end()));
                continue;
            }
            Matcher m = TOKEN.matcher(normalize(word));
            while (m.find()) {
                tokens.add(new Token(m.group(), raw.start(), raw.end()));
            }
        }
        return tokens;
    }

    /** ASCII letters and digits, with inner ASCII apostrophes: NFKC and folding leave such a word as it is. */
    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'')) {
                return false;
            }
        }
        return true;
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
        return String.join(" ", tokens(text));
    }
}
