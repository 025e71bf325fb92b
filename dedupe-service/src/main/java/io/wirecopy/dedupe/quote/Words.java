package io.wirecopy.dedupe.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and punctuation of a text as attribution reads them, each with its char span, whether it
 * stands inside a quote, and where sentences and paragraphs end. Abbreviations ({@code U.S.},
 * {@code Mr.}) and initials ({@code W.}) keep their periods and end no sentence.
 */
final class Words {

    /** Titles that keep their period before a space ("Mr. Kerry", "Gen. Dempsey"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Jr",
            "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Prof", "Capt", "Cmdr", "Adm", "Maj", "Rev", "Hon",
            "Pres", "No", "Mt", "Ft");

    /** A word or a mark; {@code lower} is its text in lower case with a curly apostrophe straight, read once. */
    record Word(String text, int start, int end, boolean quoted, String lower) {
        Word(String text, int start, int end, boolean quoted) {
            this(text, start, end, quoted, AttributionLexicon.lower(text));
        }

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean letters() {
            return Character.isLetter(text.charAt(0));
        }

        boolean paragraphBreak() {
            return text.equals("\n");
        }

        boolean sentenceEnd() {
            return text.equals(".") || text.equals("!") || text.equals("?") || paragraphBreak();
        }
    }

    final List<Word> list = new ArrayList<>();
    /** For each word, the first word of its sentence, the word after its sentence's last, the first of its paragraph. */
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int[] paragraphStarts;
    private final boolean[] captions;

