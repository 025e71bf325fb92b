package io.wirecopy.dedupe.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.quote.QuoteExtractor.ExtractedQuote;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Golden quotes and speakers of texts written in the conventions real news text uses. */
class QuoteExtractorTest {

    private static List<String> pairs(String text) {
        return QuoteExtractor.extract(text).stream().map(q -> q.speaker() + " | " + q.text()).toList();
    }

    /** Speaker, or "~description" for a source the text describes and does not name. */
    private static List<String> sources(String text) {
        return QuoteExtractor.extract(text).stream()
                .map(q -> (q.speaker() != null ? q.speaker() : q.description() != null ? "~" + q.description() : "null")
                        + " | " + q.text())
                .toList();
    }

    @Test
    void aDescriptionOfAnyLengthMayStandBetweenTheNameAndTheVerb() {
        assertThat(sources("""
                "The generators will stop within two days," Dr. Lena Varga, the director of the children's hospital in the \
                northern district of the city, said in an interview.

                Prof Tomas Berg, head of the transport institute at Lund University, says: "The trains were never built for \
                this heat."

                "We are waiting for the next generation of the machines," Simon Okafor, chief executive of Printwell, told \
                the Courier.

                "It is a landmark ruling for every buyer," noted Maryland-based lawyer Jim Dunlop.
                """)).containsExactly(
                "Lena Varga | The generators will stop within two days",
                "Tomas Berg | The trains were never built for this heat.",
                "Simon Okafor | We are waiting for the next generation of the machines",
                "Jim Dunlop | It is a landmark ruling for every buyer");
    }

    @Test
    void aSourceDescribedAndNotNamedKeepsItsDescriptionUnlessTheTextNamesThePerson() {
        assertThat(sources("""
                "It looks like a city, not a park," said one person at the hearing.

                "We understand the worry of the families," a spokesperson for the regional council said.

                "The law does not reach this seller," the court wrote in its ruling.

                Her opponent, Sofia Brandt, conceded. "The voters have decided," Brandt said.

                "But the president should not forget the others," the opposition leader added.
                """)).containsExactly(
                "~one person at the hearing | It looks like a city, not a park",
                "~a spokesperson for the regional council | We understand the worry of the families",
                "~the court | The law does not reach this seller",
                "Sofia Brandt | The voters have decided",
                "Sofia Brandt | But the president should not forget the others");
    }

    @Test
    void aParticipleRightBeforeAQuoteWithNoCommaIsItsSentenceSubjects() {
        assertThat(sources("""
                Health Minister Karl Moen came in for criticism last night.

                Speaking on Morning Radio he bypassed the question for a second time saying "It is not about who is right."
                """)).containsExactly("Karl Moen | It is not about who is right.");
    }

    @Test
    void aQuoteInsideASentenceThatClosesWithItsAttributionIsThatSpeakers() {
        assertThat(sources("""
                Prince Olav spoke to the host for two hours on Sunday.

                "Lack of support and lack of understanding" was the simplest reason they left, he said.

                "Nothing about that night was planned in any way" was how it went, Maja Holt recalled.
                """)).containsExactly("Olav | Lack of support and lack of understanding",
                "Maja Holt | Nothing about that night was planned in any way");
    }

    @Test
    void aQuoteRightAfterItsSpeakersOwnAttributionGoesOnBeingTheirs() {
        assertThat(sources("""
                Nesma Haj stayed at the hospital to be near her child.

                "I am worried about him and afraid of losing him," she continued. "I am shocked by all of it," she went \
                on. "I cannot express how I feel about this situation. Will the generators stop working?"
                """)).containsExactly("Nesma Haj | I am worried about him and afraid of losing him",
                "Nesma Haj | I am shocked by all of it",
                "Nesma Haj | I cannot express how I feel about this situation. Will the generators stop working?");
    }

    @Test
    void aPlaceBeforeARoleThatOpensItsOwnClauseIsNoSpeakerAndTheRoleIsThePersonTheTextIsAbout() {
        // "the Commons, the Conservative MP" is no apposition: the MP is the subject of "said", the Commons a place;
        // nobody was named an MP, so the MP is the one the text is about, as a reader takes it
        assertThat(sources("""
                Harald Moe warned on Monday that the sector faces job cuts.

                Speaking in the Commons, the Conservative MP said: "It does not need to be like this, there are ways."
                """)).containsExactly("Harald Moe | It does not need to be like this, there are ways.");
    }

    @Test
    void aSurnameThatIsATitleWordAndAPronounPastSentencesAllInQuotes() {
        // "Green" once Prof David Green was named is him, not the title; "he asks" after a quote of two sentences
        // and "And he thinks" reads back to the narration that named Prof Steve West
        assertThat(sources("""
                Prof David Green, vice-chancellor of Worcester University, spoke on Monday.

                Green accepts that universities face risks, but says shutting campuses is unsustainable. "This approach                 is based on the assumption that there will be a vaccine."

                Prof Steve West, vice-chancellor of the University of the West of England, backs this up.

                And he thinks none of these problems will have gone by next term. "The dilemma is: do we lock down as                 we did in March? Or do we accept local lockdowns for the next year?" he asks.
                """)).containsExactly("David Green | This approach is based on the assumption that there will be a vaccine.",
                "Steve West | The dilemma is: do we lock down as we did in March? Or do we accept local lockdowns for the next year?");
    }

    @Test
    void describedSourcesOfAParticipleOfOneWhoAskedNotToBeNamedAndOfADocument() {
        assertThat(sources("""
                Vice-chancellors reacted with fury to threats by the education secretary, Gavin Williamson, to dock                 their bonuses. One, who asked not to be named, said: "The government looked to universities to sort out the mess."

                The court also found a federal statute in favour of the plaintiff, the Communications Decency Act of                 1996, noting that "it does not apply here because the claims depend on its own activities."

                The next round of arrests may include "elected officials, high tech and pharmaceutical executives" and                 others, the DOJ release states.
                """)).containsExactly("~one | The government looked to universities to sort out the mess.",
                "~the court | it does not apply here because the claims depend on its own activities.",
                "~the DOJ release | elected officials, high tech and pharmaceutical executives");
    }

