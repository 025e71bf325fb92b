package io.wirecopy.dedupe.quote;

import static io.wirecopy.dedupe.quote.AttributionLexicon.ROLES;

import java.util.List;

/**
 * Who a pronoun of an attribution is: "he" and "she" the person the nearest sentences are about (not the one
 * mentioned last), "they" a group or a body, never one person. What {@link Attribution} reads for "…,” he said".
 */
final class Pronouns {

    private final Words words;
    private final People people;
    private final Descriptions descriptions;

    Pronouns(Words words, People people, Descriptions descriptions) {
        this.words = words;
        this.people = people;
        this.descriptions = descriptions;
    }

    /** How many sentences back a pronoun looks for the person it continues. */
    static final int PRONOUN_SENTENCES = 3;

    /**
     * How many sentences back "it" looks for a body: past {@link #PRONOUN_SENTENCES}, only one that opened a sentence or
     * spoke ("BC Hydro said in a statement …" three sentences and a pull quote before "“…,” it said").
     */
    static final int IT_SENTENCES = 8;

    /**
     * Who "he" or "she" at word {@code k} is, as a reader takes it: going back sentence by sentence (its own first,
     * then up to {@value #PRONOUN_SENTENCES} before it), the first person of its gender a sentence names, its
     * subject before its objects; a sentence whose subject is already "he" or "she", or a role ("The duchess
     * also revealed that she…"), continues the one before it and is passed over, as is a sentence all in quotes,
     * neither counted (at most {@value #PASSED_OVER} of each). Else the person who spoke last
     * and fits, else the nearest person named before it who fits.
     */
    People.Person pronoun(Words.Word w, int k) {
        People.Gender g = w.is("he") ? People.Gender.MALE : People.Gender.FEMALE;
        People.Person p = about(k, g);
        if (p != null && p.gender == People.Gender.UNKNOWN) {
            p.gender = g;
        }
        return p;
    }

    /**
     * The person the text is about at word {@code k}, of gender {@code g} when it is known: the reading of
     * {@link #pronoun}, for a pronoun or for a role a reader takes as someone named before ("the Conservative MP
     * said" after "Chris Grayling warned").
     */
    People.Person about(int k, People.Gender g) {
        People.Person p = firstInSentencesBefore(k, g);
        if (p == null) {
            p = people.lastSpeaker(words.get(k).start(), g);
        }
        if (p == null) {
            p = people.nearest(words.get(k).start(), g, null);
        }
        return p;
    }

    /**
     * Who "they" at word {@code k} is: going back sentence by sentence (its own first, then up to
     * {@value #PRONOUN_SENTENCES} before it), the first organisation a sentence names or the first plural source it
     * describes ("Critics say the plan goes too far. “…,” they said" is the critics'; "The Mizen said it would close.
     * “…,” they said" is The Mizen's); a sentence that opens with "they" goes on about the one before. Never a single
     * person: null when no group or body is in sight.
     */
    People.Person they(int k) {
        for (int[] sentence : sentencesBefore(k, PRONOUN_SENTENCES + 1, false)) {
            for (int j = sentence[0]; j < sentence[1]; j++) {
                Words.Word x = words.get(j);
                if (x.quoted() || !x.letters()) {
                    continue;
                }
                if (x.is("they")) {
                    break;
                }
                int runEnd = people.runEnd(j);
                if (runEnd > j) {
                    People.Person p = people.named(j, runEnd);
                    if (p != null && !p.person && !p.described && p.gender == People.Gender.UNKNOWN && p.roles.isEmpty()
                            && (p.spoke || runEnd - j >= 2 || AttributionLexicon.ORGANISATION_WORDS.contains(words.get(runEnd - 1).lower()))) {
                        return p; // a body: one that spoke already, a name of two words or more, or an organisation word
                    }
                    if (p == null || runEnd - j > 1) {
                        j = runEnd - 1;
                        continue;
                    }
                }
                People.Person body = bodyByKind(j, sentence[0]);
                if (body != null) {
                    return body; // "The union voted to strike. “…,” they said": a body described
                }
                if (AttributionLexicon.pluralSource(x.lower())) {
                    int from = j > sentence[0] && AttributionLexicon.DETERMINERS.contains(words.get(j - 1).lower()) ? j - 1 : j;
                    People.Person d = descriptions.description(from, j + 1);
                    if (d != null) {
                        return d; // "Critics say", "the researchers found"
                    }
                }
            }
        }
        return null;
    }