    Words(String text, List<QuoteSpans.Span> spans) {
        int s = 0;
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            if (c != '\n' && (space(c) || separator(c))) {
                at += Character.charCount(c);
                continue;
            }
            int end = tokenEnd(text, at, c);
            while (s < spans.size() && spans.get(s).end() <= at) {
                s++;
            }
            boolean quoted = s < spans.size() && spans.get(s).start() <= at && at < spans.get(s).end();
            list.add(new Word(text.substring(at, end), at, end, quoted));
            at = end;
        }
        int n = list.size();
        sentenceStarts = new int[n + 1];
        sentenceEnds = new int[n + 1];
        paragraphStarts = new int[n + 1];
        boolean[] ends = new boolean[n];
        for (int i = 0; i < n; i++) {
            ends[i] = !list.get(i).quoted() && list.get(i).sentenceEnd() && !abbreviationInside(i);
        }
        int sentence = 0;
        int paragraph = 0;
        for (int i = 0; i < n; i++) {
            sentenceStarts[i] = sentence;
            paragraphStarts[i] = paragraph;
            Word w = list.get(i);
            if (ends[i]) {
                sentence = i + 1;
            }
            if (w.paragraphBreak()) {
                paragraph = i + 1;
            }
        }
        sentenceStarts[n] = sentence;
        paragraphStarts[n] = paragraph;
        int end = n;
        for (int i = n - 1; i >= 0; i--) {
            if (ends[i]) {
                end = i;
            }
            sentenceEnds[i] = end;
        }
        sentenceEnds[n] = n;
        captions = new boolean[n + 1];
        for (int to = n; to > 0; ) {
            int from = paragraphStarts[to - 1];
            if (credited(from, to) || promoted(from, to)) {
                java.util.Arrays.fill(captions, from, to, true);
            }
            to = from;
        }
    }

    /** Words of a credit in brackets at the end of a caption: "(Evan Vucci/Associated Press)", "( FILE PHOTO )". */
    private static final java.util.Set<String> CREDIT_WORDS = java.util.Set.of("photo", "photos", "photograph", "file",
            "images", "press", "getty", "reuters", "afp", "handout", "courtesy", "supplied");

    /**
     * Whether the paragraph {@code [start, end)} (its line break included, if any) ends with a photo's credit in brackets:
     * a slash or a word of a credit inside the last brackets, at most 12 words from its closing one.
     */
    private boolean credited(int start, int end) {
        int last = end - 1;
        while (last > start && list.get(last).paragraphBreak()) {
            last--;
        }
        if (!list.get(last).text().equals(")")) {
            return false;
        }
        for (int j = last - 1; j >= Math.max(start, last - 12); j--) {
            String t = list.get(j).text();
            if (t.equals("(")) {
                return false;
            }
            if (t.equals("/") || CREDIT_WORDS.contains(list.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** What a line that points to another story opens with, in capitals, before its colon: "WATCH:", "READ MORE:". */
    private static final java.util.Set<String> PROMO_WORDS = java.util.Set.of("watch", "read", "related", "listen",
            "video", "more", "also", "see");

    /** Whether the paragraph {@code [start, end)} points to another story: a promo word in capitals, at most two more, a colon. */
    private boolean promoted(int start, int end) {
        Word first = list.get(start);
        if (!PROMO_WORDS.contains(first.lower()) || !first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int j = start + 1; j < Math.min(end, start + 4); j++) {
            if (list.get(j).text().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} is in a photo's caption (a paragraph ending with its credit in brackets) or a line that
     * points to another story ("WATCH: Scheer receives warm welcome at oil rally"): not narration of this one.
     */
    boolean caption(int i) {
        return captions[Math.min(i, list.size())];
    }

    /**
     * Where the token starting at {@code i} (code point {@code c}, neither a space nor a separator) ends, the first
     * rule that fits: initials ({@code U.S.}, {@code D.C.}); a title and its period before a space ({@code Mr.});
     * one initial before a space and a capital ({@code W. Bush}); a word of letters, digits and marks, joined by
     * apostrophes and hyphens, with a closing apostrophe ({@code rock-and-roll}, {@code it's}, {@code Jones'}); a line
     * break; any other one character. Written out rather than as one regular expression of alternatives, which cost a
     * tenth of a decision; {@code WordsTest} holds the two to the same tokens.
     */
    private static int tokenEnd(String text, int i, int c) {
        int n = text.length();
        if (Character.getType(c) == Character.UPPERCASE_LETTER) {
            int dot = i + Character.charCount(c);
            if (dot < n && text.charAt(dot) == '.') {
                int k = dot + 1;
                while (k < n) {
                    int u = text.codePointAt(k);
                    int next = k + Character.charCount(u);
                    if (Character.getType(u) != Character.UPPERCASE_LETTER || next >= n || text.charAt(next) != '.') {
                        break;
                    }
                    k = next + 1;
                }
                if (k > dot + 1) {
                    return k; // U.S.
                }
            }
            int j = i;
            while (j < n && j - i < 5 && asciiLetter(text.charAt(j))) {
                j++;
            }
            if (j + 1 < n && text.charAt(j) == '.' && space(text.charAt(j + 1))
                    && ABBREVIATIONS.contains(text.substring(i, j))) {
                return j + 1; // Mr.
            }
            if (dot + 2 < n && text.charAt(dot) == '.' && space(text.charAt(dot + 1))
                    && Character.getType(text.codePointAt(dot + 2)) == Character.UPPERCASE_LETTER) {
                return dot + 1; // W. Bush
            }
        }
        if (wordChar(c)) {
            int j = i + Character.charCount(c);
            while (true) {
                while (j < n) {
                    int cp = text.codePointAt(j);
                    if (!wordChar(cp)) {
                        break;
                    }
                    j += Character.charCount(cp);
                }
                char joiner = j + 1 < n ? text.charAt(j) : 0;
                if ((joiner == '\'' || joiner == '’' || joiner == '-') && wordChar(text.codePointAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (j < n && (text.charAt(j) == '\'' || text.charAt(j) == '’')) {
                j++;
            }
            return j;
        }
        return i + Character.charCount(c); // a line break or a mark
    }

    private static boolean asciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean space(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \p{Z}}: a space, line or paragraph separator of Unicode (a no-break space, a thin space). */
    private static boolean separator(int c) {
        int t = Character.getType(c);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    /** {@code [\p{L}\p{N}\p{M}]}: a letter, a number or a combining mark. */
    private static boolean wordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /**
     * Whether the period at {@code i} ends an abbreviation inside a sentence, not the sentence: one followed by a
     * closing parenthesis, a comma or a semicolon ("Rep. Nancy Pelosi (D-Calif.) said", "R-S.C., said"), by a
     * word in lower case on the same line, or one with no space on either side ("e.GO", "Amazon.com").
     */
    private boolean abbreviationInside(int i) {
        if (!list.get(i).text().equals(".") || i + 1 >= list.size()) {
            return false;
        }
        Word next = list.get(i + 1);
        String t = next.text();
        boolean glued = i > 0 && list.get(i - 1).end() == list.get(i).start() && next.start() == list.get(i).end()
                && Character.isLetterOrDigit(list.get(i - 1).text().charAt(0)) && Character.isLetterOrDigit(t.charAt(0));
        return t.equals(")") || t.equals(",") || t.equals(";") || glued // "e.GO's founder"
                || Character.isLowerCase(t.charAt(0)) && Character.isLetter(t.charAt(0));
    }

    int size() {
        return list.size();
    }

    Word get(int i) {
        return list.get(i);
    }

    /** The index of the first word starting at or after {@code offset}. */
    int at(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first word of the sentence that word {@code i} is in (quoted words end no sentence). */
    int sentenceStart(int i) {
        return sentenceStarts[Math.min(i, list.size())];
    }

    /** The sentence end (a word that ends it, or the number of words) at or after word {@code i}. */
    int sentenceEnd(int i) {
        return sentenceEnds[Math.min(i, list.size())];
    }

    /** The first word of the paragraph that word {@code i} is in. */
    int paragraphStart(int i) {
        return paragraphStarts[Math.min(i, list.size())];
    }
}