    @Test
    void nominalSourcesOfPoliticalNewsKeepTheirTextAndNeverBorrowTheSpeakerBefore() {
        // the campaign, the ad, the report: each quote keeps its own source; the one before (Josh Earnest's) is
        // never lent to a quote whose attribution names somebody else; a body's name is whole ("White House")
        assertThat(sources("""
                "The president is committed to working with Congress on this bill," White House press secretary Josh Earnest told reporters.

                "We expect the bill to pass the House before the end of the month," the White House said.

                "The allegations are false and the lawsuit has no merit whatsoever," the Trump campaign said in a statement.

                "The numbers do not support the claim the governor made last week," the report found.

                "Our position has not changed on the trade deal since last year," the spokeswoman for the company added.

                "Voters deserve better than this kind of campaign from both parties," the ad says.

                "We cannot afford four more years of these failed policies in Washington," the narrator says in the ad.

                "This was never about the money for any of us," Earnest remembered telling the staff.
                """)).containsExactly("Josh Earnest | The president is committed to working with Congress on this bill",
                "White House | We expect the bill to pass the House before the end of the month",
                "~the Trump campaign | The allegations are false and the lawsuit has no merit whatsoever",
                "~the report | The numbers do not support the claim the governor made last week",
                "~the spokeswoman for the company | Our position has not changed on the trade deal since last year",
                "~the ad | Voters deserve better than this kind of campaign from both parties",
                "~the narrator | We cannot afford four more years of these failed policies in Washington",
                "Josh Earnest | This was never about the money for any of us");
    }

    @Test
    void aSourceServingSomeoneABodyNamedWithOfAndADocumentThatReads() {
        // "an aide to the governor" is the aide, never the governor the text names; "the Chamber of Commerce" is
        // the body, not "Commerce"; "read" before a colon is a verb of saying for a document
        assertThat(sources("""
                Governor Janet Hale signed the bill on Thursday after months of debate in the legislature.

                "This law protects every family in the state from surprise bills at the hospital," an aide to the governor said.

                An adviser to the governor said: "The vote was closer than anybody in the office expected it to be."

                "We will keep fighting this law in the courts for as long as it takes," the Chamber of Commerce said in a statement.

                The memo, sent to managers on Friday, read: "Do not discuss the closure with the press under any circumstances."
                """)).containsExactly("~an aide to the governor | This law protects every family in the state from surprise bills at the hospital",
                "~an adviser to the governor | The vote was closer than anybody in the office expected it to be.",
                "Chamber of Commerce | We will keep fighting this law in the courts for as long as it takes",
                "~the memo | Do not discuss the closure with the press under any circumstances.");
    }

    @Test
    void aRelativeClauseSpeaksForWhatItsWhichStandsFor() {
        // ", which said": the body named before the comma, else the source its phrase describes
        assertThat(sources("""
                The ministry issued a statement on Monday, which said: "The border will stay closed until further notice for all travellers."

                Senator Mark Ellison pointed to a report by the Congressional Budget Office, which found that the plan "would add two trillion dollars to the deficit over a decade."

                The company sent a letter to its staff, which read: "We regret to inform you that the plant will close in March next year."
                """)).containsExactly("~a statement on Monday | The border will stay closed until further notice for all travellers.",
                "Congressional Budget Office | would add two trillion dollars to the deficit over a decade.",
                "~a letter to its staff | We regret to inform you that the plant will close in March next year.");
    }

    @Test
    void pluralSourcesOfAPlaceTheCompanyTheTextNamedAndAnAgeForThePerson() {
        // "U.S. officials said" had no source at all; "the company said" after the company was named is that company;
        // "the 54-year-old said" is the person the text is about; "the court" stays a court described
        assertThat(sources("""
                Acme Corp. said on Monday it would close its plant in Flint, and the Health Ministry said it would look into it.

                "We will not accept any deal that leaves our workers behind," U.S. officials said.

                "Talks with the union will go on through the weekend," senior Iranian officials said.

                "The plant has lost money for three years in a row now," the company said.

                "Every case of poisoning near the plant will be looked into," the ministry said in a statement.

                Jane Doe, 54, worked at the plant for thirty years before she was laid off in June.

                "I gave that plant the best years of my whole life," the 54-year-old said.

                The Appellate Court sided with the workers. "The closure broke the contract signed in 2019," the court said.
                """)).containsExactly("~U.S. officials | We will not accept any deal that leaves our workers behind",
                "~senior Iranian officials | Talks with the union will go on through the weekend",
                "Acme Corp | The plant has lost money for three years in a row now",
                "Health Ministry | Every case of poisoning near the plant will be looked into",
                "Jane Doe | I gave that plant the best years of my whole life",
                "~the court | The closure broke the contract signed in 2019");
        // the same after the verb; "the company's chief executive" stays the executive described
        assertThat(sources("""
                Acme Corp. said on Monday it would close its plant. Jane Doe, 54, the union's president, objected.

                "The plant has lost money for three years in a row now," said the company in a statement.

                "Nobody here was told anything about it before today," said the 54-year-old.

                "We looked at every way of keeping the plant open for longer," the company's chief executive said.
                """)).containsExactly("Acme Corp | The plant has lost money for three years in a row now",
                "Jane Doe | Nobody here was told anything about it before today",
                "~the company's chief executive | We looked at every way of keeping the plant open for longer");
    }

    @Test
    void thePeopleAroundSomeoneAreSourcesDescribedAndTheyIsABodyTheTextCalledByItsKind() {
        // "his wife said", "the couple said" had no source; "they" after "The union voted" was nobody's
        assertThat(sources("""
                John Smith was badly hurt in the blast at the plant on Monday.

                "He is a fighter and he will come back from this," his wife said.

                John and Mary Hale lost their home in the fire that followed.

                "We have nothing left now but each other and the children," the couple said.

                The union voted on Tuesday to strike. "We have no other choice left to us now," they said in a statement.
                """)).containsExactly("~his wife | He is a fighter and he will come back from this",
                "~the couple | We have nothing left now but each other and the children",
                "~the union | We have no other choice left to us now");
    }

