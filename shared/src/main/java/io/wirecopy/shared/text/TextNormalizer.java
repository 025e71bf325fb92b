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
 * ({@code wouldn't} is one token). Punctuation separates tokens and is not part of any.
 */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u0060\\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u2036\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)*");

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

    /** The word tokens of already normalised text. */
    public static List<String> tokensOfNormalized(String normalized) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalized);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The word tokens of raw text: {@code tokensOfNormalized(normalize(text))}. */
    public static List<String> tokens(String text) {
        return tokensOfNormalized(normalize(text));
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
