//! Vocabulary of roles: the nouns news copy uses interchangeably for one person, the modifiers
//! that make a role another, and the nouns that title abbreviations stand for ("Det. Insp." is
//! a detective inspector, "the detective" later), and the titles written before a name.

use crate::names::Gender;

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

/// The noun a title or its abbreviation stands for, lower case without its stop ("sen." and
/// "sen": senator; "det": detective), or the word itself.
pub(crate) fn title_noun(word: &str) -> &str {
    match word.trim_end_matches('.') {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "det" => "detective",
        "insp" => "inspector",
        "supt" => "superintendent",
        "sgt" => "sergeant",
        "con" => "constable",
        "cllr" | "coun" => "councillor",
        "prof" => "professor",
        "gen" => "general",
        "capt" => "captain",
        "col" => "colonel",
        "lt" => "lieutenant",
        "adm" => "admiral",
        "maj" => "major",
        "rev" => "reverend",
        "dr" => "doctor",
        w => w,
    }
}

/// Honorifics, ranks and offices written before a name in English news copy ("Ms.", "Gen.",
/// "Governor"), with the gender the word itself implies. Any beat: politics, military, church,
/// courts, sports ("Coach").
pub(crate) const TITLES: &[(&str, Option<Gender>)] = &[
    ("Mr.", Some(Gender::Male)),
    ("Mr", Some(Gender::Male)),
    ("Mrs.", Some(Gender::Female)),
    ("Mrs", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Madam", Some(Gender::Female)),
    ("Madame", Some(Gender::Female)),
    ("Mdm", Some(Gender::Female)),
    ("Mdm.", Some(Gender::Female)),
    ("Sir", Some(Gender::Male)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
    ("Dame", Some(Gender::Female)),
    ("King", Some(Gender::Male)),
    ("Queen", Some(Gender::Female)),
    ("Prince", Some(Gender::Male)),
    ("Princess", Some(Gender::Female)),
    ("Father", Some(Gender::Male)),
    ("Sister", Some(Gender::Female)),
    ("Dr.", None),
    ("Dr", None),
    ("Prof.", None),
    ("Professor", None),
    ("President", None),
    ("Vice", None),
    ("Prime", None),
    ("Minister", None),
    ("Chancellor", None),
    ("Pope", None),
    ("Gen.", None),
    ("General", None),
    ("Col.", None),
    ("Colonel", None),
    ("Capt.", None),
    ("Captain", None),
    ("Lt.", None),
    ("Sgt.", None),
    ("Adm.", None),
    ("Admiral", None),
    ("Maj.", None),
    ("Major", None),
    ("Sen.", None),
    ("Senator", None),
    ("Rep.", None),
    ("Gov.", None),
    ("Governor", None),
    ("Mayor", None),
    ("Judge", None),
    ("Justice", None),
    ("Justices", None),
    ("Ambassador", None),
    ("Envoy", None),
    ("Secretary", None),
    ("Chairman", None),
    ("Chairwoman", None),
    ("Director", None),
    ("Commissioner", None),
    ("Inspector", None),
    ("Sheikh", None),
    ("Rev.", None),
    ("Rev", None),
    ("Reverend", None),
    ("Counsel", None),
    ("Bishop", None),
    ("Cardinal", None),
    ("Deputy", None),
    ("Chief", None),
    ("Speaker", None),
    ("Leader", None),
    ("Coach", None),
    ("Officer", None),
    ("Detective", None),
    ("Councillor", None),
    ("Councilor", None),
    // British police and council ranks, written without stops ("Det Con Harriet Moss", "Cllr
    // Aled Pryce-Morgan"). Stopless "Sen", "Gen" or "Col" are left out: they are names too.
    ("Det", None),
    ("Det.", None),
    ("Con", None),
    ("Con.", None),
    ("Const.", None),
    ("Constable", None),
    ("Sergeant", None),
    ("Sgt", None),
    ("Insp", None),
    ("Insp.", None),
    ("Supt", None),
    ("Supt.", None),
    ("Superintendent", None),
    ("Cllr", None),
    ("Cllr.", None),
    ("PC", None),
    ("DC", None),
    ("DS", None),
    ("DI", None),
    ("DCI", None),
    ("Prof", None),
    ("Rabbi", None),
    ("Imam", None),
    ("Pastor", None),
    // Honorifics and offices of Commonwealth and Irish copy written before a name ("Rt. Hon.
    // Ada Obi", "Alhaji Musa Bello", "Cr Jo Tran", "Independent TD Pat Byrne").
    ("Rt", None),
    ("Rt.", None),
    ("Hon", None),
    ("Hon.", None),
    ("Alhaji", Some(Gender::Male)),
    ("Alhaja", Some(Gender::Female)),
    ("Shri", Some(Gender::Male)),
    ("Smt", Some(Gender::Female)),
    ("Smt.", Some(Gender::Female)),
    ("Cr", None),
    ("MP", None),
    ("MLA", None),
    ("TD", None),
    ("MEP", None),
    // Offices written by their initials before a name in South Asian copy ("PM Modi", "CM
    // Stalin", "FM Sitharaman", "HM Shah"), and a director general ("DG Ahmed").
    ("PM", None),
    ("CM", None),
    ("FM", None),
    ("HM", None),
    ("DG", None),
    // The Irish head of government and deputy, written as titles ("Taoiseach Ciara Byrne").
    ("Taoiseach", None),
    ("Tánaiste", None),
    // Honorifics of Malaysian, Bruneian, Indonesian and Singaporean copy ("Datuk Seri Anwar
    // Ibrahim", "Haji Musa", "Hj. Rozana"), East African ("Mzee") and Filipino ("Ka", comrade)
    // copy, and of the churches ("Fr Tadhg Ryan", "Msgr.", "Deacon").
    ("Datuk", None),
    ("Dato", None),
    ("Datin", Some(Gender::Female)),
    ("Seri", None),
    ("Haji", Some(Gender::Male)),
    ("Hajah", Some(Gender::Female)),
    ("Hajjah", Some(Gender::Female)),
    ("Hj", Some(Gender::Male)),
    ("Hj.", Some(Gender::Male)),
    ("Hjh", Some(Gender::Female)),
    ("Hjh.", Some(Gender::Female)),
    ("Mzee", Some(Gender::Male)),
    ("Ka", None),
    ("Fr", Some(Gender::Male)),
    ("Fr.", Some(Gender::Male)),
    ("Msgr", Some(Gender::Male)),
    ("Msgr.", Some(Gender::Male)),
    ("Deacon", None),
    ("Deaconess", Some(Gender::Female)),
    ("Sheikha", Some(Gender::Female)),
    ("Ustaz", Some(Gender::Male)),
    ("Ustazah", Some(Gender::Female)),
    // Military ranks without a stop that are no names ("Brig Kagiso Dube", "Lt Gen Ian Moyo"),
    // and ranks written out.
    ("Lt", None),
    ("Lieutenant", None),
    ("Brig", None),
    ("Maj", None),
    ("Brig.", None),
    ("Brigadier", None),
    ("Commander", None),
    ("Cmdr", None),
    ("Cmdr.", None),
    ("Cdr", None),
    ("Commodore", None),
    ("Marshal", None),
    ("Vice-Marshal", None),
    ("Corporal", None),
    ("Cpl", None),
    ("Cpl.", None),
    // South Asian police ranks by their initials ("DSP Ngozi Eze", "SSP Ali Khan"), and the
    // heads of a force.
    ("DSP", None),
    ("SSP", None),
    ("ASP", None),
    ("DCP", None),
    ("ACP", None),
    ("IGP", None),
    ("DIG", None),
    // Honorifics of South Asian ("Pandit", "Swami") and Nigerian ("Engr", "Barr") copy, a
    // council's "Coun." and the "Honourable" of parliaments.
    ("Pandit", Some(Gender::Male)),
    ("Swami", Some(Gender::Male)),
    ("Engr", None),
    ("Engr.", None),
    ("Barr", None),
    ("Barr.", None),
    ("Coun", None),
    ("Coun.", None),
    ("Honourable", None),
    ("Honorable", None),
    // Members of provincial and devolved legislatures ("MPL", "MPP", "MNA", "MHA", "MLC",
    // "MSP").
    ("MPL", None),
    ("MPP", None),
    ("MNA", None),
    ("MHA", None),
    ("MLC", None),
    ("MSP", None),
    ("Congressman", Some(Gender::Male)),
    ("Congresswoman", Some(Gender::Female)),
    ("Assemblyman", Some(Gender::Male)),
    ("Assemblywoman", Some(Gender::Female)),
];

/// Is `word` (without its stop) a title written with a stop ("Hon" of "Hon.")? The tokenizer
/// keeps such a stop on the word rather than ending a sentence there.
pub(crate) fn is_stopped_title(word: &[char]) -> bool {
    TITLES.iter().any(|(t, _)| {
        t.strip_suffix('.')
            .is_some_and(|bare| bare.chars().eq(word.iter().copied()))
    })
}

pub(crate) fn title_gender(word: &str) -> Option<Option<Gender>> {
    TITLES.iter().find(|(t, _)| *t == word).map(|&(_, g)| g)
}

/// Is `word`, in any case, a title ("secretary" in a lower-cased description)?
pub(crate) fn is_title_any_case(word: &str) -> bool {
    TITLES.iter().any(|(t, _)| t.eq_ignore_ascii_case(word))
}

/// Roles, offices, occupations and party labels that English news copy writes capitalised in
/// front of a name ("Sheriff Dolores Lane", "Businessman Ivo Stark", "Democrat Ana Ruiz",
/// "Chief Executive Lena Berg", "Defeated MP Tom Hale"), lower case. Before a name they are a
/// description, not part of it, and (like `roles::TITLES`) they make a lone surname a person. Words
/// that are also common surnames or given names (Baker, Mason, Marshal, Farmer, Green) are left out:
/// the rule in `mentions` that a word the article also uses in lower case is a role covers the
/// rest.
pub(crate) const ROLE_NOUNS: &[&str] = &[
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
    ROLE_NOUNS.contains(&word.to_lowercase().as_str())
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
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "ian", "eer", "man", "woman", "person", "ant", "ent", "ee", "ive",
    ];
    is_role_noun(lower)
        || is_title_any_case(lower)
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
