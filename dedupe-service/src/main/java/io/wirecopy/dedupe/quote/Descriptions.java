package io.wirecopy.dedupe.quote;

/**
 * Sources a text describes and does not name: "a spokesperson for Sheffield University", "one person during public
 * comment", "the court", "officials", "Police" at a sentence's start. A description is a determiner and lower-case
 * words, or a bare plural of a role or a source, headed by a word that can be a source (a role, or a person, body or
 * document: {@link AttributionLexicon#SOURCE_NOUNS}); it is filed with {@link People#described}, never merged with a
 * person. What {@link Attribution} reads when an attribution names nobody.
 */
final class Descriptions {

    private final Words words;
    private final People people;

    Descriptions(Words words, People people) {
        this.words = words;
        this.people = people;
    }

    /** Words that end a description read after a verb ("said one person during public comment"). */
    private static final java.util.Set<String> DESCRIPTION_ENDS = java.util.Set.of("during", "after", "before", "while",
            "who", "whose", "which", "that", "when", "as", "in", "on", "and", "but", "to", "adding", "saying", "noting",
            "describing", "referring", "speaking", "told", "said", "says");

    /**
     * The words {@code [from, to)} as a described source when they are one: a determiner and lower-case words
     * ("the court", "a senior official", "another person", "someone at the meeting"), or a bare plural of a role
     * ("researchers", "officials"). Null otherwise.
     */
    People.Person description(int from, int to) {
        while (from < to && !words.get(from).letters()) {
            from++;
        }
        while (to > from && !words.get(to - 1).letters()) {
            to--;
        }
        if (from >= to || to - from > 10) {
            return null;
        }
        Words.Word first = words.get(from);
        if (possessive(first) && to - from >= 2 && !words.get(to - 1).capitalised()
                && AttributionLexicon.sourceNoun(words.get(to - 1).lower())) {
            return people.described(from, to); // "Clinton's campaign said": a source described by whose it is
        }
        if (!AttributionLexicon.DETERMINERS.contains(first.lower()) && to - from <= 3) {
            // "said researchers", "officials said", "local residents told": lower-case words ending in a plural source;
            // "U.S. officials said", "senior Iranian officials said": after words of a place or a party
            boolean plural = AttributionLexicon.pluralSource(words.get(to - 1).lower());
            for (int k = from; k < to; k++) {
                if (!words.get(k).letters() || words.get(k).capitalised() && !(k == from && opensSentence(k)) && !(plural && k < to - 1)
                        || Attribution.CLAUSE_WORDS.contains(words.get(k).lower())) {
                    return null;
                }
            }
            return plural ? people.described(from, to) : null;
        }
        if (!AttributionLexicon.DETERMINERS.contains(first.lower()) || first.is("the") && to - from == 1) {
            return null;
        }
        if (!sourceHead(from, to)) {
            return null; // "a second time", "the next day": no source
        }
        for (int k = from + 1; k < to; k++) {
            Words.Word w = words.get(k);
            if (w.quoted() || Attribution.CLAUSE_WORDS.contains(w.lower()) && !w.capitalised() && !roleTo(k)) {
                return null;
            }
        }
        if (to - from > 1 && words.get(from + 1).capitalised() && !first.is("someone") && !first.is("somebody")
                && words.get(to - 1).capitalised()) {
            return null; // "the White House": a name, read as one elsewhere; "the DOJ release", "the Trump campaign" are described
        }
        return people.described(from, to);
    }

    /** Prepositions after a description's head noun ("a spokesperson for the council", "one person at the hearing"). */
    private static final java.util.Set<String> AFTER_HEAD = java.util.Set.of("for", "of", "at", "with", "from", "in",
            "on", "during", "who", "whose", "close", "familiar", "to", "by");

    /**
     * Whether the phrase {@code [from, to)} is headed by a noun that can be a source: a role ("a senior official") or
     * a person, a body or a document ({@link AttributionLexicon#SOURCE_NOUNS}), singular or plural.
     */
    private boolean sourceHead(int from, int to) {
        int head = to - 1;
        int k = from + 1;
        if (k + 1 < to && words.get(k).is("of") && PARTITIVES.contains(words.get(from).lower())) {
            k += 2; // "one of the players": the players are the head
        }
        for (; k < to; k++) {
            if (AFTER_HEAD.contains(words.get(k).lower())) {
                head = k - 1;
                break;
            }
        }
        String w = words.get(head).lower();
        return AttributionLexicon.sourceNoun(w) || agent(words.get(head)) || words.get(from).is("someone") || words.get(from).is("somebody");
    }

    /** Determiners that take "of" before the head they count: "one of the players", "some of the parents". */
    private static final java.util.Set<String> PARTITIVES = java.util.Set.of("one", "some", "many", "several", "two",
            "three", "few", "most", "each", "both", "another", "none", "all");

    /**
     * A lower-case noun of a person by what they do, read by its ending ("columnist", "librarian", "organiser",
     * "operator", "defenceman"), after a determiner only: never a name ("Foster", "Rogers" are capitalised).
     */
    private static boolean agent(Words.Word w) {
        String t = w.lower();
        if (w.capitalised() || t.length() < 6) {
            return false;
        }
        String one = AttributionLexicon.singular(t);
        return (one.endsWith("ist") || one.endsWith("ian") || one.endsWith("er") || one.endsWith("or")
                || one.endsWith("man") || one.endsWith("men") || one.endsWith("woman") || one.endsWith("women"))
                && !NOT_AGENTS.contains(one);
    }

    /** Words ending like an agent that name no one. */
    private static final java.util.Set<String> NOT_AGENTS = java.util.Set.of("number", "order", "border", "corner",
            "matter", "water", "power", "center", "other", "former", "latter", "weather", "winter", "summer", "error",
            "factor", "sector", "interior", "chapter", "quarter", "member", "answer", "letter", "paper", "poster",
            "banner", "flyer", "trailer", "counter", "filter", "folder", "monitor", "motor", "mirror", "register",
            "shelter", "theater", "theatre", "timber", "november", "october", "september", "december", "minister",
            "together", "whether", "rather", "either", "neither", "further", "however", "another");

    /** A description read after a verb, up to where its clause goes on ("said one person during public comment"). */
    People.Person describedAfter(int k, int end) {
        int j = k;
        while (j < end && j - k < 10) {
            Words.Word w = words.get(j);
            if (!w.letters() || w.quoted() || j > k && DESCRIPTION_ENDS.contains(w.lower()) && !roleTo(j)) {
                break;
            }
            j++;
        }
        return j > k ? description(k, j) : null;
    }

    /** Whether word {@code k} is a "to" that joins a source to whom it serves: "an aide to the governor". */
    boolean roleTo(int k) {
        return words.get(k).is("to") && k > 0 && AttributionLexicon.sourceNoun(words.get(k - 1).lower());
    }

    /** A name's possessive, which stands where a determiner would: "Clinton's", "Trump’s". */
    static boolean possessive(Words.Word w) {
        String t = w.text();
        return w.capitalised() && t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"));
    }

    /** Whether word {@code k} is the first word of its sentence (after any marks): capitalised for that alone. */
    boolean opensSentence(int k) {
        int s0 = words.sentenceStart(k);
        while (s0 < k && !words.get(s0).letters()) {
            s0++;
        }
        return s0 == k;
    }
}