    /**
     * The pronoun rule's reading of the sentences before word {@code k}: see {@link #pronoun}. In each sentence its
     * subject is read first: a name after a preposition or an article ("Unlike Al Mnajer, he…", "opposed the Kinder
     * Morgan pipeline") is an object, taken only when nothing else in the sentence fits and the text has shown it to
     * be a person (a title, a role, a gender, a quote of its own), as is a name in a subordinate clause that opens
     * the sentence ("While many Lake Cowichan residents have generators, Peters said…"); a "he" or "she" before the
     * sentence's subject continues the one before it.
     */
    private People.Person firstInSentencesBefore(int k, People.Gender g) {
        int read = 0;
        for (int[] sentence : sentencesBefore(k, PRONOUN_SENTENCES + 1 + PASSED_OVER, true)) {
            if (read > PRONOUN_SENTENCES) {
                break;
            }
            read++;
            Reading r = subjectIn(sentence[0], sentence[1], g);
            if (r.passed()) {
                read--; // this sentence goes on about whoever the pronoun meant before: passed over, not counted
            } else if (r.who() != null) {
                return r.who();
            }
        }
        return null;
    }

    /**
     * Whom the paragraph {@code [from, to)} is about, read as {@link #pronoun} reads back from its end, within it: for
     * a quote that opens the next paragraph and no rule attributes ("Still, even with her pension, Laurin lost 40 per
     * cent of her income. ¶ “It took me two years to grieve.”"). Null when no sentence of it names a person.
     */
    People.Person aboutParagraph(int from, int to) {
        int end = to;
        for (int n = 0; n < PRONOUN_SENTENCES + 1 + PASSED_OVER && end > from; n++) {
            int start = Math.max(from, words.sentenceStart(end - 1));
            Reading r = subjectIn(start, Math.min(end, start + Attribution.REACH), People.Gender.UNKNOWN);
            if (!r.passed() && r.who() != null) {
                return r.who().person && !r.who().described ? r.who() : null;
            }
            end = start;
        }
        return null;
    }

    /** What one sentence tells of whom it is about: a person, or that it goes on about the one before ({@code passed}). */
    private record Reading(People.Person who, boolean passed) {
    }

    /** The reading of one sentence {@code [start, end)} for a pronoun of gender {@code g}: see {@link #firstInSentencesBefore}. */
    private Reading subjectIn(int start, int end, People.Gender g) {
        boolean first = true;
        boolean subordinate = false; // "As Covington Catholic reopened, Mitch McConnell blamed…": the main clause's subject
        People.Person object = null;
        People.Person topic = null; // "For Megda Belkacemi, Friday is a day she…": a person the sentence opens on with "for"
        for (int j = start; j < end; j++) {
            Words.Word x = words.get(j);
            if (x.is(",")) {
                subordinate = false;
            }
            if (x.quoted() || !x.letters()) {
                continue;
            }
            boolean opening = first;
            first = false;
            if (opening && SUBORDINATORS.contains(x.lower())) {
                subordinate = true;
                continue;
            }
            if (x.is("he") && g != People.Gender.FEMALE || x.is("she") && g != People.Gender.MALE
                    || opening && x.is("the") && j + 1 < end && !words.get(j + 1).capitalised()
                            && ROLES.contains(words.get(j + 1).lower())) {
                return topic != null && (x.is("he") || x.is("she")) ? new Reading(topic, false) : new Reading(null, true);
            }
            int runEnd = people.runEnd(j);
            if (runEnd > j) {
                People.Person p = people.named(j, runEnd);
                if (p != null && p.someone()
                        && (g == People.Gender.UNKNOWN || p.gender == People.Gender.UNKNOWN || p.gender == g)) {
                    if (!subordinate && (!afterPrepositionOrArticle(j) || possessive(runEnd - 1))) { // "In Hajjaj's case, she…"
                        return new Reading(p, false);
                    }
                    if (object == null && (shownAsPerson(p) || p.person && j > 0 && words.get(j - 1).is("about"))) {
                        // a person the sentence is about ("I'm talking about Alfonso Espinos")
                        object = p;
                    }
                    if (j == start + 1 && words.get(start).is("For") && p.person) {
                        topic = p;
                    }
                }
                j = runEnd - 1;
            }
        }
        return new Reading(object, false);
    }