    @Test
    void campaignNewsRolesOfTheOneTheTextIsAboutAbbreviationsInsideASentenceAndSourcesDescribed() {
        assertThat(sources("""
                Donald Trump rallied supporters in Iowa on Monday. "We are going to win so much, you will get tired of winning," the Republican front-runner said.

                Hillary Clinton spoke in Cedar Rapids later in the day. "I have a plan to raise incomes for working families," the former secretary of state said.

                In a statement, Rep. Nancy Pelosi (D-Calif.) said "the House will not take up the measure until the fall session."

                "Nobody in the party believes he can win in November against her," said one Republican strategist who asked not to be named.

                "Our members will not endorse any candidate who supports the trade deal," the AFL-CIO said in a statement.
                """)).containsExactly("Donald Trump | We are going to win so much, you will get tired of winning",
                "Hillary Clinton | I have a plan to raise incomes for working families",
                "Nancy Pelosi | the House will not take up the measure until the fall session.",
                "~one Republican strategist | Nobody in the party believes he can win in November against her",
                "AFL-CIO | Our members will not endorse any candidate who supports the trade deal");
    }

    @Test
    void aGivenNameThatEndsLikeADemonymIsKeptAndTwoPeopleOfOneSurnameStayTwo() {
        // "Brian" ends like "Canadian": it was dropped as one, and Brian Fallon then merged with Anna Fallon
        assertThat(sources("""
                "The secretary has answered these questions many times before," spokesman Brian Fallon said.

                "We will look at every part of the report before the vote," said Anna Fallon, the committee's chair.

                "Our talks with the party went well this morning," Dominic Raab told reporters.
                """)).containsExactly("Brian Fallon | The secretary has answered these questions many times before",
                "Anna Fallon | We will look at every part of the report before the vote",
                "Dominic Raab | Our talks with the party went well this morning");
    }

    @Test
    void aPronounGoesToTheSentencesSubjectNotToANameAfterAPrepositionOrAnArticle() {
        assertThat(sources("""
                "We waited two years for the papers," Omar Haddad said of the move.

                In Halifax, Samir Nouri, 49, is eager to apply. They came to Canada in 2016, when Nouri was with his \
                brother in Homs. Unlike Haddad, he has been unable to find work.

                "When you have children to look after, my study comes afterwards," he said.

                "We have met the youth council twice," Leila Tahan said. The council stated in July it opposed the \
                Kinder Morgan pipeline.

                "As young people we understand that this land is who we are," she said.

                "The baby came early," Leila Tahan said. Dr. Sara Abed explained that there were 22 infants in the ward. \
                In Tahan's case, she decided to stay.

                "I am worried about him," she continued.
                """)).containsExactly(
                "Omar Haddad | We waited two years for the papers",
                "Samir Nouri | When you have children to look after, my study comes afterwards",
                "Leila Tahan | We have met the youth council twice",
                "Leila Tahan | As young people we understand that this land is who we are",
                "Leila Tahan | The baby came early",
                "Leila Tahan | I am worried about him");
    }

    @Test
    void aParagraphOfQuoteAfterOneThatReportsSpeechIsTheReportedSpeakers() {
        assertThat(sources("""
                Tim Grant with the health authority says there are many reasons for the delays.

                "The emergency department cares for the sickest patients first, so others wait."

                Officers moved in at dawn. Chief Anne Stubbs said that the plan had been ready for weeks.

                "This is an area that is very remote, so there are a lot of unknowns."

                The bridge closed on Tuesday.

                "Nobody told us anything about it."
                """)).containsExactly(
                "Tim Grant | The emergency department cares for the sickest patients first, so others wait.",
                "Anne Stubbs | This is an area that is very remote, so there are a lot of unknowns.",
                "null | Nobody told us anything about it.");
    }

    @Test
    void aReportedSpeakerIsTheLastPersonReportedAndTheOneWhoWorksForABody() {
        assertThat(sources("""
                According to the agency, the target is met in 90 per cent of cases, but Paul Dray says that is not what \
                the union sees.

                "Commonly, the response times we track are far longer than that."

                "There were 38 ambulances off the road for a day," said Rita Sohn with the International Union of \
                Operating Engineers.
                """)).containsExactly(
                "Paul Dray | Commonly, the response times we track are far longer than that.",
                "Rita Sohn | There were 38 ambulances off the road for a day");
    }

    @Test
    void partitivesAgentNounsAndAPartyMemberForThePersonTheTextIsAbout() {
        assertThat(sources("""
                "Our coach really needs a kidney," says one of the players in the video.

                "Nothing could be worse for the town than a flood of tourists," a national newspaper columnist wrote in 1954.

                Senate Majority Leader Mitch McConnell blamed activists for the attacks on the students.

                "Activists isolated a few seconds of video from any context," the Kentucky Republican said.
                """)).containsExactly(
                "~one of the players | Our coach really needs a kidney",
                "~a national newspaper columnist | Nothing could be worse for the town than a flood of tourists",
                "Mitch McConnell | Activists isolated a few seconds of video from any context");
    }

    @Test
    void aPlaceAndAnOccupationBeforeANameASubordinateClauseAndTheSentenceBeforeAQuote() {
        assertThat(sources("""
                "Every publisher rejected me," says Cambridge cartoonist Andre Campbell.

                "Our forefathers would never have run a train that long," said Joe Mulligan with Railroad Workers United.

                "The lines are down all along the lake," Rod Peters said. While many Lake Cowichan residents have \
                generators, Peters said others are in the dark.

                "It's very bad for our seniors if they have nothing," he said.

                "I always felt it deserved to be longer," says Christopher House. Jeanine Durning did not need much \
                coaxing. "I'm thankful for the invitation."
                """)).containsExactly(
                "Andre Campbell | Every publisher rejected me",
                "Joe Mulligan | Our forefathers would never have run a train that long",
                "Rod Peters | The lines are down all along the lake",
                "Rod Peters | It's very bad for our seniors if they have nothing",
                "Christopher House | I always felt it deserved to be longer",
                "Jeanine Durning | I'm thankful for the invitation.");
    }

    @Test
    void aRoleWithAdjectivesSetOffByCommasIsThePersonTheTextIsAbout() {
        assertThat(sources("""
                Guenther Schuh founded the firm. Schuh is aware that he's entering uncharted waters.

                "I don't know any carmaker that makes money in this category," the lanky, bespectacled professor said.
                """)).containsExactly("Guenther Schuh | I don't know any carmaker that makes money in this category");
    }

