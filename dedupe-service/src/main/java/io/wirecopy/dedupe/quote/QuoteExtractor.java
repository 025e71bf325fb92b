package io.wirecopy.dedupe.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The direct quotes of an article and who said them. Quotes are found by their marks ({@link QuoteSpans},
 * every convention, over several paragraphs); a quote split by its attribution ("“We can think about
 * it,” he said, “if we see…”") is joined again; a quote shorter than {@link #MIN_WORDS} words is a
 * term or a scare quote ("psychological warfare") and is not kept. The speaker is read from the
 * attribution next to the quote ({@link Attribution}), else from what stands before it (the rules
 * of {@link #speakerOf}, in order). Names are merged within the article ({@link People}): each quote carries its
 * speaker's fullest name and the forms the article used.
 */
public final class QuoteExtractor {

    /** Fewer words than this between the marks is a term, not a quote. */
    public static final int MIN_WORDS = 4;

    /**
     * A quote and its speaker ({@code null} when the text names nobody), with the quote's char span; when it names
     * nobody, {@code description} is how it describes the source, if it does ("a spokesperson for the university",
     * "the court", "one person at the meeting"), else null.
     */
    public record ExtractedQuote(String text, String speaker, List<String> speakerForms, int start, int end,
            String description) {
        public ExtractedQuote {
            speakerForms = speakerForms == null ? List.of() : List.copyOf(speakerForms);
        }
    }

    private QuoteExtractor() {
    }

    public static List<ExtractedQuote> extract(String text) {
        return extract(text, Integer.MAX_VALUE);
    }

    /**
     * The first {@code max} quotes of the text, and no work on the rest: a page of 20,000 quotes costs the
     * attribution of {@code max}, not of all of them.
     */
    public static List<ExtractedQuote> extract(String text, int max) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<QuoteSpans.Span> spans = QuoteSpans.find(text);
        if (spans.isEmpty()) {
            return List.of();
        }
        Words words = new Words(text, spans);
        People people = new People(words);
        Attribution attribution = new Attribution(words, people);
        List<ExtractedQuote> out = new ArrayList<>();
        People.Person previous = null;
        int previousParagraphEnd = -1;
        int i = 0;
        while (i < spans.size() && out.size() < max) {
            QuoteSpans.Span span = spans.get(i);
            int open = words.at(span.openMark());
            int afterClose = span.closeMark() < 0 ? words.at(span.end()) : words.at(span.end() + 1);
            if (span.closeMark() >= 0 && afterClose < words.size() && Attribution.isMark(words.get(afterClose))
                    && words.get(afterClose).start() == span.end() + 1) {
                afterClose++; // the second mark of ''
            }
            StringBuilder quote = new StringBuilder(clean(text, span));
            int end = span.end();
            People.Person speaker = null;
            // a quote split by its attribution: “…,” he said, “…”
            if (i + 1 < spans.size() && splitBy(text, words, span, spans.get(i + 1), afterClose)) {
                QuoteSpans.Span next = spans.get(i + 1);
                speaker = attribution.after(afterClose, words.at(next.openMark()));
                if (speaker != null) {
                    quote = new StringBuilder(trimEnd(quote.toString())).append(' ').append(clean(text, next));
                    end = next.end();
                    i++;
                }
            }
            if (speaker == null) {
                speaker = speakerOf(words, attribution, open, afterClose, previous, previousParagraphEnd);
            }
            String cleaned = trimEnd(quote.toString());
            if (wordCount(cleaned) >= MIN_WORDS && !title(cleaned)) {
                boolean named = speaker != null && !speaker.described;
                if (named) {
                    people.spoke(speaker, span.start());
                }
                out.add(new ExtractedQuote(cleaned, named ? speaker.display : null, named ? List.copyOf(speaker.forms) : List.of(),
                        span.start(), end, speaker != null && speaker.described ? speaker.display : null));
                previous = speaker;
                previousParagraphEnd = span.closeMark() < 0 ? words.at(span.end()) : afterClose;
            }
            i++;
        }
        return out;
    }

    /**
     * Who said the quote that opens at word {@code open} and closes before {@code afterClose}, by the first
     * rule that names somebody: a verb of saying right before it ("Kerry said: “"); an attribution after it
     * in its sentence; a verb of saying earlier in its sentence; the paragraph before, when that ends with
     * a colon; the subject of its clause when a colon introduces it; the sentence before it in its
     * paragraph; the speaker of the quote before, when it runs on in the same or the next paragraph. A source the
     * text describes and does not name ("a spokesman for the ministry said", "said one person") stands as found; one
     * it names by a definite role ("the opposition leader added") only when no rule finds the person.
     */
    private static People.Person speakerOf(Words words, Attribution attribution, int open, int afterClose,
            People.Person previous, int previousParagraphEnd) {
        int sentenceStart = words.sentenceStart(open);
        int verb = attribution.lastVerb(sentenceStart, open);
        Found found = new Found();
        People.Person speaker = found.keep(verb >= 0 && attribution.adjacent(verb, open) ? attribution.before(sentenceStart, open)
                : null);
        if (speaker == null) {
            speaker = found.keep(attribution.after(afterClose, words.sentenceEnd(afterClose)));
        }
        if (speaker == null) {
            speaker = found.keep(attribution.before(sentenceStart, open));
        }
        boolean opensParagraph = open == 0 || words.get(open - 1).paragraphBreak();
        int colon = open - 1;
        while (colon >= 0 && words.get(colon).paragraphBreak()) {
            colon--;
        }
        if (speaker == null && opensParagraph && colon >= 0 && words.get(colon).is(":")) {
            speaker = found.keep(attribution.before(words.sentenceStart(colon), colon + 1));
        }
        if (speaker == null && open >= 1 && words.get(open - 1).is(":") && sentenceStart < open - 1) {
            // "The ombudsman, Arne Tveit, repeated his criticism: “…”": the clause's subject
            speaker = found.keep(attribution.sentenceSubject(sentenceStart, open - 1));
            if (speaker == null) {
                // "Some members of the team hold up placards, including: “…”": a source described
                speaker = found.keep(attribution.describedOpening(sentenceStart, open - 1));
            }
        }
        // "“…,” the ad says in its last seconds.": a quote closed by a comma and words to its sentence's end has an
        // attribution of its own; when no rule read it, the quote is not lent a speaker from around it
        boolean tail = afterClose >= 2 && afterClose < words.size() && words.get(afterClose - 2).is(",")
                && words.get(afterClose).letters() && !words.get(afterClose).quoted();
        boolean they = tail && words.get(afterClose).is("they"); // whom the sentences around may name ("Critics say…")
        boolean ownTail = speaker == null && tail && !they;
        if (ownTail) {
            speaker = found.keep(attribution.tailSubject(afterClose)); // "“…,” she remembered telling Harry"
        }
        int paragraphStart = words.paragraphStart(open);
        int paragraphBefore = previousParagraph(words, paragraphStart);
        if (speaker == null && !ownTail && previous != null && found.mayMean(previous) && previousParagraphEnd > paragraphStart
                && previousParagraphEnd < sentenceStart
                && words.sentenceStart(previousParagraphEnd) == words.sentenceStart(sentenceStart - 1)) {
            // “…,” said Jean-Paul Claverie, adviser to Arnault, told Observer. “We are delighted…”: the speaker goes on
            speaker = previous;
        }
        if (speaker == null && !ownTail && sentenceStart > paragraphStart) {
            // "Durning did not need much coaxing. “I'm thankful for the invitation.”": the person the sentence before is about
            speaker = found.keep(attribution.openedBy(words.sentenceStart(sentenceStart - 1), sentenceStart));
        }
        if (speaker == null && !ownTail && sentenceStart > paragraphStart) {
            // a quote after a sentence about its speaker: "She said she understood. “I know this…”"
            speaker = found.keep(attribution.before(paragraphStart, sentenceStart));
        }
        if (speaker == null) {
            speaker = found.keep(attribution.inWordsOf(open)); // "In Dr. Shadlen's words, “…”"
        }
        if (speaker == null && !ownTail && sentenceStart > paragraphStart) {
            // "Bolger's lawyer, Jeremy Robinson, had a more succinct statement. “It is impossible…”"
            speaker = found.keep(attribution.introducedBy(words.sentenceStart(sentenceStart - 1), sentenceStart));
        }
        boolean runsOn = opensParagraph ? previousParagraphEnd >= paragraphBefore
                : previousParagraphEnd >= paragraphStart;
        if (speaker == null && !ownTail && previous != null && previousParagraphEnd >= 0 && runsOn && found.mayMean(previous)) {
            speaker = previous; // a quote running on from the one before
        }
        if (speaker == null && !ownTail && opensParagraph && paragraphStart > 0 && attribution.narration(paragraphBefore, paragraphStart)) {
            // a paragraph of quote after one of narration: who it reports ("Stubbs said that … ¶ “This is an area…”"),
            // else whom it is about ("Still, even with her pension, Laurin lost … ¶ “It took me two years…”")
            speaker = found.keep(attribution.reportedBy(paragraphBefore, paragraphStart));
            if (speaker == null && found.described == null) {
                speaker = attribution.aboutParagraph(paragraphBefore, paragraphStart);
            }
        }
        if (they && speaker != null && speaker.person) {
            speaker = null; // "“…,” they said" is a group's or a body's, never one person's
        }
        return speaker != null ? speaker : found.described;
    }

    /**
     * What the rules found so far: a definite description ("the opposition leader added") that names nobody the
     * text introduced is kept aside while a later rule may still find the person (the opposition leader spoke
     * just before), and stands when none does.
     */
    private static final class Found {
        People.Person described;

        /**
         * Whether the quote may be {@code previous}'s: when its own attribution describes a source, only a role a
         * named person may hold ("the opposition leader added" after Sofia Brandt spoke; not "the court wrote").
         */
        boolean mayMean(People.Person previous) {
            if (described == null) {
                return true;
            }
            String[] w = described.display.split(" ");
            return !previous.described && AttributionLexicon.ROLES.contains(AttributionLexicon.lower(w[w.length - 1]));
        }

        People.Person keep(People.Person p) {
            if (p != null && p.described && p.definite) {
                if (described == null) {
                    described = p;
                }
                return null;
            }
            return p;
        }
    }

    /** Whether {@code next} continues {@code span} after an attribution that splits a sentence. */
    private static boolean splitBy(String text, Words words, QuoteSpans.Span span, QuoteSpans.Span next,
            int afterClose) {
        if (span.closeMark() < 0) {
            return false;
        }
        String inside = text.substring(span.start(), span.end()).strip();
        if (inside.isEmpty()) {
            return false;
        }
        char last = inside.charAt(inside.length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        String gap = text.substring(span.end() + 1, next.openMark());
        if (gap.indexOf('\n') >= 0 || gap.length() > 80) {
            return false;
        }
        String gapTrim = gap.strip();
        if (!(gapTrim.endsWith(",") || gapTrim.endsWith(":") || gapTrim.endsWith("—") || gapTrim.endsWith("-"))) {
            return false;
        }
        String nextText = text.substring(next.start(), next.end()).strip();
        return !nextText.isEmpty() && !Character.isUpperCase(nextText.charAt(0)) || gapTrim.endsWith(",")
                && !nextText.isEmpty() && nextText.startsWith("I ");
    }

    /** The quote's words: marks at the start of its continued paragraphs dropped, one line. */
    static String clean(String text, QuoteSpans.Span span) {
        String[] lines = text.substring(span.start(), span.end()).split("\n");
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (b.length() > 0 && !l.isEmpty() && QuoteSpans.openingAt(l, 0) > 0) {
                l = l.substring(QuoteSpans.openingAt(l, 0)).strip();
            }
            if (l.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(l);
        }
        return b.toString().replaceAll("\\s+", " ");
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:—-–".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int k = 0; k < s.length(); k++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(k));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** Every word capitalised: a title ("The Lord of the Rings" excepted its small words), not speech. */
    private static boolean title(String s) {
        String[] parts = s.split("\\s+");
        if (parts.length > 8) {
            return false;
        }
        for (String p : parts) {
            if (!p.isEmpty() && Character.isLetter(p.charAt(0)) && !Character.isUpperCase(p.charAt(0))
                    && !AttributionLexicon.COMMON.contains(p.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The first word of the paragraph before the one starting at {@code paragraphStart} (0 when none). */
    private static int previousParagraph(Words words, int paragraphStart) {
        if (paragraphStart <= 0) {
            return 0;
        }
        int j = paragraphStart - 1;
        while (j > 0 && words.get(j - 1).paragraphBreak()) {
            j--;
        }
        return words.paragraphStart(j);
    }
}
