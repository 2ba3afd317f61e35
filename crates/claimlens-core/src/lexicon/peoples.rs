//! Vocabulary of peoples and places: demonym and country endings, nationality nouns, points of
//! the compass. General English place morphology, no table of countries.

/// Endings of English demonyms and place adjectives ("Ukrainian", "Korean", "Chinese",
/// "Polish"), lower case.
pub(crate) const DEMONYM_ENDINGS: &[&str] = &["ian", "ean", "ese", "ish", "ans", "ians"];

/// Endings a demonym adds to its country's stem ("Moldov-an", "Israel-i", "Japan-ese"):
/// general English place morphology, no table of countries.
pub(crate) const DEMONYM_STEM_ENDINGS: &[&str] =
    &["ians", "ian", "ean", "ese", "ish", "ans", "an", "i"];

/// Endings a country's name adds to the stem its demonym shares ("Moldov-a", "Ukrain-e",
/// "German-y", "Pol-and", "Turk-ey").
pub(crate) const COUNTRY_STEM_ENDINGS: &[&str] = &["land", "and", "ia", "ey", "a", "e", "y", "o"];

/// Points of the compass and their adjectives, as written before a place ("south London",
/// "northern Kenya", "north-east England").
pub(crate) fn is_compass_word(lower: &str) -> bool {
    let parts = lower.split('-');
    let mut any = false;
    for part in parts {
        any = true;
        if !matches!(
            part,
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
        ) {
            return false;
        }
    }
    any
}

/// Nouns for a person of a nationality that no demonym ending gives ("the Spaniard", "the
/// Briton", "the Dutchman"); short ones that are also names ("Finn", "Dane") are left out.
pub(crate) fn is_nationality_noun(lower: &str) -> bool {
    matches!(
        lower,
        "spaniard"
            | "briton"
            | "swede"
            | "dutchman"
            | "dutchwoman"
            | "frenchman"
            | "frenchwoman"
            | "englishman"
            | "englishwoman"
            | "welshman"
            | "welshwoman"
            | "irishman"
            | "irishwoman"
            | "scotsman"
            | "scotswoman"
            | "filipino"
            | "filipina"
            | "argentine"
            | "icelander"
            | "luxembourger"
            // Short and informal ones sports copy uses after "the" ("the Scot", "the Kiwi").
            | "scot"
            | "kiwi"
            | "aussie"
            | "pole"
            | "turk"
            | "serb"
            | "croat"
            | "brit"
    )
}
