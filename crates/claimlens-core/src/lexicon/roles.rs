//! Vocabulary of roles: the nouns news copy uses interchangeably for one person, the modifiers
//! that make a role another, the roles written before a name, and epithets; the titles
//! themselves are in `titles.rs`.

pub(crate) use super::titles::{is_stopped_title, is_title_any_case, title_gender, title_noun};
use super::{word_set, WordSet};

/// Groups of role nouns that news copy uses interchangeably for one person ("the envoy" after
/// "the special emissary"); 0 for a word in no group.
pub(crate) fn role_synonym_group(w: &str) -> u8 {
    match w {
        "leader" | "president" | "strongman" | "ruler" | "autocrat" | "dictator" => 1,
        "envoy" | "emissary" | "mediator" | "negotiator" => 2,
        "spokeswoman" | "spokesman" | "spokesperson" => 3,
        "minister" | "secretary" => 4,
        "chief" | "head" | "director" | "chairman" | "chairwoman" | "chair" => 5,
        "judge" | "justice" | "magistrate" => 6,
        "captain" | "skipper" => 7,
        "manager" | "gaffer" | "boss" => 8,
        "ceo" | "executive" => 9,
        "representative" | "congressman" | "congresswoman" | "congressperson" => 10,
        "lawyer" | "attorney" | "solicitor" | "barrister" | "counsel" | "advocate" | "brief" => 11,
        "king" | "queen" | "monarch" | "sovereign" | "oba" | "emir" | "sultan" => 12,
        _ => 0,
    }
}

/// Does the general role noun `general` cover the role `specific` ("the lawmaker" for a
/// senator, "the officer" for a sergeant, "the doctor" for a surgeon)?
pub(crate) fn role_covers(general: &str, specific: &str) -> bool {
    match general {
        "lawmaker" | "legislator" | "politician" => matches!(
            specific,
            "senator"
                | "representative"
                | "congressman"
                | "congresswoman"
                | "mp"
                | "mla"
                | "msp"
                | "assemblyman"
                | "assemblywoman"
                | "legislator"
                | "lawmaker"
        ),
        "officer" => matches!(
            specific,
            "constable" | "sergeant" | "detective" | "inspector" | "superintendent" | "lieutenant"
        ),
        "doctor" | "medic" => matches!(
            specific,
            "surgeon" | "physician" | "consultant" | "paediatrician" | "pediatrician"
        ),
        _ => false,
    }
}

/// Modifiers that make a role another role ("deputy minister" is not "the minister").
pub(crate) const ROLE_CHANGING: &[&str] = &[
    "opposition",
    "former",
    "exiled",
    "deputy",
    "vice",
    "acting",
    "ex",
    "co",
    "assistant",
    // "the prime minister" is not "Transport Secretary Louise Haigh"; "first minister", "chief
    // minister" and "lord mayor" are offices of their own.
    "prime",
    "first",
    "lord",
];