    @Test
    void aQuoteThatWasTheResponseOfASource() {
        assertThat(sources("""
                Tesla posted a video of a car in the snow. "The best sleigh this Christmas!" was the response of one \
                jolly viewer.

                "We will not comment on this at all," came the reply from the ministry.

                "We will not comment on that either" was the response of Dr. Anna Berg, the director.
                """)).containsExactly(
                "~one jolly viewer | The best sleigh this Christmas!",
                "~the ministry | We will not comment on this at all",
                "Anna Berg | We will not comment on that either");
    }

    @Test
    void aBodysAcronymSpeaksAsTheSubjectOfItsClause() {
        assertThat(sources("""
                In a statement, IRCC did not reveal any details, but said "the Government of Canada has obligations \
                under international conventions."

                "We are going back to the Moon," NASA said on Monday.

                "This game is all about getting pucks to the net," he said as Burnaby RCMP watched.
                """)).containsExactly(
                "IRCC | the Government of Canada has obligations under international conventions.",
                "NASA | We are going back to the Moon",
                "null | This game is all about getting pucks to the net");
    }

    @Test
    void aPhotosCaptionIsPassedOverByAPronoun() {
        assertThat(sources("""
                Cecil Foster is a professor. They had two broad aims, Foster writes.

                Benjamin Layne, a retired porter, looks at a display of photos in 1999. ( THE CANADIAN PRESS FILE PHOTO )

                The trip drew national attention. "These guys were smart enough to go to Ottawa," he says.

                Kim and Trump met last June in Singapore. (Evan Vucci/Associated Press)

                "It was a good meeting for both of us," he says.
                """)).containsExactly(
                "Cecil Foster | These guys were smart enough to go to Ottawa",
                "Cecil Foster | It was a good meeting for both of us");
    }

    @Test
    void particlesInARowStayInTheName() {
        assertThat(sources("""
                "We will act on this matter now," Ursula von der Leyen said.

                Ben van der Pluijm, an earthquake geologist, said the tsunami may have been caused by a collapse.

                "Instability of the slope of an active volcano can create a rock slide," he said.

                "We are here for the people of this city," Rosa de la Cruz said.
                """)).containsExactly(
                "Ursula von der Leyen | We will act on this matter now",
                "Ben van der Pluijm | Instability of the slope of an active volcano can create a rock slide",
                "Rosa de la Cruz | We are here for the people of this city");
    }

    @Test
    void aPeriodInsideANameEndsNoSentence() {
        assertThat(sources("""
                "I've needed Tesla as a role model," Guenther Schuh, e.GO's founder and the mastermind behind the \
                van, said inside his factory.

                "For so long, no startup entered this shark tank alone," he said.
                """)).containsExactly(
                "Guenther Schuh | I've needed Tesla as a role model",
                "Guenther Schuh | For so long, no startup entered this shark tank alone");
    }

    @Test
    void aParagraphWithAScareQuoteStillReportsWhoSpeaksNext() {
        assertThat(sources("""
                RCMP Assistant Commissioner Eric Stubbs spoke on Tuesday.

                Stubbs said that the police moved resources in because of the "unpredictable" nature of the camp.

                "This is an area that's very remote, so there's a lot of unknowns."

                Matlow said governments should be "working in tandem" on housing.

                "I think that's something we need to fight for, no matter who the premier is."
                """)).containsExactly(
                "Eric Stubbs | This is an area that's very remote, so there's a lot of unknowns.",
                "Matlow | I think that's something we need to fight for, no matter who the premier is.");
    }

    @Test
    void aBodyAndARoleBeforeTheNameAndMentionedAsAVerbOfSaying() {
        assertThat(sources("""
                "So I think there is an element of that," University of the Fraser Valley political scientist Hamish \
                Telford said.

                "This press conference has nothing to do with it," said Rockets general manager Bruce Hamilton before \
                turning to the retirement.

                "EDC had the largest claim in its history," Pierre Gignac, the chief risk officer, mentioned in a 2013 \
                commentary.

                "We are fine with the plan here," said Republican strategists in the room.
                """)).containsExactly(
                "Hamish Telford | So I think there is an element of that",
                "Bruce Hamilton | This press conference has nothing to do with it",
                "Pierre Gignac | EDC had the largest claim in its history",
                "~Republican strategists | We are fine with the plan here");
    }

    @Test
    void aMiddleInitialAndASurnameThatIsAWordStayInTheName() {
        assertThat(sources("""
                "Kim is eager to remind the administration," Harry J. Kazianis, director of defence studies at the \
                U.S.-based Centre for the National Interest, said in an e-mailed statement.

                "Today what is most important is that we get day two." Michael Every, a senior strategist for \
                Rabobank, said in a commentary.

                "Every day counts now, all of it," Tom Long said. Every analyst agreed.
                """)).containsExactly(
                "Harry J. Kazianis | Kim is eager to remind the administration",
                "Michael Every | Today what is most important is that we get day two.",
                "Tom Long | Every day counts now, all of it");
    }

    @Test
    void aSurnameOfTwoWordsNamedAloneIsThePersonNamedInFull() {
        assertThat(sources("""
                "We wanted a good experience for the animal," says architect Lorena Paz Akin, who built it with Mai Lee.

                "The front panel is easy to clean," says Paz Akin. "We did not want a step," she adds.
                """)).containsExactly(
                "Lorena Paz Akin | We wanted a good experience for the animal",
                "Lorena Paz Akin | The front panel is easy to clean",
                "Lorena Paz Akin | We did not want a step");
    }

    @Test
    void aBodysNameGoesOnPastItsAndButTwoBodiesStayTwo() {
        assertThat(sources("""
                "The order addresses the misconduct at issue," the U.S. Securities and Exchange Commission said.

                "We will fund the clinics," the Department of Health and Human Services said on Monday.

                "We have nothing to add," the White House and State Department said.
                """)).containsExactly(
                "U.S. Securities and Exchange Commission | The order addresses the misconduct at issue",
                "Department of Health and Human Services | We will fund the clinics",
                "State Department | We have nothing to add");
    }

