//! The vocabulary of the synthetic corpus: generic English newswire words and name parts,
//! written for this generator (no sentence of any real article).

/// Syllables surnames and first names are made of. The digraphs (kh, zh, ts, ya, yu) are the
/// ones transliteration styles spell differently, so most names get real variants.
pub const ONSETS: &[&str] = &[
    "k", "v", "m", "d", "b", "l", "r", "p", "t", "n", "s", "h", "g", "kh", "zh", "ts", "ch", "sh", "br", "gr", "kr", "st",
];
pub const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ya", "yu", "ie", "a", "o"];
pub const SURNAME_ENDINGS: &[&str] =
    &["tsky", "sky", "enko", "ov", "in", "ich", "yuk", "ian", "escu", "ovic", "ak", "ets", "man", "ski"];
pub const MALE_ENDINGS: &[&str] = &["iy", "or", "an", "il", "ei", "ur", "as", "en"];
pub const FEMALE_ENDINGS: &[&str] = &["ya", "ana", "ina", "ela", "iya", "ora", "a", "eta"];

/// How outlets spell a name: each style rewrites these letter groups, first match wins.
pub const STYLES: &[&[(&str, &str)]] = &[
    &[],
    &[("tsky", "tski"), ("sky", "ski"), ("kh", "h"), ("ya", "ia"), ("yu", "iu"), ("iy", "ii"), ("zh", "z")],
    &[("tsky", "tskyi"), ("ts", "c"), ("kh", "ch"), ("ya", "ja"), ("yu", "ju"), ("iy", "y"), ("ie", "e")],
    &[("sky", "skiy"), ("kh", "x"), ("ya", "a"), ("ie", "ye"), ("ov", "off")],
];

pub const PLACE_ENDINGS: &[&str] = &["ograd", "ava", "in", "ovo", "sk", "itsa", "ar", "en", "heim", "ay"];
pub const ORG_KINDS: &[&str] = &[
    "Rescue Service", "Ministry of Health", "Ministry of Transport", "Port Authority", "Workers' Union",
    "Red Crescent", "Energy Company", "Water Board", "Police Department", "Fire Brigade", "Audit Office",
    "Statistics Office", "Teachers' Association", "Farmers' Cooperative", "Rail Company", "Election Commission",
];
pub const ROLES: &[&str] = &[
    "head of", "spokeswoman for", "spokesman for", "deputy director of", "chief inspector of",
    "senior official at", "chairwoman of", "chairman of", "press officer of", "legal adviser to",
];
pub const PAPER_WORDS: &[&str] = &[
    "Post", "Courier", "Herald", "Wire", "Times", "Observer", "Ledger", "Tribune", "Gazette", "Chronicle", "Daily",
    "Monitor", "Dispatch", "Review",
];

/// Kinds of event a story is about, with what its figures count.
pub const EVENTS: &[Event] = &[
    Event { noun: "flood", verb: "flooded", counts: &["people dead", "homes flooded", "people evacuated", "million thalers in damage"] },
    Event { noun: "ferry sinking", verb: "sank", counts: &["people dead", "passengers rescued", "people missing", "crew members"] },
    Event { noun: "mine collapse", verb: "collapsed", counts: &["miners trapped", "workers rescued", "meters underground", "people dead"] },
    Event { noun: "strike", verb: "began", counts: &["workers on strike", "percent pay rise", "trains cancelled", "days of talks"] },
    Event { noun: "wildfire", verb: "spread", counts: &["hectares burned", "homes destroyed", "firefighters deployed", "people evacuated"] },
    Event { noun: "budget dispute", verb: "stalled", counts: &["million thalers in cuts", "percent deficit", "jobs at risk", "votes in favour"] },
    Event { noun: "train derailment", verb: "derailed", counts: &["people injured", "carriages derailed", "people dead", "kilometers of track closed"] },
    Event { noun: "power outage", verb: "spread", counts: &["households without power", "hours without electricity", "substations damaged", "million thalers in losses"] },
    Event { noun: "election recount", verb: "began", counts: &["ballots recounted", "votes separating the candidates", "polling stations", "percent turnout"] },
    Event { noun: "factory fire", verb: "broke out", counts: &["workers evacuated", "people injured", "fire engines", "tonnes of chemicals"] },
];