/// Roles, offices, occupations and party labels that English news copy writes capitalised in
/// front of a name ("Sheriff Dolores Lane", "Businessman Ivo Stark", "Democrat Ana Ruiz",
/// "Chief Executive Lena Berg", "Defeated MP Tom Hale"), lower case. Before a name they are a
/// description, not part of it, and (like `titles::TITLES`) they make a lone surname a person. Words
/// that are also common surnames or given names (Baker, Mason, Marshal, Farmer, Green) are left out:
/// the rule in `mentions` that a word the article also uses in lower case is a role covers the
/// rest.
const ROLE_NOUNS: &[&str] = &[
    // Law and order, courts.
    "sheriff",
    "constable",
    "sergeant",
    "lieutenant",
    "superintendent",
    "trooper",
    "attorney",
    "prosecutor",
    "lawyer",
    "solicitor",
    "barrister",
    "defendant",
    "accused",
    "claimant",
    "plaintiff",
    "complainant",
    "suspect",
    "magistrate",
    "coroner",
    // Police ranks of South Asian copy: superintendent, deputy and assistant commissioners,
    // inspector general, station house officer.
    "sp",
    "dcp",
    "acp",
    "igp",
    "sho",
    // Politics and parties.
    "mp",
    "mps",
    "mep",
    "msp",
    // Members of a provincial or county executive (South Africa, Kenya).
    "mec",
    "cec",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "councilmember",
    "alderman",
    "assemblyman",
    "assemblywoman",
    "premier",
    "treasurer",
    "comptroller",
    "democrat",
    "republican",
    "conservative",
    "tory",
    "socialist",
    "candidate",
    "challenger",
    "incumbent",
    // Business.
    "executive",
    "ceo",
    "cfo",
    "coo",
    "chairperson",
    "chair",
    "founder",
    "co-founder",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "tycoon",
    "billionaire",
    "millionaire",
    "boss",
    "manager",
    "shopkeeper",
    "landlord",
    "analyst",
    "economist",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    // Sport.
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "skipper",
    "winger",
    "fullback",
    "substitute",
    "opener",
    "bowler",
    "batter",
    "batsman",
    "forward",
    "flanker",
    "flank",
    "prop",
    "lock",
    "hooker",
    "centre-back",
    "center-back",
    "full-back",
    "fly-half",
    "scrum-half",
    "pitcher",
    "shortstop",
    "all-rounder",
    "spinner",
    "playmaker",
    "sprinter",
    "jockey",
    "captain",
    "coach",
    "rookie",
    "youngster",
    "debutant",
    // Emergency services and parliaments.
    "lifeguard",
    "guard",
    "firefighter",
    "paramedic",
    "backbencher",
    "frontbencher",
    // Faith, medicine, learning and other callings.
    "pastor",
    "rabbi",
    "imam",
    "archbishop",
    "nurse",
    "surgeon",
    "midwife",
    "teacher",
    "headteacher",
    "headmaster",
    "headmistress",
    "principal",
    "researcher",
    "scientist",
    "activist",
    "campaigner",
    "pensioner",
    "veteran",
    "resident",
    // People in the news as readers, voters or passers-by (vox pops, live blogs).
    "reader",
    "viewer",
    "listener",
    "voter",
    "shopper",
    "commuter",
    "passenger",
    "student",
    "witness",
    "mum",
    "dad",
    "teenager",
    "schoolboy",
    "schoolgirl",
    "grandmother",
    "grandfather",
    "widow",
    "widower",
    "supporter",
    "owner",
    "homeowner",
    "tenant",
    "neighbour",
    "neighbor",
    "volunteer",
    "survivor",
    "protester",
    "organiser",
    "organizer",
    "farmer",
    "grower",
    "fisherman",
    "chef",
    "trader",
    "vendor",
    "retailer",
    "publican",
    "landlady",
    "pharmacist",
    "dentist",
    "vet",
    "lecturer",
    "pupil",
    "graduate",
    "apprentice",
    "author",
    "critic",
    "curator",
    "novelist",
    "writer",
    "poet",
    "artist",
    "singer",
    "actor",
    "actress",
    "comedian",
    "presenter",
    "broadcaster",
    "journalist",
    "photographer",
    "musician",
    "host",
    "co-host",
    "playwright",
    "screenwriter",
    "songwriter",
    "filmmaker",
    "pianist",
    "violinist",
    "cellist",
    "guitarist",
    "drummer",
    "dancer",
    "choreographer",
    "composer",
    "conductor",
    "painter",
    "producer",
    "sculptor",
    "columnist",
    "blogger",
    "influencer",
    "podcaster",
    "barista",
    "cabbie",
    "caddie",
    "undergraduate",
    "retiree",
    "rancher",
    "vintner",
    "veterinarian",
    "electrician",
    "plumber",
    "technician",
    "janitor",
    "caregiver",
    "nanny",
    "accountant",
    "banker",
    "investor",
    "consultant",
    "strategist",
    "rapper",
    "designer",
    "architect",
    "engineer",
    "mechanic",
    "pilot",
    "soldier",
    "carer",
    "cyclist",
    "player",
    "seed",
    "titleholder",
    "champion",
    "finalist",
    "gaffer",
    "mother",
    "wife",
    "husband",
    "daughter",
    "driver",
    "motorist",
    "rider",
    "pedestrian",
    "golfer",
    "boxer",
    "referee",
    "umpire",
    // Offices of Commonwealth administration and universities ("District Collector", "the
    // Registrar").
    "collector",
    "registrar",
    "commissioner",
];

