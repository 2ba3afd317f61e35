//! Vocabulary of organisation names: the words that make a capitalised run an organisation
//! (anywhere in it, or ending it), the words that begin many of them, the generic nouns a reader
//! uses for one ("the hospital", "the company"), and the heads of descriptions that name a body.
//!
//! All of it is general English newswire vocabulary; no word here belongs to one story.

use super::{word_set, WordSet};

/// Is `word` one of `ORG_WORDS` ("Ministry", "Council"), as written?
pub(crate) fn is_org_word(word: &str) -> bool {
    static SET: WordSet = WordSet::new(|| word_set(ORG_WORDS));
    SET.contains(word)
}

/// Is `word` one of `ORG_FINAL_WORDS` ("Telecom", "Health"), as written?
pub(crate) fn is_org_final_word(word: &str) -> bool {
    static SET: WordSet = WordSet::new(|| word_set(ORG_FINAL_WORDS));
    SET.contains(word)
}

/// Capitalised nouns for groups of people and for monarchs that institutions are named after in
/// the possessive ("Children’s Hospital", "Women’s Health Center", "King’s College"), as
/// written.
pub(crate) fn is_possessive_institution_word(word: &str) -> bool {
    matches!(
        word,
        "Children" | "Women" | "Men" | "People" | "Veterans" | "King" | "Queen"
    )
}

/// Adjectives and nouns that begin the names of many organisations ("National Council",
/// "Central Bank", "Royal Navy", "State Department"), so that one alone shortens none of them.
pub(crate) fn is_generic_name_word(word: &str) -> bool {
    matches!(
        word,
        "National"
            | "International"
            | "Federal"
            | "Central"
            | "State"
            | "Royal"
            | "General"
            | "Supreme"
            | "High"
            | "District"
            | "Regional"
            | "City"
            | "County"
            | "Public"
            | "United"
            | "Foreign"
            | "Home"
            | "Interior"
            | "Justice"
            | "Defence"
            | "Defense"
            | "Health"
            | "Finance"
            | "Education"
            | "World"
            | "Global"
            | "First"
            | "American"
            | "European"
            | "Security"
            | "Human"
            | "Civil"
            | "Free"
            | "Democratic"
            | "Socialist"
            | "Labour"
            | "Conservative"
            | "Liberal"
            | "Green"
    )
}

/// Generic words that end the names of companies and institutions ("Harwick Telecom", "Pellam
/// Mobile", "Osterby Cash Services", "Corvane Health", "Riverside Medical Center"). Unlike
/// `ORG_WORDS`, which mark an organisation anywhere in a run, these do so only as the last word
/// of a run of two or more: alone or first ("Mobile, Ala.", "Health Minister") they are not
/// organisations.
const ORG_FINAL_WORDS: &[&str] = &[
    // Firms of the markets and of advice ("RBC Capital Markets", "Capital Economics",
    // "Pantheon Macroeconomics", "Fenwright Research").
    "Markets",
    "Economics",
    "Macroeconomics",
    "Research",
    "Analytics",
    "Consulting",
    "Advisors",
    "Advisers",
    "Associates",
    "Management",
    "Telecom",
    "Telecoms",
    "Mobile",
    "Holdings",
    "Medical",
    "Health",
    "Healthcare",
    "Clinic",
    "Infirmary",
    "Energy",
    // Utilities ("Thames Water", "British Gas").
    "Water",
    "Gas",
    "Capital",
    "Partners",
    "Motors",
    "Airways",
    // "Nilgiri Air": an airline, as the last word of a name.
    "Air",
    "Aviation",
    "Aerospace",
    "Systems",
    "Technologies",
    "Technology",
    "Industries",
    "Logistics",
    "Freight",
    "Shipping",
    "Media",
    "Insurance",
    "Pharmaceuticals",
    "Pharma",
    "Therapeutics",
    "Biotech",
    "Labs",
    "Laboratories",
    "Solutions",
    "Communications",
    "Resources",
    "Ventures",
    "Investments",
    "Securities",
    "Financial",
    "Finance",
    "Entertainment",
    "Studios",
    "Networks",
    "Electric",
    "Foods",
    "Brands",
    // Firms of building and property ("Drumcar Developments", "Hartwell Homes", "Clarion
    // Housing").
    "Developments",
    "Developers",
    "Properties",
    "Estates",
    "Construction",
    "Builders",
    "Contractors",
    "Homes",
    "Housing",
    // Parts of a body named after a place or a group ("Northern Chapter", "Coast Division",
    // "Black Caucus").
    "Chapter",
    "Division",
    "Caucus",
    "Retail",
    "Stores",
    "Digital",
    "Software",
    "Robotics",
    "Mining",
    "Petroleum",
    "Utilities",
    "Rail",
    "Trains",
    "Transit",
    "REIT",
    "Ledger",
    "Chronicle",
    "Courier",
    "Observer",
    "Examiner",
    "Inquirer",
    "Dispatch",
    "Bulletin",
    "Records",
    // Schools and sports clubs named after their town ("Hillside Primary", "Ashby Rovers").
    "Primary",
    "Rovers",
    "Rangers",
    "Harriers",
    "Wanderers",
    "Athletic",
    "Albion",
    "Hotspur",
    "Co.",
    "Corp.",
    "Corp",
    "Inc",
    "Ltd",
    "LLC",
    "plc",
    "PLC",
    "AG",
    "SA",
    "GmbH",
];