    /**
     * Whether the words before {@code j} make the name at {@code j} an object or a modifier: a preposition or an
     * article ("unlike", "to", "the", "its"), or a common noun after an article that names a thing ("the Christmas
     * classic Home Alone", "the storm Sandy"; not a role: "the actor Tom Hanks").
     */
    private boolean afterPrepositionOrArticle(int j) {
        if (j == 0 || words.get(j - 1).quoted()) {
            return false;
        }
        Words.Word before = words.get(j - 1);
        if (OBJECT_MARKERS.contains(before.lower())) {
            return true;
        }
        if (!before.letters() || before.capitalised() || ROLES.contains(before.lower())
                || AttributionLexicon.sourceNoun(before.lower()) || AttributionLexicon.speechVerb(before.text())) {
            return false;
        }
        for (int k = j - 2; k >= Math.max(0, j - 4); k--) {
            Words.Word w = words.get(k);
            if (!w.letters() || w.quoted()) {
                return false;
            }
            if (w.is("the") || w.is("a") || w.is("an") || POSSESSIVE_DETERMINERS.contains(w.lower())) {
                return true; // "his mystical war comic Forgotten Grunt"
            }
        }
        return false;
    }

    private static final java.util.Set<String> POSSESSIVE_DETERMINERS = java.util.Set.of("his", "her", "its", "their",
            "our", "my", "your");

    /** Whether word {@code j} is a possessive ("Hajjaj's"): whose case or plan a sentence is about, whatever precedes it. */
    private boolean possessive(int j) {
        String t = words.get(j).text();
        return t.endsWith("'s") || t.endsWith("’s");
    }

    /** Whether the text has shown {@code p} to be a person: a title, a role, a gender or a quote of its own. */
    private static boolean shownAsPerson(People.Person p) {
        return p.spoke || p.titled || !p.roles.isEmpty() || p.gender != People.Gender.UNKNOWN;
    }

    /** Words that open a subordinate clause: a name before its comma is not the sentence's subject. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "while", "when", "whereas",
            "although", "though", "because", "since", "if", "once", "until", "after", "before", "unless", "whether");

    private static final java.util.Set<String> OBJECT_MARKERS = java.util.Set.of("the", "a", "an", "unlike", "like",
            "to", "for", "from", "by", "of", "about", "against", "with", "without", "than", "at", "in", "on", "into",
            "after", "before", "including", "besides", "beside", "toward", "towards", "behind", "alongside", "under",
            "over", "among", "between", "despite", "via", "per", "unto", "upon", "onto", "near", "across", "through",
            "its", "their", "our", "my", "your");

    /**
     * The sentences a pronoun at word {@code k} reads back through, nearest first: its own up to it, then those
     * before it, {@code count} in all; each as {@code [start, end)} cut to its first {@link Attribution#REACH} words,
     * where a subject stands. With {@code passQuotes}, a sentence all in quotes is passed over, not counted (at most
     * {@value #PASSED_OVER} of them): "he" and "she" look for narration.
     */
    private java.util.List<int[]> sentencesBefore(int k, int count, boolean passQuotes) {
        return sentencesBefore(k, count, passQuotes, false);
    }