/// Is `word` (any case) a role, office or occupation written before a name (`ROLE_NOUNS`)?
pub(crate) fn is_role_noun(word: &str) -> bool {
    static SET: WordSet = WordSet::new(|| word_set(ROLE_NOUNS));
    if word.chars().any(char::is_uppercase) {
        SET.contains(word.to_lowercase().as_str())
    } else {
        SET.contains(word)
    }
}

/// Nouns that describe a person by kin, age, nationality or standing rather than by an office
/// ("the brave gran", "the youngster", "the Englishman", "the veteran"): tabloid and sports copy
/// uses them for the person just named, whatever title that person has.
pub(crate) fn is_epithet_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    let nationality_man = [
        "englishman",
        "irishman",
        "scotsman",
        "welshman",
        "frenchman",
        "dutchman",
    ]
    .contains(&w.as_str())
        || [
            "englishwoman",
            "irishwoman",
            "scotswoman",
            "welshwoman",
            "frenchwoman",
            "dutchwoman",
        ]
        .contains(&w.as_str());
    nationality_man
        || matches!(
            w.as_str(),
            "gran"
                | "granny"
                | "grandma"
                | "grandmother"
                | "grandad"
                | "grandpa"
                | "grandfather"
                | "great-grandmother"
                | "great-grandfather"
                | "pensioner"
                | "mum"
                | "dad"
                | "youngster"
                | "teenager"
                | "teen"
                | "schoolboy"
                | "schoolgirl"
                | "veteran"
                | "star"
                | "ace"
                | "hero"
                | "heroine"
                | "superstar"
                | "legend"
                | "newcomer"
                | "debutant"
                // A player's position is no office a title could conflict with ("Captain Josh
                // Merriweather … the defender said").
                | "defender"
                | "striker"
                | "forward"
                | "midfielder"
                | "winger"
                | "goalkeeper"
                | "keeper"
                | "playmaker"
                | "full-back"
                | "centre-back"
                | "center-back"
                | "fly-half"
                | "scrum-half"
                | "quarterback"
                | "batter"
                | "batsman"
                | "bowler"
                | "spinner"
                | "seamer"
                | "quick"
        )
}

/// A noun naming a role, office or occupation: a listed one, a title in any case, or one
/// built as such nouns are ("climber", "investor", "economist", "librarian", "trainee").
pub(crate) fn is_role_head(lower: &str) -> bool {
    // "the corner-forward", "the centre-back": a compound's last part says the role.
    if let Some((_, last)) = lower.rsplit_once('-') {
        if !last.is_empty() && is_role_head(last) {
            return true;
        }
    }
    // Not "-ee" by its ending: given names end so ("Jayashree"); `is_agent_in_ee` lists them.
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "ian", "eer", "man", "woman", "person", "ant", "ent", "ive",
    ];
    is_role_noun(lower)
        || is_title_any_case(lower)
        || is_agent_in_ee(lower)
        || (lower.chars().count() >= 5
            && ENDINGS.iter().any(|e| lower.ends_with(e))
            && !crate::lexicon::names::is_function_word(lower)
            && !crate::lexicon::grammar::is_preposition(lower)
            && !ROLE_CHANGING.contains(&lower)
            && !matches!(
                lower,
                "former" | "latter" | "other" | "another" | "together"
            ))
}

/// Nouns in "-ee" for what someone underwent or was made ("Evacuee Lorna Bagtas"); given names
/// end so too ("Jayashree"), so only these.
pub(crate) fn is_agent_in_ee(lower: &str) -> bool {
    matches!(
        lower,
        "evacuee"
            | "employee"
            | "trainee"
            | "retiree"
            | "detainee"
            | "devotee"
            | "escapee"
            | "returnee"
            | "nominee"
            | "appointee"
            | "internee"
            | "licensee"
            | "franchisee"
            | "refugee"
            | "divorcee"
            | "amputee"
            | "trustee"
            | "attendee"
            | "interviewee"
            | "inductee"
            | "grantee"
    )
}