    @Test
    void aGivenNameEndingLikeADemonymAPossessivesPlaceAndADemonymPhraseAreNoTitlesOrPeople() {
        assertThat(sources("""
                Darian Lonechild is new to advocacy work. She is in her fourth year of Indigenous Studies.

                "As a young person, I have felt that distrust," she said.

                "Workers now have one voice," Jeff Traeger said. Three former Stella's Cafe employees started the campaign.

                "I would rather pay a dollar more at dinner," he said.

                "There have been billion-dollar awards," Robert Wisner said. Prominent Canadian examples include mining firms.

                "Obviously those cases are at the very high end," he added.
                """)).containsExactly(
                "Darian Lonechild | As a young person, I have felt that distrust",
                "Jeff Traeger | Workers now have one voice",
                "Jeff Traeger | I would rather pay a dollar more at dinner",
                "Robert Wisner | There have been billion-dollar awards",
                "Robert Wisner | Obviously those cases are at the very high end");
    }

    @Test
    void aParagraphOfQuoteAfterNarrationIsThePersonItIsAboutAndMoreVerbsOfSaying() {
        assertThat(sources("""
                "I think I am lucky," Carole Laurin said.

                Still, even with her pension, Laurin lost 40 per cent of her income.

                "It took me two years to grieve the loss of my work."

                The river rose two metres overnight.

                "Nobody had seen it this high."

                "Confidence is one of the most attractive things," echoes Robert McMillen.
                """)).containsExactly(
                "Carole Laurin | I think I am lucky",
                "Carole Laurin | It took me two years to grieve the loss of my work.",
                "null | Nobody had seen it this high.",
                "Robert McMillen | Confidence is one of the most attractive things");
    }

    @Test
    void itIsABodyAContractionIsNoNameAndAWrittenSourceIsDescribed() {
        assertThat(sources("""
                Crews worked through the night in Lake Cowichan. Export Development Canada (EDC) said it would review the \
                file. EDC has insured the mine since 2012.

                "We are obligated to respect the confidentiality of our customers," it said.

                It's a long road, Mayor Rod Peters said.

                "The roads are still closed," he said.

                "My eyes are full of tears," the poem reads.

                "I'm sure in a couple of years I'll look back and laugh," the rookie defenceman said.
                """)).containsExactly(
                "Export Development Canada | We are obligated to respect the confidentiality of our customers",
                "Rod Peters | The roads are still closed",
                "~the poem | My eyes are full of tears",
                "~the rookie defenceman | I'm sure in a couple of years I'll look back and laugh");
    }

    @Test
    void aPrepositionOpeningASentenceAndAPeopleAreNoNames() {
        assertThat(sources("""
                Besides Demi Lovato, the show had few guests. "Oh, it's my rose," Demi said.

                "We want lower prices at the pump," Canadians said in the poll.
                """)).containsExactly(
                "Demi | Oh, it's my rose",
                "null | We want lower prices at the pump");
    }

    @Test
    void politicalNewsStateAbbreviationsAndThePeopleOfACampaign() {
        assertThat(sources("""
                Senator Elizabeth Warren spoke on Monday.

                "The wall will never be built," Sen. Elizabeth Warren (D-Mass.) told reporters.

                "It was the most expensive race in the state's history," one Republican operative said.

                "I have never given to a Democrat before," said one donor who attended the event.

                "He is not going to debate on those terms," his spokesman said.

                "The senator will not comment on a pending case," the senator's office said.

                "Tariffs are a tax on American families," reads the letter, signed by 50 economists.
                """)).containsExactly(
                "Elizabeth Warren | The wall will never be built",
                "~one Republican operative | It was the most expensive race in the state's history",
                "~one donor | I have never given to a Democrat before",
                "~his spokesman | He is not going to debate on those terms",
                "~the senator's office | The senator will not comment on a pending case",
                "~the letter | Tariffs are a tax on American families");
    }

    @Test
    void aRelativeClauseBeforeTheVerbPluralsInEsAndVerbsOfAPluralSubject() {
        assertThat(sources("""
                "The minister has been briefed," the department's spokesperson, who declined to be named, said.

                "It is a matter for the court," Anna Berg, who represents the family, said.

                Witnesses told the BBC: "The water came up in minutes."

                Experts warn that "the worst may be yet to come."
                """)).containsExactly(
                "~the department's spokesperson | The minister has been briefed",
                "Anna Berg | It is a matter for the court",
                "~witnesses | The water came up in minutes.",
                "~experts | the worst may be yet to come.");
    }

    @Test
    void aPossessiveOpeningASentenceOfSpeechAndARoleAfterTheVerbAreThePersonTheTextIsAbout() {
        assertThat(sources("""
                Hillary Clinton was asked about the tape on Sunday. Her reply was blunt: "He is unfit to be president."

                Donald Trump spoke in Ohio on Monday. He mocked the polls again.

                "I think we are going to win big," said the Republican front-runner, who has trailed in recent polls.
                """)).containsExactly(
                "Hillary Clinton | He is unfit to be president.",
                "Donald Trump | I think we are going to win big");
    }

    @Test
    void theNameOfAThingAfterACommonNounAndANameWithADigitAreNoSpeakers() {
        assertThat(sources("""
                Our daughters watched the Christmas classic Home Alone, where Kevin McCallister defends his house.

                "It's my house and I have to defend it," he concludes.

                "We are so proud of our coach," Lisa Chen said. Members of the PeeWee A2 team made a video.

                "He taught us to be good people," they said.
                """)).containsExactly(
                "Kevin McCallister | It's my house and I have to defend it",
                "Lisa Chen | We are so proud of our coach",
                "null | He taught us to be good people");
    }

    @Test
    void aSentenceOpeningForAPersonIsAboutThemForItsPronoun() {
        assertThat(sources("""
                "We had waited a long time," Kenza Tarek said.

                For Megda Belkacemi, Friday is a day she has been awaiting eagerly. Her father was one of the victims.

                "I am looking forward to see the sentence," she said.

                Unlike Tarek, Sara Haddad stayed home. For the mosque, the day was quiet.

                "It was a hard week," she said.
                """)).containsExactly(
                "Kenza Tarek | We had waited a long time",
                "Megda Belkacemi | I am looking forward to see the sentence",
                "Sara Haddad | It was a hard week");
    }

    @Test
    void aGivenNameThatIsAlsoAWordBeforeASurname() {
        assertThat(sources("""
                Will Young, a locomotive mechanic and an organizer at Railroad Workers United, said cold weather takes a toll.

                "Things break that normally do not. Steel just becomes brittle."

                Will Brexit happen? "Nobody knows what comes next," May Chen said.
                """)).containsExactly(
                "Will Young | Things break that normally do not. Steel just becomes brittle.",
                "May Chen | Nobody knows what comes next");
    }

