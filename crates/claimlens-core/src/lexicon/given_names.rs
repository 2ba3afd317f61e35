//! Vocabulary of personal names: surname endings that mark a gender, men's given names in "-a",
//! given names that end like English participles. Common names of many languages, no table of
//! any story's people.

/// Endings of Slavic and Baltic surnames that mark a woman ("-ova", "-skaya", "-aite").
pub(crate) const FEMALE_SURNAME_ENDINGS: &[&str] = &[
    "aya", "aia", "ova", "eva", "ina", "ava", "ska", "cka", "ovna", "aite", "yte", "iene",
];

/// Endings of Slavic surnames that mark a man ("-ov", "-sky", "-evich"). Not "-in": English
/// surnames end so too ("Franklin", "Baldwin") and are women's as often as men's.
pub(crate) const MALE_SURNAME_ENDINGS: &[&str] =
    &["sky", "ski", "skiy", "skii", "ov", "ev", "ovich", "evich"];

/// Men's given names that end in "a", the usual ending of women's given names in many
/// languages: common Slavic, Italian, Hebrew, Arabic, Persian, Turkish, Igbo, Swahili, Indian
/// and Japanese names.
pub(crate) const MALE_GIVEN_NAMES_IN_A: &[&str] = &[
    "nikita",
    "luca",
    "joshua",
    "ilya",
    "ilia",
    "sasha",
    "misha",
    "kuzma",
    "foma",
    "jonah",
    "ezra",
    "andrea",
    "akira",
    "dima",
    "vanya",
    "kolya",
    "jura",
    "yura",
    "mustafa",
    "musa",
    "isa",
    "moussa",
    "elia",
    "garcia",
    "nicola",
    "mattia",
    "danila",
    "elisha",
    "hamza",
    "osama",
    "usama",
    "taha",
    "yahya",
    "zakaria",
    "zakariya",
    "reza",
    "mirza",
    "attila",
    "emeka",
    "chukwuemeka",
    "obinna",
    "ikenna",
    "juma",
    "baraka",
    "shaka",
    "krishna",
    "surya",
    "aditya",
    "chaitanya",
    "takuya",
    "kazuya",
    "tetsuya",
    "tatsuya",
    "shinya",
    "ryota",
    "kenta",
    "yuta",
    "shota",
];

/// Given names that end like an English participle or adverb ("-ed", "-ing", "-ly"), which a
/// sentence may open with before a surname ("Ahmed Khan, a shopkeeper, said"): common Arabic,
/// Chinese, English and German names.
pub(crate) fn is_given_name_like_verb(lower: &str) -> bool {
    matches!(
        lower,
        "ahmed"
            | "mohammed"
            | "muhammed"
            | "mohamed"
            | "mehmed"
            | "hamed"
            | "saeed"
            | "javed"
            | "fareed"
            | "rasheed"
            | "waleed"
            | "zayed"
            | "majed"
            | "raed"
            | "fred"
            | "ted"
            | "ned"
            | "jed"
            | "reed"
            | "alfred"
            | "manfred"
            | "mildred"
            | "winifred"
            | "erling"
            | "jinping"
            | "xiaoping"
            | "ling"
            | "ming"
            | "jing"
            | "ping"
            | "qing"
            | "sterling"
            | "irving"
            | "kelly"
            | "emily"
            | "lily"
            | "holly"
            | "molly"
            | "sally"
            | "shelly"
            | "beverly"
            | "kimberly"
            | "carly"
            | "billy"
            | "wally"
            | "dolly"
            | "polly"
    )
}
