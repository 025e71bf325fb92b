package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.event.StoriesMerged;
import io.wirecopy.shared.text.ArticleIds;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupeEngineTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    /** A wire story of about 110 words, and a quote from another story that outlets lift. */
    static final String WIRE = """
            The port of Valdora was closed for a third day on Wednesday as dock workers continued their strike \
            against plans to automate two container terminals, and shipping lines diverted vessels to the north.

            Union leader Tomas Reyes told a rally at the main gate that the plans would cost up to 1,200 jobs. \
            "Machines do not pay taxes, raise children or spend their wages in this city," Reyes said.

            The harbour authority said automation was needed to compete with rival ports and promised that nobody \
            would be dismissed. Exporters of fruit and wine said they feared losses running into millions.

            More than forty ships were waiting at anchor off the coast, according to port data published late on Tuesday.""";

    static final String OTHER_STORY = """
            Dock workers in Portmarin voted on Monday to support their colleagues in Valdora, where a strike over \
            automation has closed the port. Speakers at the meeting repeated the words of the Valdora union leader: \
            "Machines do not pay taxes, raise children or spend their wages in this city." Portmarin workers will \
            refuse overtime on ships diverted from Valdora, their union said, but will not strike themselves. \
            Port managers in Portmarin said traffic had risen by a fifth since the strike began.""";

    static ArticleIngested article(String url, String source, String text) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(url, text), url, source, null, null, null, null, text,
                ArticleIds.contentHash(text)), AT);
    }

    final DedupeState state = DedupeState.inMemory();
    final DedupeEngine engine = new DedupeEngine(state, StandaloneConfig.defaults());

    ArticleDeduplicated decide(ArticleIngested a) {
        return (ArticleDeduplicated) engine.decide(a, AT).events().get(0);
    }

    @Test
    void firstArticleFoundsAStoryAndAnExactCopyJoinsIt() {
        ArticleIngested a = article("https://a.example/1", "a", "Kerry said the US is open to talks.");
        ArticleIngested b = article("https://b.example/2", "b", "KERRY said — the US is open to talks!");

        ArticleDeduplicated first = decide(a);
        assertThat(first.relation()).isEqualTo(Relation.NEW);
        assertThat(first.storyId()).isEqualTo(ArticleIds.storyId(a.article().id()));
        assertThat(first.matchedArticleId()).isNull();

        DedupeEngine.Decision second = engine.decide(b, AT);
        assertThat(second.outcome()).isEqualTo(DedupeEngine.Outcome.EXACT);
        ArticleDeduplicated copy = (ArticleDeduplicated) second.events().get(0);
        assertThat(copy.relation()).isEqualTo(Relation.EXACT);
        assertThat(copy.storyId()).isEqualTo(first.storyId());
        assertThat(copy.matchedArticleId()).isEqualTo(a.article().id());
        assertThat(copy.similarity()).isEqualTo(1.0);
    }

    @Test
    void resendChangesNothingAndChangedTextIsANewVersion() {
        ArticleIngested a = article("https://a.example/1", "a", "First version.");
        assertThat(engine.decide(a, AT).outcome()).isEqualTo(DedupeEngine.Outcome.NEW);
        DedupeEngine.Decision again = engine.decide(a, AT.plusHours(1));
        assertThat(again.outcome()).isEqualTo(DedupeEngine.Outcome.RESENT);
        assertThat(again.events()).isEmpty();
        DedupeEngine.Decision edited = engine.decide(article("https://a.example/1", "a", "Second version."), AT);
        assertThat(edited.outcome()).isEqualTo(DedupeEngine.Outcome.REVISED);
        assertThat(edited.events()).singleElement().isInstanceOf(io.wirecopy.shared.event.ArticleRevised.class);
    }

    @Test
    void aRepublicationWithNewChromeTrimmedTailAndATypoIsANearCopy() {
        ArticleDeduplicated original = decide(article("https://wire.example/1", "wire", WIRE));
        String republished = "Share this article\n\n" + WIRE.substring(0, WIRE.lastIndexOf("More than forty"))
                .replace("continued", "contniued") + "\n\nFollow us for more news.";
        DedupeEngine.Decision decision = engine.decide(article("https://outlet.example/9", "outlet", republished), AT);
        assertThat(decision.outcome()).isEqualTo(DedupeEngine.Outcome.NEAR);
        ArticleDeduplicated copy = (ArticleDeduplicated) decision.events().get(0);
        assertThat(copy.relation()).isEqualTo(Relation.NEAR);
        assertThat(copy.storyId()).isEqualTo(original.storyId());
        assertThat(copy.matchedArticleId()).isEqualTo(original.article().id());
        assertThat(copy.similarity()).isBetween(0.5, 0.95);
        assertThat(copy.passages()).isEmpty();
    }

    @Test
    void aLiftedQuoteIsASharedPassageWithSpansInBothArticles() {
        ArticleDeduplicated wire = decide(article("https://wire.example/1", "wire", WIRE));
        ArticleDeduplicated other = decide(article("https://other.example/2", "other", OTHER_STORY));
        assertThat(other.relation()).isEqualTo(Relation.NEW);
        assertThat(other.storyId()).isNotEqualTo(wire.storyId());
        assertThat(other.passages()).hasSize(1);
        Passage p = other.passages().get(0);
        assertThat(p.text()).isEqualTo("Machines do not pay taxes, raise children or spend their wages in this city");
        assertThat(p.words()).isEqualTo(14);
        assertThat(p.otherArticleId()).isEqualTo(wire.article().id());
        assertThat(p.otherStoryId()).isEqualTo(wire.storyId());
        assertThat(WIRE.substring(p.otherSpan().fromChar(), p.otherSpan().toChar())).isEqualTo(p.text());
        assertThat(p.otherSpan().toWord() - p.otherSpan().fromWord()).isEqualTo(14);
    }

    @Test
    void anArticleThatBridgesTwoStoriesMergesThem() {
        String first = WIRE.substring(0, WIRE.indexOf("The harbour authority"));
        String second = WIRE.substring(WIRE.indexOf("Union leader"));
        ArticleDeduplicated a = decide(article("https://a.example/1", "a", first));
        ArticleDeduplicated b = decide(article("https://b.example/1", "b", second));
        assertThat(b.storyId()).isNotEqualTo(a.storyId());

        DedupeEngine.Decision bridge = engine.decide(article("https://wire.example/1", "wire", WIRE), AT);
        assertThat(bridge.outcome()).isEqualTo(DedupeEngine.Outcome.NEAR);
        assertThat(bridge.merges()).isEqualTo(1);
        ArticleDeduplicated decided = (ArticleDeduplicated) bridge.events().get(0);
        StoriesMerged merged = (StoriesMerged) bridge.events().get(1);
        // equal sizes: the smaller id survives
        String survivor = a.storyId().compareTo(b.storyId()) < 0 ? a.storyId() : b.storyId();
        assertThat(decided.storyId()).isEqualTo(survivor);
        assertThat(merged.survivingStoryId()).isEqualTo(survivor);
        assertThat(List.of(merged.mergedStoryId(), merged.survivingStoryId())).containsExactlyInAnyOrder(a.storyId(), b.storyId());
        assertThat(state.stories().get(survivor).size()).isEqualTo(3);

        // a later copy of the merged story's article lands in the survivor
        String loser = merged.mergedStoryId();
        String loserText = loser.equals(a.storyId()) ? first : second;
        ArticleDeduplicated late = decide(article("https://c.example/1", "c", loserText + " Updated."));
        assertThat(late.storyId()).isEqualTo(survivor);
    }

    @Test
    void differentStoriesOnTheSameTopicStayApart() {
        decide(article("https://wire.example/1", "wire", WIRE));
        String sameTopic = """
                Talks between the dock workers' union and the harbour authority of Valdora broke down on Thursday, \
                leaving the port strike with no end in sight. Union leader Tomas Reyes accused the authority of \
                walking away from a draft deal on retraining, and the authority said the union had added demands on \
                pensions. A mediator will try to bring both sides back next week. Supermarkets reported shortages of \
                imported bananas and coffee, and more than forty ships were waiting at anchor off the coast.""";
        assertThat(decide(article("https://wire.example/2", "wire", sameTopic)).relation()).isEqualTo(Relation.NEW);
    }

    @Test
    void pruningForgetsOldArticlesAndTheirIndexEntries() {
        decide(article("https://wire.example/1", "wire", WIRE));
        ArticleRecord record = ((DedupeState.MapTable<ArticleRecord>) state.articles()).view().values().iterator().next();
        assertThat(record.buckets()).hasSize(42);
        assertThat(record.fingerprints()).hasSize(37);
        assertThat(engine.size().indexKeys()).isEqualTo(80L); // 42 buckets, 37 fingerprints, the text
        assertThat(engine.prune(AT.toInstant().toEpochMilli(), 100)).isZero();
        assertThat(engine.prune(AT.toInstant().toEpochMilli() + 1, 100)).isEqualTo(1);
        assertThat(((DedupeState.MapTable<?>) state.articles()).view()).isEmpty();
        assertThat(engine.size().articles()).isZero();
        assertThat(engine.size().indexKeys()).isZero();
        // forgotten: the same text is new again
        assertThat(decide(article("https://wire.example/1", "wire", WIRE)).relation()).isEqualTo(Relation.NEW);
    }

    /** The trial story of the labelled corpus: fourteen paragraphs, 447 words. */
    static final io.wirecopy.testing.corpus.BaseStory TRIAL = io.wirecopy.testing.corpus.BaseStory.bundled().stream()
            .filter(st -> st.id().equals("trial-opens")).findFirst().orElseThrow();

    @Test
    void aLeadOfALongStoryJoinsItAsNearWhicheverComesFirst() {
        String full = String.join("\n\n", TRIAL.paragraphs());
        String lead = String.join("\n\n", TRIAL.paragraphs().subList(0, 3)); // about a quarter: LSH alone misses it
        for (boolean leadFirst : new boolean[] {false, true}) {
            DedupeEngine e = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
            ArticleIngested f = article("https://wire.example/trial", "Meridian Press", full);
            ArticleIngested l = article("https://paper.example/brief", "Daily Courier", lead);
            List<ArticleIngested> order = leadFirst ? List.of(l, f) : List.of(f, l);
            ArticleDeduplicated first = (ArticleDeduplicated) e.decide(order.get(0), AT).events().get(0);
            DedupeEngine.Decision second = e.decide(order.get(1), AT);
            ArticleDeduplicated d = (ArticleDeduplicated) second.events().get(0);
            assertThat(d.relation()).as("lead first: %s", leadFirst).isEqualTo(Relation.NEAR);
            assertThat(d.storyId()).isEqualTo(first.storyId());
            assertThat(d.similarity()).as("Jaccard of a quarter").isLessThan(0.3);
            // all of the lead is in the wire story; a quarter of the wire story is in the lead
            double expected = leadFirst ? 0.2604 : 1.0; // the lead's words in the wire story: a quarter of it
            assertThat(d.reuse().share()).isEqualTo(expected);
            assertThat(d.reuse().sources()).singleElement().satisfies(src -> {
                assertThat(src.articleId()).isEqualTo(order.get(0).article().id());
                assertThat(src.source()).isEqualTo(order.get(0).article().source());
                assertThat(src.share()).isEqualTo(expected);
            });
        }
    }

    @Test
    void twoUnknownSourcesAreTwoSourcesAndOneKnownSourceSharesNothingWithItself() {
        ArticleIngested a = article(null, "unknown", OTHER_STORY);
        ArticleIngested b = article(null, "unknown", WIRE);
        decide(a);
        ArticleDeduplicated d = decide(b);
        assertThat(d.passages()).as("unknown and unknown: the quote is shared").singleElement()
                .satisfies(p -> assertThat(p.otherArticleId()).isEqualTo(a.article().id()));
        assertThat(d.reuse().share()).as("the 13-word quote of 111 words").isEqualTo(0.1167);
        assertThat(d.reuse().sources().get(0).source()).isEqualTo("unknown");

        DedupeEngine e = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
        e.decide(article("https://site.example/1", "site.example", OTHER_STORY), AT);
        ArticleDeduplicated same = (ArticleDeduplicated) e.decide(article("https://site.example/2", "site.example", WIRE), AT)
                .events().get(0);
        assertThat(same.passages()).as("one known source: its template, not a passage").isEmpty();
        assertThat(same.reuse()).isEqualTo(io.wirecopy.shared.event.Reuse.NONE);
    }

    @Test
    void anExactCopyFromAnotherSourceIsAllReuseAndFromTheSameSourceTakesOverTheFirstOnesReuse() {
        ArticleIngested wire = article("https://wire.example/1", "wire", WIRE);
        ArticleIngested copy = article("https://paper.example/1", "paper", WIRE);
        ArticleIngested mirror = article("https://paper.example/m/1", "paper", WIRE);
        decide(wire);
        ArticleDeduplicated c = decide(copy);
        assertThat(c.relation()).isEqualTo(Relation.EXACT);
        assertThat(c.reuse().share()).isEqualTo(1.0);
        assertThat(c.reuse().sources().get(0).articleId()).isEqualTo(wire.article().id());
        ArticleDeduplicated m = decide(mirror);
        assertThat(m.relation()).isEqualTo(Relation.EXACT);
        assertThat(m.reuse()).as("the paper's own mirror: what the paper's first copy reused").isEqualTo(c.reuse());
    }

    /** Six trials and a running case, then one more of each: the last two decisions. */
    static List<ArticleDeduplicated> courtReports(DedupeEngine e, String stock, String background) {
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        String[] cases = {"a burglary in Halden", "a fraud at a bakery", "an assault outside a bar", "a stolen tractor",
            "a forged will", "arson at a warehouse"};
        java.util.function.Function<ArticleIngested, ArticleDeduplicated> decide =
                a -> (ArticleDeduplicated) e.decide(a, AT).events().get(0);
        for (int d = 0; d < days.length; d++) {
            // six trials, six papers: each prosecutor "told the jury of six men and six women that" something else
            decide.apply(article("https://court" + d + ".example/a", "court" + d, "On " + days[d] + " the prosecutor in the case of "
                    + cases[d] + " " + stock + " the evidence was clear and the witness number " + d + " had seen it all."));
            // the running case: the same background paragraph in a new report every day
            decide.apply(article("https://trial" + d + ".example/a", "trial" + d, "Day " + (d + 1) + " of the port trial: witness "
                    + (d + 1) + " of " + days.length + " gave evidence on " + days[d] + " about the tender files.\n\n" + background));
        }
        return List.of(decide.apply(article("https://court9.example/a", "court9", "A farmer denied hiding a horse. Her lawyer "
                        + stock + " nobody had ever looked inside the stable before the police came.")),
                decide.apply(article("https://trial9.example/a", "trial9",
                        "The port trial heard its last witness on Sunday, a former harbour clerk.\n\n" + background)));
    }

    @Test
    void aStockPhraseIsNoPassageWhileABackgroundParagraphRepeatedDayAfterDayIs() {
        String stock = "told the jury of six men and six women that";
        String background = "Kersel, 61, denies all charges of taking bribes worth more than two million euros in return for "
                + "four dredging and crane contracts that the port awarded between 2019 and 2023.";
        List<ArticleDeduplicated> last = courtReports(engine, stock, background);
        assertThat(last.get(0).passages()).as("the stock phrase alone").isEmpty();
        assertThat(last.get(1).passages()).as("the background paragraph, shared with each earlier day").isNotEmpty()
                .allSatisfy(p -> assertThat(p.text()).isEqualTo(background.substring(0, background.length() - 1)));

        // without the rule the stock phrase would be a passage with every earlier trial
        DedupeEngine plain = new DedupeEngine(DedupeState.inMemory(),
                StandaloneConfig.with(java.util.Map.of("wirecopy.dedupe.passages.stock-articles", "1000")));
        assertThat(courtReports(plain, stock, background).get(0).passages()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.text()).isEqualTo(stock));
    }

    @Test
    void aShortQuoteOfAStoryRepublishedManyTimesIsNoStockPhrase() {
        // six outlets carry the wire story (near copies, each posting all its fingerprints): the lifted quote, 14 words,
        // is under stock-max-words, but its carriers are one story, not five
        for (int k = 0; k < 6; k++) {
            decide(article("https://outlet" + k + ".example/port", "outlet" + k, "Outlet " + k + " news desk.\n\n" + WIRE));
        }
        ArticleDeduplicated other = decide(article("https://other.example/2", "other", OTHER_STORY));
        assertThat(other.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.text())
                .isEqualTo("Machines do not pay taxes, raise children or spend their wages in this city"));
    }

    static ArticleIngested published(String url, String source, String text, String at) {
        return ArticleIngested.of(new Article(ArticleIds.articleId(url, text), url, source, null, null,
                OffsetDateTime.parse(at), null, text, ArticleIds.contentHash(text)), AT);
    }

    @Test
    void anArticlePublishedLaterIsNoSourceOfOneThatCameInAfterIt() {
        // the round-up (published on the 16th) is posted first, the piece it quotes (the 14th) after it
        ArticleIngested roundUp = published("https://roundup.example/1", "roundup", OTHER_STORY, "2014-06-16T10:00:00Z");
        ArticleIngested piece = published("https://piece.example/1", "piece", WIRE, "2014-06-14T17:00:00Z");
        decide(roundUp);
        ArticleDeduplicated d = decide(piece);
        assertThat(d.passages()).as("the passage is shared all the same").hasSize(1);
        assertThat(d.reuse()).as("but the piece did not copy the round-up").isEqualTo(io.wirecopy.shared.event.Reuse.NONE);
    }

    /** A site's "Latest news": ten headlines with their leads, the same under every page of the site (about 330 words). */
    static final String LATEST = """
            Latest news

            Council approves new tram line. The city council voted on Tuesday to build a tram line from the station to the \
            university, a project that will take four years and cost 310 million euros.

            Hospital opens children's ward. A new ward for sick children opened at the central hospital on Monday after two \
            years of building work that was delayed by a shortage of steel and of skilled workers.

            Fishermen protest fuel prices. Hundreds of fishermen blocked the harbour with their boats on Sunday to protest \
            against the rising price of diesel, which they say has doubled in a year and threatens their trade.

            School strike enters second week. Teachers at twelve secondary schools stayed away from their classrooms for a \
            seventh day on Friday in a dispute over pay and the size of classes in the north of the region.

            Museum returns looted statues. The national museum handed back four bronze statues to the families of their \
            former owners on Thursday, ending a dispute over works of art that were taken during the war.

            Airport expansion delayed again. Plans for a third runway at the airport were put on hold for another year on \
            Wednesday after judges ruled that the environmental study had not considered the noise at night.

            Storm cuts power to thousands. A storm with winds of up to 120 kilometres an hour cut the power to about 40,000 \
            homes in the hills overnight, and crews were still working to restore it on Saturday morning.

            Football club names new coach. The city's football club named a former defender as its new coach on Tuesday, \
            three weeks after the last one was dismissed following a run of eight games without a win.

            Bakery chain to close shops. A bakery chain that has sold bread in the region since 1952 said it would close \
            eleven of its thirty shops by the end of the year because of the cost of energy and flour.

            River levels fall after floods. The level of the river fell below the warning mark on Monday for the first time \
            in ten days, and residents of the old town began to clear mud from their cellars and streets.""";

    @Test
    void twoShortStoriesOfOneSiteUnderItsTemplateAreTwoStoriesAndItsBriefStillFolds() {
        String strike = WIRE.substring(0, WIRE.indexOf("More than forty")).strip();
        ArticleIngested a = article("https://courier.example/strike", "courier.example", strike + "\n\n" + LATEST);
        ArticleIngested b = article("https://courier.example/vote", "courier.example", OTHER_STORY + "\n\n" + LATEST);
        ArticleIngested brief = article("https://courier.example/brief", "courier.example",
                strike.substring(0, strike.indexOf("The harbour")).strip() + "\n\n" + LATEST);
        // the template is most of the words: the two stories' pages are above the near threshold
        assertThat(io.wirecopy.dedupe.similarity.SetSimilarity.jaccard(TextFeatures.of(a.article().text(), 5, 4, 5).shingles(),
                TextFeatures.of(b.article().text(), 5, 4, 5).shingles())).isCloseTo(0.6966, org.assertj.core.data.Offset.offset(1e-4));
        for (List<ArticleIngested> order : List.of(List.of(a, b, brief), List.of(b, brief, a), List.of(brief, a, b))) {
            DedupeEngine e = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
            io.wirecopy.testing.corpus.DecisionFold fold = new io.wirecopy.testing.corpus.DecisionFold();
            for (ArticleIngested x : order) {
                fold.acceptAll(e.decide(x, AT).events());
            }
            Map<String, String> stories = fold.stories();
            assertThat(stories.get(a.article().id())).as("order %s", order.indexOf(a)).isNotEqualTo(stories.get(b.article().id()));
            assertThat(stories.get(brief.article().id())).as("the brief opens as its story does")
                    .isEqualTo(stories.get(a.article().id()));
        }
    }
}