    @Test
    void photoCreditsMonthsAndProvincesAreNoSpeakers() {
        assertThat(sources("""
                "I am a long ways from making a decision," Kevin Vickers said.

                Niall Carson / PA Images via Getty Images Kevin Vickers at a state ceremony in Dublin.

                "It's a long haul," he said in an interview.

                Jonas Lind, the party's director of communications, spoke on Dec. 4. But if British Columbia returns to \
                a two-party system, that power may not last.

                "If the next election is a two-party race, it is going to be bad for us," he said.
                """)).containsExactly(
                "Kevin Vickers | I am a long ways from making a decision",
                "Kevin Vickers | It's a long haul",
                "Jonas Lind | If the next election is a two-party race, it is going to be bad for us");
    }

    @Test
    void aQuoteSignedAfterADashAndASourceDescribedByWhoseItIs() {
        assertThat(sources("""
                "We will never again let the special interests write the rules for this economy." — Hillary Clinton (@HillaryClinton) March 1, 2016

                Clinton's campaign said "the senator's plan would raise taxes on the middle class by thousands of dollars."
                """)).containsExactly(
                "Hillary Clinton | We will never again let the special interests write the rules for this economy.",
                "~Clinton's campaign | the senator's plan would raise taxes on the middle class by thousands of dollars.");
    }

    @Test
    void epithetsPossessivesWithANameAndQuotesClosedByTwoApostrophes() {
        // "the soft-spoken baker" is a writer's word for someone named before (an age or a compound in lower case says
        // so); "notes X" right after a quote is a verb, not a noun; "Berg's daughter, Lise" names the daughter; a quote
        // "“…,’’" closes at its two apostrophes; "points out" is a verb of saying; "talking about" names whom the text is about; "Berg's
        // old friend" is the friend's, not Berg's; "the owner of Berg Bakeri" gives Berg Bakeri no role
        assertThat(sources("""
                This is a story about Oskar Berg, who like Henrik Dahl grew up in Tromsø.

                “We bake for the street and nobody else,’’ says the 52-year-old owner of Berg Bakeri, which opened in May. “If you want croissants, go to Paris.”

                “Bread is patience and nothing more,” points out the soft-spoken baker, who starts at four. “I’m a baker’s son,” notes Berg, who took over in 1998.

                “He never takes a day off,” says Berg’s daughter, Lise. “Not even on his own birthday,” says Berg’s old friend, a retired fisherman.
                """)).containsExactly(
                "Oskar Berg | We bake for the street and nobody else",
                "Oskar Berg | If you want croissants, go to Paris.",
                "Oskar Berg | Bread is patience and nothing more",
                "Oskar Berg | I’m a baker’s son",
                "Lise | He never takes a day off",
                "~Berg’s old friend | Not even on his own birthday");
    }

    @Test
    void aLineThatPointsToAnotherStoryIsNoNarrationAndARoleForSomeoneIsNotTheirs() {
        // "WATCH: …" links another story: a pronoun passes over it to the narration before it; "A spokesman for Mette
        // Dahl" gives Dahl no role (and so no man's gender)
        assertThat(sources("""
                Per Lund said the plan was a mistake.

                WATCH: Karl Olsen visits the harbour

                “We will not let the harbour close while I hold this seat,” he said.

                A spokesman for Mette Dahl said the plan was new to her. Dahl’s office did not comment.

                “It is the first we have heard of any of this,” she said.
                """)).containsExactly("Per Lund | We will not let the harbour close while I hold this seat",
                "Mette Dahl | It is the first we have heard of any of this");
    }

    @Test
    void aParticipleOpeningASentenceAWordToSomeoneAndGroupsDescribedByWhatTheyDo() {
        // "Having Karl Olsen …" names Karl Olsen (the participle is no part of the name); "quipped to Per Lund, “…”" is
        // the subject's, not Lund's, though Lund speaks right after the quote's full stop; a participle after a plural
        // ("team members dressed for a game say"), a perceiving verb's object ("heard students shout") and a colon's
        // described subject ("Some members of the club hold up signs, including:") are sources described
        assertThat(sources("""
                Having Karl Olsen show up at the harbour was the surprise of the day.

                The comedian said he was tired and then quipped to Per Lund, “You should try the night shift. \
                Maybe you would like it more than we all think.” Lund laughed and said, “I would not, I am sure of it.”

                “Help us keep our harbour open,” team members dressed for the match say in the video.

                Some members of the rowing club hold up signs in the video, including: “Save the harbour for our children now”.

                But Olsen said he heard students shout, “Go back to your own town now!” on the quay.
                """)).containsExactly(
                "Karl Olsen | You should try the night shift. Maybe you would like it more than we all think.",
                "Per Lund | I would not, I am sure of it.",
                "~team members | Help us keep our harbour open",
                "~some members | Save the harbour for our children now",
                "~students | Go back to your own town now!");
    }

    @Test
    void itIsTheBodyThatSpokeSomeSentencesBackPastAPullQuote() {
        // "it said" four sentences after "Nordhavn Power said …", past a pull quote signed by a mayor: the company, not
        // the mayor (past the near sentences only a body that opened a sentence or spoke is taken)
        assertThat(sources("""
                Mayor Per Lund says he spent the day opening the school to families without power.

                Nordhavn Power said in a statement that 60,000 customers lost power in the storm.

                The storm was the worst in twenty years. It took two days to clear the roads.

                “It is very bad for our older residents who have nothing in the way of backup.” Per Lund, mayor of the town

                “Hundreds of fallen trees have left some roads closed to our repair crews for now,” it said.
                """)).contains("Nordhavn Power | Hundreds of fallen trees have left some roads closed to our repair crews for now");
    }

    @Test
    void aRoleUsuallyLeftUnnamedStaysADescriptionAndCalledForOpensAQuote() {
        // "the spokeswoman" is not taken for the person the text is about; "called for" straight before a quote says it
        assertThat(sources("""
                Harald Moe warned on Monday that the sector faces job cuts.

                "We are looking at every option for the airlines," the spokeswoman said.

                Governor Ines Dahl spoke after the arrest. The governor called for "calm at this time and in the days ahead".

                The minister called for a review of the rules. "It is a matter for the courts now," Harald Moe said.
                """)).containsExactly("~the spokeswoman | We are looking at every option for the airlines",
                "Ines Dahl | calm at this time and in the days ahead",
                "Harald Moe | It is a matter for the courts now");
    }