pub struct Event {
    pub noun: &'static str,
    pub verb: &'static str,
    pub counts: &'static [&'static str],
}

pub const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
pub const SAY_VERBS: &[&str] = &["said", "told reporters", "said in a statement", "told a news conference", "wrote on social media", "added"];
pub const SMALL_NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

// Word classes, commonest first (the generator draws early ones more often).
pub const NOUNS: &[&str] = &[
    "government", "people", "report", "families", "officials", "week", "city", "country", "investigation", "company",
    "authorities", "region", "ministry", "number", "water", "night", "area", "residents", "workers", "plan", "money",
    "evidence", "river", "bridge", "hospital", "school", "road", "police", "council", "court", "mayor", "decision",
    "question", "statement", "community", "inspection", "safety", "equipment", "emergency", "response", "shelter",
    "village", "harbour", "factory", "budget", "contract", "union", "prosecutors", "witnesses", "survivors",
    "volunteers", "engineers", "inspectors", "documents", "warning", "procedures", "records", "damage", "schedule",
    "weather", "storm", "coastline", "valley", "district", "province", "capital", "parliament", "opposition",
    "committee", "hearing", "inquiry", "regulator", "license", "insurance", "compensation", "repairs", "funding",
    "infrastructure", "pipeline", "warehouse", "terminal", "railway", "station", "checkpoint", "border", "convoy",
    "supplies", "medicine", "blankets", "generators", "helicopters", "divers", "firefighters", "paramedics",
    "doctors", "nurses", "teachers", "farmers", "fishermen", "drivers", "passengers", "tenants", "landlords",
    "auditors", "accountants", "journalists", "photographs", "footage", "timeline", "manifest", "ledger",
    "negotiations", "ceasefire", "protest", "petition", "ballot", "recount", "turnout", "coalition", "mandate",
];
pub const ADJECTIVES: &[&str] = &[
    "new", "local", "public", "national", "former", "regional", "official", "early", "serious", "independent",
    "full", "final", "previous", "difficult", "urgent", "temporary", "detailed", "senior", "heavy", "small",
    "large", "private", "central", "northern", "southern", "eastern", "western", "coastal", "rural", "municipal",
    "preliminary", "conflicting", "disputed", "unconfirmed", "credible", "thorough", "reluctant", "cautious",
    "overcrowded", "outdated", "damaged", "flooded", "exhausted", "grieving", "anxious", "unprecedented",
];
pub const VERBS: &[&str] = &[
    "review", "check", "rebuild", "support", "protect", "restore", "investigate", "publish", "explain", "replace",
    "repair", "inspect", "close", "reopen", "fund", "question", "release", "confirm", "deny", "demand", "expect",
    "monitor", "evacuate", "compensate", "negotiate", "postpone", "suspend", "reinforce", "document", "verify",
];
pub const PAST_VERBS: &[&str] = &[
    "warned", "promised", "rejected", "confirmed", "denied", "criticised", "welcomed", "ordered", "announced",
    "questioned", "reported", "estimated", "acknowledged", "disputed", "demanded", "approved", "postponed",
    "suspended", "inspected", "documented", "underestimated", "overlooked", "ignored", "recorded",
];
pub const ADVERBS: &[&str] = &[
    "quickly", "again", "already", "still", "publicly", "formally", "repeatedly", "carefully", "immediately",
    "privately", "officially", "reportedly", "largely", "partly", "sharply", "slowly",
];
pub const TIMES: &[&str] = &[
    "this week", "by the end of the month", "before the winter", "as soon as possible", "within days", "next year",
    "on Monday", "over the weekend", "in the coming weeks", "since the spring", "for years", "last autumn",
];
