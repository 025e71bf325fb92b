package io.wirecopy.dedupe.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The English words attribution reads: verbs of saying, the words between a subject and its verb,
 * titles and roles that introduce a person (and the gender some of them tell), words that make a
 * capitalised run an organisation or a place rather than a person, and the common words that are
 * capitalised only because a sentence starts with them.
 */
final class AttributionLexicon {

    private AttributionLexicon() {
    }

    /** Verbs that introduce speech, in the forms news text uses them. */
    static final Set<String> SPEECH_VERBS = words(
            "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "mentioned", "mentions",
            "stated", "states",
            "declared", "declares", "explained", "explains", "insisted", "insists", "argued", "argues", "warned",
            "warns", "stressed", "stresses", "asked", "asks", "replied", "replies", "responded", "responds",
            "continued", "continues", "wrote", "writes", "announced", "announces", "claimed", "claims",
            "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests", "urged", "urges",
            "recalled", "recalls", "concluded", "concludes", "emphasized", "emphasised", "emphasizes",
            "emphasises", "remarked", "remarks", "observed", "observes", "commented", "comments", "confirmed",
            "confirms", "predicted", "predicts", "cautioned", "cautions", "complained", "complains", "conceded",
            "concedes", "quipped", "quips", "vowed", "vows", "pledged", "pledges", "promised", "promises",
            "underlined", "underlines", "tweeted", "tweets", "posted", "posts", "denied", "denies", "affirmed",
            "affirms", "maintained", "maintains", "reiterated", "reiterates", "described", "describes", "called",
            "calls", "told", "shouted", "whispered", "testified", "testifies", "countered", "counters",
            "contended", "contends", "agreed", "agrees", "boasted", "boasts", "threatened", "threatens",
            "assured", "assures", "indicated", "indicates", "revealed", "reveals", "demanded", "demands",
            "saying", "adding", "telling", "noting", "stating", "declaring", "explaining", "insisting",
            "arguing", "warning", "stressing", "asking", "replying", "responding", "continuing", "writing",
            "announcing", "claiming", "acknowledging", "admitting", "suggesting", "urging", "recalling",
            "concluding", "emphasizing", "emphasising", "remarking", "observing", "commenting", "confirming",
            "predicting", "cautioning", "complaining", "conceding", "vowing", "pledging", "promising",
            "underlining", "tweeting", "posting", "denying", "affirming", "maintaining", "reiterating",
            "describing", "calling", "quoted", "quoting", "declaring", "dismissing", "dismissed", "repeated",
            "repeating", "wrote", "added", "cried", "shouted", "answered", "answering", "interjected", "mused",
            "sighed", "laughed", "joked", "joking", "objected", "protested", "pleaded", "begged", "explains",
            "spoke", "implored", "implores", "imploring", "exclaimed", "exclaims", "retorted", "retorts", "recounted",
            "recounts", "elaborated", "elaborates", "alleged", "alleges", "lamented", "laments", "scoffed", "scoffs",
            "mocked", "mocks", "railed", "rails", "fumed", "fumes", "thundered", "proclaimed", "proclaims", "advised",
            "advises", "reminded", "reminds", "informed", "informs", "wondered", "wonders", "estimated", "estimates",
            "reasoned", "reasons", "opined", "speculated", "speculates", "noted", "griped", "gripes", "pressed",
            "presses", "added", "beseeched", "appealed", "appeals", "charged", "reflected", "reflects", "found", "finds",
            "reads", "read", "echoed", "echoes", "echoing", "hinted", "hints", "marvelled", "marveled", "marvels",
            "gushed", "gushes", "raved", "raves", "sniffed", "snapped", "snaps", "barked", "grumbled", "grumbles",
            "confided", "confides", "divulged", "disclosed", "discloses", "surmised", "ventured", "chimed", "chimes",
            "relayed", "relays", "texted", "emailed", "chanted", "chanting", "yelled", "yelling", "screamed",
            "screaming", "shouting",
            // the forms a plural subject takes: "Experts warn that", "Critics argue"
            // (not those that are also nouns a source may be: "note", "claim", "tweet", "reply", "recall")
            "warn", "argue", "insist", "explain", "suggest", "agree", "admit", "predict", "contend", "maintain",
            "urge", "write", "complain", "acknowledge", "concede", "allege", "testify", "respond", "emphasize",
            "emphasise", "shout", "chant", "yell", "scream");