    @Test
    void pluralSourcesParticiplesOfTheMainClauseAndPlacesThatAreNoSpeakers() {
        assertThat(sources("""
                "The road will stay closed until Friday," police said.

                "Nobody was hurt in the second blast," said local officials.

                Speaking on the radio he dodged the question for a second time, saying "it is not about who is right."

                Nora Lind said the minister had called her and apologised, adding that "he is a decent man."

                When the host asked if he would share the letter, Olav Brekke declined, saying "That stays between us."

                President Ola Berg was giving "a very careful review of every option we have," said Nils Dahl on Monday, \
                underlining that "we are committed to the country's borders."

                Asked about the aid that entered the Gaza Strip on Sunday, Karim Saleh sighed. "It is not enough for one \
                day," he said.
                """)).containsExactly(
                "~police | The road will stay closed until Friday",
                "~local officials | Nobody was hurt in the second blast",
                "null | it is not about who is right.",
                "Nora Lind | he is a decent man.",
                "Olav Brekke | That stays between us.",
                "Nils Dahl | a very careful review of every option we have",
                "Nils Dahl | we are committed to the country's borders.",
                "Karim Saleh | It is not enough for one day");
        assertThat(sources("""
                Police said: "The road will stay closed until the bridge is checked by engineers."

                The statement said: "We will not comment on matters before the court at this stage."

                Critics say the plan goes too far. "It will hurt the smallest farms first."

                According to Harbour Authority director Lena Moss, the port "will open again within the week."

                In Dr. Ivo Marsh's words, "the data were simply not there to support it."

                Bolger's lawyer, Jeremy Falk, had a short statement after the ruling. "It is impossible to overstate it."
                """)).containsExactly(
                "~police | The road will stay closed until the bridge is checked by engineers.",
                "~the statement | We will not comment on matters before the court at this stage.",
                "~critics | It will hurt the smallest farms first.",
                "Lena Moss | will open again within the week.",
                "Ivo Marsh | the data were simply not there to support it.",
                "Jeremy Falk | It is impossible to overstate it.");
    }

    @Test
    void theyIsAGroupOrABodyNeverOnePerson() {
        assertThat(sources("""
                Critics say the plan goes too far. "It will hurt the smallest farms first," they said.

                The Mizen Visitor Centre said it would close on Sunday. "We love to share the experience with everyone," they said.

                Ann Lee and Bo Park met the mayor. "We want the library to stay open for everyone," they said.
                """)).containsExactly(
                "~critics | It will hurt the smallest farms first",
                "Mizen Visitor Centre | We love to share the experience with everyone",
                "null | We want the library to stay open for everyone");
    }

    @Test
    void aPronounMeansWhomTheSentencesAreAboutNotWhoWasMentionedLast() {
        assertThat(sources("""
                Senator Tom Hale mocked his rival, Governor Ray Dunn, at the rally. "This guy lost four years ago," he said.

                Mara Quist said she had asked the palace for help. The duchess also said that she had written to a friend \
                of the late Princess Alma Brix. "I did not know who else to turn to," she told the interviewer.
                """)).containsExactly(
                "Tom Hale | This guy lost four years ago",
                "Mara Quist | I did not know who else to turn to");
    }

    @Test
    void namedAttributionsBeforeAndAfter() {
        String text = """
                Secretary of State John Kerry spoke on Monday.

                "This is a challenge to the stability of the region," Kerry told Yahoo News.

                Asked about Iran, Kerry said: "Let's see what Iran might be willing to do."

                “We can think about it if we see action,” Rouhani said on Saturday.

                Obama was giving "a very thorough vetting of every option," including drone strikes, said Kerry on Monday.
                """;
        assertThat(pairs(text)).containsExactly(
                "John Kerry | This is a challenge to the stability of the region",
                "John Kerry | Let's see what Iran might be willing to do.",
                "Rouhani | We can think about it if we see action",
                "John Kerry | a very thorough vetting of every option");
    }

    @Test
    void pronounsAndRolesResolveToTheNearestFittingPerson() {
        String text = """
                Iranian foreign ministry spokeswoman Marzieh Afkham spoke after Ali Shamkhani, the security chief.

                "We will examine the issue of helping Iraq in case of an official request," he added.

                She added, "Any action that complicates the situation is not in the interests of the region."

                "Iraq has the capacity to fight terrorism on its own," the spokeswoman said.

                A senior official told reporters that "nothing has been decided yet on the matter."

                Finance Minister Oskar Lind met the bankers. "We will look at targeted help," according to the minister.

                The spokeswoman for the bank, Anna Berg, came later. "We will not comment on rumours," the spokeswoman said.
                """;
        assertThat(pairs(text)).containsExactly(
                "Ali Shamkhani | We will examine the issue of helping Iraq in case of an official request",
                "Marzieh Afkham | Any action that complicates the situation is not in the interests of the region.",
                "Marzieh Afkham | Iraq has the capacity to fight terrorism on its own",
                "null | nothing has been decided yet on the matter.",
                "Oskar Lind | We will look at targeted help",
                "Anna Berg | We will not comment on rumours");
    }

    @Test
    void everyQuotationMarkConvention() {
        String text = """
                « Nous ne céderons pas sur la sécurité », a dit le ministre, said Jean Dupont.
                Chancellor Olaf Scholz said: „Wir werden das gemeinsam schaffen, ganz sicher.“
                ``We need a deal by the end of the week,'' said Senator Amy Klobuchar.
                ‘It was a very difficult day for all of us,’ said Ms Jane Smith, the coach.
                ''This guy lost four years ago and he will lose again,'' said Senator Tom Harkin.
                """;
        assertThat(pairs(text)).containsExactly(
                "Jean Dupont | Nous ne céderons pas sur la sécurité",
                "Olaf Scholz | Wir werden das gemeinsam schaffen, ganz sicher.",
                "Amy Klobuchar | We need a deal by the end of the week",
                "Jane Smith | It was a very difficult day for all of us",
                "Tom Harkin | This guy lost four years ago and he will lose again");
    }

