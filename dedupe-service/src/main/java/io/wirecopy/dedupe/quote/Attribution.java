package io.wirecopy.dedupe.quote;

import static io.wirecopy.dedupe.quote.AttributionLexicon.BETWEEN_SUBJECT_AND_VERB;
import static io.wirecopy.dedupe.quote.AttributionLexicon.ROLES;

/**
 * Who a quote's attribution names: the subject of the verb of saying next to it, in the forms news
 * text takes ("…,” Kerry said", "said Kerry", "Kerry said: “…", "Mr. Kerry, who…, told", "…,” he
 * added", "the spokeswoman said", "according to the minister", "…, saying that “…"). A pronoun is read by
 * {@link Pronouns}; a role resolves to the nearest fitting person named before it ({@link People#nearest}); a
 * source the text describes without naming is read by {@link Descriptions}.
 */
final class Attribution {

    /** How far after a quote its attribution may start, in words. */
    private static final int AFTER_REACH = 12;

    /** How far from a quote (in words) a verb of saying or a sentence's subject is read: its own clause, not a page. */
    static final int REACH = 60;

    private final Words words;
    private final People people;
    private final Descriptions descriptions;
    private final Pronouns pronouns;

    Attribution(Words words, People people) {
        this.words = words;
        this.people = people;
        this.descriptions = new Descriptions(words, people);
        this.pronouns = new Pronouns(words, people, descriptions);
    }

    /** The last verb of saying in {@code [from, to)} outside quotes, or -1. */
    int lastVerb(int from, int to) {
        for (int k = to - 1; k >= Math.max(from, to - REACH); k--) {
            if (verbAt(k)) {
                return k;
            }
        }
        return -1;
    }

    private boolean verbAt(int k) {
        Words.Word w = words.get(k);
        if (w.quoted() || !w.letters()) {
            return false;
        }
        if (w.is("according") && k + 1 < words.size() && words.get(k + 1).is("to")) {
            return true;
        }
        if ((w.is("points") || w.is("pointed") || w.is("point")) && k + 1 < words.size() && words.get(k + 1).is("out")) {
            return true; // "“…,” points out the resident", "she pointed out"
        }
        if ((w.is("went") || w.is("goes")) && k + 1 < words.size() && words.get(k + 1).is("on")) {
            // "“…,” she went on.", "she went on: “…”": on, with nothing but marks or the quote after it
            return k + 2 >= words.size() || !words.get(k + 2).letters() || words.get(k + 2).quoted();
        }
        return !w.capitalised() && AttributionLexicon.speechVerb(w.text())
                // nouns as often as verbs, unless one ends its sentence after its subject ("…, the DOJ release states.")
                && (!(w.is("calls") || w.is("posts") || w.is("states") || w.is("remarks") || w.is("comments")
                        || w.is("promises") || w.is("claims") || w.is("demands") || w.is("notes")
                        || w.is("pledges") || w.is("vows") || w.is("tweets")) || closesAfterSubject(k) || rightAfterQuote(k))
                && !(w.is("called") && k + 1 < words.size() && words.get(k + 1).is("for") && !quoteAt(k + 2)) // "called for “calm”" is saying
                && !(w.is("asked") && k > 0 && (words.get(k - 1).is("being") || words.get(k - 1).is("when")
                        || words.get(k - 1).is("if") || words.get(k - 1).is("was")));
    }

    /** The speaker named after a quote that ends before word {@code from}, within its sentence. */
    People.Person after(int from, int sentenceEnd) {
        if (from + 1 < words.size() && isDash(words.get(from)) && !words.get(from).quoted()) {
            // "“…” — Hillary Clinton (@HillaryClinton) March 1, 2016": a quote signed after a dash
            int run = people.runEnd(from + 1);
            People.Person signed = run > from + 1 ? people.named(from + 1, run) : null;
            if (signed != null && signed.person) {
                return signed;
            }
        }
        People.Person apposed = apposition(from, sentenceEnd);
        if (apposed != null) {
            return apposed;
        }
        if (responseOf(from, sentenceEnd)) {
            return objectOf(from + 3, sentenceEnd);
        }
        int limit = Math.min(sentenceEnd, from + AFTER_REACH);
        for (int v = from; v < limit; v++) {
            Words.Word w = words.get(v);
            if (w.quoted() || isMark(w)) {
                return null;
            }
            if (verbAt(v)) {
                // "…,” said Kerry", "…,” including drone strikes, said Kerry" (a name set off by commas before the
                // verb was read as an apposition above)
                boolean inversion = v == from || words.get(v - 1).is(",") || isMark(words.get(v - 1));
                People.Person inverted = inversion ? objectOf(v, sentenceEnd) : null;
                if (inverted != null) {
                    return inverted;
                }
                if (introducesNext(from, v)) {
                    return null;
                }
                if (!subjectPhrase(from, v)) {
                    int comma = relativeClauseBefore(from, v);
                    if (comma > from) {
                        return subjectOf(comma, from); // "…,” the department's spokesperson, who declined to be named, said"
                    }
                    return closing(v, sentenceEnd) ? subjectOf(v, from) : null;
                }
                if (unnamed(from, v)) {
                    return people.described(from, v); // "…,” a spokesman for the ministry said
                }
                People.Person p = subjectOf(v, from);
                int participle = p == null ? participleAfterSubject(from, v) : -1;
                if (participle > 0) {
                    p = subjectOf(participle, from); // "…,” team members dressed for a game say"
                }
                return p != null ? p : descriptions.description(from, v);
            }
        }
        return null;
    }

    /** Prepositions that open what a participle after a subject goes on with ("dressed for a game"). */
    private static final java.util.Set<String> PARTICIPLE_OBJECTS = java.util.Set.of("for", "in", "at", "with", "by",
            "from", "on", "outside", "inside", "near", "around");