    /**
     * Roles whose holder a text usually leaves unnamed ("the spokeswoman said", "the official added"): one of these
     * after "the" is not taken for the person the text is about.
     */
    static final Set<String> ANONYMOUS_ROLES = words(
            "spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "adviser", "advisor", "aide",
            "analyst", "expert", "witness", "resident", "officer", "soldier", "militant", "student", "woman", "man",
            "survivor", "victim", "nurse", "driver", "worker", "commuter", "shopkeeper", "steward", "source",
            "representative", "executive", "lawyer", "attorney", "doctor", "researcher", "scientist", "teacher",
            "mother", "father", "farmer", "investor", "forecaster", "pilot", "engineer", "journalist", "player");

    /** Words that may stand between a subject and its verb ("Obama has consistently said"). */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = words(
            "has", "had", "have", "was", "were", "is", "are", "be", "been", "being", "also", "then", "later",
            "earlier", "again", "repeatedly", "consistently", "reportedly", "previously", "recently", "already",
            "once", "further", "even", "just", "never", "not", "would", "will", "could", "might", "may", "can",
            "should", "must", "did", "does", "do", "simply", "only", "often", "publicly", "privately", "flatly",
            "firmly", "bluntly", "angrily", "quietly", "openly", "clearly", "famously", "separately",
            "subsequently", "finally", "initially", "originally", "still", "now", "today", "yesterday", "tonight",
            "as", "being", "widely", "frequently", "last", "week", "month", "year", "on", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "himself", "herself", "themselves", "itself");

    /** Titles written before a name; dropped from the name, kept as roles. */
    static final Set<String> TITLES = words(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir",
            "dame", "lord", "lady", "president", "vice", "prime", "minister", "secretary", "senator", "sen",
            "sen.", "rep", "rep.", "representative", "congressman", "congresswoman", "governor", "gov", "gov.",
            "mayor", "general", "gen", "gen.", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "captain",
            "capt", "capt.", "admiral", "adm", "adm.", "major", "maj", "maj.", "sergeant", "sgt", "sgt.",
            "chancellor", "premier", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "pope",
            "cardinal", "bishop", "archbishop", "rabbi", "imam", "rev", "rev.", "reverend", "judge", "justice",
            "ambassador", "envoy", "chairman", "chairwoman", "chair", "chief", "director", "commander",
            "spokesman", "spokeswoman", "spokesperson", "foreign", "defence", "defense", "interior", "finance",
            "deputy", "former", "acting", "first", "state", "speaker", "leader", "attorney", "mullah", "emir",
            "crown", "supreme", "grand", "senior", "top", "economy", "trade", "health", "energy", "oil",
            "justice", "education", "security", "national", "executive", "officer", "ceo", "coach", "manager",
            "editor", "head", "republican", "democratic", "democrat", "conservative", "labour", "liberal",
            "socialist", "green", "independent", "supervisor", "tanaiste", "taoiseach", "commissioner", "detective",
            "inspector", "superintendent", "sheriff", "councilman", "councilwoman", "councillor", "councilor",
            "alderman", "assemblyman", "assemblywoman", "trustee", "dean", "provost", "constable", "officer",
            "sergeant-at-arms");

