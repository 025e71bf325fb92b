package io.wirecopy.testing.corpus;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.TextNormalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of labelled wire copy. Each base story is published once by a wire agency and
 * then republished by outlets, each copy changed the way real republications are: a new headline
 * (sometimes another story's headline, a hard negative), residual site chrome, a trimmed tail, an
 * inserted local paragraph, reordered paragraphs, typos, a quote lifted from another story. One
 * outlet wraps everything it publishes in a heavy template (another hard negative). Stories of one
 * topic share names and stock phrases. The same seed gives the same corpus, byte for byte.
 */
public final class WireCorpus {

    /** How many copies per base story and how often each change happens. */
    public record Options(int minCopies, int maxCopies, double trim, double insert, double reorder, double typos,
            double lift, double foreignHeadline, double heavyTemplate) {

        public static Options defaults() {
            return new Options(2, 8, 0.35, 0.3, 0.25, 0.5, 0.3, 0.1, 0.15);
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
        return new Generator(new Random(seed), options, stories).run();
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

    private static final class Generator {
        private final Random random;
        private final Options options;
        private final List<BaseStory> stories;
        private final Deque<String> localParagraphs;
        private final Map<String, String> quotes;
        private final List<LabelledArticle> out = new ArrayList<>();

        Generator(Random random, Options options, List<BaseStory> stories) {
            this.random = random;
            this.options = options;
            this.stories = stories;
            List<String> pool = new ArrayList<>(LOCAL_PARAGRAPHS);
            Collections.shuffle(pool, random);
            this.localParagraphs = new ArrayDeque<>(pool);
            this.quotes = new WireCorpus(stories, List.of()).quotes();
        }

        WireCorpus run() {
            for (int s = 0; s < stories.size(); s++) {
                BaseStory story = stories.get(s);
                OffsetDateTime published = EPOCH.plusHours(7L * s);
                out.add(article(story, AGENCY, "wire.meridianpress.example", story.title(), story.paragraphs(),
                        published, List.of("original")));
                int copies = options.minCopies() + random.nextInt(options.maxCopies() - options.minCopies() + 1);
                for (int c = 0; c < copies; c++) {
                    out.add(copy(story, published.plusMinutes(5 + random.nextInt(600))));
                }
            }
            out.sort((a, b) -> a.article().publishedAt().compareTo(b.article().publishedAt()));
            return new WireCorpus(stories, List.copyOf(out));
        }

        private LabelledArticle copy(BaseStory story, OffsetDateTime at) {
            List<String> variations = new ArrayList<>();
            boolean portal = random.nextDouble() < options.heavyTemplate();
            Outlet outlet = portal ? PORTAL : OUTLETS.get(random.nextInt(OUTLETS.size()));
            List<String> body = new ArrayList<>(story.paragraphs());
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
                body.add(1 + random.nextInt(body.size()), localParagraphs.pop());
                variations.add("insert");
            }
            if (random.nextDouble() < options.lift()) {
                List<String> foreign = quotes.keySet().stream().filter(id -> !id.startsWith(story.id() + "#")).toList();
                String id = foreign.get(random.nextInt(foreign.size()));
                String attribution = ATTRIBUTIONS.get(random.nextInt(ATTRIBUTIONS.size()));
                body.add(1 + random.nextInt(body.size()), "\"" + quotes.get(id) + ",\" " + attribution + ".");
                variations.add("lift:" + id);
            }
            if (random.nextDouble() < options.typos()) {
                int n = 1 + random.nextInt(3);
                for (int t = 0; t < n; t++) {
                    int p = random.nextInt(body.size());
                    body.set(p, typo(body.get(p)));
                }
                variations.add("typos:" + n);
            }
            String headline = story.title();
            if (random.nextDouble() < options.foreignHeadline()) {
                List<BaseStory> sameTopic = stories.stream()
                        .filter(o -> o.topic().equals(story.topic()) && !o.id().equals(story.id())).toList();
                if (!sameTopic.isEmpty()) {
                    headline = sameTopic.get(random.nextInt(sameTopic.size())).title();
                    variations.add("foreign-headline");
                }
            } else if (random.nextBoolean()) {
                headline = "UPDATE " + (1 + random.nextInt(3)) + "-" + headline;
            }
            List<String> page = new ArrayList<>();
            if (portal || random.nextDouble() < 0.7) {
                page.addAll(outlet.header());
                if (random.nextBoolean() || portal) {
                    page.add(headline);
                    variations.add("headline-in-text");
                }
                page.addAll(body);
                page.addAll(outlet.footer());
                variations.add(portal ? "heavy-template" : "chrome");
            } else {
                page.addAll(body);
            }
            return article(story, outlet.name(), outlet.domain(), headline, page, at, variations);
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
                List<String> paragraphs, OffsetDateTime at, List<String> variations) {
            String text = String.join("\n\n", paragraphs);
            String url = "https://" + domain + "/" + story.topic() + "/" + story.id() + "-" + out.size();
            Article article = new Article(ArticleIds.articleId(url, text), url, source, title, null, at,
                    "en", text, ArticleIds.contentHash(text));
            return new LabelledArticle(article, story.id(), story.topic(), source.toLowerCase(Locale.ROOT),
                    List.copyOf(variations), locateQuotes(TextNormalizer.tokens(text)));
        }

        /** Where each corpus quote stands in the tokens, allowing two changed tokens (typos). */
        private Map<String, LabelledArticle.TokenSpan> locateQuotes(List<String> tokens) {
            Map<String, LabelledArticle.TokenSpan> found = new LinkedHashMap<>();
            for (Map.Entry<String, String> q : quotes.entrySet()) {
                List<String> qt = TextNormalizer.tokens(q.getValue());
                for (int i = 0; i + qt.size() <= tokens.size(); i++) {
                    int mismatches = 0;
                    for (int j = 0; j < qt.size() && mismatches <= 2; j++) {
                        if (!qt.get(j).equals(tokens.get(i + j))) {
                            mismatches++;
                        }
                    }
                    if (mismatches <= 2) {
                        found.put(q.getKey(), new LabelledArticle.TokenSpan(i, i + qt.size()));
                        break;
                    }
                }
            }
            return found;
        }
    }
}