    /**
     * As {@link #sentencesBefore(int, int, boolean)}; with {@code passBreaks}, a break between paragraphs is not
     * counted as a sentence (it is for "he", "she" and "they": a paragraph's end is where their person goes out of
     * reach).
     */
    private java.util.List<int[]> sentencesBefore(int k, int count, boolean passQuotes, boolean passBreaks) {
        java.util.List<int[]> out = new java.util.ArrayList<>(count);
        int end = k;
        int start = words.sentenceStart(k);
        for (int walked = 0; out.size() < count && walked < count + PASSED_OVER; walked++) {
            if (out.isEmpty() || (!passQuotes || ownWords(start, end)) && !words.caption(start)
                    && (!passBreaks || hasLetters(start, end))) {
                out.add(new int[] {start, Math.min(end, start + Attribution.REACH)});
            } // a sentence all in quotes ("“Do we lock down?” he asks."), a photo's caption (and with passBreaks a
              // paragraph's break) is passed over, not counted
            if (start == 0) {
                break;
            }
            if (passBreaks && !hasLetters(start, end)) {
                walked--; // a break between paragraphs is no sentence walked over
            }
            end = start;
            start = words.sentenceStart(start - 1);
        }
        return out;
    }

    /** Whether the words {@code [from, to)} hold a word at all (a paragraph's break is a sentence of none). */
    private boolean hasLetters(int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.get(j).letters()) {
                return true;
            }
        }
        return false;
    }

    /** Sentences passed over as going on about the one before, or as all quote, beyond those counted. */
    private static final int PASSED_OVER = 3;

    /** Whether the words {@code [from, to)} hold a word outside quotes: narration, where a subject may stand. */
    private boolean ownWords(int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.get(j).letters() && !words.get(j).quoted()) {
                return true;
            }
        }
        return false;
    }

    /** Who a subject pronoun at word {@code k} is ("he", "she", "they", "it"), or null when the word is none of them. */
    People.Person of(int k) {
        Words.Word w = words.get(k);
        return w.is("he") || w.is("she") ? pronoun(w, k) : w.is("they") ? they(k) : w.is("it") ? it(k) : null;
    }

    /**
     * Who "it" at word {@code k} is, as the subject of a verb of saying: going back sentence by sentence (its own
     * first, then up to {@value #PRONOUN_SENTENCES} before it), the first body a sentence names ("BC Hydro said crews
     * were out. “…,” it said") or describes by its kind ("the company", "the ministry"). Never a person: null when no
     * body is in sight.
     */
    People.Person it(int k) {
        List<int[]> sentences = sentencesBefore(k, IT_SENTENCES + 1, false, true);
        for (int s = 0; s < sentences.size(); s++) {
            int[] sentence = sentences.get(s);
            boolean far = s > PRONOUN_SENTENCES; // past the near sentences: only a body that opened one or spoke
            for (int j = sentence[0]; j < sentence[1]; j++) {
                Words.Word x = words.get(j);
                if (x.quoted() || !x.letters()) {
                    continue;
                }
                int runEnd = people.runEnd(j);
                if (runEnd > j) {
                    People.Person p = people.named(j, runEnd);
                    if (p != null && !p.described && !p.titled && p.gender == People.Gender.UNKNOWN && p.roles.isEmpty()
                            && (!afterPrepositionOrArticle(j) || words.get(j - 1).is("the")) && (!far || p.salient)) {
                        // a body as a subject, not where something happens ("in Lake Cowichan"), nor anyone the text
                        // shows to be a person; a name of no known gender may be one ("Export Development Canada")
                        return p;
                    }
                    j = runEnd - 1;
                    continue;
                }
                People.Person body = far ? null : bodyByKind(j, sentence[0]);
                if (body != null) {
                    return body; // "The ministry denied it. “…,” it said"
                }
            }
        }
        return null;
    }

    /** A body described by its kind at word {@code j} of a sentence from {@code start}: "the union", "the ministry"; else null. */
    private People.Person bodyByKind(int j, int start) {
        Words.Word x = words.get(j);
        return j > start && words.get(j - 1).is("the") && !x.capitalised()
                && AttributionLexicon.ORGANISATION_WORDS.contains(x.lower()) && AttributionLexicon.sourceNoun(x.lower())
                ? descriptions.description(j - 1, j + 1) : null;
    }

    /** Whether the word is a subject pronoun this class reads. */
    static boolean isPronoun(Words.Word w) {
        return w.is("he") || w.is("she") || w.is("they") || w.is("it");
    }
}