    @Test
    void placesEventsAndParticiplesAreNoSpeakersAndMoreVerbsOfSayingAre() {
        String text = "\"We will not give up on this district,\" Central Missouri said.\n"
                + "\"The votes are simply not there this year,\" Capitol Hill said.\n"
                + "\"Markets will take this in their stride soon,\" the Goldman Sachs Symposium said.\n"
                + "\"Rents here have doubled since the spring,\" Upper East Side said.\n"
                + "\"Come back to the table and finish the deal,\" implored Senator Amy Klobuchar.\n"
                + "\"Channing was never there that night at all,\" said Channing Tatum.";
        assertThat(pairs(text)).containsExactly(
                "null | We will not give up on this district",
                "null | The votes are simply not there this year",
                "null | Markets will take this in their stride soon",
                "null | Rents here have doubled since the spring",
                "Amy Klobuchar | Come back to the table and finish the deal",
                "Channing Tatum | Channing was never there that night at all");
    }

    @Test
    void aCliticSplitOffItsWordOpensNoQuote() {
        String text = "Hillary Clinton 's renewed interest in the state worried them , and they 're not alone .\n"
                + "''We will win this state and we will win it big,'' said campaign manager Robby Mook.";
        assertThat(pairs(text)).containsExactly("Robby Mook | We will win this state and we will win it big");
    }

    @Test
    void quotesOverParagraphsAndSplitQuotesAreOneQuote() {
        String text = """
                Iranian President Hassan Rouhani said: "All countries need to embark on joint effort.

                "At the moment, it's the government of Iraq that is fighting.

                "We have not seen the US do anything for now."

                "We can think about it," he said, "if we see America confront the groups."
                """;
        assertThat(pairs(text)).containsExactly(
                "Hassan Rouhani | All countries need to embark on joint effort. At the moment, it's the government of"
                        + " Iraq that is fighting. We have not seen the US do anything for now.",
                "Hassan Rouhani | We can think about it if we see America confront the groups.");
    }

    @Test
    void namesAreMergedAcrossTheirForms() {
        String text = """
                Mr. Kerry said "we are open to any constructive process here."
                Later, Secretary of State John Kerry added: "It is vital to the stability of the region."
                """;
        List<ExtractedQuote> quotes = QuoteExtractor.extract(text);
        assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("John Kerry", "John Kerry");
        assertThat(quotes.get(1).speakerForms()).containsExactlyInAnyOrder("Kerry", "John Kerry");
    }

    @Test
    void appositivesColonsRunOnQuotesPlacesAndParticiples() {
        String text = """
                Mohsen Hakim, whose father Abdul Aziz al-Hakim heads the council, told a news agency on Friday:

                “In the last week, America has requested a new round of talks.”

                “The delay had been technical, nothing more than that.”

                Iran warned on Sunday that ‘any foreign military intervention in Iraq' would complicate the crisis, after the US said it was sending a ship.

                Rouhani dismissed the reports, saying that the “engagement of forces had not been discussed.”
                """;
        assertThat(pairs(text)).containsExactly(
                "Mohsen Hakim | In the last week, America has requested a new round of talks.",
                "Mohsen Hakim | The delay had been technical, nothing more than that.",
                "Iran | any foreign military intervention in Iraq",
                "Rouhani | engagement of forces had not been discussed.");
    }

    @Test
    void termsTitlesApostrophesAndOddSpacesAreNotQuotes() {
        String text = "Shamkhani called the reports \"psychological warfare\" and \"completely unreal.\" "
                + "The fighters' claim, the Shi'ite militias' show and \"The Lord Of The Rings\" were mentioned.\n"
                + "US State Department spokeswoman Jen Psaki\u00a0 said the claim \"is horrifying and a true depiction\".";
        assertThat(pairs(text)).containsExactly("Jen Psaki | is horrifying and a true depiction");
        assertThat(QuoteExtractor.extract("")).isEmpty();
        assertThat(QuoteExtractor.extract("\"unclosed quote that runs to the end of the text with no speaker"))
                .extracting(ExtractedQuote::speaker).containsExactly((String) null);
    }

    @Test
    void aCapOnQuotesStopsTheWorkAtIt() {
        String page = "\"Word word word word,\" he said, ".repeat(2_000);
        List<QuoteExtractor.ExtractedQuote> all = QuoteExtractor.extract(page);
        assertThat(all).hasSize(2_000);
        assertThat(QuoteExtractor.extract(page, 500)).isEqualTo(all.subList(0, 500));
    }

    @Test
    void hostilePagesAreReadInLinearTime() {
        // each of these took minutes when attribution read a whole sentence, paragraph or cast per quote
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String unit : List.of("\"Word word word word,\" he said. ", "\"a b c d\" ", "“a ", "»", "“",
                    "Kerry Smith Jones ", "He said \"x y z w\" Mr. A. B. Cee said, ", "\u0000\"\u0007 ", "“a b c d,’’ notes Berg’s old friend, ",
                    "’’", "“a-b c-d e-f,” says the a-b c-d, ")) {
                String page = unit.repeat(400_000 / unit.length());
                assertThat(QuoteExtractor.extract(page)).hasSizeLessThan(page.length());
            }
            // one sentence of 60,000 words, then 3,000 quotes that each read back for a pronoun's person, a main clause,
            // a noun of speech; and 30,000 names none of whom speaks
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < 30_000; i++) {
                names.append("Ann").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append(" Lee and ");
            }
            // and, for the rules that read the narration before a quote (the sentence it opens with, the paragraph it
            // reports or is about), a long sentence or paragraph of narration before 3,000 quotes or quote paragraphs
            for (String head : List.of("word ".repeat(60_000), "When " + "word ".repeat(60_000), names.toString(),
                    "a statement " + "word ".repeat(60_000) + ". ", "Anna Lee met " + "word ".repeat(60_000) + ". ",
                    "Anna Lee said " + "word ".repeat(60_000) + ".\n\n")) {
                for (String unit : List.of("\"Word word word word,\" she said, ", "\"a b c d,\" saying that ", "\"a b c d\" ",
                        "word saying \"a b c d\" ", "word, saying \"a b c d\" ", "\"a b c d.\"\n\n", "\"a b c d,\" they said. ")) {
                    String page = head + unit.repeat(3_000);
                    assertThat(QuoteExtractor.extract(page)).hasSizeLessThan(page.length());
                }
            }
        });
    }
}
