package io.wirecopy.dedupe.quote;

import static io.wirecopy.dedupe.quote.AttributionLexicon.COMMON;
import static io.wirecopy.dedupe.quote.AttributionLexicon.FEMALE;
import static io.wirecopy.dedupe.quote.AttributionLexicon.MALE;
import static io.wirecopy.dedupe.quote.AttributionLexicon.ORGANISATION_WORDS;
import static io.wirecopy.dedupe.quote.AttributionLexicon.PARTICLES;
import static io.wirecopy.dedupe.quote.AttributionLexicon.PLACES;
import static io.wirecopy.dedupe.quote.AttributionLexicon.ROLES;
import static io.wirecopy.dedupe.quote.AttributionLexicon.SUFFIXES;
import static io.wirecopy.dedupe.quote.AttributionLexicon.TITLES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people (and organisations) one article names, outside its quotes, with the forms it names them
 * by merged: "Secretary of State John Kerry", "Mr. Kerry" and "Kerry" are one person, John Kerry, a
 * man, with the role "secretary". Pronouns and roles ("he", "the spokeswoman") resolve to the nearest
 * fitting person named before them.
 */
final class People {

    enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    /** One person or organisation of the article. */
    static final class Person {
        final List<String> given = new ArrayList<>();
        String surname;
        String display;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        Gender gender = Gender.UNKNOWN;
        boolean person;
        boolean titled;
        boolean salient;
        boolean spoke;
        /** Where this person's latest quote so far starts (-1: none yet): who is speaking, for a pronoun. */
        int lastSpoke = -1;
        /** A source the text describes and does not name ("a spokesperson for the university"): never merged, never a pronoun's. */
        boolean described;
        /** A described source by a definite article ("the court", "the opposition leader"): may mean someone named before. */
        boolean definite;
        final List<Integer> mentions = new ArrayList<>();

        /** Files a mention, keeping them in text order. */
        void mention(int start) {
            int at = java.util.Collections.binarySearch(mentions, start);
            if (at < 0) {
                mentions.add(-at - 1, start);
            }
        }

        /**
         * Whether a pronoun, a role or the text's topic may mean them: a person, or a source that spoke, except a body
         * named by its initials ("NASA", "IRCC": it may speak, but is never a "he" or a "she").
         */
        boolean someone() {
            return person || spoke && !initials();
        }

        private boolean initials() {
            return display != null && display.indexOf(' ') < 0 && display.length() > 1
                    && display.equals(display.toUpperCase(java.util.Locale.ROOT));
        }

        int lastMentionBefore(int offset) {
            int at = java.util.Collections.binarySearch(mentions, offset);
            int before = (at >= 0 ? at : -at - 1) - 1;
            return before >= 0 ? mentions.get(before) : -1;
        }
    }

    /** A name read from words: its name words (titles dropped), the titles and roles before it, where it stands. */
    record Name(List<String> words, List<String> titles, int start, boolean organisation) {
    }

    /** Words in a name at most: a longer capitalised run is several names (or a headline). */
    static final int MAX_NAME_WORDS = 8;
    /** People of one surname compared with a new name of that surname, at most (the latest filed). */
    static final int MAX_SAME_SURNAME = 32;
    /** Mentions read back from a pronoun or a role for the person it means, at most. */
    static final int MAX_MENTIONS_BACK = 200;

    private final List<Person> people = new ArrayList<>();
    private final java.util.Map<String, List<Person>> bySurname = new java.util.HashMap<>();
    private final java.util.Map<String, Person> organisations = new java.util.HashMap<>();
    private final java.util.Map<Integer, Person> byStart = new java.util.HashMap<>();
    /** Every mention, in the order of the text: where it starts and who it names. */
    private final List<Integer> mentionStarts = new ArrayList<>();
    private final List<Person> mentionPeople = new ArrayList<>();
    private final Words words;

    People(Words words) {
        this.words = words;
        for (int i = 0; i < words.size(); i++) {
            int end = runEnd(i);
            if (end > i) {
                Name name = name(i, end);
                if (name != null) {
                    Person p = add(name);
                    if (opensSentence(i) || beforeSpeechVerb(end)) {
                        p.salient = true;
                    }
                }
                i = end - 1;
            }
        }
    }