    /**
     * Where a participle set after the subject of the verb at {@code v} begins ("team members dressed for a game say",
     * "residents living near the plant said"): a word in -ed or -ing in lower case, a preposition after it, a word
     * before it; else -1.
     */
    private int participleAfterSubject(int from, int v) {
        for (int k = from + 1; k + 1 < v; k++) {
            Words.Word w = words.get(k);
            if (w.letters() && !w.capitalised() && w.text().length() > 4 && (w.lower().endsWith("ed") || w.lower().endsWith("ing"))
                    && !AttributionLexicon.speechVerb(w.text()) && PARTICIPLE_OBJECTS.contains(words.get(k + 1).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the verb at {@code v}, after a quote closed on a full stop that ends before word {@code from}, opens the
     * next quote: "“… we don't even know.” Colton laughed and stuttered, “I … I …”" is Colton's second quote only.
     */
    private boolean introducesNext(int from, int v) {
        if (from < 2 || !words.get(from - 2).sentenceEnd()) {
            return false;
        }
        int k = v + 1;
        while (k < words.size() && (words.get(k).is(",") || words.get(k).is(":"))) {
            k++;
        }
        return k > v + 1 && k < words.size() && isMark(words.get(k));
    }

    /**
     * Whether the verb at {@code v} closes its sentence after a comma and its subject: "“…” was the simplest reason
     * they left, he said." The sentence is what the subject said, the quote in it.
     */
    private boolean closing(int v, int sentenceEnd) {
        for (int k = v + 1; k < Math.min(sentenceEnd, words.size()); k++) {
            if (words.get(k).letters()) {
                return false;
            }
        }
        int subject = v - 1;
        if (subject < 1) {
            return false;
        }
        Words.Word w = words.get(subject);
        if (Pronouns.isPronoun(w)) {
            return words.get(subject - 1).is(",");
        }
        int k = subject;
        while (k > 0 && words.get(k).letters() && words.get(k).capitalised() && subject - k < 4) {
            k--;
        }
        return k < subject && words.get(k).is(",");
    }

    /** How far an apposition between a name and its verb may run after a quote, in words. */
    static final int APPOSITION_REACH = 40;

    /**
     * "…,” Dr. Sobhi Skaik, the director of the Turkish Friendship Hospital in the central Gaza Strip, said": a
     * name right after the quote, then a description of any length set off by commas, then the verb of saying.
     */
    private People.Person apposition(int from, int sentenceEnd) {
        int nameEnd = people.runEnd(from);
        if (nameEnd == from || nameEnd >= words.size() || !words.get(nameEnd).is(",")) {
            return null;
        }
        int limit = Math.min(sentenceEnd, from + APPOSITION_REACH);
        for (int k = nameEnd + 1; k + 1 < limit; k++) {
            Words.Word w = words.get(k);
            if (w.quoted() || isMark(w) || w.paragraphBreak()) {
                return null;
            }
            if (w.is(",") && k > nameEnd + 1) {
                int v = k + 1;
                while (v < limit && words.get(v).letters() && !words.get(v).capitalised()
                        && BETWEEN_SUBJECT_AND_VERB.contains(words.get(v).lower()) && !verbAt(v)) {
                    v++;
                }
                if (v < limit && verbAt(v) && !words.get(v).is("according")) {
                    People.Person p = nameEndingAt(nameEnd - 1, from);
                    return p != null && !p.described && p.person ? p : null;
                }
            }
        }
        return null;
    }

    /**
     * Whether the words {@code [from, v)} can be the subject of the verb at {@code v} and nothing else: names,
     * titles, roles, pronouns, the words between a subject and its verb ("…,” Iranian foreign ministry
     * spokeswoman Marzieh Afkham said"), not a clause of its own ("…' would complicate it, after the US said").
     */
    private boolean subjectPhrase(int from, int v) {
        if (v - from > 12) { // "University of the Fraser Valley political scientist Hamish Telford said"
            return false;
        }
        for (int k = from; k < v; k++) {
            Words.Word w = words.get(k);
            if (w.paragraphBreak() || w.sentenceEnd() && words.sentenceStart(k + 1) == k + 1 // not "(D-Mass.) told"
                    || CLAUSE_WORDS.contains(w.lower()) && !w.capitalised() && !descriptions.roleTo(k)
                    || w.letters() && !w.capitalised() && AttributionLexicon.speechVerb(w.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the subject before a relative clause set off by commas ends, when the clause stands right before the verb
     * at {@code v} ("the spokesperson, who declined to be named, said"): the comma before "who", "which" or "whose",
     * or -1.
     */
    private int relativeClauseBefore(int from, int v) {
        if (v - 1 <= from || !words.get(v - 1).is(",")) {
            return -1;
        }
        for (int c = v - 2; c > from && c > v - AFTER_REACH; c--) {
            Words.Word w = words.get(c);
            if (w.quoted() || w.paragraphBreak()) {
                return -1;
            }
            if (w.is(",")) {
                Words.Word next = words.get(c + 1);
                return next.is("who") || next.is("which") || next.is("whose") ? c : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the participle at {@code v} introduces the quote opening at {@code open}, with no comma before it:
     * "he bypassed the question for a second time saying “…”" (only marks or "that" between them). Asked only after
     * a word: after a closing quote mark ("“…” saying that “…”") the participle belongs to no clause of its own.
     */
    private boolean opensQuote(int v, int open) {
        for (int k = v + 1; k < open; k++) {
            if (words.get(k).letters() && !words.get(k).is("that")) {
                return false;
            }
        }
        return true;
    }

    /** "a spokesman for Baltic Container Lines": somebody the text does not name. */
    private boolean unnamed(int from, int v) {
        int k = from;
        while (k < v && !words.get(k).letters()) {
            k++;
        }
        return k + 1 < v && (words.get(k).is("a") || words.get(k).is("an"))
                && (ROLES.contains(words.get(k + 1).lower()) || k + 2 < v && ROLES.contains(words.get(k + 2).lower()));
    }

    /** Words that open or carry a clause of their own: what follows a quote with one is no attribution. */
    static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("after", "before", "when", "while",
            "because", "if", "but", "which", "that", "would", "could", "will", "should", "might", "may", "can",
            "since", "though", "although", "until", "unless", "whether", "where", "than", "so", "then", "to", "is",
            "are", "was", "were", "has", "have", "had", "does", "did", "not");

    /** The speaker named before a quote that opens at word {@code open}, in the sentence from {@code start}. */
    People.Person before(int start, int open) {
        int v = lastVerb(start, open);
        if (v < 0) {
            return null;
        }
        if (words.get(v).is("according")) {
            return objectOf(v, open);
        }
        if (AttributionLexicon.participle(words.get(v).text()) && v > start && (words.get(v - 1).is(",") || words.get(v - 1).letters() && opensQuote(v, open))) {
            // an inverted attribution earlier in the sentence names the speaker: "Obama was giving “…,” said Kerry on
            // Monday, underlining that “…”" is Kerry's
            int floor = Math.max(start, v - REACH); // walks back within reach of the participle, not the whole sentence
            for (int e = lastVerb(floor, v - 1); e >= 0; e = lastVerb(floor, e)) {
                boolean inverted = e > start && (words.get(e - 1).is(",") || isMark(words.get(e - 1))); // "…,” said Kerry"
                if (inverted && !words.get(e).is("according") && e + 1 < words.size() && capitalisedAt(e + 1)) {
                    People.Person named = objectOf(e, v);
                    if (named != null && !named.described) {
                        return named;
                    }
                }
            }
            // else the main clause's subject: "Meghan said Kate apologized, adding that" is Meghan's; "When Winfrey
            // asked if he could share them, he declined, saying" is his
            People.Person main = sentenceSubject(mainClause(start, v), v);
            if (main != null && !main.described) {
                return main;
            }
            int earlier = lastVerb(floor, v - 1);
            while (earlier >= 0) {
                People.Person p = words.get(earlier).is("according") ? objectOf(earlier, v)
                        : (earlier + 1 < words.size() && capitalisedAt(earlier + 1))
                                ? objectOf(earlier, v) : subjectOf(earlier, start);
                if (p != null) {
                    return p;
                }
                earlier = lastVerb(floor, earlier);
            }
            People.Person subject = sentenceSubject(start, v);
            // "The court also found …, noting that “…”": the main clause's subject a source described
            return subject != null ? subject : describedOpening(mainClause(start, v), v);
        }
        People.Person p = subjectOf(v, start);
        if (p == null && v + 1 < open && capitalisedAt(v + 1)) {
            p = objectOf(v, open); // "said Kerry: “…"
        }
        return p;
    }

    /**
     * The source described by the words that open a clause at {@code start}, before word {@code limit}: a determiner
     * and a source noun at most three words on ("The court also found", "Some members of the team hold up"), else
     * null.
     */
    People.Person describedOpening(int start, int limit) {
        int s0 = start;
        while (s0 < limit && !words.get(s0).letters()) {
            s0++;
        }
        int head = s0 + 1;
        while (head < Math.min(limit, s0 + 4) && words.get(head).letters() && !words.get(head).capitalised()
                && !AttributionLexicon.sourceNoun(words.get(head).lower())) {
            head++;
        }
        return head < limit && s0 < limit && AttributionLexicon.DETERMINERS.contains(words.get(s0).lower())
                ? descriptions.description(s0, head + 1) : null;
    }

    /** Whether the verb at {@code v} stands next to the quote opening at {@code open} ("Kerry said: “"). */
    boolean adjacent(int v, int open) {
        int from = v + 1;
        if (from < open && words.get(from).is("to")) {
            // "quipped to Colton, “…”", "said to reporters: “…”": whom it was said to stands between
            int k = from + 1;
            while (k < open && k - from <= 3 && words.get(k).letters() && !words.get(k).quoted()) {
                k++;
            }
            from = k > from + 1 ? k : from;
        }
        for (int k = from; k < open; k++) {
            Words.Word w = words.get(k);
            if (!(w.is(",") || w.is(":") || w.is("that") || w.is("-") || w.is("—") || isMark(w))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs whose object is the subject of the verb after it: "he heard students shout", "saw fans chant". */
    private static final java.util.Set<String> PERCEIVING = java.util.Set.of("heard", "hear", "hears", "saw", "see",
            "sees", "watched", "watch", "watches");

    /** An age as news writes one for a person: "the 54-year-old said". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** The subject of the verb at {@code v}, reading left no further than {@code start}. */
    People.Person subjectOf(int v, int start) {
        int k = v - 1;
        while (k >= Math.max(start, v - 12) && (BETWEEN_SUBJECT_AND_VERB.contains(words.get(k).lower()) && !words.get(k).capitalised()
                || words.get(k).is("also"))) {
            k--;
        }
        if (k < start) {
            return null;
        }
        Words.Word w = words.get(k);
        if (AGE.matcher(w.text()).matches() && k > start && words.get(k - 1).is("the")) {
            return personAbout(k, People.Gender.UNKNOWN); // "Jane Doe, 54, … “…,” the 54-year-old said"
        }
        if (w.is("which") && k - 1 > start && words.get(k - 1).is(",")) {
            return antecedent(k - 1, start); // "a report by the Congressional Budget Office, which found that"
        }
        if (w.is(")") || w.is("]")) {
            int open = k - 1;
            while (open >= start && !(words.get(open).is("(") || words.get(open).is("["))) {
                open--;
            }
            if (open > start) {
                return nameEndingAt(open - 1, start);
            }
            return null;
        }
        if (w.is(",")) {
            // "its director, Pavel Novak, said"; else the sentence's opening subject ("Prof Gavin Yamey, director of
            // … at Duke University, says"); else an organisation before the comma
            People.Person p = nameEndingAt(k - 1, start);
            if (p != null && p.person) {
                return p;
            }
            People.Person opening = openingApposition(start, k);
            if (opening != null) {
                return opening;
            }
            if (p != null) {
                return p;
            }
            for (int c = k - 1; c > Math.max(start, k - 30); c--) {
                if (words.get(c).is(",") && !words.get(c).quoted()) {
                    return nameEndingAt(c - 1, start);
                }
            }
            return null;
        }
        if (Pronouns.isPronoun(w)) {
            return pronouns.of(k);
        }
        if (w.is("and") || w.is("but")) {
            // the clause's first subject, after any quote before it: "“… know.” Lund laughed and said" is Lund's
            int clause = k;
            int floor = Math.max(start, k - REACH);
            while (clause > floor && !words.get(clause - 1).quoted() && !isMark(words.get(clause - 1))) {
                clause--;
            }
            People.Person p = sentenceSubject(clause == floor ? start : clause, k);
            return p != null ? p : clauseOpeningBody(clause == floor ? start : clause, k);
        }
        if (w.letters() && (!w.capitalised() || acronym(w)) && ROLES.contains(w.lower())) {
            People.Person p = role(k, start);
            if (p != null) {
                return p;
            }
        }
        if (w.letters() && !w.capitalised()) {
            // "Karin Holm of the union federation said", "Hanna Vik of the nurses' union said", "Tim Grant with the
            // health authority says"
            for (int j = k - 1; j >= Math.max(start, k - 6); j--) {
                if ((words.get(j).is("of") || words.get(j).is("with")) && !words.get(j).quoted()) {
                    People.Person p = nameEndingAt(j - 1, start);
                    if (p != null) {
                        return p;
                    }
                    break;
                }
                if (!words.get(j).letters() && !words.get(j).text().equals("'")) {
                    break;
                }
            }
            // "the court noted", "the email said": a source described, its determiner at most six words back
            int j = k;
            boolean plural = AttributionLexicon.pluralSource(words.get(k).lower());
            while (j - 1 >= Math.max(start, k - 6) && words.get(j - 1).letters() && !words.get(j - 1).quoted()
                    && !PERCEIVING.contains(words.get(j - 1).lower())
                    && (!words.get(j - 1).capitalised() || descriptions.opensSentence(j - 1) || modifierBefore(j - 1, k)
                            || Descriptions.possessive(words.get(j - 1)) || plural && k - j < 3)) {
                j--;
                if (words.get(j).is("the") && j + 1 == k) {
                    People.Person named = bodyCalledByKind(words.get(k));
                    if (named != null) {
                        return named; // "Acme Corp. said … “…,” the company said"
                    }
                }
                if (AttributionLexicon.DETERMINERS.contains(words.get(j).lower()) || Descriptions.possessive(words.get(j))) {
                    People.Person holder = roleOf(j, k, start);
                    if (holder != null) {
                        return holder; // "the former secretary of state said": the role's, not the state's
                    }
                    People.Person whole = ofPhrase(j, k, start);
                    return whole != null ? whole : descriptions.description(j, k + 1); // "the court noted", "the DOJ release states", "the Trump campaign said"
                }
                if (words.get(j).capitalised() && !modifierBefore(j, k) && !Descriptions.possessive(words.get(j))) {
                    break;
                }
            }
            // "officials said", "local residents told": a plural of sources, no determiner, nothing before it in its clause
            boolean clauseStart = j == start || !words.get(j - 1).letters() || words.get(j - 1).quoted()
                    || PERCEIVING.contains(words.get(j - 1).lower()); // "he heard students shout, “…”"
            return clauseStart && k - j < 3 ? descriptions.description(j, k + 1) : null;
        }
        if (w.capitalised() && PARTY_MEMBERS.contains(w.lower()) && afterThe(k, start)) {
            People.Person p = role(k, start); // "the Kentucky Republican said": the person the text is about
            if (p != null) {
                return p;
            }
        }
        People.Person named = nameEndingAt(k, start);
        return named != null ? named : descriptions.description(k, k + 1); // "Police said", "Critics say": a sentence's capital
    }

    /**
     * What a relative clause's "which" before the comma at {@code comma} stands for: a body named right before it ("a
     * report by the Congressional Budget Office, which found"), else the source its phrase describes ("a statement on
     * Monday, which said", "a letter to its staff, which read"). Null when neither is there.
     */
    private People.Person antecedent(int comma, int start) {
        People.Person named = nameEndingAt(comma - 1, start);
        if (named != null) {
            return named;
        }
        for (int j = comma - 1; j >= Math.max(start, comma - 9); j--) {
            Words.Word d = words.get(j);
            if (!d.letters() || d.quoted()) {
                return null;
            }
            if (AttributionLexicon.DETERMINERS.contains(d.lower())) {
                People.Person described = descriptions.description(j, comma);
                if (described != null) {
                    return described; // else the phrase may go on further back: "a letter to its staff, which read"
                }
            }
        }
        return null;
    }

    /** The person named right after the verb at {@code v} ("said Kerry", "said the minister", "according to X"). */
    People.Person objectOf(int v, int end) {
        int k = v + 1;
        if (words.get(v).is("according") || k < end && words.get(k).is("out")) {
            k++; // "according to", "points out", "cried out"
        }
        while (k < end && words.get(k).is(",")) {
            k++;
        }
        int phrase = k; // where a description would start: "explained the court"
        while (k < end && (words.get(k).is("the") || words.get(k).is("The"))) {
            k++;
        }
        if (k >= end || words.get(k).quoted()) {
            return null;
        }
        Words.Word w = words.get(k);
        if (Pronouns.isPronoun(w)) {
            return pronouns.of(k);
        }
        if (k == phrase + 1 && words.get(phrase).is("the") && headEnds(k + 1, end)) {
            // "said the 54-year-old", "said the company", "according to the ministry"
            People.Person known = AGE.matcher(w.text()).matches() ? personAbout(k, People.Gender.UNKNOWN) : bodyCalledByKind(w);
            if (known != null) {
                return known;
            }
        }
        // "said Kerry", "said Iran's foreign minister, Mohammad Javad Zarif", "said season-ticket holder Erik
        // Mohn": the first capitalised run, after any descriptors in lower case
        for (int j = k; j < Math.min(end, k + 4); j++) {
            Words.Word d = words.get(j);
            if (!d.letters() || CLAUSE_WORDS.contains(d.lower()) || d.is("a") || d.is("an")
                    || d.text().equals("one") || d.text().equals("another")) {
                break; // "said one Republican strategist who…": a description, read below
            }
            if (d.capitalised()) {
                People.Person apposite = Descriptions.possessive(d) ? namedAfterPossessive(j, end) : null;
                if (apposite != null) {
                    return apposite; // "says Campbell's partner, Jason Louth", "says Wise's dad, Darrin"
                }
                int runEnd = people.runEnd(j);
                if (runEnd > j && runEnd < end && !words.get(runEnd).capitalised()
                        && AttributionLexicon.sourceNoun(words.get(runEnd).lower()) && !capitalisedAt(runEnd + 1)
                        && !(runEnd + 2 < end && ROLES.contains(words.get(runEnd + 1).lower()) && capitalisedAt(runEnd + 2))) {
                    // "said Republican strategists", "said Democratic officials": a name modifying a source; but "said
                    // Rockets general manager Bruce Hamilton" names the manager
                    break;
                }
                if (runEnd > j) {
                    // "according to Wilson Center director Rojansky", "says Cambridge cartoonist Andre Campbell": a place
                    // or a body, what the person does, then the person
                    int role = runEnd;
                    while (role < Math.min(end, runEnd + 2) && words.get(role).letters() && !words.get(role).capitalised()
                            && !words.get(role).quoted() && !CLAUSE_WORDS.contains(words.get(role).lower())
                            && !WORKS_AT.contains(words.get(role).lower()) && !words.get(role).is("and")) {
                        role++;
                    }
                    if (role > runEnd && role < end && capitalisedAt(role)) {
                        People.Person named = people.named(role, people.runEnd(role));
                        if (named != null && (named.person || ROLES.contains(words.get(role - 1).lower()))) {
                            return named;
                        }
                    }
                    People.Person p = Descriptions.possessive(words.get(runEnd - 1)) && role > runEnd ? null
                            : people.speaking(j, runEnd); // "says Berg's old friend": the friend, not Berg
                    if (p != null) {
                        return p;
                    }
                }
                break;
            }
        }
        // "said the minister", "according to the spokeswoman"
        for (int j = k; j < Math.min(end, k + 4); j++) {
            Words.Word r = words.get(j);
            if (r.letters() && !r.capitalised() && ROLES.contains(r.lower())) {
                int named = j + 1 < end && words.get(j + 1).is(",") ? j + 2 : j + 1;
                if (named < end && capitalisedAt(named)) {
                    People.Person p = people.named(named, people.runEnd(named));
                    if (p != null) {
                        return p;
                    }
                }
                People.Person known = people.nearest(words.get(j).start(), People.Gender.UNKNOWN, r.lower());
                if (known == null && words.get(phrase).is("the")
                        && (!AttributionLexicon.ANONYMOUS_ROLES.contains(r.lower()) || epithet(phrase + 1, j))) {
                    // "said the Republican nominee, who…": a role nobody was named with yet, of the person the text is about
                    known = personAbout(j, People.Gender.UNKNOWN);
                }
                return known != null ? known : descriptions.describedAfter(phrase, end);
            }
        }
        if (words.get(phrase).is("the")) {
            People.Person about = epithetOf(phrase + 1, end);
            if (about != null) {
                return about; // "says the bow-tied maverick": a word a writer uses for someone already named
            }
        }
        return descriptions.describedAfter(phrase, end); // "said one person during public comment", "explained the court"
    }

    /**
     * Whether a word in {@code [from, to)} describes one particular person: an age ("the 39-year-old founder") or a
     * compound in lower case ("the laid-back resident", "the self-taught cartoonist"). A writer calls someone named
     * before so; a source left unnamed is "a resident" or "the resident".
     */
    private boolean epithet(int from, int to) {
        for (int j = from; j < to; j++) {
            String t = words.get(j).text();
            int dash = t.indexOf('-');
            if (AGE.matcher(t).matches() || !words.get(j).capitalised() && dash > 0 && dash < t.length() - 1
                    && Character.isLetter(t.charAt(dash - 1)) && Character.isLetter(t.charAt(dash + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named before whom "the" and the words from {@code from} call by an epithet ({@link #epithet}) and a
     * noun in lower case, up to where the clause goes on ("says the bow-tied maverick, noting…"); null otherwise.
     */
    private People.Person epithetOf(int from, int end) {
        int k = lowerCaseRun(from, end, 4);
        boolean clauseEnds = k >= end || !words.get(k).letters() || CLAUSE_WORDS.contains(words.get(k).lower());
        if (k - from < 2 || !clauseEnds || !epithet(from, k - 1) || AttributionLexicon.pluralSource(words.get(k - 1).lower())) {
            return null;
        }
        return personAbout(k - 1, People.Gender.UNKNOWN);
    }

    /**
     * The source named after a possessive's noun and a comma ("Campbell's partner, Jason Louth", "Wise's dad, Darrin"):
     * the noun in lower case, one to three words, then the comma and a person's name, or any name when the noun is
     * one of a source ({@link AttributionLexicon#sourceNoun}); null otherwise.
     */
    private People.Person namedAfterPossessive(int j, int end) {
        int k = lowerCaseRun(j + 1, end, 3);
        if (k == j + 1 || k + 1 >= end || !words.get(k).is(",") || !capitalisedAt(k + 1)) {
            return null;
        }
        People.Person named = people.named(k + 1, people.runEnd(k + 1));
        return named != null && !named.described && (named.person || AttributionLexicon.sourceNoun(words.get(k - 1).lower()))
                ? named : null;
    }

    /** Words that may follow a phrase's head in its clause: a time or a place ("said the company in a statement"). */
    private static final java.util.Set<String> AFTER_A_HEAD = java.util.Set.of("in", "on", "at", "after", "when", "late",
            "earlier", "today", "yesterday");

    /** Whether a phrase's head ends before word {@code k}: the clause ends, or goes on with a time or a place. */
    private boolean headEnds(int k, int end) {
        return k >= end || !words.get(k).letters() || words.get(k).quoted() || AFTER_A_HEAD.contains(words.get(k).lower());
    }

    /**
     * The person the text is about at word {@code k} ({@link Pronouns#about}), when the text named them as a person:
     * whom an age after "the" ("the 54-year-old"), a role nobody was named with, or an opening "his"/"her" stands for;
     * null when it is about nobody named.
     */
    private People.Person personAbout(int k, People.Gender g) {
        People.Person about = pronouns.about(k, g);
        return about != null && about.person && !about.described ? about : null;
    }

    /**
     * The body named before that "the" and word {@code w} call by its kind ("the company", "the ministry"); null when
     * {@code w} is no such kind or none is in sight. Not "the court": a report of a ruling calls the court so, whatever
     * capitals it gave it before.
     */
    private People.Person bodyCalledByKind(Words.Word w) {
        boolean kind = !w.capitalised() && !w.is("court")
                && (AttributionLexicon.ORGANISATION_WORDS.contains(w.lower()) || w.is("firm"));
        return kind ? people.nearestOrganisation(w.start(), w.lower()) : null;
    }

    private People.Person role(int k, int start) {
        String role = words.get(k).lower();
        int j = k - 1;
        int capitals = 0; // "the Conservative MP", "the Labour leader": a party or a body before the role
        while (j >= Math.max(start, k - 8) && (words.get(j).letters() || commaBetweenAdjectives(j, start))
                && !words.get(j).quoted()
                && (!words.get(j).capitalised() || ++capitals <= 2 && j > start && !descriptions.opensSentence(j))
                && !(words.get(j).is("the") || words.get(j).is("a") || words.get(j).is("an"))) {
            j--;
        }
        if (j >= start && (words.get(j).is("a") || words.get(j).is("an"))) {
            return people.described(j, k + 1); // "a senior official said": nobody named, a source described
        }
        if (j >= start) {
            People.Person whole = ofPhrase(j, k, start);
            if (whole != null) {
                return whole; // "an aide to the governor said": the aide, not the governor
            }
        }
        People.Gender g = AttributionLexicon.FEMALE.contains(role) ? People.Gender.FEMALE
                : AttributionLexicon.MALE.contains(role) ? People.Gender.MALE : People.Gender.UNKNOWN;
        People.Person p = people.nearest(words.get(k).start(), g, role);
        if (p == null && (role.equals("spokeswoman") || role.equals("spokesman"))) {
            p = people.nearest(words.get(k).start(), g, "spokesperson");
        }
        if (p == null && j >= start && words.get(j).is("the") && !AttributionLexicon.ANONYMOUS_ROLES.contains(role)) {
            // "Chris Grayling warned … Speaking in the Commons, the Conservative MP said": a role nobody named has
            // yet, of the person the text is about
            p = personAbout(k, g);
        }
        if (p == null && j >= start && words.get(j).is("the")) {
            p = people.described(j, k + 1); // "the spokeswoman said", and nobody with that role named before
        }
        return p;
    }

    /** A comma between two adjectives of a role: "the lanky, bespectacled professor". */
    private boolean commaBetweenAdjectives(int j, int start) {
        return words.get(j).is(",") && j - 1 >= start && j + 1 < words.size() && words.get(j - 1).letters()
                && !words.get(j - 1).capitalised() && words.get(j + 1).letters() && !words.get(j + 1).capitalised();
    }

    /** A member of a party, capitalised: "the Kentucky Republican", "the veteran Democrat" stand for a person. */
    private static final java.util.Set<String> PARTY_MEMBERS = java.util.Set.of("republican", "democrat", "conservative",
            "liberal", "tory", "socialist", "progressive", "libertarian", "independent", "green", "nationalist");

    /** Whether "the" stands before word {@code k} with at most two capitalised words between ("the Kentucky Republican"). */
    private boolean afterThe(int k, int start) {
        for (int j = k - 1; j >= Math.max(start, k - 3); j--) {
            if (words.get(j).is("the")) {
                return true;
            }
            if (!words.get(j).letters() || !words.get(j).capitalised() || words.get(j).quoted()) {
                return false;
            }
        }
        return false;
    }

    /** A role written in capitals: "MP", "CEO". */
    private static boolean acronym(Words.Word w) {
        String t = w.text();
        return t.length() >= 2 && t.length() <= 4 && t.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The subject a sentence opens with when a description set off by commas stands between it and the verb
     * whose comma is at {@code comma}: "Prof Gavin Yamey, director of the Centre … at Duke University, says", "A
     * second vice-chancellor, who runs an elite university, agreed". Null when the sentence opens otherwise.
     */
    private People.Person openingApposition(int start, int comma) {
        int s0 = start;
        while (s0 < comma && !words.get(s0).letters()) {
            s0++;
        }
        int nameEnd = people.runEnd(s0);
        if (nameEnd > s0 && nameEnd < comma && words.get(nameEnd).is(",")) {
            People.Person p = nameEndingAt(nameEnd - 1, s0);
            if (p != null && p.person && !p.described) {
                return p;
            }
        }
        // a described subject: "One, who asked not to be named, said", "A spokesperson for the bank, …, said"
        for (int j = s0; j < Math.min(comma, s0 + 8); j++) {
            if (words.get(j).is(",")) {
                if (j == s0 + 1 && (words.get(s0).is("one") || words.get(s0).is("another")) && words.get(j + 1).is("who")) {
                    return people.described(s0, j); // "One, who asked not to be named, said": one of those just named
                }
                return j > s0 && j < comma ? descriptions.description(s0, j) : null;
            }
        }
        return null;
    }

    /** The person of the capitalised run ending at word {@code k}, reading left no further than {@code start}. */
    private People.Person nameEndingAt(int k, int start) {
        if (k < start || !capitalisedAt(k)) {
            return null;
        }
        // the earliest word whose name runs through k, over the particles, "of" and "and" inside it ("Abdul Aziz
        // al-Hakim", "the Chamber of Commerce", "the Department of Health and Human Services")
        int from = k;
        for (int j = k - 1; j >= Math.max(start, k - People.MAX_NAME_WORDS); j--) {
            if (people.runEnd(j) > k) {
                from = j;
            }
        }
        // "a spokesperson for Sheffield University": the organisation is where the source works, not the source
        if (from - 2 >= start && (words.get(from - 1).is("for") || words.get(from - 1).is("of") || words.get(from - 1).is("at"))
                && ROLES.contains(words.get(from - 2).lower())) {
            for (int j = from - 3; j >= Math.max(start, from - 6); j--) {
                if (words.get(j).is("a") || words.get(j).is("an")) {
                    return people.described(j, k + 1);
                }
                if (!words.get(j).letters() || words.get(j).capitalised()) {
                    break;
                }
            }
        }
        People.Person named = people.speaking(from, k + 1);
        if (named != null && named.person) {
            return named;
        }
        // "Terry Chapman with the International Union of Operating Engineers said": the person, not where they work
        int link = from - 1 >= start && words.get(from - 1).is("the") ? from - 2 : from - 1;
        if (link - 1 >= start && WORKS_AT.contains(words.get(link).lower()) && capitalisedAt(link - 1)) {
            People.Person person = nameEndingAt(link - 1, start);
            if (person != null && person.person) {
                return person;
            }
        }
        return named;
    }

    /** Words between a person's name and the body they work for ("of", "with", "from", "at"). */
    private static final java.util.Set<String> WORKS_AT = java.util.Set.of("of", "with", "from", "at");

    private boolean capitalisedAt(int k) {
        return people.runEnd(k) > k || k > 0 && people.runEnd(k - 1) > k; // "Every" in "Michael Every"
    }

    /** The first person the sentence from {@code start} names before word {@code limit}, or its pronoun. */
    People.Person sentenceSubject(int start, int limit) {
        for (int k = Math.max(start, limit - REACH); k < limit; k++) {
            Words.Word w = words.get(k);
            if (w.quoted()) {
                continue;
            }
            if (w.is("he") || w.is("she")) {
                return pronouns.pronoun(w, k);
            }
            if ((w.is("his") || w.is("her")) && k == start) { // "Her reply was blunt: “…”"
                return personAbout(k, w.is("his") ? People.Gender.MALE : People.Gender.FEMALE);
            }
            int end = people.runEnd(k);
            if (end > k) {
                People.Person p = people.named(k, end);
                if (p != null && (p.person || p.spoke)) {
                    return p;
                }
                k = end - 1;
            }
        }
        return null;
    }

    /**
     * The body that opens the sentence from {@code start} as the subject of its first verb, before {@code limit}: a
     * name at the sentence's start or after its opening phrase's comma, then a word in lower case ("In a statement,
     * IRCC did not reveal any details, but said “…”"); null otherwise.
     */
    private People.Person clauseOpeningBody(int start, int limit) {
        for (int k = start; k < Math.min(limit, start + REACH); k++) {
            Words.Word w = words.get(k);
            if (w.quoted()) {
                return null;
            }
            if (k == start || words.get(k - 1).is(",")) {
                int end = people.runEnd(k);
                if (end > k && end < limit && words.get(end).letters() && !words.get(end).capitalised()) {
                    return people.speaking(k, end);
                }
            }
        }
        return null;
    }

    /**
     * Whether the words after a quote, from {@code from}, say whose response it was, their source from the fourth word
     * on: "“…!” was the response of one jolly viewer", "“…” came the reply from the ministry".
     */
    private boolean responseOf(int from, int sentenceEnd) {
        return from + 3 < sentenceEnd && !words.get(from + 3).quoted()
                && (words.get(from).is("was") || words.get(from).is("is") || words.get(from).is("came"))
                && words.get(from + 1).is("the") && SPEECH_NOUNS.contains(words.get(from + 2).lower())
                && (words.get(from + 3).is("of") || words.get(from + 3).is("from"));
    }

    /** Nouns of what somebody says: a sentence with one, about a person, introduces the quote after it. */
    private static final java.util.Set<String> SPEECH_NOUNS = java.util.Set.of("statement", "statements", "remarks",
            "comment", "comments", "response", "reply", "message", "answer", "explanation", "warning", "verdict",
            "assessment", "view", "words", "word", "plea", "appeal");

    /**
     * The person a sentence without a verb of saying introduces as speaking ("Bolger's lawyer, Jeremy Robinson, had a
     * more succinct statement after the ruling."), read from {@code [start, end)}; null when it has no noun of
     * speech or names nobody.
     */
    People.Person introducedBy(int start, int end) {
        for (int k = Math.max(start, end - REACH); k < end; k++) {
            Words.Word w = words.get(k);
            if (!w.quoted() && !w.capitalised() && SPEECH_NOUNS.contains(w.lower())) {
                return sentenceSubject(start, k);
            }
        }
        return null;
    }

    /** Whether the words {@code [start, end)} are narration: no quote of {@link QuoteExtractor#MIN_WORDS} words or more. */
    boolean narration(int start, int end) {
        int quoted = 0; // words in a row inside quote marks: a term or a scare quote ("unpredictable") is still narration
        for (int k = start; k < end; k++) {
            Words.Word w = words.get(k);
            quoted = !w.quoted() ? 0 : w.letters() ? quoted + 1 : quoted;
            if (quoted >= QuoteExtractor.MIN_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who the paragraph of narration ({@link #narration}) {@code [start, end)} reports, when it ends in a sentence that
     * reports speech: the last person who is the subject of one of its verbs of saying ("Stubbs said that …", "Tim
     * Guest with the health authority says there are many reasons", "According to EHS, …, but Chapman says …"), else
     * the source of its first ("the union said …"). Null otherwise.
     */
    People.Person reportedBy(int start, int end) {
        int last = end - 1;
        while (last > start && !words.get(last).letters() && !words.get(last).is(".")) {
            last--;
        }
        int from = Math.max(start, words.sentenceStart(last));
        People.Person first = null;
        for (int v = lastVerb(from, end); v >= 0; v = lastVerb(from, v)) {
            People.Person p = words.get(v).is("according") ? objectOf(v, end) : subjectOf(v, from);
            if (p != null && p.person) {
                return p; // the last person reported: "According to EHS, … but Chapman says that's not what they see"
            }
            first = p != null ? p : first;
        }
        return first;
    }

    /** Whom the paragraph of narration ({@link #narration}) {@code [start, end)} is about: {@link Pronouns#aboutParagraph}. */
    People.Person aboutParagraph(int start, int end) {
        return pronouns.aboutParagraph(start, end);
    }

    /**
     * The person the sentence {@code [start, end)} opens with as its subject, when it is narration and the text has
     * named them as a person ("Durning did not need much coaxing."); null otherwise.
     */
    People.Person openedBy(int start, int end) {
        int k = start;
        while (k < end && !words.get(k).letters()) {
            if (words.get(k).quoted()) {
                return null;
            }
            k++;
        }
        if (!narration(k, Math.min(end, k + REACH))) { // its first words: many quotes may follow one long sentence
            return null;
        }
        int runEnd = k < end ? people.runEnd(k) : k;
        if (runEnd == k || runEnd >= end || words.get(runEnd).is(",") || words.get(runEnd).is("and")) {
            return null;
        }
        People.Person p = people.named(k, runEnd);
        return p != null && p.person && !p.described ? p : null;
    }

    /** "In Dr. Shadlen's words, “…”": the person whose words a quote is said to be, right before it. */
    People.Person inWordsOf(int open) {
        int k = open - 1;
        while (k >= 0 && (words.get(k).is(",") || words.get(k).is(":") || isMark(words.get(k)))) {
            k--;
        }
        if (k < 2 || !(words.get(k).is("words") || words.get(k).is("word"))) {
            return null;
        }
        int owner = k - 1;
        if (words.get(owner).is("'s") || words.get(owner).is("’s") || words.get(owner).is("'") || words.get(owner).is("’")) {
            owner--;
        }
        String w = words.get(owner).lower();
        if (!capitalisedAt(owner) && !(w.endsWith("'s") || w.endsWith("’s"))) {
            return null;
        }
        People.Person p = nameEndingAt(owner, Math.max(0, owner - 6));
        return p != null && !p.described ? p : null;
    }

    /** Words that open a sentence with a clause of their own before its subject ("When Winfrey asked…, he declined"). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "after", "before", "as", "while",
            "although", "though", "if", "because", "since", "once", "until", "whereas", "asked", "speaking", "responding",
            "pressed", "questioned");

    /** Where the main clause of the sentence from {@code start} begins: after a leading subordinate clause's comma. */
    private int mainClause(int start, int limit) {
        int s0 = start;
        while (s0 < limit && !words.get(s0).letters()) {
            s0++;
        }
        if (s0 >= limit || !SUBORDINATORS.contains(words.get(s0).lower())) {
            return start;
        }
        for (int k = s0 + 1; k < Math.min(limit, s0 + REACH); k++) {
            if (words.get(k).is(",") && !words.get(k).quoted()) {
                return k + 1;
            }
        }
        return start;
    }

    /**
     * The subject that opens the words after a quote closed by a comma, with a verb this class does not know:
     * "“…,” she remembered telling Harry", "“…,” Kerry recalled later". A pronoun or a person's name followed by a
     * lower-case word; null otherwise.
     */
    People.Person tailSubject(int k) {
        if (k + 1 >= words.size()) {
            return null;
        }
        Words.Word w = words.get(k);
        if ((w.is("he") || w.is("she")) && words.get(k + 1).letters() && !words.get(k + 1).capitalised()) {
            return pronouns.of(k);
        }
        int end = people.runEnd(k);
        if (end > k && end < words.size() && words.get(end).letters() && !words.get(end).capitalised()
                && !words.get(end).is("and") && !words.get(end).is("or")) {
            People.Person p = people.named(k, end);
            return p != null && p.person ? p : null;
        }
        return null;
    }

    /**
     * The person a role with a complement names: "the former secretary of state said" is read as "the secretary" (a
     * person named with that role, else the one the text is about), when the role is followed by "of" and the phrase
     * {@code [j, k]} opens with "the". Null otherwise, or when no person is found.
     */
    private People.Person roleOf(int j, int k, int start) {
        if (!words.get(j).is("the")) {
            return null;
        }
        for (int h = j + 1; h < k; h++) {
            if (words.get(h + 1).is("of") && !words.get(h).capitalised() && ROLES.contains(words.get(h).lower())) {
                People.Person p = role(h, start);
                return p != null && !p.described ? p : null;
            }
        }
        return null;
    }

    /**
     * A description whose head a preposition joins to the phrase at {@code [j, k]}: "the spokeswoman for the
     * company added" is the spokeswoman's, not the company's. Null when no determiner's phrase stands before it.
     */
    private People.Person ofPhrase(int j, int k, int start) {
        if (j - 2 < start || !(words.get(j - 1).is("for") || words.get(j - 1).is("of") || words.get(j - 1).is("at")
                || words.get(j - 1).is("from") || words.get(j - 1).is("with") || words.get(j - 1).is("to"))) {
            return null;
        }
        for (int d = j - 2; d >= Math.max(start, j - 6); d--) {
            Words.Word w = words.get(d);
            if (!w.letters() || w.quoted() || w.capitalised() && !descriptions.opensSentence(d)) {
                return null;
            }
            if (AttributionLexicon.DETERMINERS.contains(w.lower())) {
                return descriptions.description(d, k + 1);
            }
        }
        return null;
    }

    /**
     * Whether the capitalised word {@code j} modifies a described source ending at {@code k}: a name or a body's
     * initials after a determiner ("the Trump campaign", "the DOJ release"), at most two of them.
     */
    private boolean modifierBefore(int j, int k) {
        for (int d = j - 1; d >= Math.max(0, j - 2); d--) {
            Words.Word w = words.get(d);
            if (AttributionLexicon.DETERMINERS.contains(w.lower()) && !w.quoted()) {
                return AttributionLexicon.sourceNoun(words.get(k).lower());
            }
            if (!w.letters() || !w.capitalised() || w.quoted()) {
                return false;
            }
        }
        return false;
    }

    /** Whether word {@code k} ends its sentence after a word a subject ends with: "the release states." */
    private boolean closesAfterSubject(int k) {
        if (k < 1 || k + 1 >= words.size() || !words.get(k + 1).sentenceEnd() || words.get(k + 1).paragraphBreak()) {
            return false;
        }
        Words.Word before = words.get(k - 1);
        return before.letters() && !before.quoted() && !AttributionLexicon.DETERMINERS.contains(before.lower())
                && !before.is("all") && !before.is("other") && !before.is("member") && !before.is("united");
    }

    /** Where a run of at most {@code max} words in lower case from {@code from} ends: no quote, no clause word. */
    private int lowerCaseRun(int from, int end, int max) {
        int k = from;
        while (k < end && k - from < max && words.get(k).letters() && !words.get(k).capitalised() && !words.get(k).quoted()
                && !CLAUSE_WORDS.contains(words.get(k).lower())) {
            k++;
        }
        return k;
    }

    /**
     * Whether word {@code k} follows a quote's closing mark with only marks between, and words of its clause follow
     * it: "“…,” notes Espinos", where a noun could not stand.
     */
    private boolean rightAfterQuote(int k) {
        int j = k - 1;
        while (j >= 0 && k - j <= 3 && !words.get(j).letters() && !words.get(j).quoted()) {
            j--;
        }
        return j < k - 1 && j >= 0 && words.get(j).quoted() && k + 1 < words.size() && words.get(k + 1).letters()
                && !words.get(k + 1).quoted();
    }

    private static boolean isDash(Words.Word w) {
        return w.is("—") || w.is("–") || w.is("-");
    }

    /** Whether a quote opens at word {@code k}: its mark, or its first word. */
    private boolean quoteAt(int k) {
        return k < words.size() && (words.get(k).quoted() || isMark(words.get(k)) && k + 1 < words.size() && words.get(k + 1).quoted());
    }

    static boolean isMark(Words.Word w) {
        return w.text().length() == 1 && "\"“”„‟«»‘’‚'`".indexOf(w.text().charAt(0)) >= 0;
    }
}
