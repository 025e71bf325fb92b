package io.wirecopy.dedupe.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the direct quotes of a text are: the spans between quotation marks, in every convention real
 * text uses. Double marks ({@code “ ” " „ ‟}) are one family, since pages mix them ({@code “…"}); then
 * guillemets ({@code « »}, and {@code » «} as Danish and German print them), LaTeX-style
 * {@code `` ''}, and single marks ({@code ‘ ’ ‚ '}) used as outer quotes (a closing single mark
 * followed by a letter is an apostrophe, not a close). Quotes inside a quote are part of it.
 *
 * <p>A quote may run over several paragraphs: a paragraph that opens a quote and does not close it,
 * followed by one that opens with a quotation mark, continues it. A quote left open at the end of a
 * paragraph that is not continued ends there.
 */
public final class QuoteSpans {

    /**
     * One quote: {@code start} (inclusive) and {@code end} (exclusive) are char offsets of its words in the
     * text, marks excluded; {@code openMark} is where its opening mark stands, {@code closeMark} its closing
     * mark ({@code -1} when it was left open at a paragraph's end).
     */
    public record Span(int start, int end, int openMark, int closeMark) {
    }

    /** How far a reversed guillemet looks for its close, in chars (a bound, so that a page of » is read once). */
    static final int MAX_GUILLEMET_QUOTE = 4000;

    private QuoteSpans() {
    }

    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int open = openingAt(text, i);
            if (open == 0) {
                i++;
                continue;
            }
            int contentStart = i + open;
            Family family = Family.of(text, i);
            int end = findClose(text, contentStart, family);
            if (end >= 0) {
                if (end > contentStart) {
                    spans.add(new Span(contentStart, end, i, end));
                }
                i = end + closeLength(text, end, family);
            } else {
                // left open: it ends with its (last) paragraph
                int paragraphEnd = -end - 1;
                if (paragraphEnd > contentStart) {
                    spans.add(new Span(contentStart, paragraphEnd, i, -1));
                }
                i = paragraphEnd + 1;
            }
        }
        return spans;
    }

    enum Family {
        DOUBLE, GUILLEMET, REVERSED_GUILLEMET, LATEX, SINGLE;

        /** The family of the opening mark at {@code i}. */
        static Family of(String text, int i) {
            char c = text.charAt(i);
            return switch (c) {
                case '«' -> GUILLEMET;
                case '»' -> REVERSED_GUILLEMET;
                case '`' -> i + 1 < text.length() && text.charAt(i + 1) == '`' ? LATEX : SINGLE;
                case '\'' -> i + 1 < text.length() && text.charAt(i + 1) == '\'' ? LATEX : SINGLE; // ''…'' (archives)
                case '‘', '‚' -> SINGLE;
                default -> DOUBLE;
            };
        }
    }

    /** The characters that may open a quote (the cases of {@link #openingAt}). */
    private static final String OPENING_MARKS = "“„‟\"«»`'‘‚";

    /** The length of an opening mark at {@code i} (0: none). */
    static int openingAt(String text, int i) {
        char c = text.charAt(i);
        if (OPENING_MARKS.indexOf(c) < 0) {
            return 0; // most characters: nothing around them is read
        }
        char prev = i == 0 ? ' ' : text.charAt(i - 1);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean atWordStart = !Character.isLetterOrDigit(prev);
        switch (c) {
            case '“', '„', '‟', '"', '«' -> {
                return atWordStart || prev == '.' || prev == ',' ? (Character.isWhitespace(next) && c == '"' ? 0 : 1) : 0;
            }
            case '»' -> {
                // Danish/German » … «: only where a word follows and a « closes later in the paragraph
                if (!atWordStart || !Character.isLetter(next)) {
                    return 0;
                }
                int limit = Math.min(text.length(), i + MAX_GUILLEMET_QUOTE);
                for (int j = i + 1; j < limit && text.charAt(j) != '\n'; j++) {
                    if (text.charAt(j) == '«') {
                        return 1;
                    }
                }
                return 0;
            }
            case '`' -> {
                // ``…'' (LaTeX, plain-text wires) and `…' (older plain text)
                return !atWordStart ? 0 : next == '`' ? 2 : Character.isLetter(next) ? 1 : 0;
            }
            case '\'' -> {
                // ''…'' as archives write quotes; a clitic split off its word ("Clinton 's", "do n't") never opens one
                if (next == '\'') {
                    char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
                    return atWordStart && (Character.isLetterOrDigit(after) || after == '.') ? 2 : 0;
                }
                return atWordStart && Character.isLetter(next) && !isClitic(text, i + 1) ? 1 : 0;
            }
            case '‘', '‚' -> {
                return atWordStart && Character.isLetter(next) && !isClitic(text, i + 1) ? 1 : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    /** English clitics written apart from their word in tokenised archives ("Clinton 's", "they 're", "I 'm"). */
    private static final java.util.Set<String> CLITICS = java.util.Set.of("s", "t", "re", "ll", "ve", "d", "m");

    /** Whether the word starting at {@code from} is a clitic: one of {@link #CLITICS} and then no letter. */
    static boolean isClitic(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 3 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        boolean wordEnds = end >= text.length() || !Character.isLetter(text.charAt(end));
        return wordEnds && CLITICS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** The closing mark's offset, or {@code -(end + 1)} where the quote is left open and its paragraph ends at {@code end}. */
    private static int findClose(String text, int from, Family family) {
        int n = text.length();
        for (int j = from; j < n; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                int next = nextParagraph(text, j);
                if (next < 0 || !continues(text, next, family)) {
                    return -(j + 1);
                }
                // the continuation's opening mark is not part of the quote's words: skip it
                j = next + openingAt(text, next) - 1;
                continue;
            }
            if (isClose(text, j, family)) {
                return j;
            }
            if (family == Family.GUILLEMET && c == '«' || family == Family.REVERSED_GUILLEMET && c == '»') {
                return -(paragraphEnd(text, j) + 1);
            }
        }
        return -(n + 1);
    }

    private static boolean continues(String text, int paragraph, Family family) {
        return openingAt(text, paragraph) > 0 && (Family.of(text, paragraph) == family
                || family == Family.DOUBLE && Family.of(text, paragraph) == Family.DOUBLE);
    }

    private static boolean isClose(String text, int j, Family family) {
        char c = text.charAt(j);
        char prev = j == 0 ? ' ' : text.charAt(j - 1);
        char next = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
        return switch (family) {
            case DOUBLE -> (c == '”' || c == '"' || c == '“' || c == '‟') && !Character.isWhitespace(prev)
                    && !Character.isLetterOrDigit(next) || (c == '”' && Character.isWhitespace(prev))
                    || doubledSingle(text, j) && !Character.isWhitespace(prev); // “…,’’ as some pages close
            case GUILLEMET -> c == '»';
            case REVERSED_GUILLEMET -> c == '«';
            case LATEX -> c == '\'' && next == '\'' || c == '"' || c == '”';
            case SINGLE -> (c == '’' || c == '\'' || c == '‘') && !Character.isWhitespace(prev)
                    && !Character.isLetter(next);
        };
    }

    private static int closeLength(String text, int close, Family family) {
        return family == Family.LATEX && text.charAt(close) == '\'' || family == Family.DOUBLE && doubledSingle(text, close) ? 2 : 1;
    }

    /** Two of the same single mark at {@code j} ({@code ’’} or {@code ''}) and no letter or digit after them: a double close. */
    private static boolean doubledSingle(String text, int j) {
        char c = text.charAt(j);
        return (c == '’' || c == '\'') && j + 1 < text.length() && text.charAt(j + 1) == c
                && (j + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)));
    }

    private static int paragraphEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** The first character of the next non-blank paragraph after the line break at {@code nl}, or -1. */
    private static int nextParagraph(String text, int nl) {
        int j = nl;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() ? j : -1;
    }
}