    /** Roles by which a text refers back to a person it named ("the spokeswoman said"). */
    static final Set<String> ROLES = words(
            "president", "minister", "secretary", "senator", "congressman", "congresswoman", "governor", "mayor",
            "general", "colonel", "captain", "admiral", "chancellor", "premier", "king", "queen", "prince",
            "princess", "ambassador", "envoy", "chairman", "chairwoman", "chair", "chief", "director",
            "commander", "spokesman", "spokeswoman", "spokesperson", "leader", "attorney", "lawyer", "judge",
            "official", "diplomat", "adviser", "advisor", "aide", "analyst", "expert", "professor", "economist",
            "researcher", "executive", "officer", "ceo", "founder", "manager", "coach", "player", "witness",
            "resident", "activist", "doctor", "prosecutor", "negotiator", "cleric", "ayatollah", "sheikh", "pope",
            "bishop", "rabbi", "imam", "mullah", "emir", "lawmaker", "legislator", "politician", "candidate",
            "premier", "head", "editor", "author", "scientist", "militant", "commissioner", "representative",
            "governor", "senior", "deputy", "speaker", "strategist", "investor", "owner", "farmer", "teacher",
            "front-runner", "frontrunner", "nominee", "hopeful", "contender", "challenger", "incumbent", "billionaire",
            "businessman", "businesswoman", "mogul", "tycoon",
            "student", "mother", "father", "woman", "man", "survivor", "victim", "nurse", "driver", "worker",
            "commuter", "shopkeeper", "forecaster", "steward", "engineer", "pilot", "soldier", "journalist",
            "reporter", "pensioner", "passenger", "villager", "fisherman", "miner", "herder", "docker", "chef",
            "actor", "actress", "singer", "artist", "writer", "designer", "protester", "campaigner", "volunteer",
            "employee", "trader", "banker", "broker", "farmer", "mp", "councillor", "councilor", "senator",
            "businessman", "businesswoman", "entrepreneur", "historian", "sociologist", "psychologist",
            "physician", "surgeon", "scientist", "climatologist", "meteorologist", "seismologist", "veteran",
            "organiser", "organizer", "coordinator", "chairperson", "president", "treasurer", "inspector",
            "detective", "sheriff", "constable", "firefighter", "paramedic", "midwife", "priest", "pastor",
            "monk", "nun", "landlord", "tenant", "parent", "grandmother", "grandfather", "neighbour", "neighbor",
            "eyewitness", "resident", "citizen", "voter", "fan", "supporter", "opponent", "critic");

    static final Set<String> FEMALE = words(
            "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "spokeswoman",
            "chairwoman", "congresswoman", "businesswoman", "actress", "mother", "wife", "daughter", "sister",
            "woman", "she", "her", "herself", "grandmother", "madam", "madame", "mme");

    /**
     * Given names that are nearly always a woman's or a man's (common in English-language news, and some from
     * elsewhere): a name's gender when the text gives no title, role or pronoun for it.
     */
    /** What a source may be called when it is not named: people, bodies, documents ("one person", "the court", "the email"). */
    static final Set<String> SOURCE_NOUNS = words(
            "person", "people", "someone", "somebody", "man", "woman", "source", "insider", "court", "judge", "jury",
            "statement", "report", "release", "email", "letter", "memo", "filing", "ruling", "complaint", "lawsuit",
            "document", "study", "survey", "paper", "post", "tweet", "message", "note", "notice", "company", "firm",
            "ministry", "department", "agency", "office", "police", "government", "administration", "campaign",
            "committee", "council", "board", "union", "group", "organisation", "organization", "team", "club",
            "party", "embassy", "authority", "authorities", "regulator", "commission", "institute", "university",
            "hospital", "school", "airline", "bank", "army", "military", "spokesperson", "representative",
            "dispatcher", "operator", "caller", "member", "participant", "attendee", "speaker", "commentator",
            "observer", "legislation", "bill", "law", "order", "decision", "verdict", "website", "blog", "newspaper",
            "magazine", "broadcaster", "network", "station", "account", "video", "recording", "transcript", "story",
            "researcher", "scientist", "prosecution", "defence", "defense", "plaintiff", "defendant", "prisoner",
            "author", "vice-chancellor", "manufacturer", "retailer", "seller", "buyer", "customer", "user", "ad",
            "advert", "advertisement", "commercial", "narrator", "announcer", "poll", "analysis", "indictment",
            "affidavit", "motion", "petition", "editorial", "speech", "sign", "banner", "caption", "headline",
            // the people around someone a story is about: "his wife said", "the couple said", "a neighbour told"
            "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "parent", "parents", "family",
            "couple", "friend", "neighbour", "neighbor", "partner", "widow", "widower", "relative", "cousin", "aunt",
            "uncle", "grandmother", "grandfather", "dad", "mom", "mum", "grandson", "granddaughter", "girlfriend",
            "boyfriend", "fiancee", "fiancée", "colleague",
            "coworker", "classmate", "witness", "victim", "resident", "survivor", "teacher", "coach",
            // the people of a campaign or a cause: "one Republican operative said", "said one donor"
            "operative", "consultant", "pollster", "donor", "delegate", "surrogate", "staffer", "lobbyist", "backer",
            "loyalist", "confidant", "ally", "adversary", "organizer", "organiser", "official",
            // what a text quotes that is written, not said: "the poem reads", "the civil claim states"
            "poem", "lyrics", "book", "novel", "essay", "column", "placard", "slogan", "plaque", "inscription",
            "manifesto", "guidelines", "policy", "regulation", "contract", "claim", "submission", "proposal", "plan",
            "budget", "forecast", "audit", "investigation", "inquiry", "findings", "research", "data", "figures",
            "results", "census", "warrant", "charges", "records", "minutes", "bulletin", "newsletter", "brochure",
            "pamphlet", "emails", "diary", "footage", "clip", "broadcast", "podcast", "interview", "documentary", "film");

