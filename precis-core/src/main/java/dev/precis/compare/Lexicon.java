package dev.precis.compare;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists for English news text (all lower case). General lists, not tuned to any story. */
final class Lexicon {
  private Lexicon() {}

  static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Every word of {@code a} and of {@code b}. */
  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  static String lc(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Verbs of saying that attribute a quotation (any tense form listed). */
  static final Set<String> SPEECH_VERBS = set(
      "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding", "asked", "asks",
      "asking", "replied", "replies", "wrote", "writes", "writing", "tweeted", "tweets", "posted", "posts",
      "stated", "states", "explained", "explains", "insisted", "insists", "warned", "warns", "claimed", "claims",
      "argued", "argues", "noted", "notes", "declared", "declares", "announced", "announces", "acknowledged",
      "admitted", "admits", "conceded", "confirmed", "confirms", "continued", "continues", "recalled", "recalls",
      "remarked", "responded", "responds", "commented", "suggested", "suggests", "described", "describes", "called",
      "calls", "dubbed", "labelled", "labeled", "branded", "blasted", "slammed", "slamming", "fumed", "sobbed",
      "cried", "shouted", "screamed", "yelled", "whispered", "joked", "jokes", "quipped", "pleaded", "urged",
      "urges", "vowed", "vows", "vowing", "promised", "promises", "predicted", "predicts", "testified", "texted",
      "emailed", "boasted", "complained", "complains", "lamented", "stressed", "stresses", "emphasised",
      "emphasized", "observed", "recounted", "revealed", "reveals", "disclosed", "exclaimed", "answered",
      "countered", "retorted", "demanded", "demands", "begged", "sighed", "laughed", "muttered", "murmured",
      "snapped", "raged", "hit", "accused", "accuses", "criticised", "criticized", "mocked", "praised", "hailed",
      "welcomed", "dismissed", "rejected", "denied", "denies", "conceded", "reiterated", "assured", "reassured",
      "cautioned", "spoke", "speaking", "telling", "messaged");

  /** Words between a subject and its speech verb that do not end the subject ("Mr Coats also said"). */
  static final Set<String> PRE_VERB_FILLERS = set(
      "also", "later", "then", "had", "has", "have", "would", "will", "previously", "once", "earlier", "again",
      "repeatedly", "publicly", "reportedly", "simply", "quickly", "just", "only", "has since", "since", "went",
      "on", "to", "did", "does", "not", "never", "even", "subsequently", "initially", "first", "separately",
      "recently", "privately", "angrily", "calmly", "bluntly", "memorably", "famously", "today", "yesterday",
      "tearfully", "proudly", "simply", "is", "was", "were", "are", "being", "been", "herself", "himself");

  /** Titles before a name. */
  static final Set<String> TITLES = set(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
      "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
      "congressman", "congresswoman", "governor", "gov", "mayor", "councillor", "councilor", "judge", "justice",
      "chief", "officer", "superintendent", "supt", "inspector", "insp", "detective", "det", "sergeant", "sgt",
      "constable", "pc", "dc", "di", "dci", "commissioner", "commander", "captain", "capt", "lieutenant", "lt",
      "colonel", "col", "general", "gen", "major", "maj", "admiral", "adm", "ambassador", "chancellor", "king",
      "queen", "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sheikh",
      "chairman", "chairwoman", "chair", "director", "manager", "coach", "speaker", "leader", "mp", "mep",
      "deputy", "acting", "interim", "former", "press", "executive", "attorney", "solicitor", "surgeon",
      "auditor", "controller", "marshal", "sheriff", "coroner", "dean", "provost", "principal", "head", "editor",
      "founder", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "analyst", "economist",
      "first", "lady", "father", "sister", "brother", "group", "station", "watch", "assistant",
      "associate", "senior", "junior", "regional", "national", "general", "caretaker", "shadow", "opposition",
      "master", "harbourmaster", "headmaster", "warden", "steward", "ranger", "chairperson", "president-elect");

  /** Capitalized words that belong to a title phrase rather than a name ("White House Press Secretary"). */
  static final Set<String> TITLE_PHRASE_WORDS = set(
      "white", "house", "fire", "police", "state", "states", "national", "intelligence", "security", "foreign",
      "home", "defence", "defense", "health", "transport", "transportation", "justice", "finance", "interior",
      "trade", "energy", "environment", "education", "culture", "economy", "treasury", "commerce", "labor",
      "labour", "agriculture", "housing", "communities", "public", "works", "safety", "emergency", "services",
      "service", "federal", "district", "county", "city", "town", "us", "u.s", "uk", "eu", "un", "nato",
      "republican", "democrat", "democratic", "conservative", "liberal", "green", "independent", "party",
      "senate", "house", "congress", "parliament", "cabinet", "government", "board", "executive", "operating",
      "financial", "technology", "information", "general", "managing", "rescue", "mines", "mining", "union",
      "council", "borough", "metropolitan", "royal", "army", "navy", "air", "force", "marine", "coast", "guard",
      "border", "customs", "immigration", "prisons", "courts", "crown", "prosecution", "investigation", "bureau",
      "department", "ministry", "office", "agency", "authority", "commission", "committee", "inspectorate",
      "ambulance", "hospital", "trust", "nhs", "of", "and", "for", "the");

  /** Words that mark a capitalized phrase as an organisation or a place, not a person. */
  static final Set<String> ORG_WORDS = set(
      "company", "co", "corp", "corporation", "inc", "ltd", "limited", "plc", "llc", "group", "holdings", "foods",
      "food", "dairies", "dairy", "logistics", "mutual", "coal", "bank", "capital", "partners", "ratings",
      "research", "securities", "insurance", "insurers", "airlines", "airways", "motors", "energy", "power",
      "water", "works", "ferries", "transit", "transport", "rail", "railways", "union", "trust", "association",
      "society", "federation", "council", "ministry", "department", "office", "agency", "service", "services",
      "authority", "commission", "committee", "inspectorate", "board", "police", "government", "parliament",
      "senate", "congress", "assembly", "court", "party", "hospital", "university", "college", "school",
      "institute", "centre", "center", "foundation", "network", "news", "radio", "tv", "television", "times",
      "post", "herald", "gazette", "echo", "courier", "chronicle", "journal", "wire", "press", "review", "weekly",
      "daily", "online", "media", "fm", "club", "fc", "city", "united", "rovers", "athletic", "rangers",
      "wanderers", "albion", "town", "county", "street", "road", "lane", "avenue", "square", "quay", "bridge",
      "river", "estate", "park", "terminal", "station", "airport", "port", "harbour", "harbor", "hall", "market",
      "walk", "kitchen", "forum", "summit", "brook", "valley", "hill", "point", "bay", "island", "sea", "lake",
      "mountain", "forest", "east", "west", "north", "south", "kingdom", "states", "republic", "province",
      "region", "district", "church", "cathedral", "museum", "library", "stadium", "arena", "theatre", "theater",
      "hotel", "restaurant", "cafe", "shop", "store", "mall", "industries", "systems", "technologies", "labs",
      "pharmaceuticals", "media", "studios", "records", "ventures", "fund", "exchange", "index", "reserve",
      "nations", "organisation", "organization", "alliance", "coalition", "movement", "campaign", "bureau",
      "division", "unit", "squad", "brigade", "regiment", "corps", "fleet", "command", "centre", "clinic",
      "surgery", "practice", "chambers", "ratings", "advisers", "analytics", "consulting", "associates", "brothers",
      "sons", "house", "white", "kremlin", "pentagon", "downing", "whitehall", "treasury", "cabinet", "trading",
      "general", "infirmary", "leisure", "ferry", "line", "lines", "mail", "telegraph", "guardian", "independent",
      "observer", "standard", "express", "mirror", "star", "sun", "beacon", "spark", "roar", "clang", "blare",
      "ledger", "brief", "desk", "today", "insight", "monitor", "tribune", "bulletin", "dispatch", "record",
      "gate", "grove", "green", "gardens", "close", "crescent", "drive", "way", "place", "terrace", "row", "wharf",
      "pier", "dock", "docks", "canal", "farm", "mill", "mine", "colliery", "pit", "works", "plant", "depot",
      "cooperative", "co-operative", "utility", "utilities", "consortium", "partnership", "electric", "gas", "oil",
      "petroleum", "steel", "pharma", "cross", "st", "saint", "facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "google", "reuters", "bloomberg");

  /** Common nouns for a person that can stand before a name ("Passenger Greta Holm", "union boss Owen ..."). */
  static final Set<String> PERSON_NOUNS = set(
      "passenger", "neighbour", "neighbor", "resident", "pensioner", "grandmother", "grandfather", "grandmother",
      "grandma", "grandad", "granny", "mother", "father", "mum", "mom", "dad", "wife", "husband", "son", "daughter",
      "brother", "sister", "girlfriend", "boyfriend", "fiancee", "fiance", "partner", "friend", "colleague", "fan",
      "supporter", "witness", "driver", "nurse", "doctor", "teacher", "student", "pupil", "farmer", "worker",
      "shopkeeper", "owner", "landlord", "landlady", "manager", "boss", "chief", "head", "chair", "chairman",
      "chairwoman", "chairperson", "president", "director", "executive", "secretary", "minister", "spokesman",
      "spokeswoman", "spokesperson", "analyst", "economist", "expert", "consultant", "adviser", "advisor", "lawyer",
      "attorney", "solicitor", "barrister", "judge", "officer", "inspector", "superintendent", "detective",
      "sergeant", "constable", "commissioner", "councillor", "councilor", "mayor", "governor", "senator",
      "congressman", "congresswoman", "representative", "mp", "leader", "campaigner", "activist", "volunteer",
      "survivor", "victim", "rescuer", "firefighter", "paramedic", "pilot", "captain", "coach", "striker",
      "midfielder", "defender", "goalkeeper", "player", "caretaker", "journalist", "reporter", "editor", "author",
      "writer", "columnist", "professor", "researcher", "scientist", "engineer", "architect", "investigator",
      "adjuster", "insurer", "broker", "trader", "investor", "banker", "ceo", "founder", "ally", "rival", "critic",
      "opponent", "predecessor", "successor", "deputy", "assistant", "aide", "veteran", "teenager", "organiser",
      "organizer", "official", "mum-of-two", "mum-of-three", "dad-of-two", "dad-of-three", "mother-of-two",
      "father-of-two", "man", "woman", "boy", "girl", "child", "baby", "actor", "actress", "singer", "star",
      "cyclist", "motorist", "commuter", "shopper", "customer", "client", "patient", "guard", "watchman",
      "miner", "soldier", "sailor", "fisherman", "priest", "vicar", "rabbi", "imam", "chef", "waiter", "cleaner",
      "tenant", "homeowner", "landowner", "diver", "climber", "walker", "rider", "runner", "athlete", "swimmer",
      "surgeon", "medic", "carer", "midwife", "prosecutor", "defendant", "suspect", "grandson", "granddaughter",
      "uncle", "aunt", "cousin", "nephew", "niece", "stepfather", "stepmother", "manageress", "employee",
      "staffer", "member", "candidate", "voter", "citizen", "local", "villager", "islander", "dairyman",
      "herdsman", "stockman", "source", "insider", "rep", "representative", "agent", "pundit", "commentator",
      "presenter", "host", "broadcaster", "blogger", "influencer", "model", "designer", "artist", "musician",
      "headteacher", "headmaster", "headmistress", "principal", "lecturer", "academic", "historian",
      "specialist", "chemist", "pharmacist", "dentist", "vet", "mechanic", "electrician", "plumber", "builder",
      "labourer", "contractor", "developer", "entrepreneur", "businessman", "businesswoman", "tycoon",
      "billionaire", "millionaire", "heir", "heiress", "widow", "widower", "orphan", "mourner", "relative",
      "youngster", "toddler", "infant", "pensioners", "retiree", "grandparent", "parent", "stepson", "stepdaughter");

  /** Definite descriptions that refer to an organisation ("the company said"). */
  static final Set<String> ORG_NOUNS = set(
      "company", "firm", "group", "society", "club", "insurer", "lender", "bank", "council", "ministry",
      "government", "department", "agency", "service", "union", "trust", "board", "authority", "operator",
      "inspectorate", "commission", "committee", "party", "campaign", "team", "school", "university", "airline",
      "retailer", "charity", "watchdog", "regulator", "business", "organisation", "organization", "carrier",
      "broadcaster", "newspaper", "network", "supermarket", "chain", "manufacturer", "maker", "producer",
      "developer", "owner", "landlord", "club's", "office", "force", "hospital", "trust", "court", "firm's",
      "society's", "bureau", "administration", "embassy", "consulate", "kremlin", "palace", "fund", "exchange",
      "processor", "federation", "association", "institute", "foundation", "band", "studio", "brand",
      "cooperative", "co-operative", "utility", "consortium", "partnership", "council", "agency");

  /** Words for several unnamed people ("officials said", "their families said"). */
  static final Set<String> GROUP_NOUNS = set(
      "officials", "colleagues", "witnesses", "police", "doctors", "analysts", "residents", "families", "family",
      "neighbours", "neighbors", "friends", "relatives", "sources", "experts", "investigators", "officers",
      "firefighters", "rescuers", "critics", "campaigners", "protesters", "locals", "staff", "workers",
      "employees", "managers", "executives", "people", "observers", "economists", "traders", "investors",
      "authorities", "organisers", "organizers", "spokespeople", "supporters", "fans", "parents", "teachers",
      "students", "pupils", "passengers", "survivors", "scientists", "researchers", "engineers", "lawyers",
      "prosecutors", "ministers", "senators", "lawmakers", "mps", "councillors", "diplomats", "aides", "insiders",
      "commentators", "pundits", "bosses", "chiefs", "leaders", "unions", "farmers", "miners", "drivers",
      "shopkeepers", "traders", "customers", "users", "voters", "members", "players", "others", "some", "many",
      "most", "several", "both", "all", "nurses", "medics", "paramedics", "volunteers", "victims", "coastguard",
      "coastguards", "brokers", "agents", "insurers", "adjusters", "bankers", "regulators", "inspectors",
      "historians", "academics", "scholars", "mourners", "onlookers", "bystanders", "commuters", "motorists");

  /** Determiners and words that make a description indefinite, so nobody in particular. */
  static final Set<String> INDEFINITE = set(
      "a", "an", "one", "another", "some", "several", "two", "three", "four", "five", "many", "other", "others",
      "any", "certain", "various", "numerous", "few", "unnamed", "anonymous");

  static final Set<String> DEFINITE = set("the", "this", "that", "his", "her", "their", "its", "our", "my",
      "your");

  static final Set<String> PERSONAL_PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");

  /** Words that stop a noun phrase when scanning (prepositions, conjunctions, auxiliaries, relative words). */
  static final Set<String> NP_STOPS = set(
      "in", "at", "on", "with", "to", "for", "by", "from", "after", "before", "near", "outside", "inside", "into",
      "onto", "over", "under", "about", "against", "during", "since", "until", "while", "when", "where", "as",
      "and", "but", "or", "nor", "so", "yet", "because", "although", "though", "if", "that", "which", "who",
      "whom", "whose", "what", "is", "was", "were", "are", "be", "been", "being", "had", "has", "have", "did",
      "does", "do", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "not", "no",
      "then", "than", "also", "there", "here", "said", "says", "told", "asked", "added", "without", "through",
      "across", "between", "among", "along", "around", "behind", "beside", "beyond", "via", "per", "like",
      "unlike", "toward", "towards", "upon", "within", "despite", "except", "whether");

  /** Relative words that start a parenthetical clause after a subject. */
  static final Set<String> RELATIVES = set("who", "whose", "which", "where", "whom", "that");

  static final Set<String> MONTHS = set(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");

  static final Set<String> WEEKDAYS = set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Given names with gender: 'M', 'F', or '?' when common for both. */
  static final Map<String, Character> GIVEN_NAMES = new HashMap<>();

  private static void names(char gender, String list) {
    for (String n : list.split(" ")) {
      if (!n.isEmpty()) {
        GIVEN_NAMES.merge(n, gender, (a, b) -> a.equals(b) ? a : '?');
      }
    }
  }

  static {
    names('F', "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret "
        + "sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon "
        + "laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine "
        + "christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria "
        + "olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances "
        + "gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber "
        + "marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis "
        + "kayla lucy sophie chloe jade ella mia amelia isla ava poppy freya grace lily evie ruby holly molly "
        + "fiona alison gillian gail lorna moira morag ailsa eilidh kirsty shona catriona siobhan aoife niamh "
        + "sian sinead mairead bronwen ffion cerys carys nia eleri rhian seren angharad lowri imogen harriet "
        + "clara greta ilse anneli della rosa jana maren marit petra lotte ines ingrid astrid sigrid freja "
        + "annika birgit britta kerstin liv elin karin ulla agnes elsa frida hedda signe solveig tove vera "
        + "anja katja monika renate ursula sabine claudia silke heike anke anke nadia olga tatiana svetlana "
        + "irina natalia ludmila marina yulia elena ana carmen lucia pilar rocio paula beatriz francesca giulia "
        + "chiara alessandra valentina federica giovanna paola silvia sofia aisha fatima zainab amina priya "
        + "sunita anjali pooja deepa meera kavita neha asha leila yasmin samira noor mei ling yuki keiko aiko "
        + "hana sakura joanna kate katie jo jane joanne lorraine tracey tracy wendy sally sue susie penny "
        + "sheila pauline maureen brenda eileen irene iris ivy mabel edith ethel gladys hilda marjorie phyllis "
        + "nora norah eleanor eloise esme florence georgia hazel matilda maya naomi phoebe rosie scarlett "
        + "stella tilly violet willow zoe zara beth bethany chelsea courtney gemma kerry leanne lindsay louise "
        + "melanie natasha nikki rebekah tanya vicky yvonne anne annie caroline hayley jenna kirsten lyndsey "
        + "marion mandy nicola rhona sadie tina dawn carla sienna lara kara elise hanna marta agata zofia "
        + "katarzyna magdalena ewa aleksandra dominika justyna karolina malgorzata");
    names('M', "james robert john michael william david richard joseph thomas charles christopher daniel matthew "
        + "anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason "
        + "jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel "
        + "gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas "
        + "zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl "
        + "arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne "
        + "elijah randy roy vincent ralph eugene russell bobby mason philip louis harry oliver charlie alfie "
        + "freddie archie leo oscar theo finn jamie lewis liam callum connor ewan euan fraser hamish angus "
        + "alasdair alastair iain ian duncan murray craig graeme graham gordon malcolm neil stuart stewart colin "
        + "derek dougie rory ross kenny hugh gareth rhys dafydd owen hywel aled gethin iwan emyr geraint "
        + "huw ieuan llywelyn tomos cai dewi colm ciaran declan eoin padraig seamus niall cormac donal fergus "
        + "brendan kieran conor darragh oisin shane dermot aron jonas tomas tomasz marek oskar ade "
        + "sam kit bram aled viktor victor marco mario paolo luca giovanni giuseppe antonio francesco alessandro "
        + "matteo lorenzo andrea stefano roberto carlo massimo fabio pietro enzo franco gianni vladimir dmitri "
        + "sergei sergey ivan alexei nikolai mikhail boris yuri igor oleg pavel andrei hans karl klaus jurgen "
        + "wolfgang dieter helmut stefan florian lukas tobias jan jens lars nils sven erik anders henrik mats "
        + "magnus olaf johan bjorn per rolf kristian pieter dirk willem bram joost luuk jakub piotr krzysztof "
        + "pawel michal marcin tomek wojciech grzegorz pierre jean jacques michel philippe francois nicolas "
        + "laurent olivier thierry pascal didier rafael carlos miguel pedro javier manuel diego alejandro pablo "
        + "raj rahul amit sanjay vikram arjun ravi suresh anil ajay deepak kumar mohammed muhammad ahmed ali "
        + "omar hassan hussein ibrahim yusuf khalid tariq imran kwame kofi chidi emeka tunde femi olu hiroshi "
        + "takashi kenji wei jun ming chen dan mike newt bill bob tom tony steve dave danny gaz gazza jim jimmy "
        + "ben benny rob robbie nick nicky andy pete phil tim ted teddy fred freddy ray reg ron ronnie len "
        + "stan sid alf bert ernie norman cyril reginald trevor nigel clive barry geoff geoffrey howard leonard "
        + "martin simon jeremy rupert giles toby hugo jasper seb sebastian felix max maximilian rufus otto "
        + "dominic jake joel luke mitchell shaun warren wesley darren dean lee gavin glen glenn jason neville "
        + "brad chad chuck hank rick ricky rod ross troy zach cole");
    names('?', "alex chris jo kit sam jordan taylor morgan casey jamie robin leslie lesley kim pat terry drew "
        + "ashley charlie frankie billie jesse riley sasha nikita andrea");
  }

  static char givenNameGender(String name) {
    Character g = GIVEN_NAMES.get(lc(name));
    return g == null ? 0 : g;
  }

  static boolean isGivenName(String name) {
    return GIVEN_NAMES.containsKey(lc(name));
  }

  /** Gender cue of a title or person noun: 'M', 'F' or 0. */
  static char genderCue(String word) {
    switch (lc(word)) {
      case "mr", "sir", "lord", "king", "prince", "father", "dad", "husband", "son", "brother", "boyfriend",
          "spokesman", "chairman", "congressman", "businessman", "grandfather", "grandad", "uncle", "nephew",
          "man", "boy", "fisherman", "widower", "stepfather", "headmaster", "grandson", "fiance", "dad-of-two",
          "dad-of-three", "father-of-two", "actor", "he", "him", "his":
        return 'M';
      case "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mother", "mum", "mom", "wife", "daughter",
          "sister", "girlfriend", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "grandmother",
          "grandma", "granny", "aunt", "niece", "woman", "girl", "widow", "stepmother", "headmistress",
          "granddaughter", "fiancee", "mum-of-two", "mum-of-three", "mother-of-two", "actress", "heiress",
          "manageress", "landlady", "midwife", "she", "her", "hers":
        return 'F';
      default:
        return 0;
    }
  }
}