/// The generic noun a reader uses for an organisation whose name holds `word` ("the hospital"
/// for "Riverside Medical Center", "the company" for "Harwick Telecom"), lower case: how a later
/// "the hospital" finds the organisation it shortens.
pub(crate) fn org_word_kind(word: &str) -> Option<&'static str> {
    Some(match word {
        "Hospital" | "Medical" | "Clinic" | "Infirmary" | "Healthcare" => "hospital",
        "University" => "university",
        "College" => "college",
        "School" => "school",
        "Bank" => "bank",
        "Airlines" | "Airways" | "Air" => "airline",
        "Council" => "council",
        "Police" => "police",
        "Museum" => "museum",
        // Public bodies, which news calls "the regulator", "the watchdog" or "the agency".
        "Office" | "Authority" | "Commission" | "Agency" | "Inspectorate" | "Regulator"
        | "Ombudsman" | "Bureau" | "Administration" => "agency",
        "Telecom" | "Telecoms" | "Mobile" | "Holdings" | "Group" | "Corporation" | "Company"
        | "Inc." | "Ltd." | "Co." | "Corp." | "Corp" | "Inc" | "Ltd" | "LLC" | "plc" | "PLC"
        | "AG" | "SA" | "GmbH" | "Motors" | "Systems" | "Technologies" | "Technology"
        | "Industries" | "Logistics" | "Freight" | "Shipping" | "Insurance" | "Pharmaceuticals"
        | "Pharma" | "Therapeutics" | "Biotech" | "Labs" | "Laboratories" | "Solutions"
        | "Communications" | "Resources" | "Energy" | "Water" | "Gas" | "Electric" | "Foods"
        | "Brands" | "Retail" | "Stores" | "Digital" | "Software" | "Robotics" | "Mining"
        | "Petroleum" | "Utilities" | "Media" | "Entertainment" | "Studios" | "Networks"
        | "Capital" | "Partners" | "Ventures" | "Investments" | "Securities" | "Financial"
        | "Aviation" | "Aerospace" | "Services" | "Steel" | "Textiles" | "Appliances"
        | "Airline" | "Rail" | "Trains" | "REIT" => "company",
        _ => return None,
    })
}

/// The nouns news copy uses for any public body, whatever its name ("the regulator said", "the
/// watchdog found").
pub(crate) fn is_agency_noun(head: &str) -> bool {
    matches!(
        head,
        "regulator" | "watchdog" | "agency" | "body" | "authority"
    )
}

/// The nouns news copy uses for any business, whatever its name ("the company said", "the firm
/// declined to comment").
pub(crate) fn is_company_noun(head: &str) -> bool {
    matches!(
        head,
        "company"
            | "firm"
            | "business"
            | "group"
            | "retailer"
            | "manufacturer"
            | "maker"
            | "carmaker"
            | "lender"
            | "insurer"
            | "chain"
            | "operator"
            | "startup"
            | "start-up"
            | "broker"
            | "brokerage"
            | "airline"
            | "carrier"
            | "bank"
            | "publisher"
            | "broadcaster"
            | "supermarket"
            | "grocer"
            | "utility"
            | "club"
    )
}

/// A noun for a kind of business that, written right before a name, makes it a firm's
/// ("carmaker Stellantis", "Airline Qantas"); not one a person may be ("broker Ana Ruiz").
pub(crate) fn names_a_firm(w: &str) -> bool {
    is_company_noun(w)
        && !matches!(
            w,
            "broker"
                | "operator"
                | "carrier"
                | "developer"
                | "publisher"
                | "miner"
                | "maker"
                | "broadcaster"
                | "club"
                | "business"
                | "company"
                | "group"
                | "bank"
        )
}