    static final Set<String> FEMALE_NAMES = words(
            "vivian", "lillian", "jillian", "gillian", "marian", "miriam", "therese", "dominique", "frederique",
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
            "nancy", "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna",
            "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia",
            "kathleen", "amy", "shirley", "angela", "helen", "anna", "anne", "ann", "brenda", "pamela", "nicole",
            "samantha", "katherine", "catherine", "christine", "emma", "debra", "rachel", "carolyn", "janet", "maria",
            "heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren",
            "judith", "olivia", "martha", "cheryl", "megan", "meghan", "andrea", "hannah", "jacqueline", "ann",
            "jean", "alice", "kathryn", "gloria", "teresa", "sara", "janice", "doris", "julia", "marie", "madison",
            "grace", "judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle", "abigail", "brittany",
            "rose", "diana", "natalie", "sophia", "alexis", "lori", "kayla", "jane", "hillary", "nancy", "oprah",
            "kate", "kamala", "elena", "sonia", "ruth", "nikki", "liz", "sue", "natalia",
            "anne", 
            "christine", "greta", "ingrid", "birgit", "ursula", "angela",
            "marine", "ségolène", "theresa", "nicola", "priti", "yvette", "harriet", "jacinda", "sanna", "mette",
            "giorgia", "marta", "agnieszka", "svetlana", "olga", "tatiana", "irina", "yulia", "fatima", "aisha",
            "layla", "leila", "mariam", "miriam", "noa", "tamar", "yael", "priya", "sunita", "indira", "mei", "ling",
            "yuki", "akiko", "hana", "sasha", "valentina", "camila", "lucia", "sofia", "isabel", "carmen", "ana",
            "claudia", "gabriela", "paula", "silvia", "monica", "francesca", "giulia", "chiara", "sabine", "petra",
            "karin", "kari", "hanna", "eva", "ewa", "katarzyna", "malgorzata", "lena", "nina", "vera", "alison",
            "gillian", "fiona", "siobhan", "caroline", "charlotte", "lucy", "sophie", "amelia", "ella", "chloe",
            "zoe", "holly", "jenny", "penny", "molly", "becky", "beth", "carrie", "tina", "wendy", "tracy", "stacey",
            "stacy", "megda", "kenza", "lorena", "darian", "carole", "jeanine", "chrystia", "jody", "shannon", "cindy",
            "tara", "nadia", "sheila", "christy", "courtney", "erin", "kristen", "kristin", "lindsay",
            "lindsey", "melanie", "natasha", "tanya", "vanessa", "veronica", "whitney", "yvonne", "jasmine", "kristy");