    /** Whether the run {@code [from, to)} is a photo's credit ("Lauren Pelley / CBC News"): its name next to a slash. */
    private boolean credit(int from, int to) {
        return to < words.size() && words.get(to).is("/") || from > 0 && words.get(from - 1).is("/");
    }

    /** Whether word {@code i} opens its sentence (after any words capitalised with it, such as "The"). */
    private boolean opensSentence(int i) {
        int j = i - 1;
        while (j >= 0 && words.get(j).is("the")) {
            j--;
        }
        return j < 0 || words.get(j).sentenceEnd() && !words.get(j).quoted();
    }

    /** Whether a verb of saying follows word {@code end} ("Anna Sarri said", "Obama has consistently said"). */
    private boolean beforeSpeechVerb(int end) {
        int k = end;
        while (k < words.size() && (words.get(k).is(",") || AttributionLexicon.BETWEEN_SUBJECT_AND_VERB.contains(words.get(k).lower()))
                && k < end + 4) {
            k++;
        }
        return k < words.size() && !words.get(k).quoted() && !words.get(k).capitalised()
                && AttributionLexicon.speechVerb(words.get(k).text());
    }

    /** The end (exclusive) of the capitalised run starting at word {@code i}, or {@code i} if none starts there. */
    int runEnd(int i) {
        if (i >= words.size() || !nameWord(i, true) && !givenNameThatIsAWord(i) || participleOpening(i)) {
            return i;
        }
        int j = i + 1;
        while (j < words.size() && j - i < MAX_NAME_WORDS) {
            if (nameWord(j, false) || j == i + 1 && surnameThatIsAWord(i, j)) {
                j++;
                continue;
            }
            int particles = particles(j);
            if (j + 1 < words.size() && (particles > 0
                    || words.get(j).is("of") && ORGANISATION_WORDS.contains(words.get(j - 1).lower())) && nameWord(j + 1, false)) {
                j += 2; // "Abdul Aziz al-Hakim"; a body's name goes on past its "of": "the Chamber of Commerce"
            } else if (particles > 1 && j + particles < words.size() && nameWord(j + particles, false)) {
                j += particles + 1; // "Ursula von der Leyen", "Ben van der Pluijm", "Rosa de la Cruz"
            } else if (bodyGoesOnPastAnd(i, j)) {
                j++; // "the Securities and Exchange Commission", "Health and Human Services": the run goes on past "and"
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Whether word {@code i} is a participle capitalised only because it opens its sentence, before a name: "Having
     * Billy Eichner show up …" names Billy Eichner, and the run starts after the participle.
     */
    private boolean participleOpening(int i) {
        return participleNotName(words.get(i).lower()) && i + 1 < words.size() && opensSentence(i) && nameWord(i + 1, true);
    }

    /** A word in -ing that is no name ("Sterling") and no verb of saying: "Having", "Hammering". */
    private static boolean participleNotName(String lower) {
        return lower.length() > 5 && lower.endsWith("ing") && !AttributionLexicon.NAMES_IN_ING.contains(lower)
                && !AttributionLexicon.SPEECH_VERBS.contains(lower);
    }

    /** How many particles of a name ("van", "der", "de", "la") stand in a row from word {@code j}, three at most. */
    private int particles(int j) {
        int k = j;
        while (k < words.size() && k - j < 3 && !words.get(k).quoted() && PARTICLES.contains(words.get(k).lower())) {
            k++;
        }
        return k - j;
    }

    /** Words that end a body's name, after which an "and" joins two bodies ("the White House and State Department"). */
    private static final Set<String> BODY_HEADS = Set.of("ministry", "council", "house", "department", "agency", "party",
            "union", "government", "army", "court", "office", "committee", "assembly", "parliament", "congress", "senate",
            "university", "college", "company", "bank", "group", "commission", "institute", "chamber", "foundation",
            "association", "federation", "league", "club", "fund", "board", "authority", "service", "police", "navy",
            "command", "corps", "network", "hospital", "school", "church", "museum", "coalition", "alliance", "movement");

    /**
     * Whether the body's name in the run {@code [from, and)} goes on past the "and" (or "&") at {@code and}: the run
     * holds a word of a body and does not end with a body's head, and a capitalised run ending in a body's word follows
     * ("Securities and Exchange Commission", "Department of Health and Human Services"; "Trump and Congress" is two).
     */
    private boolean bodyGoesOnPastAnd(int from, int and) {
        if (and + 2 >= words.size() || !(words.get(and).is("and") || words.get(and).is("&")) || words.get(and).quoted()
                || BODY_HEADS.contains(words.get(and - 1).lower()) || !nameWord(and + 1, false)) {
            return false;
        }
        boolean body = false;
        for (int k = from; k < and && !body; k++) {
            body = ORGANISATION_WORDS.contains(words.get(k).lower());
        }
        if (!body) {
            return false;
        }
        int end = and + 1;
        while (end < words.size() && end - from < MAX_NAME_WORDS && nameWord(end, false)) {
            end++;
        }
        return ORGANISATION_WORDS.contains(words.get(end - 1).lower());
    }

    /**
     * Whether word {@code j} is a surname that is also a common word, after the given name at {@code i}: "Michael Every,
     * a senior strategist, said", "Tom Long said" (capitalised inside its sentence after a known given name, then a
     * comma or a verb of saying).
     */
    private boolean surnameThatIsAWord(int i, int j) {
        Words.Word w = words.get(j);
        if (j + 1 >= words.size() || !w.capitalised() || w.quoted() || !w.letters() || !COMMON.contains(w.lower())
                || !(AttributionLexicon.MALE_NAMES.contains(words.get(i).lower())
                        || AttributionLexicon.FEMALE_NAMES.contains(words.get(i).lower()))) {
            return false;
        }
        Words.Word after = words.get(j + 1);
        return after.is(",") || !after.quoted() && AttributionLexicon.speechVerb(after.text());
    }

    /** Given names that are also common words, read as names only before a surname and a comma or a verb of saying. */
    private static final Set<String> GIVEN_NAMES_AS_WORDS = Set.of("will", "may", "june", "april", "august");

    /**
     * Whether word {@code i} is a given name that is also a common word: "Will Young, an organizer…, said", "May Chen
     * said" (a capitalised surname after it, then a comma or a verb of saying; "Will Brexit happen?" is no name).
     */
    private boolean givenNameThatIsAWord(int i) {
        Words.Word w = words.get(i);
        if (!w.capitalised() || w.quoted() || !GIVEN_NAMES_AS_WORDS.contains(w.lower()) || i + 2 >= words.size()
                || !nameWord(i + 1, false) || nameWord(i + 2, false)) {
            return false;
        }
        Words.Word after = words.get(i + 2);
        return after.is(",") || !after.quoted() && AttributionLexicon.speechVerb(after.text());
    }

    private boolean nameWord(int i, boolean first) {
        Words.Word w = words.get(i);
        if (w.quoted() || !w.letters()) {
            return false;
        }
        String lower = w.lower();
        if (lower.startsWith("al-") || lower.startsWith("el-") || lower.startsWith("bin-")) {
            return true;
        }
        if (!w.capitalised() || COMMON.contains(lower) && !(lower.equals("ms") || lower.equals("mr"))
                || contractionOfCommon(lower)) {
            return false;
        }
        if (AttributionLexicon.SPEECH_VERBS.contains(lower)) {
            return false;
        }
        // all capitals of three or more letters is a headline or an acronym, not a name; but a body's initials after
        // "the" are its name ("the AFL-CIO said", "the NAACP said")
        boolean capitals = w.text().length() > 3 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))
                && !w.text().contains(".");
        return !capitals || first && i > 0 && (words.get(i - 1).text().equals("the") || words.get(i - 1).text().equals("The"))
                && w.text().length() <= 8
                // or one that starts a name with a word in lower case after it: "IRCC did not", "NASA said"
                || first && w.text().length() <= 6 && i + 1 < words.size() && words.get(i + 1).letters()
                && !words.get(i + 1).capitalised() && !words.get(i + 1).quoted();
    }

    /** The name in the run {@code [from, to)}: titles, demonyms and places at its start dropped; none in a photo's credit. */
    Name name(int from, int to) {
        if (credit(from, to)) {
            return null;
        }
        List<String> titles = new ArrayList<>();
        int i = from;
        boolean organisation = false;
        for (int j = from; j < to; j++) {
            if (ORGANISATION_WORDS.contains(words.get(j).lower())) {
                organisation = true;
            }
        }
        // the name is what follows the last title, role, place, organisation or possessive in the run
        // ("Nordmark President Helena Strand", "Ostland's Mira Kovac", "Activist Jonas Eklund")
        int last = -1;
        for (int j = from; j < to - 1; j++) {
            String w = words.get(j).lower();
            if (TITLES.contains(w) || TITLES.contains(w.replace(".", "")) || ROLES.contains(w) || PLACES.contains(w)
                    || ORGANISATION_WORDS.contains(w) || isAbbreviation(words.get(j).text()) || w.endsWith("'s")
                    || w.endsWith("'") || demonym(w) && (PLACES.contains(w) || j < to - 2) || occupation(w)
                    || j < to - 2 && AttributionLexicon.STATES_AND_REGIONS.contains(w)) { // "Massachusetts Joshua Levy"
                last = j;
            }
        }
        if (organisation && (ORGANISATION_WORDS.contains(words.get(to - 1).lower()) || joinedByOf(from, to))) {
            last = -1; // a body's name is whole: "White House", "State Department", not "House"
        }
        for (int j = from; j <= last; j++) {
            titles.add(words.get(j).lower());
        }
        i = last < 0 ? from : last + 1;
        List<String> name = new ArrayList<>();
        for (int j = i; j < to; j++) {
            name.add(withoutPossessive(words.get(j).text()));
        }
        if (name.isEmpty() || !organisation && name.size() == 1 && !titles.isEmpty() && titles.stream().allMatch(PLACES::contains)) {
            return null; // "Lake Cowichan", "British Columbia": a place whose first word is a place's
        }
        if (organisation && i > from && !hasOrganisationWord(name)) {
            organisation = false; // "State Department spokesman" dropped: what is left is a person
        }
        if (!organisation && notAPerson(from, to, name)) {
            return null;
        }
        if (to - from == 1 && AttributionLexicon.commonSource(AttributionLexicon.lower(name.get(0)))) {
            return null; // "Police", "Critics", "Officials": a source capitalised by its sentence, not a name
        }
        if (!organisation && name.size() == 1 && (TITLES.contains(AttributionLexicon.lower(name.get(0)))
                || ROLES.contains(AttributionLexicon.lower(name.get(0))))
                && !bySurname.containsKey(Names.surname(name.get(0)))) {
            return null; // "President", "Chief"; but "Green" once Prof David Green was named
        }
        return new Name(name, titles, words.get(from).start(), organisation);
    }

    /**
     * Whether a body's name in {@code [from, to)} is joined by "of" and no title or role follows it ("Chamber of
     * Commerce": read whole; "Bank of England Governor Andrew Bailey": the person after the title).
     */
    private boolean joinedByOf(int from, int to) {
        for (int j = from + 1; j < to - 1; j++) {
            if (words.get(j).is("of")) {
                for (int m = j + 1; m < to; m++) {
                    String w = words.get(m).lower();
                    if (TITLES.contains(w) || ROLES.contains(w)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A run that names no person: one that can speak for nobody ({@link #notASpeaker}), states and place words only
     * ("Central Missouri", "Iran": a country may still speak as itself, {@link #speaking}), or one ending in a
     * demonym ("Prominent Canadian examples").
     */
    private boolean notAPerson(int from, int to, List<String> name) {
        if (notASpeaker(from, to, name)) {
            return true;
        }
        boolean allPlaces = true;
        for (String n : name) {
            for (int c = 0; c < n.length(); c++) {
                if (Character.isDigit(n.charAt(c))) {
                    return true; // "PeeWee A2"
                }
            }
            String lower = AttributionLexicon.lower(n);
            allPlaces &= PLACES.contains(lower) || AttributionLexicon.STATES_AND_REGIONS.contains(lower);
        }
        String last = AttributionLexicon.lower(name.get(name.size() - 1));
        return allPlaces || PLACES.contains(last) && (demonym(last) || last.endsWith("can")); // "Prominent Canadian examples"
    }

    /** Whether every word of {@code name} is an American state or a region word ("Central Missouri"). */
    private static boolean statesAndRegionsOnly(List<String> name) {
        for (String n : name) {
            if (!AttributionLexicon.STATES_AND_REGIONS.contains(AttributionLexicon.lower(n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A run that speaks for nobody: a participle and the words after it ("Hammering Hillary Clinton": a
     * clause, not a name), a place's, an event's or a law's name ("Capitol Hill", "Upper East Side", "Goldman Sachs
     * Symposium", "Communications Decency Act"), an adjective in -based ("Maryland-based"), or American states
     * and region words only ("Central Missouri").
     */
    private boolean notASpeaker(int from, int to, List<String> name) {
        String first = words.get(from).lower();
        if (words.get(to - 1).lower().endsWith("-based")) {
            return true; // "Maryland-based": an adjective, whatever follows
        }
        String last = AttributionLexicon.lower(name.get(name.size() - 1));
        if (to - from >= 2 && participleNotName(first)) {
            return true; // a participle
        }
        if (name.size() == 1 && last.endsWith("s") && PLACES.contains(last.substring(0, last.length() - 1))) {
            return true; // "Canadians", "Americans": a people, not a speaker
        }
        if (AttributionLexicon.PLACE_ENDINGS.contains(last) || AttributionLexicon.EVENT_ENDINGS.contains(last)
                || statesAndRegionsOnly(name)) {
            return true;
        }
        if (to - from < 2 || to - from > 3) {
            return false; // the place names read whole are of two or three words
        }
        StringBuilder run = new StringBuilder();
        for (int j = from; j < to; j++) {
            String w = words.get(j).lower();
            run.append(j == from ? "" : " ").append(j == to - 1 && (w.endsWith("'s") || w.endsWith("’s"))
                    ? w.substring(0, w.length() - 2) : w);
        }
        return AttributionLexicon.PLACE_NAMES.contains(run.toString());
    }

    /** A common word contracted ("it's", "they're", "we've", "I'm"; {@code lower} has its apostrophes as '): no name. */
    private static boolean contractionOfCommon(String lower) {
        int apostrophe = lower.lastIndexOf('\'');
        return apostrophe > 0 && CONTRACTIONS.contains(lower.substring(apostrophe + 1))
                && COMMON.contains(lower.substring(0, apostrophe));
    }

    private static final Set<String> CONTRACTIONS = Set.of("s", "re", "ll", "ve", "d", "m");

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$|['’]$");

    /** A name word without its possessive ending: "Kerry's" is Kerry (the pattern compiled once, not per word). */
    private static String withoutPossessive(String word) {
        return word.indexOf('\'') < 0 && word.indexOf('’') < 0 ? word : POSSESSIVE.matcher(word).replaceAll("");
    }

    /** "Glaciologist", "Analyst", "Campaigner": what somebody does, written before the name at a sentence's start. */
    private static boolean occupation(String w) {
        return w.length() > 5 && (w.endsWith("ist") || w.endsWith("yst") || w.endsWith("ologer"));
    }

    /**
     * "Varnian", "Estonian", "Nordic": an adjective of a people or place before a name; never a given name that ends
     * like one ("Brian Fallon", "Dominic Raab", "Christian Lindner").
     */
    private static boolean demonym(String w) {
        return w.length() > 4 && (w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ic")
                || w.endsWith("ean"))
                && !AttributionLexicon.MALE_NAMES.contains(w) && !AttributionLexicon.FEMALE_NAMES.contains(w);
    }

    private static boolean hasOrganisationWord(List<String> name) {
        return name.stream().anyMatch(n -> ORGANISATION_WORDS.contains(AttributionLexicon.lower(n)));
    }

    private static boolean isAbbreviation(String word) {
        if (word.length() == 2 && word.charAt(1) == '.') {
            return false; // an initial ("Harry J. Kazianis"), part of the name
        }
        return word.length() >= 2 && word.chars().filter(c -> c == '.').count() >= 2
                || word.length() >= 2 && word.length() <= 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** Files a name under the person it names (merging forms), and returns that person. */
    Person add(Name name) {
        List<String> parts = new ArrayList<>(name.words());
        while (parts.size() > 1 && SUFFIXES.contains(AttributionLexicon.lower(parts.get(parts.size() - 1)))) {
            parts.remove(parts.size() - 1);
        }
        String surname = Names.surname(parts.get(parts.size() - 1));
        List<String> given = new ArrayList<>(parts.size() - 1);
        for (String p : parts.subList(0, parts.size() - 1)) {
            if (!PARTICLES.contains(AttributionLexicon.lower(p))) {
                given.add(p);
            }
        }
        String display = String.join(" ", parts);
        Person person = parts.size() == 1 ? acronyms.get(parts.get(0)) : null; // "EDC" after "Export Development Canada (EDC)"
        if (person == null && !name.organisation()) {
            // the latest people of this surname only: a page of 30,000 different "… Lee" must not compare each with all
            List<Person> same = bySurname.getOrDefault(surname, List.of());
            for (int k = same.size() - 1, seen = 0; k >= 0 && seen < MAX_SAME_SURNAME; k--, seen++) {
                Person p = same.get(k);
                if (compatible(p.given, given)) {
                    if (person == null || p.lastMentionBefore(name.start()) > person.lastMentionBefore(name.start())) {
                        person = p;
                    }
                }
            }
        } else if (person == null) {
            person = organisations.get(display);
        }
        if (person == null) {
            person = new Person();
            person.surname = name.organisation() ? null : surname;
            people.add(person);
            if (name.organisation()) {
                organisations.put(display, person);
            } else {
                bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(person);
            }
        }
        person.forms.add(parts.size() == name.words().size() ? display : String.join(" ", name.words()));
        if (person.display == null || display.length() > person.display.length()) {
            person.display = display;
        }
        if (given.size() > person.given.size()) {
            person.given.clear();
            person.given.addAll(given);
        }
        if (person.gender == Gender.UNKNOWN && !given.isEmpty() && !name.organisation()) {
            String first = AttributionLexicon.lower(given.get(0));
            person.gender = AttributionLexicon.FEMALE_NAMES.contains(first) ? Gender.FEMALE
                    : AttributionLexicon.MALE_NAMES.contains(first) ? Gender.MALE : Gender.UNKNOWN;
        }
        for (String t : name.titles()) {
            String role = t.replace(".", "");
            if (ROLES.contains(role)) {
                person.roles.add(role);
            }
            gender(person, t);
        }
        // a title or a role makes one word a person ("Dr. Green"); a possessive or a place before it does not ("Stella's Cafe")
        boolean titled = false;
        for (String t : name.titles()) {
            titled |= TITLES.contains(t) || TITLES.contains(t.replace(".", "")) || ROLES.contains(t) || occupation(t);
        }
        if (!name.organisation() && (parts.size() >= 2 || titled)) {
            person.person = true;
        }
        if (!name.organisation() && titled) {
            person.titled = true;
        }
        // the role written just before the name in lower case ("ministry spokeswoman Marzieh Afkham",
        // "the mayor, Greta Nyberg", "the spokeswoman for the bank, Anna Berg"), or just after it
        // ("Ali Shamkhani, the security chief")
        int at = words.at(name.start());
        int after = at + name.words().size();
        if (after + 1 < words.size() && words.get(after).is(",")
                && (words.get(after + 1).is("the") || words.get(after + 1).is("a") || words.get(after + 1).is("its"))) {
            for (int k = after + 2; k < Math.min(words.size(), after + 6); k++) {
                Words.Word w = words.get(k);
                if (!w.letters()) {
                    break;
                }
                if (ROLES.contains(w.lower()) && !subjectOfItsOwn(k) && !place(at)) {
                    person.roles.add(w.lower());
                    person.person = !name.organisation();
                    gender(person, w.lower());
                }
            }
        }
        int before = at > 0 && words.get(at - 1).is(",") ? at - 1 : at;
        for (int k = before - 1; k >= 0 && k >= before - 5; k--) {
            Words.Word w = words.get(k);
            if (!w.letters() || w.capitalised() && !(k == before - 1 && ROLES.contains(w.lower()))
                    || before == at && OWNED_BY.contains(w.lower())) {
                break; // "the owner of Berg Bakeri": the role is someone else's, the name what they hold
            }
            if (ROLES.contains(w.lower())) {
                person.roles.add(w.lower());
                person.person = !name.organisation();
                gender(person, w.lower());
            }
        }
        person.mention(name.start());
        byStart.put(name.start(), person);
        String acronym = acronymAfter(at + name.words().size(), parts);
        if (acronym != null) {
            acronyms.putIfAbsent(acronym, person);
            person.person = false;
        }
        int at2 = java.util.Collections.binarySearch(mentionStarts, name.start());
        if (at2 < 0) {
            mentionStarts.add(-at2 - 1, name.start());
            mentionPeople.add(-at2 - 1, person);
        }
        return person;
    }

    /** Words that join a role to what it serves ("owner of", "spokesman for"): the name after them holds no role. */
    private static final Set<String> OWNED_BY = Set.of("of", "for", "at", "to", "with", "from", "in", "on", "by");

    /** Bodies by the initials the text gave them in brackets after their name. */
    private final java.util.Map<String, Person> acronyms = new java.util.HashMap<>();

    /**
     * The initials in brackets at word {@code k} when they are those of {@code parts} ("Export Development Canada
     * (EDC)", "Immigration, Refugees and Citizenship Canada (IRCC)" read from its last run), else null.
     */
    private String acronymAfter(int k, List<String> parts) {
        if (k + 2 >= words.size() || !words.get(k).is("(") || !words.get(k + 2).is(")")) {
            return null;
        }
        String a = words.get(k + 1).text();
        if (a.length() < 2 || a.length() > 8 || !a.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (String p : parts) {
            if (Character.isUpperCase(p.charAt(0))) {
                initials.append(p.charAt(0)); // "Assembly of First Nations (AFN)"
            }
        }
        return initials.toString().endsWith(a) || initials.toString().equals(a) ? a : null;
    }

    private static void gender(Person person, String word) {
        if (FEMALE.contains(word)) {
            person.gender = Gender.FEMALE;
        } else if (MALE.contains(word)) {
            person.gender = Gender.MALE;
        }
    }

    /** Given names agree when one is missing, or the first ones agree ({@link Names#sameGivenName}). */
    private static boolean compatible(List<String> a, List<String> b) {
        return a.isEmpty() || b.isEmpty() || Names.sameGivenName(a.get(0), b.get(0)) || endsWith(a, b) || endsWith(b, a);
    }

    /**
     * Whether the shorter name's given names are the last of the longer's: a surname of two words named alone ("Paz
     * Akin" after "Lorena Paz Akin", "López Obrador" after "Andrés Manuel López Obrador").
     */
    private static boolean endsWith(List<String> longer, List<String> shorter) {
        return longer.size() > shorter.size() && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** The person named by the run at words {@code [from, to)}, filed if new; null when the run names nobody. */
    Person named(int from, int to) {
        Name name = name(from, to);
        if (name == null) {
            return null;
        }
        Person known = byStart.get(name.start());
        return known != null ? known : add(name);
    }

    /**
     * Who the run at words {@code [from, to)} names as the subject of a verb of saying: a person, or else the
     * place or organisation itself ("Iran warned", "the White House said").
     */
    Person speaking(int from, int to) {
        Person p = named(from, to);
        if (p != null || to <= from) {
            return p;
        }
        int start = words.get(from).start();
        Person known = byStart.get(start);
        if (known != null) {
            return known;
        }
        List<String> run = new ArrayList<>();
        for (int j = from; j < to; j++) {
            run.add(withoutPossessive(words.get(j).text()));
        }
        if (notASpeaker(from, to, run)) {
            return null; // a place or an event does not speak; a country or an organisation may ("Iran warned")
        }
        if (to - from == 1 && AttributionLexicon.commonSource(AttributionLexicon.lower(run.get(0)))) {
            return null; // "Police", "Officials", "Critics" capitalised by their sentence: a source described, not named
        }
        return add(new Name(run, List.of(), start, true));
    }

    /**
     * The source the words {@code [from, to)} describe without naming anybody ("a spokesperson for Sheffield
     * University", "the court", "one person during public comment"): quoted as such, never merged with a person
     * and never what a pronoun or a role refers to. Null when the words are empty.
     */
    Person described(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            Words.Word w = words.get(j);
            boolean glued = w.is(",") || w.is(".") || w.is(")") || w.text().startsWith("'") || w.text().startsWith("’");
            if (b.length() > 0 && !glued) {
                b.append(' ');
            }
            b.append(w.text());
        }
        String text = b.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        String first = words.get(from).lower();
        if (words.get(from).capitalised() && (AttributionLexicon.commonSource(first) || AttributionLexicon.DETERMINERS.contains(first))) {
            text = first + text.substring(first.length()); // "The statement said" at a sentence's start is "the statement"
        }
        Person p = new Person();
        p.display = text;
        p.described = true;
        p.definite = words.get(from).is("the");
        return p;
    }

    /** Who spoke, in the order they did (a person again each time they speak): what {@link #lastSpeaker} reads back. */
    private final List<Person> speaking = new ArrayList<>();

    /** Speakers read back from a pronoun for the last one who fits, at most. */
    static final int MAX_SPEAKERS_BACK = 50;

    /** Files that {@code p} speaks a quote starting at {@code offset}. */
    void spoke(Person p, int offset) {
        p.spoke = true;
        p.lastSpoke = offset;
        speaking.add(p);
    }

    /** Who spoke last before {@code offset} (of their quotes, the latest start) and may be meant by a pronoun of {@code gender}. */
    Person lastSpeaker(int offset, Gender gender) {
        for (int k = speaking.size() - 1, seen = 0; k >= 0 && seen < MAX_SPEAKERS_BACK; k--, seen++) {
            Person p = speaking.get(k);
            if (p.lastSpoke < offset && p.someone()
                    && (gender == Gender.UNKNOWN || p.gender == Gender.UNKNOWN || p.gender == gender)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the role at {@code k} opens a clause of its own rather than describing the name before its comma:
     * "Speaking in the Commons, the Conservative MP said" (a verb of saying right after it).
     */
    private boolean subjectOfItsOwn(int k) {
        return k + 1 < words.size() && words.get(k + 1).letters() && AttributionLexicon.speechVerb(words.get(k + 1).text());
    }

    /** Whether the name at word {@code at} is where something happens ("in the Commons", "at Westminster"). */
    private boolean place(int at) {
        int k = at - 1;
        if (k >= 0 && words.get(k).is("the")) {
            k--;
        }
        return k >= 0 && PLACE_PREPOSITIONS.contains(words.get(k).lower());
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "into", "inside", "outside", "near");

    /** Words in a company's name that make it one: what "the company" or "the firm" may stand for. */
    private static final Set<String> CORPORATE = Set.of("corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co.",
            "company", "group", "holdings", "motors", "airlines", "industries", "technologies", "systems");

    /**
     * The organisation "the {@code noun}" stands for: the nearest named before {@code offset} that has the noun in its
     * name ("the ministry": the Health Ministry; "the bank": the Bank of England), or for "company" and "firm" a
     * company's word ("Acme Corp."). Null when none is in sight.
     */
    Person nearestOrganisation(int offset, String noun) {
        boolean anyCompany = noun.equals("company") || noun.equals("firm");
        return nearestBefore(offset, p -> !p.person && !p.described && p.forms.stream()
                .flatMap(form -> java.util.Arrays.stream(form.toLowerCase(java.util.Locale.ROOT).split("\\s+")))
                .anyMatch(word -> word.equals(noun) || anyCompany && CORPORATE.contains(word)));
    }

    /** The last one mentioned before {@code offset} that {@code fits}, looking back {@value #MAX_MENTIONS_BACK} mentions at most. */
    private Person nearestBefore(int offset, java.util.function.Predicate<Person> fits) {
        int at = java.util.Collections.binarySearch(mentionStarts, offset);
        int k = (at >= 0 ? at : -at - 1) - 1;
        for (int seen = 0; k >= 0 && seen < MAX_MENTIONS_BACK; k--, seen++) {
            Person p = mentionPeople.get(k);
            if (fits.test(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The nearest person named before {@code offset} that a pronoun or role can mean: of the right
     * gender when it tells one, with the role when one is given (the role first, then any person).
     */
    Person nearest(int offset, Gender gender, String role) {
        Person salient = nearest(offset, gender, role, true);
        return salient != null ? salient : nearest(offset, gender, role, false);
    }

    /**
     * With {@code salient}, only people the text introduced as people (a title, a role, a gender, a quote of
     * their own, a sentence they open or a verb of saying they are the subject of): "the Red Cross" named last
     * is not who "he" is.
     */
    private Person nearest(int offset, Gender gender, String role, boolean salient) {
        return nearestBefore(offset, p -> p.someone()
                && (!salient || p.spoke || p.salient || !p.roles.isEmpty() || p.gender != Gender.UNKNOWN || p.titled)
                && (gender == Gender.UNKNOWN || p.gender == Gender.UNKNOWN || p.gender == gender)
                && (role == null || p.roles.contains(role)));
    }
}