/// The same, written with a capital before the name: "Operator CalMac", "Carrier KLM" (in lower
/// case, "camera operator Ana Ruiz" is a person's job).
pub(crate) fn names_a_firm_in_capitals(w: &str) -> bool {
    names_a_firm(w) || matches!(w, "operator" | "carrier")
}

/// Head words of organisation names in English ("Harbor Authority", "Workers’ Union", "Daily
/// Herald"): a capitalised run holding one is an organisation, not a person.
const ORG_WORDS: &[&str] = &[
    // Peoples governed as one ("the Navajo Nation", "a First Nation", "the United Nations").
    "Nation",
    "Nations",
    // Institutions of culture and science, and bodies of members ("Kestrel Museum of Natural
    // History", "Employment Tribunal", "Writers' Guild").
    "Museum",
    "Gallery",
    "Library",
    "Zoo",
    "Laboratory",
    "Theatre",
    "Theater",
    "Orchestra",
    "Tribunal",
    "Institution",
    "Hospice",
    "Guild",
    "Syndicate",
    "Consortium",
    "Cooperative",
    "Co-operative",
    "Committee",
    "Exchange",
    "Agency",
    "Embassy",
    "Center",
    "Centre",
    "Council",
    "Ministry",
    "Department",
    "Office",
    "University",
    "Institute",
    "Party",
    "Union",
    "Association",
    "Group",
    "Bank",
    "Fund",
    "Corporation",
    "Company",
    "Inc.",
    "Ltd.",
    "News",
    "Press",
    "Times",
    "Post",
    "Journal",
    "Headquarters",
    "Court",
    "Parliament",
    "Assembly",
    "Service",
    "Services",
    "Foundation",
    "Organization",
    "Organisation",
    "Commission",
    "Authority",
    "Police",
    "Army",
    "Forces",
    "Navy",
    "Federation",
    "Network",
    "Treasury",
    "Government",
    "Administration",
    "Coalition",
    "League",
    "Movement",
    "Society",
    "Board",
    "Guard",
    "Club",
    "Tribune",
    "Herald",
    "Gazette",
    "Telegraph",
    "Broadcasting",
    "Radio",
    "Television",
    "Railways",
    "Airlines",
    "Trust",
    "Bureau",
    "Directorate",
    "Cabinet",
    "Senate",
    "Congress",
    "Secretariat",
    "Watch",
    "Observatory",
    "Monitor",
    "Academy",
    "School",
    "College",
    "Hospital",
    "Hospitals",
    "Universities",
    "Schools",
    "Programme",
    "Program",
    "Alliance",
    "Forum",
    "Collective",
    "Initiative",
    "Front",
    "Brigade",
    "Mission",
    "Chamber",
    "Unit",
];

/// Heads of descriptions that name a body rather than a person ("the agency", "the
/// ministry", "prosecutors"): institutions, companies, media and campaigns on any beat.
pub(crate) fn is_org_head(head: &str) -> bool {
    matches!(
        head,
        "committee"
            | "agency"
            | "company"
            | "government"
            | "ministry"
            | "union"
            | "service"
            | "authority"
            | "authorities"
            | "office"
            | "department"
            | "council"
            | "court"
            | "police"
            | "army"
            | "embassy"
            | "group"
            | "organisation"
            | "organization"
            | "party"
            | "campaign"
            | "administration"
            | "commission"
            | "operator"
            | "firm"
            | "bank"
            | "media"
            | "headquarters"
            | "prosecutors"
            | "kremlin"
            | "newspaper"
            | "broadcaster"
            | "centre"
            | "center"
            | "outlet"
            | "network"
            | "channel"
            | "watchdog"
            | "ngo"
            | "charity"
            | "coalition"
            | "alliance"
            | "institute"
            | "airline"
            | "carrier"
            | "retailer"
            | "club"
            | "broker"
            | "insurer"
            | "lender"
            | "manufacturer"
            | "maker"
            | "carmaker"
            | "supermarket"
            | "publisher"
            | "university"
            | "hospital"
            | "museum"
            // A place speaking is its government ("the city said", "the county had told
            // residents"): a body, never "she".
            | "city"
            | "county"
            | "town"
            | "state"
            | "province"
            | "municipality"
            | "borough"
            | "district"
            | "region"
            | "trust"
            | "fund"
            | "school"
            | "board"
            | "regulator"
            | "foundation"
            | "association"
            | "federation"
            | "league"
            | "society"
            | "startup"
            | "chain"
            | "studio"
            | "utility"
            | "exchange"
    )
}