    static final Set<String> MALE_NAMES = words(
            "dominic", "sebastian", "julian", "damian", "cedric", "frederic", "maximilian", "fabian", "kristian", "ian",
            "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
            "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
            "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
            "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
            "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
            "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl",
            "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan",
            "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
            "russell", "bobby", "mason", "philip", "louis", "harry", "barack", "bernie", "joe", "mike", "jim", "bill",
            "tom", "tim", "bob", "steve", "dave", "dan", "jeff", "chris", "matt", "tony", "ben", "sam", "nick", "greg",
            "pete", "hank", "jay", "ted", "vladimir", "sergei", "sergey", "dmitry", "alexei", "boris", "ivan", "igor",
            "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "ali", "hassan", "hussein", "omar", "khalid",
            "mahmoud", "ibrahim", "yusuf", "abdullah", "benjamin", "yair", "naftali", "moshe", "yitzhak", "emmanuel",
            "emmanuel", "nicolas", "francois", "françois", "jacques", "pierre", "jean-paul", "jean-pierre", "olaf",
            "friedrich", "wolfgang", "klaus", "jürgen", "hans", "karl", "heinrich", "matteo", "giuseppe",
            "mario", "luigi", "silvio", "pedro", "carlos", "luis", "jorge", "javier", "alejandro", "miguel", "rafael",
            "fernando", "ricardo", "andrés", "xi", "li", "wei", "narendra", "rahul", "imran", "nawaz", "recep",
            "tayyip", "jair", "lula", "andres", "justin", "rishi", "keir", "boris", "gordon", "tony", "nigel", "jeremy",
            "steve", 
            "leo", "tony", "adrian", "stephen",
            "alex", "simon", "brad", "evan", "jonathan", 
            "jim", "jeremy", "kevin", 
            "tim", "hank", "paul", "richard", "william", "joseph");

    static final Set<String> MALE = words(
            "mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "businessman",
            "actor", "father", "husband", "son", "brother", "man", "he", "him", "his", "himself", "grandfather",
            "sheikh", "ayatollah", "pope", "rabbi", "imam", "mullah", "emir", "cardinal", "bishop");

    static final Set<String> PRONOUNS = words("he", "she", "they", "it", "we", "i");

    /** Words that make a capitalised run an organisation. */
    static final Set<String> ORGANISATION_WORDS = words(
            "ministry", "council", "house", "department", "agency", "news", "party", "union", "nations",
            "government", "army", "forces", "force", "court", "office", "committee", "assembly", "parliament",
            "congress", "senate", "university", "college", "company", "bank", "group", "corp", "corp.", "inc",
            "inc.", "ltd", "times", "post", "journal", "press", "reuters", "associated", "guardian", "telegraph",
            "herald", "tribune", "bbc", "cnn", "afp", "ap", "ministry's", "embassy", "commission", "organization",
            "organisation", "institute", "chamber", "foundation", "association", "federation", "league", "club", "fund",
            "board", "authority", "service", "services", "police", "guard", "guards", "navy", "command",
            "corps", "network", "channel", "tv", "television", "radio", "agency's", "state", "states", "republic",
            "kingdom", "emirates", "islamic", "levant", "isis", "isil", "un", "eu", "nato", "opec", "who",
            "white", "pentagon", "kremlin", "downing", "reserve", "exchange", "council's", "daily", "weekly",
            "magazine", "review", "gazette", "observer", "monitor", "media", "studio", "studios", "airlines",
            "motors", "holdings", "partners", "capital", "securities", "international", "global", "world",
            "centre", "center", "hospital", "school", "church", "mosque", "museum", "coalition", "alliance",
            "front", "movement", "brigade", "brigades", "battalion", "militia", "taliban", "hamas", "hezbollah", "images",
            "photos");

