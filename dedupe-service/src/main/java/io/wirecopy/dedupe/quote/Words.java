package io.wirecopy.dedupe.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and punctuation of a text as attribution reads them, each with its char span, whether it
 * stands inside a quote, and where sentences and paragraphs end. Abbreviations ({@code U.S.},
 * {@code Mr.}) and initials ({@code W.}) keep their periods and end no sentence.
 */
final class Words {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}\\.(?:\\p{Lu}\\.)+"
                    + "|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Capt|Cmdr|Adm|Maj|Rev|Hon|Pres|No|Mt|Ft|Gov)\\.(?=\\s)"
                    + "|\\p{Lu}\\.(?=\\s\\p{Lu})"
                    + "|[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*['’]?"
                    + "|\\n"
                    + "|[^\\s\\p{Z}\\p{L}\\p{N}]");

    record Word(String text, int start, int end, boolean quoted) {
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

        String lower() {
            return AttributionLexicon.lower(text);
        }
    }

    final List<Word> list = new ArrayList<>();
    /** For each word, the first word of its sentence, the word after its sentence's last, the first of its paragraph. */
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int[] paragraphStarts;

    Words(String text, List<QuoteSpans.Span> spans) {
        Matcher m = TOKEN.matcher(text);
        int s = 0;
        while (m.find()) {
            while (s < spans.size() && spans.get(s).end() <= m.start()) {
                s++;
            }
            boolean quoted = s < spans.size() && spans.get(s).start() <= m.start() && m.start() < spans.get(s).end();
            list.add(new Word(m.group(), m.start(), m.end(), quoted));
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
    }

    /**
     * Whether the period at {@code i} ends an abbreviation inside a sentence, not the sentence: one followed by a
     * closing parenthesis, a comma or a semicolon ("Rep. Nancy Pelosi (D-Calif.) said", "R-S.C., said"), or by a
     * word in lower case on the same line.
     */
    private boolean abbreviationInside(int i) {
        if (!list.get(i).text().equals(".") || i + 1 >= list.size()) {
            return false;
        }
        Word next = list.get(i + 1);
        String t = next.text();
        return t.equals(")") || t.equals(",") || t.equals(";")
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
