package io.wirecopy.testing.corpus;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.Sources;
import io.wirecopy.shared.text.TextNormalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A seeded generator of labelled wire copy. Each base story is published once by a wire agency
 * (sometimes after a short snap of its first paragraph, which the full story extends) and then
 * republished by outlets, each copy changed the way real republications are: a new headline
 * (sometimes another story's headline, a hard negative), residual site chrome, a trimmed tail, an
 * inserted local paragraph, reordered paragraphs, typos, a quote lifted from another story (the hard
 * negative of two stories sharing a press conference's quote), house style (curly quotes, "%",
 * digits), or only its first paragraphs as a brief (a third to a tenth of the story). Some copies
 * come without a URL, some without a source either, as pages posted by hand do. One outlet wraps
 * everything it publishes in a heavy template (another hard negative). Stories of one topic share
 * names and stock phrases. Every paragraph is labelled with where it comes from, which gives the
 * true reuse degree ({@link ReuseTruth}). The same seed gives the same corpus, byte for byte.
 */
public final class WireCorpus {

    /**
     * How many copies per base story, how often each change happens, and how far apart the base
     * stories are published (copies follow their original by 5 to 605 minutes).
     */
    public record Options(int minCopies, int maxCopies, double trim, double insert, double reorder, double typos,
            double lift, double foreignHeadline, double heavyTemplate, double brief, double snap, double houseStyle,
            double noUrl, double noSource, double rewrite, Duration storyEvery) {

        public Options(int minCopies, int maxCopies, double trim, double insert, double reorder, double typos,
                double lift, double foreignHeadline, double heavyTemplate) {
            this(minCopies, maxCopies, trim, insert, reorder, typos, lift, foreignHeadline, heavyTemplate, 0.15, 0.2,
                    0.2, 0.1, 0.1, 0.08, Duration.ofHours(7));
        }

        public static Options defaults() {
            return new Options(2, 8, 0.35, 0.3, 0.25, 0.5, 0.3, 0.1, 0.15);
        }

        /** Every copy with a URL and a source (the throughput and fault runs track articles by URL). */
        public Options withUrls() {
            return new Options(minCopies, maxCopies, trim, insert, reorder, typos, lift, foreignHeadline, heavyTemplate,
                    brief, snap, houseStyle, 0, 0, rewrite, storyEvery);
        }

        public Options withStoryEvery(Duration every) {
            return new Options(minCopies, maxCopies, trim, insert, reorder, typos, lift, foreignHeadline, heavyTemplate,
                    brief, snap, houseStyle, noUrl, noSource, rewrite, every);
        }
    }

    /** A paragraph of a page and where it comes from ({@link LabelledArticle.Segment}). */
    private record Para(String text, String origin, Map<String, Integer> carries, boolean inline) {
        static Para of(String text, String origin) {
            return new Para(text, origin, Map.of(origin, TextNormalizer.tokens(text).size()), false);
        }

        Para withText(String changed) {
            return new Para(changed, origin, carries, inline);
        }

        /** The same, continuing the paragraph before it (a sentence, an attribution) rather than starting one. */
        Para continuing() {
            return new Para(text, origin, carries, true);
        }
    }

    private record Outlet(String name, String domain, List<String> header, List<String> footer) {
    }

    private static final String AGENCY = "Meridian Press";
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 3, 2, 6, 0, 0, 0, ZoneOffset.UTC);

    private static final List<Outlet> OUTLETS = List.of(
            new Outlet("Daily Courier", "dailycourier.example", List.of("Share this article"), List.of("Follow us for more news.")),
            new Outlet("Evening Ledger", "eveningledger.example", List.of("By Staff Writer", "Updated two hours ago"), List.of()),
            new Outlet("Harbour Times", "harbourtimes.example", List.of(), List.of("(c) Harbour Times. All rights reserved.")),
            new Outlet("Northern Post", "northernpost.example", List.of("World", "5 min read"), List.of("Comments are closed.")),
            new Outlet("Capital Review", "capitalreview.example", List.of(), List.of()),
            new Outlet("Metro Herald", "metroherald.example", List.of("Advertisement"), List.of("Send us your tips.")),
            new Outlet("Valley Gazette", "valleygazette.example", List.of("Print this page"), List.of()),
            new Outlet("Global Digest", "globaldigest.example", List.of(), List.of("Source: Meridian Press.")));

    /** The outlet whose pages carry a heavy template around every story. */
    private static final Outlet PORTAL = new Outlet("News Portal 24", "newsportal24.example",
            List.of("Home | World | Politics | Business | Sport | Culture | Science | Opinion | Video | Podcasts",
                    "Sign up for our morning briefing and get the stories that matter delivered to your inbox every day",
                    "Listen to this article"),
            List.of("Most read today",
                    "Ten cheap holiday ideas for families who want to escape the city this summer",
                    "Why the price of olive oil keeps rising and what you can do about it",
                    "Quiz: how well do you know the capitals of the world",
                    "About us | Contact | Advertise | Privacy policy | Terms of use | Cookie settings",
                    "Copyright News Portal 24 Media Group. Reproduction without permission is prohibited."));

    /** Local paragraphs outlets add; each is used at most once so no two stories share one by accident. */
    private static final List<String> LOCAL_PARAGRAPHS = List.of(
            "Local councillors said they would discuss the consequences for the region at their meeting on Thursday evening.",
            "Readers who have been affected are invited to share their experiences with our newsroom by email.",
            "The mayor's office did not respond to a request for comment before publication.",
            "Residents interviewed by our reporter in the market square were divided over what should happen next.",
            "Our correspondent in the capital said ministers were expected to address the issue in parliament this week.",
            "A spokesperson for the regional government said it was following developments closely.",
            "This article will be updated as more information becomes available throughout the day.",
            "Business owners in the old town said tourists had already begun to cancel bookings.",
            "The chamber of commerce estimated that the situation was costing local firms several thousand euros a day.",
            "Opposition councillors accused the authorities of reacting too slowly and demanded a public inquiry.",
            "Several readers wrote to us to say they had never seen anything like it in their lifetime.",
            "A professor at the regional university said the events fitted a pattern seen across Europe in recent years.",
            "Church leaders called for calm and offered their halls to anyone who needed a place to stay.",
            "Our weather desk expects dry and sunny conditions to continue into the middle of next week.",
            "Emergency numbers and advice for residents are listed on the city council's website.",
            "Traffic on the ring road was heavier than usual during the morning rush hour, police said.",
            "The story was first reported by the national wire agency and has been edited for our readers.",
            "Schools in the district said lessons would continue as normal for the rest of the week.",
            "Volunteers from the local sports club collected food and clothing in the car park of the stadium.",
            "A petition started by a retired teacher had gathered more than four thousand signatures by lunchtime.",
            "The regional airport said flights were operating normally but advised passengers to check before travelling.",
            "Historians noted that a similar dispute had divided the town more than half a century ago.",
            "Our photographers captured the scene from the hills above the town in the early morning light.",
            "Hotel owners along the coast reported that bookings for the coming month were lower than last year.",
            "The local football club announced that Saturday's match would be played as scheduled.",
            "A community meeting is planned for Monday evening in the library on the main square.",
            "Small shopkeepers told us they were worried about paying their suppliers at the end of the month.",
            "The bishop of the diocese said prayers would be held in all parishes on Sunday.",
            "Young people in the town organised a concert to raise money for those most affected.",
            "The regional ombudsman said his office had received dozens of complaints in the past week.",
            "Bus services in the northern suburbs were running with delays because of staff shortages.",
            "The local newspaper archive shows that the last comparable event took place in the winter of 1987.",
            "Pharmacies in the district extended their opening hours to cope with demand.",
            "A charity for older people said its telephone line had been busier than at any time this year.",
            "Farmers at the weekly market said prices for fresh produce had risen sharply.",
            "Police said they had increased patrols in the town centre as a precaution.",
            "The city museum postponed the opening of its new exhibition until further notice.",
            "Student groups at the university said they would hold a debate on the subject next month.",
            "Taxi drivers complained that road closures had made journeys across the city twice as long.",
            "A survey by our newsroom found that most readers expected the situation to improve by spring.");

    private static final List<String> ATTRIBUTIONS = List.of(
            "an official was quoted as saying earlier this week",
            "according to an earlier report by the wire agency",
            "as one observer put it in remarks widely shared online",
            "a remark repeated by commentators across the region");

    private final List<LabelledArticle> articles;
    private final List<BaseStory> stories;

    private WireCorpus(List<BaseStory> stories, List<LabelledArticle> articles) {
        this.stories = stories;
        this.articles = articles;
    }

    public static WireCorpus generate(long seed) {
        return generate(seed, Options.defaults(), BaseStory.bundled());
    }

    public static WireCorpus generate(long seed, Options options, List<BaseStory> stories) {
        List<LabelledArticle> articles = new ArrayList<>();
        stream(seed, options, stories).forEachRemaining(articles::add);
        return new WireCorpus(stories, List.copyOf(articles));
    }

    /**
     * The same articles as {@link #generate(long, Options, List)}, in the same order, made as they are
     * read: memory holds the stories and the copies still waiting for their publication time, so a
     * corpus of millions of articles can be streamed.
     */
    public static Iterator<LabelledArticle> stream(long seed, Options options, List<BaseStory> stories) {
        return new Generator(new Random(seed), options, stories);
    }

    /** The articles in publication order (wire original first, then copies, story by story interleaved by time). */
    public List<LabelledArticle> articles() {
        return articles;
    }

    public List<BaseStory> stories() {
        return stories;
    }

    /** Every quote of the corpus by id ({@code storyId#n}). */
    public Map<String, String> quotes() {
        Map<String, String> quotes = new LinkedHashMap<>();
        for (BaseStory s : stories) {
            List<String> q = s.quotes();
            for (int i = 0; i < q.size(); i++) {
                quotes.put(s.id() + "#" + i, q.get(i));
            }
        }
        return quotes;
    }

    /** Generates story by story; hands out articles once no later story can publish before them. */
    private static final class Generator implements Iterator<LabelledArticle> {
        private record Pending(LabelledArticle article, long order) {
        }

        private final Random random;
        private final Options options;
        private final List<BaseStory> stories;
        private final Deque<String> localParagraphs;
        private final QuoteIndex quotes;
        /** Story indexes by topic, in story order (for another story's headline). */
        private final Map<String, List<Integer>> byTopic = new HashMap<>();
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(
                Comparator.comparing((Pending p) -> p.article().article().publishedAt()).thenComparingLong(Pending::order));
        private final java.util.Set<String> ids = new java.util.HashSet<>();
        private int nextStory;
        private long generated;

        Generator(Random random, Options options, List<BaseStory> stories) {
            this.random = random;
            this.options = options;
            this.stories = stories;
            List<String> pool = new ArrayList<>(LOCAL_PARAGRAPHS);
            Collections.shuffle(pool, random);
            this.localParagraphs = new ArrayDeque<>(pool);
            this.quotes = new QuoteIndex(stories);
            for (int i = 0; i < stories.size(); i++) {
                byTopic.computeIfAbsent(stories.get(i).topic(), t -> new ArrayList<>()).add(i);
            }
        }

        @Override
        public boolean hasNext() {
            // every later article is published at or after the next story's original (ties go to the earlier one made)
            while (nextStory < stories.size()
                    && (pending.isEmpty() || !pending.peek().article().article().publishedAt().isBefore(published(nextStory)))) {
                generateStory(nextStory++);
            }
            return !pending.isEmpty();
        }

        @Override
        public LabelledArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll().article();
        }

        private OffsetDateTime published(int story) {
            return EPOCH.plus(options.storyEvery().multipliedBy(story));
        }

        private void generateStory(int s) {
            BaseStory story = stories.get(s);
            OffsetDateTime published = published(s);
            List<Para> full = base(s);
            OffsetDateTime fullAt = published;
            if (random.nextDouble() < options.snap()) {
                // the snap: the first paragraph (two when it is short), the full story two minutes later
                int n = TextNormalizer.tokens(story.paragraphs().get(0)).size() >= 30 || full.size() < 3 ? 1 : 2;
                add(article(story, AGENCY, "wire.meridianpress.example", story.title(), full.subList(0, n), published,
                        List.of("snap")));
                fullAt = published.plusMinutes(2);
            }
            add(article(story, AGENCY, "wire.meridianpress.example", story.title(), full, fullAt,
                    List.of("original")));
            int copies = options.minCopies() + random.nextInt(options.maxCopies() - options.minCopies() + 1);
            for (int c = 0; c < copies; c++) {
                add(copy(s, published.plusMinutes(5 + random.nextInt(600))));
            }
        }

        private void add(LabelledArticle article) {
            pending.add(new Pending(article, generated++));
        }

        /** The story's paragraphs, each labelled with its place and the quotes it carries. */
        private List<Para> base(int storyIndex) {
            BaseStory story = stories.get(storyIndex);
            List<Para> paras = new ArrayList<>();
            for (int i = 0; i < story.paragraphs().size(); i++) {
                String text = story.paragraphs().get(i);
                Map<String, Integer> carries = new LinkedHashMap<>();
                carries.put("base:" + story.id() + ":" + i, TextNormalizer.tokens(text).size());
                quotes.locate(TextNormalizer.tokens(text)).forEach((q, span) -> carries.put("quote:" + q, span.end() - span.start()));
                List<String> sentences = sentences(text);
                for (int n = 0; n < sentences.size(); n++) {
                    carries.put("sentence:" + story.id() + ":" + i + ":" + n, TextNormalizer.tokens(sentences.get(n)).size());
                }
                paras.add(new Para(text, "base:" + story.id() + ":" + i, Collections.unmodifiableMap(carries), false));
            }
            return paras;
        }

        private LabelledArticle copy(int storyIndex, OffsetDateTime at) {
            BaseStory story = stories.get(storyIndex);
            List<String> variations = new ArrayList<>();
            boolean portal = random.nextDouble() < options.heavyTemplate();
            Outlet outlet = portal ? PORTAL : OUTLETS.get(random.nextInt(OUTLETS.size()));
            List<Para> body = new ArrayList<>(base(storyIndex));
            int storyWords = TextNormalizer.tokens(String.join(" ", story.paragraphs())).size();
            int briefParas = briefParagraphs(story, storyWords);
            if (!portal && briefParas > 0 && random.nextDouble() < options.brief()) {
                // a brief: the first paragraphs verbatim, a third to a tenth of the story, nothing else changed
                body = new ArrayList<>(body.subList(0, briefParas));
                int words = TextNormalizer.tokens(String.join(" ", story.paragraphs().subList(0, briefParas))).size();
                variations.add("brief");
                variations.add("ratio:1:" + Math.round((double) storyWords / words));
                return page(story, outlet, portal, story.title(), body, at, variations);
            }
            if (!portal && random.nextDouble() < options.rewrite()) {
                // a tabloid rewrite: most sentences in other words, some verbatim, paragraphs reordered; its own story
                variations.add("rewrite");
                return page(story, outlet, false, "EXCLUSIVE: " + story.title(), rewrite(story, body), at, variations);
            }
            if (!portal && body.size() > 2 && random.nextDouble() < options.trim()) {
                int keep = Math.max(2, (int) Math.ceil(body.size() * (0.5 + 0.35 * random.nextDouble())));
                if (keep < body.size()) {
                    body = new ArrayList<>(body.subList(0, keep));
                    variations.add("trim");
                }
            }
            if (body.size() > 2 && random.nextDouble() < options.reorder()) {
                int i = 1 + random.nextInt(body.size() - 1);
                int j = 1 + random.nextInt(body.size() - 1);
                if (i != j) {
                    Collections.swap(body, i, j);
                    variations.add("reorder");
                }
            }
            if (!localParagraphs.isEmpty() && random.nextDouble() < options.insert()) {
                String local = localParagraphs.pop();
                body.add(1 + random.nextInt(body.size()), Para.of(local, "local:" + local.hashCode()));
                variations.add("insert");
            }
            if (random.nextDouble() < options.lift()) {
                int quote = quotes.foreign(storyIndex, random.nextInt(quotes.size() - quotes.count(storyIndex)));
                int a = random.nextInt(ATTRIBUTIONS.size());
                int at1 = 1 + random.nextInt(body.size());
                // the quote's words come from the other story, the attribution is the outlet's
                body.add(at1, Para.of("\"" + quotes.text(quote) + ",\"", "quote:" + quotes.id(quote)));
                body.add(at1 + 1, Para.of(ATTRIBUTIONS.get(a) + ".", "attribution:" + a).continuing());
                variations.add("lift:" + quotes.id(quote));
            }
            if (random.nextDouble() < options.typos()) {
                int n = 1 + random.nextInt(3);
                for (int t = 0; t < n; t++) {
                    int p = random.nextInt(body.size());
                    body.set(p, body.get(p).withText(typo(body.get(p).text())));
                }
                variations.add("typos:" + n);
            }
            if (random.nextDouble() < options.houseStyle()) {
                body.replaceAll(p -> p.withText(houseStyle(p.text())));
                variations.add("house-style");
            }
            String headline = story.title();
            if (random.nextDouble() < options.foreignHeadline()) {
                List<Integer> topic = byTopic.get(story.topic());
                if (topic.size() > 1) {
                    // the k-th other story of the topic, skipping this one
                    int k = random.nextInt(topic.size() - 1);
                    int other = topic.get(k < topic.indexOf(storyIndex) ? k : k + 1);
                    headline = stories.get(other).title();
                    variations.add("foreign-headline");
                }
            } else if (random.nextBoolean()) {
                headline = "UPDATE " + (1 + random.nextInt(3)) + "-" + headline;
            }
            return page(story, outlet, portal, headline, body, at, variations);
        }

        /** The body on the outlet's page (its chrome, perhaps the headline), with or without URL and source. */
        private LabelledArticle page(BaseStory story, Outlet outlet, boolean portal, String headline, List<Para> body,
                OffsetDateTime at, List<String> variations) {
            List<Para> page = new ArrayList<>();
            if (portal || random.nextDouble() < 0.7) {
                outlet.header().forEach(h -> page.add(Para.of(h, "chrome:" + outlet.domain() + ":" + h.hashCode())));
                if (random.nextBoolean() || portal) {
                    page.add(Para.of(headline, "headline:" + headline.replaceFirst("^UPDATE \\d+-", ""))); // the words of the title, whatever the prefix
                    variations.add("headline-in-text");
                }
                page.addAll(body);
                outlet.footer().forEach(f -> page.add(Para.of(f, "chrome:" + outlet.domain() + ":" + f.hashCode())));
                variations.add(portal ? "heavy-template" : "chrome");
            } else {
                page.addAll(body);
            }
            String source = outlet.name();
            boolean withUrl = true;
            double r = random.nextDouble();
            if (portal) {
                r = 1.0; // a portal's pages come from its feed, with URLs (its template is its own, not a passage)
            }
            if (r < options.noSource()) {
                source = Sources.UNKNOWN;
                withUrl = false;
                variations.add("no-source");
            } else if (r < options.noSource() + options.noUrl()) {
                withUrl = false;
                variations.add("no-url");
            }
            return article(story, source, withUrl ? outlet.domain() : null, headline, page, at, variations);
        }

        /** The sentences of a paragraph (a full stop, question or exclamation mark, perhaps a closing quote, then a capital). */
        private static List<String> sentences(String paragraph) {
            return List.of(paragraph.split("(?<=[.!?][\"\u201d]?) (?=[A-Z\"\u201c])"));
        }

        /**
         * A heavy rewrite of the story: each sentence kept verbatim with probability 0.3, else rewritten
         * (quotes kept in their words but re-punctuated, first names dropped, other words swapped, the
         * opening clause moved to the end); two paragraphs after the first swap places.
         */
        private List<Para> rewrite(BaseStory story, List<Para> base) {
            List<List<Para>> paragraphs = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) {
                List<String> sentences = sentences(base.get(i).text());
                List<Para> out = new ArrayList<>();
                for (int n = 0; n < sentences.size(); n++) {
                    String sentence = sentences.get(n);
                    Para p;
                    if (random.nextDouble() < 0.3) {
                        p = Para.of(sentence, "sentence:" + story.id() + ":" + i + ":" + n);
                    } else {
                        String changed = rewritten(sentence);
                        Map<String, Integer> carries = new LinkedHashMap<>();
                        String origin = "rewrite:" + generated + ":" + i + ":" + n;
                        carries.put(origin, TextNormalizer.tokens(changed).size());
                        quotes.locate(TextNormalizer.tokens(changed))
                                .forEach((q, span) -> carries.put("quote:" + q, span.end() - span.start()));
                        p = new Para(changed, origin, Collections.unmodifiableMap(carries), false);
                    }
                    out.add(n == 0 ? p : p.continuing());
                }
                paragraphs.add(out);
            }
            if (paragraphs.size() > 3) {
                Collections.swap(paragraphs, 1 + random.nextInt(paragraphs.size() - 1), 1 + random.nextInt(paragraphs.size() - 1));
            }
            List<Para> all = new ArrayList<>();
            paragraphs.forEach(all::addAll);
            return all;
        }

        private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("said", "claimed"),
                Map.entry("told", "informed"), Map.entry("on", "this"), Map.entry("after", "following"),
                Map.entry("would", "will"), Map.entry("percent", "per cent"), Map.entry("government", "ministers"),
                Map.entry("more", "over"), Map.entry("than", "compared with"), Map.entry("was", "had been"),
                Map.entry("were", "had been"), Map.entry("of", "from"), Map.entry("and", "as well as"),
                Map.entry("in", "across"), Map.entry("to", "towards"), Map.entry("by", "via"));

        /**
         * One sentence in other words: first names dropped, words swapped for others, and no three words of
         * the original left in a row (the third goes), so no shingle survives outside the quotes, and no run an edit could be crossed on; what is
         * inside double quotes keeps its words (re-punctuated). The opening clause moves to the end.
         */
        private String rewritten(String sentence) {
            String[] parts = sentence.split("\"", -1);
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < parts.length; k++) {
                if (k % 2 == 1) {
                    out.append('\'').append(parts[k]).append('\''); // a quote: re-punctuated, same words
                    continue;
                }
                String[] words = parts[k].split(" ", -1);
                List<String> kept = new ArrayList<>();
                int unchanged = 0;
                for (int w = 0; w < words.length; w++) {
                    String word = words[w];
                    boolean firstName = w + 1 < words.length && w > 0 && !word.isEmpty() && !words[w + 1].isEmpty()
                            && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(words[w + 1].charAt(0));
                    if (firstName || ((word.equals("the") || word.equals("a")) && random.nextBoolean())) {
                        unchanged = 0;
                        continue;
                    }
                    String other = SYNONYMS.get(word);
                    if (other != null) {
                        kept.add(other);
                        unchanged = 0;
                    } else if (++unchanged >= 3 && !word.isEmpty()) {
                        unchanged = 0; // a third original word in a row goes
                    } else {
                        kept.add(word);
                    }
                }
                out.append(String.join(" ", kept));
            }
            String s = out.toString().replaceAll(" +", " ").strip();
            int comma = s.indexOf(", ");
            if (comma > 0 && !s.substring(0, comma).contains("'") && s.endsWith(".") && comma + 2 < s.length() - 1) {
                String head = s.substring(0, comma);
                String rest = s.substring(comma + 2, s.length() - 1);
                s = Character.toUpperCase(rest.charAt(0)) + rest.substring(1) + ", " + Character.toLowerCase(head.charAt(0))
                        + head.substring(1) + ".";
            }
            return s;
        }

        /**
         * How many first paragraphs make a brief of a third to a tenth of the story's words, at least 30
         * words (0 when no such prefix exists); among those, a random one.
         */
        private int briefParagraphs(BaseStory story, int storyWords) {
            List<Integer> fits = new ArrayList<>();
            int words = 0;
            for (int n = 1; n < story.paragraphs().size(); n++) {
                words += TextNormalizer.tokens(story.paragraphs().get(n - 1)).size();
                if (words >= 30 && words * 3 <= storyWords && words * 10 >= storyWords) {
                    fits.add(n);
                }
            }
            return fits.isEmpty() ? 0 : fits.get(random.nextInt(fits.size()));
        }

        /** An outlet's house style: curly quotes, "%" for percent, digits for small numbers, no thousands comma. */
        private static String houseStyle(String paragraph) {
            String s = paragraph.replaceAll("\"([^\"]*)\"", "\u201c$1\u201d").replace(" percent", "%")
                    .replaceAll("(\\d),(\\d{3})", "$1$2");
            String[] small = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};
            for (int i = 0; i < small.length; i++) {
                s = s.replaceAll("\\b" + small[i] + "\\b", Integer.toString(i + 2));
            }
            return s;
        }

        /** Swaps two inner letters or drops one in a random word of five letters or more. */
        private String typo(String paragraph) {
            String[] words = paragraph.split(" ");
            for (int attempt = 0; attempt < 10; attempt++) {
                int w = random.nextInt(words.length);
                String word = words[w];
                if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                    int i = 1 + random.nextInt(word.length() - 3);
                    words[w] = random.nextBoolean()
                            ? word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2)
                            : word.substring(0, i) + word.substring(i + 1);
                    return String.join(" ", words);
                }
            }
            return paragraph;
        }

        private LabelledArticle article(BaseStory story, String source, String domain, String title,
                List<Para> paragraphs, OffsetDateTime at, List<String> variations) {
            StringBuilder text = new StringBuilder();
            List<LabelledArticle.Segment> segments = new ArrayList<>();
            for (Para p : paragraphs) {
                if (!text.isEmpty()) {
                    text.append(p.inline() ? " " : "\n\n");
                }
                text.append(p.text());
                segments.add(new LabelledArticle.Segment(p.origin(), TextNormalizer.tokens(p.text()).size(), p.carries()));
            }
            String body = text.toString();
            String url = domain == null ? null : "https://" + domain + "/" + story.topic() + "/" + story.id() + "-" + generated;
            String id = ArticleIds.articleId(url, source, body);
            if (!ids.add(id)) {
                // the same text again from the same source without a URL would be a re-send: this one has a URL
                url = "https://" + OUTLETS.get(0).domain() + "/" + story.topic() + "/" + story.id() + "-" + generated;
                id = ArticleIds.articleId(url, source, body);
                ids.add(id);
            }
            Article article = new Article(id, url, source, title, null, at, "en", body, ArticleIds.contentHash(body));
            // a rewrite is an article of its own, derived from the story: its own story in the truth
            String label = variations.contains("rewrite") ? story.id() + "~rewrite-" + generated : story.id();
            return new LabelledArticle(article, label, story.topic(), source.toLowerCase(Locale.ROOT),
                    List.copyOf(variations), quotes.locate(TextNormalizer.tokens(body)), List.copyOf(segments));
        }
    }

    /**
     * The corpus quotes in story order, and where they stand in a text. A quote is found where its
     * tokens follow each other with at most two changed (typos), at its first such place. A quote of 9
     * tokens or more is looked up by three of its disjoint trigrams (two changes leave one intact), the
     * three made of the words rarest among all quotes, then checked token by token (tokens compared by
     * their 64-bit hashes); shorter quotes are checked at every place.
     */
    private static final class QuoteIndex {
        private final List<String> ids = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private final int[] firstOfStory;
        private final long[][] tokens;
        private final Map<Long, long[]> trigrams = new HashMap<>();
        private final List<Integer> shortQuotes = new ArrayList<>();

        QuoteIndex(List<BaseStory> stories) {
            firstOfStory = new int[stories.size() + 1];
            for (int s = 0; s < stories.size(); s++) {
                firstOfStory[s] = ids.size();
                List<String> q = stories.get(s).quotes();
                for (int i = 0; i < q.size(); i++) {
                    ids.add(stories.get(s).id() + "#" + i);
                    texts.add(q.get(i));
                }
            }
            firstOfStory[stories.size()] = ids.size();
            tokens = new long[ids.size()][];
            Map<Long, Integer> frequency = new HashMap<>();
            for (int q = 0; q < ids.size(); q++) {
                tokens[q] = hashes(TextNormalizer.tokens(texts.get(q)));
                for (long t : tokens[q]) {
                    frequency.merge(t, 1, Integer::sum);
                }
            }
            for (int q = 0; q < ids.size(); q++) {
                long[] t = tokens[q];
                if (t.length < 9) {
                    shortQuotes.add(q);
                    continue;
                }
                List<Integer> offsets = new ArrayList<>();
                for (int offset = 0; offset + 3 <= t.length && offset < 255; offset += 3) {
                    offsets.add(offset);
                }
                offsets.sort(Comparator.comparingDouble((Integer o) -> (double) frequency.get(t[o])
                        * frequency.get(t[o + 1]) * frequency.get(t[o + 2])).thenComparing(o -> o));
                for (int offset : offsets.subList(0, 3)) {
                    trigrams.merge(trigram(t, offset), new long[] {((long) q << 8) | offset}, QuoteIndex::concat);
                }
            }
        }

        int size() {
            return ids.size();
        }

        /** How many quotes the story has. */
        int count(int story) {
            return firstOfStory[story + 1] - firstOfStory[story];
        }

        /** The k-th quote of the other stories, in story order. */
        int foreign(int story, int k) {
            return k < firstOfStory[story] ? k : k + count(story);
        }

        String id(int quote) {
            return ids.get(quote);
        }

        String text(int quote) {
            return texts.get(quote);
        }

        Map<String, LabelledArticle.TokenSpan> locate(List<String> text) {
            long[] t = hashes(text);
            List<Long> candidates = new ArrayList<>();
            for (int i = 0; i + 3 <= t.length; i++) {
                long[] hits = trigrams.get(trigram(t, i));
                if (hits == null) {
                    continue;
                }
                for (long hit : hits) {
                    int q = (int) (hit >>> 8);
                    int start = i - (int) (hit & 0xff);
                    if (start >= 0 && start + tokens[q].length <= t.length) {
                        candidates.add(((long) q << 32) | start);
                    }
                }
            }
            for (int q : shortQuotes) {
                for (int start = 0; start + tokens[q].length <= t.length; start++) {
                    candidates.add(((long) q << 32) | start);
                }
            }
            candidates.sort(null);
            Map<String, LabelledArticle.TokenSpan> found = new LinkedHashMap<>();
            int done = -1;
            for (long c : candidates) {
                int q = (int) (c >>> 32);
                int start = (int) c;
                if (q != done && matches(t, start, tokens[q])) {
                    found.put(ids.get(q), new LabelledArticle.TokenSpan(start, start + tokens[q].length));
                    done = q;
                }
            }
            return found;
        }

        private static boolean matches(long[] text, int start, long[] quote) {
            int mismatches = 0;
            for (int j = 0; j < quote.length && mismatches <= 2; j++) {
                if (quote[j] != text[start + j]) {
                    mismatches++;
                }
            }
            return mismatches <= 2;
        }

        private static long[] hashes(List<String> tokens) {
            long[] h = new long[tokens.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = tokens.get(i).hashCode(); // equality is all that is asked of it: locating a quote's words
            }
            return h;
        }

        private static long trigram(long[] t, int at) {
            return (t[at] * 31 + t[at + 1]) * 31 + t[at + 2];
        }

        private static long[] concat(long[] a, long[] b) {
            long[] c = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return c;
        }
    }
}