    /** Places a capitalised run may be, which a pronoun never refers back to. */
    static final Set<String> PLACES = words(
            "iran", "iraq", "syria", "israel", "gaza", "lebanon", "jordan", "egypt", "turkey", "russia", "china",
            "india", "pakistan", "afghanistan", "ukraine", "france", "germany", "britain", "england", "scotland",
            "wales", "ireland", "italy", "spain", "portugal", "greece", "poland", "japan", "korea", "taiwan",
            "america", "canada", "mexico", "brazil", "argentina", "chile", "peru", "colombia", "venezuela",
            "cuba", "australia", "nigeria", "kenya", "ethiopia", "sudan", "libya", "tunisia", "algeria",
            "morocco", "yemen", "oman", "qatar", "bahrain", "kuwait", "saudi", "arabia", "europe", "asia",
            "africa", "washington", "baghdad", "tehran", "london", "paris", "berlin", "moscow", "beijing",
            "tokyo", "kabul", "damascus", "cairo", "jerusalem", "kyiv", "kiev", "brussels", "geneva", "vienna",
            "rome", "madrid", "ankara", "istanbul", "delhi", "islamabad", "riyadh", "doha", "dubai", "beirut",
            "mosul", "basra", "tikrit", "falluja", "fallujah", "york", "los", "angeles", "chicago", "texas",
            "california", "florida", "middle", "east", "west", "north", "south", "gulf", "sea", "river",
            "province", "region", "city", "street", "valley", "island", "islands", "mount", "lake", "bay",
            "kurdistan", "crimea", "donbas", "sahel", "balkans", "caucasus", "levant", "sunni", "shiite", "shia",
            "iraqi", "iranian", "american", "british", "french", "german", "russian", "chinese", "israeli",
            "palestinian", "syrian", "turkish", "egyptian", "indian", "pakistani", "afghan", "japanese",
            "korean", "ukrainian", "european", "canadian", "mexican", "brazilian", "italian", "spanish",
            "australian", "nigerian", "kenyan", "lebanese", "jordanian", "qatari", "emirati", "yemeni",
            "libyan", "sudanese", "kurdish", "arab", "western", "eastern", "us", "u.s.", "uk", "u.k.", "u.n.",
            "usa", "u.s.a.", "columbia", "alberta", "ontario", "quebec", "manitoba", "saskatchewan", "nova", "scotia",
            "brunswick", "newfoundland", "labrador", "yukon", "nunavut", "b.c.", "toronto", "montreal", "vancouver",
            "ottawa", "calgary", "edmonton", "winnipeg", "halifax");

    /** The last word of a place's name ("Upper East Side", "Fifth Avenue"): a run ending in one is no person. */
    static final Set<String> PLACE_ENDINGS = words(
            "side", "street", "avenue", "square", "county", "heights", "borough", "boulevard", "plaza", "airport",
            "station", "stadium", "arena", "district", "strip", "valley", "peninsula", "island", "islands", "river",
            "province", "region", "coast", "gulf", "bay", "mountains", "desert", "canal", "corridor");

    /** Places named by words that are also surnames, whole ("Capitol Hill"): such a run is no person. */
    static final Set<String> PLACE_NAMES = Set.of("capitol hill", "wall street", "downing street", "silicon valley",
            "main street", "fleet street", "foggy bottom", "upper east side", "upper west side", "lower east side");

    /** The last word of an event's name ("Goldman Sachs Symposium"): a run ending in one is no person. */
    static final Set<String> EVENT_ENDINGS = words(
            "symposium", "summit", "conference", "forum", "festival", "games", "cup", "championship",
            "championships", "awards", "convention", "rally", "debate", "expo", "olympics", "marathon", "gala",
            "caucus", "caucuses", "act", "bill", "amendment", "treaty", "accord", "agreement", "report", "index");

    /** First names and surnames that end in -ing, which open a run as a name, not as a participle. */
    static final Set<String> NAMES_IN_ING = words("channing", "sterling", "stirling", "manning", "fleming", "browning",
            "harding", "golding", "spalding", "darling", "cushing", "deming", "kipling", "redding", "waring", "hemming",
            "dowling", "bowling", "rowling", "keating", "wing", "king", "ming", "ling", "jing", "ying", "xing", "qing");

    /** The American states and the words that make a region of one ("Central Missouri"), never a person. */
    static final Set<String> STATES_AND_REGIONS = words(
            "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "delaware", "georgia", "hawaii",
            "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
            "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
            "hampshire", "jersey", "mexico", "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode", "tennessee", "utah", "vermont", "virginia", "wisconsin", "wyoming", "central", "northern",
            "southern", "upper", "lower", "greater", "new", "midwest", "appalachia", "manhattan", "brooklyn",
            "queens", "bronx");

