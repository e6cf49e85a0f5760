package dev.precis.compare;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A modest list of well-known place names (countries, capitals, US states, Canadian provinces, Australian states,
 * UK nations and large cities, continents and seas) and the word lists place detection uses. Written for Precis;
 * not exhaustive: unknown places are found by the cues of {@link Places}.
 */
final class Gazetteer {
  private Gazetteer() {}

  /** Lower-case names, several words joined by one space. */
  static final Set<String> PLACES = new HashSet<>();

  private static void add(String list) {
    for (String name : list.split(",")) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      if (!n.isEmpty()) {
        PLACES.add(n);
      }
    }
  }

  static {
    // Countries and territories.
    add("Afghanistan, Albania, Algeria, Andorra, Angola, Antigua, Argentina, Armenia, Australia, Austria, "
        + "Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, "
        + "Bosnia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia, "
        + "Cameroon, Canada, Cape Verde, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, "
        + "Cyprus, Czech Republic, Czechia, Denmark, Djibouti, Dominica, Dominican Republic, Ecuador, Egypt, "
        + "El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, "
        + "Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, "
        + "Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, "
        + "Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, "
        + "Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, "
        + "Malta, Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, "
        + "Mozambique, Myanmar, Burma, Namibia, Nauru, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, "
        + "Nigeria, North Korea, North Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama, "
        + "Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Samoa, "
        + "San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, "
        + "Somalia, South Africa, South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, "
        + "Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad, Tobago, Tunisia, "
        + "Turkey, Turkiye, Turkmenistan, Tuvalu, Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom, UK, "
        + "U.K, Britain, Great Britain, United States, United States of America, America, US, U.S, USA, Uruguay, "
        + "Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Greenland, Puerto Rico, "
        + "Hong Kong, Macau, Gaza, Gaza Strip, West Bank, Crimea, Donbas, Kashmir, Tibet, Catalonia, "
        + "Basque Country, Sicily, Sardinia, Corsica, Bavaria, Siberia, Patagonia, Balkans, Scandinavia, "
        + "Caribbean, Middle East, Gulf, Sahara, Sahel, Horn of Africa");
    // Continents, oceans, seas.
    add("Africa, Antarctica, Asia, Europe, North America, South America, Latin America, Central America, "
        + "Oceania, Eurasia, Arctic, Antarctic, Atlantic, Pacific, Indian Ocean, Mediterranean, Baltic, "
        + "North Sea, Black Sea, Red Sea, Caspian Sea, South China Sea, English Channel, Irish Sea, Adriatic, "
        + "Aegean, Persian Gulf, Gulf of Mexico, Amazon, Nile, Danube, Rhine, Thames, Seine, Mississippi, "
        + "Yangtze, Ganges, Alps, Andes, Himalayas, Pyrenees, Rockies");
    // Capitals and large cities.
    add("Hague, Kabul, Tirana, Algiers, Luanda, Buenos Aires, Yerevan, Canberra, Vienna, Baku, Nassau, Manama, Dhaka, "
        + "Minsk, Brussels, Sofia, Ottawa, Santiago, Beijing, Bogota, Havana, Nicosia, Prague, Copenhagen, Cairo, "
        + "Tallinn, Addis Ababa, Helsinki, Paris, Tbilisi, Berlin, Accra, Athens, Budapest, Reykjavik, New Delhi, "
        + "Delhi, Jakarta, Tehran, Baghdad, Dublin, Jerusalem, Tel Aviv, Rome, Kingston, Tokyo, Amman, Astana, "
        + "Nairobi, Kuwait City, Bishkek, Riga, Beirut, Tripoli, Vilnius, Kuala Lumpur, Valletta, Mexico City, "
        + "Chisinau, Ulaanbaatar, Podgorica, Rabat, Maputo, Kathmandu, Amsterdam, The Hague, Wellington, Abuja, "
        + "Lagos, Pyongyang, Skopje, Oslo, Muscat, Islamabad, Karachi, Lahore, Panama City, Asuncion, Lima, "
        + "Manila, Warsaw, Lisbon, Doha, Bucharest, Moscow, Kigali, Riyadh, Dakar, Belgrade, Freetown, Bratislava, "
        + "Ljubljana, Mogadishu, Pretoria, Johannesburg, Cape Town, Seoul, Madrid, Barcelona, Colombo, Khartoum, "
        + "Stockholm, Bern, Geneva, Zurich, Damascus, Taipei, Dushanbe, Dodoma, Dar es Salaam, Bangkok, Tunis, "
        + "Ankara, Istanbul, Ashgabat, Kampala, Kyiv, Kiev, Abu Dhabi, Dubai, London, Washington, "
        + "Montevideo, Tashkent, Caracas, Hanoi, Ho Chi Minh City, Sanaa, Lusaka, Harare, Shanghai, Mumbai, "
        + "Kolkata, Chennai, Bangalore, Bengaluru, Hyderabad, Sydney, Melbourne, Brisbane, Perth, Adelaide, "
        + "Auckland, Toronto, Montreal, Vancouver, Calgary, Sao Paulo, Rio de Janeiro, Osaka, Kyoto, Hamburg, "
        + "Munich, Frankfurt, Cologne, Milan, Naples, Venice, Florence, Turin, Marseille, Lyon, Nice, Bordeaux, "
        + "Rotterdam, Antwerp, Porto, Seville, Valencia, Krakow, Gdansk, St Petersburg, Saint Petersburg, Odesa, "
        + "Odessa, Kharkiv, Lviv, Gothenburg, Bergen, Marrakech, Casablanca, Alexandria, Jeddah, Mecca, Medina, "
        + "New York, New York City, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, "
        + "Dallas, San Francisco, Seattle, Boston, Miami, Atlanta, Detroit, Denver, Las Vegas, New Orleans, "
        + "Baltimore, Pittsburgh, Cleveland, Minneapolis, St Louis, Portland, Nashville, Austin, Brooklyn, "
        + "Manhattan, Queens, Bronx, Hollywood, Silicon Valley, Wall Street");
    // US states, Canadian provinces, Australian states.
    add("Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, "
        + "Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, "
        + "Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, "
        + "North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, "
        + "South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington State, West Virginia, Wisconsin, "
        + "Wyoming, Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Nova Scotia, Ontario, "
        + "Quebec, Saskatchewan, Yukon, New South Wales, Queensland, Victoria, Tasmania, Western Australia, "
        + "South Australia, Northern Territory");
    // UK and Ireland.
    add("England, Scotland, Wales, Northern Ireland, Ulster, Cornwall, Devon, Kent, Essex, Yorkshire, "
        + "Lancashire, Merseyside, Greater Manchester, West Midlands, Midlands, East Anglia, Highlands, "
        + "Manchester, Birmingham, Liverpool, Leeds, Sheffield, Bristol, Newcastle, Glasgow, Edinburgh, Cardiff, "
        + "Swansea, Belfast, Aberdeen, Dundee, Inverness, Nottingham, Leicester, Coventry, Southampton, "
        + "Portsmouth, Plymouth, Brighton, Oxford, Cambridge, York, Hull, Bradford, Norwich, Exeter, Bath, "
        + "Cork, Galway, Limerick, Derry, Westminster, Whitehall, Downing Street");
  }

  /** Languages, peoples, holidays and other capitalised words that follow "in"/"at" without being places. */
  static final Set<String> NOT_PLACES = Lexicon.set(
      "english", "french", "german", "spanish", "italian", "chinese", "mandarin", "cantonese", "arabic",
      "russian", "japanese", "portuguese", "dutch", "welsh", "gaelic", "irish", "latin", "greek", "hindi", "urdu",
      "polish", "turkish", "korean", "swedish", "norwegian", "danish", "finnish", "hebrew", "persian", "farsi",
      "christ", "god", "heaven", "hell", "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah",
      "thanksgiving", "halloween", "advent", "lent", "passover", "new year", "parliament", "congress", "court",
      "government", "office", "power", "charge", "general", "particular", "total", "part", "fact", "person",
      "public", "private", "time", "court", "question", "response", "practice", "theory", "addition", "brief",
      "short", "all", "first", "last", "least", "once", "twitter", "facebook", "instagram", "youtube", "tiktok",
      "linkedin", "google", "reuters", "bloomberg", "sunday", "covid", "covid-19", "coronavirus", "i", "we",
      "you", "he", "she", "they", "it");

  /** Last words that make a name a place ("Corran Road", "River Menne Bridge", "St. Aldric's Hospital"). */
  static final Set<String> HEADS = Lexicon.set(
      "street", "road", "rd", "lane", "avenue", "ave", "boulevard", "blvd", "square", "quay", "quays", "bridge",
      "river", "creek", "canal", "harbour", "harbor", "bay", "beach", "island", "islands", "isles", "lake", "loch",
      "mountain", "mountains", "hill", "hills", "valley", "park", "heath", "moor", "moors", "forest", "woods",
      "gardens", "crescent", "terrace", "wharf", "pier", "dock", "docks", "station", "airport", "terminal",
      "hospital", "infirmary", "cathedral", "church", "chapel", "abbey", "castle", "palace", "museum", "stadium",
      "arena", "hall", "tower", "embankment", "promenade", "esplanade", "parade", "highway", "motorway",
      "freeway", "expressway", "junction", "roundabout", "tunnel", "dam", "reservoir", "falls", "coast",
      "peninsula", "county", "province", "district", "region", "strait", "straits", "gulf", "sea", "ocean",
      "channel", "estuary", "delta", "desert", "glacier", "heights", "marina", "market", "plaza", "mall",
      "centre", "center", "city", "village", "prison", "farm", "estate", "close", "drive", "way", "row", "grove",
      "place", "green", "common", "shore", "cliffs", "springs", "fields", "gate", "marsh",
      "fen", "sound", "basin", "ridge", "pass", "crossing", "interchange", "viaduct", "causeway", "lighthouse",
      "barracks", "base", "camp", "port", "mews", "yard", "circus", "walk", "wood", "fairgrounds", "fairground",
      "showground", "showgrounds", "racecourse", "racetrack", "speedway", "velodrome", "quarter", "docklands");

  /** Heads that are also surnames or common words: not a place after a given name ("Ruth Green"). */
  static final Set<String> AMBIGUOUS_HEADS = Lexicon.set(
      "green", "hall", "way", "place", "walk", "wood", "woods", "close", "common", "row", "gate", "fields",
      "marsh", "hill", "hills", "park", "banks", "field", "ford", "drive", "sound", "pass", "base", "camp",
      "yard", "grove", "city", "springs", "moor");

  /** Heads of buildings whose name is often written without them ("St. Aldric's" for the hospital). */
  static final Set<String> BUILDING_HEADS = Lexicon.set(
      "hospital", "infirmary", "station", "airport", "stadium", "cathedral", "church", "abbey", "museum",
      "arena", "prison", "palace", "castle");

  /** First words that make a name of two or more words a place ("River Menne", "Mount Kenya"). */
  static final Set<String> PREFIXES = Lexicon.set(
      "river", "lake", "loch", "mount", "mt", "cape", "isle", "gulf", "bay", "strait", "fort", "glen", "sierra",
      "port", "point");

  /**
   * Direction words that make a place of a listed place or a place-word name only ("North Yorkshire", "Lower
   * Quay Street"): "Northern Light" is a ship.
   */
  static final Set<String> DIRECTIONS = Lexicon.set(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
      "greater", "central", "new", "old", "great", "little");

  /** Lower-case words after a name that say it is a company ("Velcom shares", "Velcom chief executive"). */
  static final Set<String> ORG_AFTER = Lexicon.set(
      "shares", "share", "stock", "stake", "chief", "executive", "executives", "spokesman", "spokeswoman",
      "spokesperson", "boss", "bosses", "ceo", "chairman", "chairwoman", "founder", "brand", "products",
      "shareholders", "investors", "subsidiary");

  /** Words before "to" that make it a place preposition ("flew to Erie", "diverted to Zeebrugge"). */
  static final Set<String> MOTION = Lexicon.set(
      "go", "goes", "went", "gone", "going", "travel", "travels", "travelled", "traveled", "travelling",
      "traveling", "fly", "flies", "flew", "flown", "flying", "move", "moved", "moves", "moving", "return",
      "returned", "returns", "returning", "send", "sent", "sending", "drive", "drove", "driven", "driving",
      "sail", "sailed", "sailing", "sails", "head", "headed", "heading", "bound", "evacuated", "taken", "took",
      "transferred", "diverted", "redirected", "rerouted", "relocated", "deported", "journey", "trip", "route",
      "routes", "flight", "flights", "train", "trains", "ferry", "ferries", "bus", "buses", "walk", "walked",
      "commute", "road", "link", "links", "visit", "came", "come", "comes", "coming", "back", "way", "away",
      "trips", "crossing", "crossings", "services", "service", "fled", "flee", "escaped", "rushed", "airlifted",
      "shipped", "exported", "imported", "delivered", "brought", "carried", "marched", "rode", "swam", "ran");

  /** Words that make a name an organisation whatever else it holds (unless it ends in a place word). */
  static final Set<String> ORG_ONLY = Lexicon.set(
      "company", "co", "corp", "corporation", "inc", "ltd", "limited", "plc", "llc", "group", "holdings", "foods",
      "food", "dairies", "dairy", "logistics", "mutual", "bank", "capital", "partners", "ratings", "research",
      "securities", "insurance", "insurers", "airlines", "airways", "motors", "energy", "power", "water", "works",
      "ferries", "transit", "transport", "rail", "railways", "union", "trust", "association", "society",
      "federation", "council", "ministry", "department", "office", "agency", "service", "services", "authority",
      "commission", "committee", "inspectorate", "board", "police", "government", "parliament", "senate",
      "congress", "assembly", "court", "party", "university", "college", "school", "academy", "institute",
      "foundation", "network", "news", "radio", "tv", "television", "times", "post", "herald", "gazette", "echo",
      "courier", "chronicle", "journal", "wire", "press", "review", "weekly", "daily", "online", "media", "fm",
      "club", "fc", "united", "rovers", "athletic", "rangers", "wanderers", "albion", "kitchen", "restaurant",
      "cafe", "bar", "pub", "hotel", "shop", "store", "stores", "industries", "systems", "technologies", "labs",
      "pharmaceuticals", "studios", "records", "ventures", "fund", "exchange", "index", "reserve", "nations",
      "organisation", "organization", "alliance", "coalition", "movement", "campaign", "bureau", "division",
      "unit", "squad", "brigade", "regiment", "corps", "fleet", "command", "clinic", "surgery", "practice",
      "chambers", "advisers", "analytics", "consulting", "associates", "brothers", "sons", "trading", "ledger",
      "blare", "mail", "telegraph", "guardian", "observer", "standard", "express", "mirror", "tribune",
      "bulletin", "dispatch", "record", "monitor", "insight", "brief", "desk", "cooperative", "co-operative",
      "utility", "utilities", "consortium", "partnership", "electric", "gas", "oil", "petroleum", "steel",
      "pharma", "business", "businesses", "reuters", "bloomberg", "facebook", "twitter", "instagram", "linkedin",
      "youtube", "tiktok", "google", "microsoft", "apple", "amazon", "inc.", "team", "band", "choir", "orchestra",
      "league", "cup", "championship", "games", "olympics", "festival", "awards", "prize", "act", "bill", "law",
      "treaty", "accord", "agreement", "plan", "report", "inquiry", "review", "programme", "program", "project",
      "fire", "rescue", "ambulance", "coastguard", "navy", "army", "force", "guard");

  /** Lower-case words before a name that say a place follows ("in Kestrelmouth", "across Saltmarket"). */
  static final Set<String> PREPOSITIONS = Lexicon.set(
      "in", "at", "from", "near", "across", "outside", "throughout", "around", "towards", "toward", "into",
      "via", "through", "beyond", "between", "inside");

  /** Lower-case nouns before "of" that say a place follows ("the port city of Kestrelmouth"). */
  static final Set<String> CONTAINERS_OF = Lexicon.set(
      "city", "town", "village", "port", "county", "state", "province", "region", "capital", "suburb", "suburbs",
      "district", "outskirts", "centre", "center", "heart", "north", "south", "east", "west", "northeast",
      "northwest", "southeast", "southwest", "streets", "island", "coast", "borough", "municipality", "people",
      "residents", "mayor", "citizens", "shores", "banks", "edge", "parts", "middle");

  /** Lower-case nouns after a name that say it is a place ("the Saltmarket district", "Kestrelmouth city"). */
  static final Set<String> AFTER = Lexicon.set(
      "district", "area", "neighbourhood", "neighborhood", "suburb", "suburbs", "region", "province", "county",
      "city", "town", "village", "harbour", "harbor", "waterfront", "embankment", "riverbank", "seafront",
      "coast", "coastline", "border", "residents", "resident", "councillors", "council", "police", "mayor",
      "estuary", "area's", "city's", "town's", "streets", "borough", "municipality", "countryside", "valley",
      "river", "basin", "hills", "plain", "peninsula");
}
