//! Vocabulary of roles: the nouns news copy uses interchangeably for one person, the modifiers
//! that make a role another, and the nouns that title abbreviations stand for ("Det. Insp." is
//! a detective inspector, "the detective" later).

/// Groups of role nouns that news copy uses interchangeably for one person ("the envoy" after
/// "the special emissary"); 0 for a word in no group.
pub(crate) fn role_synonym_group(w: &str) -> u8 {
    match w {
        "leader" | "president" | "strongman" | "ruler" | "autocrat" | "dictator" => 1,
        "envoy" | "emissary" | "mediator" | "negotiator" => 2,
        "spokeswoman" | "spokesman" | "spokesperson" => 3,
        "minister" | "secretary" => 4,
        "chief" | "head" | "director" | "chairman" | "chairwoman" | "chair" => 5,
        _ => 0,
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