    /**
     * Common words: capitalised only because a sentence or a headline starts with them, so never part of a
     * name. (Verbs of saying and the words before a verb are left to their own sets.)
     */
    static final Set<String> COMMON = words(
            "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "without", "after",
            "before", "during", "since", "until", "and", "but", "or", "nor", "so", "yet", "if", "when", "while",
            "as", "because", "although", "though", "that", "this", "these", "those", "there", "here", "it",
            "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "asked",
            "meanwhile", "however", "earlier", "later", "also", "still", "now", "then", "today", "yesterday",
            "on", "last", "next", "according", "speaking", "asked", "despite", "amid", "under", "over", "about",
            "against", "between", "among", "into", "through", "what", "which", "who", "whom", "whose", "where",
            "why", "how", "all", "some", "many", "most", "more", "no", "not", "one", "two", "three", "both",
            "each", "every", "any", "such", "other", "another", "only", "even", "just", "once", "again",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "is", "was", "are", "were", "be", "will", "would", "can", "could", "should", "may",
            "might", "must", "has", "have", "had", "do", "does", "did", "let", "let's", "yes", "well",
            "instead", "indeed", "perhaps", "maybe", "overall", "separately", "elsewhere", "finally", "first",
            "second", "third", "new", "reporting", "writing", "editing", "additional", "photo", "video",
            "read", "more", "related", "advertisement", "updated", "published", "like", "unlike", "whether",
            "ms", "mr", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "besides", "beyond", "toward",
            "towards", "within", "throughout", "upon", "via", "including", "regarding", "concerning", "following",
            "alongside", "amongst", "whereas", "whenever", "wherever", "otherwise", "nevertheless", "nonetheless",
            "moreover", "furthermore", "thus", "hence", "therefore", "unless", "except", "beside", "behind", "above",
            "below", "near", "outside", "inside", "across", "around", "along", "past");

    /** Particles inside a name ("Abdul Aziz al-Hakim", "Ursula von der Leyen"). */
    static final Set<String> PARTICLES = words("al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "di",
            "da", "do", "dos", "das", "du", "van", "von", "der", "den", "la", "le", "ter", "ten", "y", "st.");

    /** Name suffixes, not surnames. */
    static final Set<String> SUFFIXES = words("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Determiners that open a description of a source the text does not name ("a spokesman", "one person", "the court"). */
    static final Set<String> DETERMINERS = words("a", "an", "the", "one", "another", "some", "several", "two", "three",
            "many", "someone", "somebody", "its", "his", "her", "their");

    /** The singular of a lower-case noun, as far as sources go: "officials" official, "authorities" authority. */
    static String singular(String w) {
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2); // "witnesses", "coaches"
        }
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** A word that can head a source's description, singular or plural: a role or a person, body or document. */
    static boolean sourceNoun(String w) {
        String one = singular(w);
        return ROLES.contains(w) || ROLES.contains(one) || SOURCE_NOUNS.contains(w) || SOURCE_NOUNS.contains(one);
    }

    /** A plural of sources that speaks as a group: "police", "authorities", "officials", "critics", "residents". */
    static boolean pluralSource(String w) {
        return w.equals("police") || w.equals("authorities")
                || w.length() > 3 && w.endsWith("s") && !singular(w).equals(w) && sourceNoun(singular(w));
    }

    /** A common noun for sources, or its plural ("police", "officials", "critics", "residents", "statement"). */
    static boolean commonSource(String w) {
        return pluralSource(w) || SOURCE_NOUNS.contains(w);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static boolean speechVerb(String word) {
        return SPEECH_VERBS.contains(lower(word));
    }

    /** A verb of saying in its -ing form: its subject is the clause's ("..., saying that"). */
    static boolean participle(String word) {
        String w = lower(word);
        return w.endsWith("ing") && SPEECH_VERBS.contains(w);
    }
}
