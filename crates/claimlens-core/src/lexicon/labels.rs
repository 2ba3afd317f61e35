//! Words around a number that make it a label, a position or a name rather than a quantity:
//! "No. 23", "flight 370", "dial 999", "wears 10", "junction 36", "the 100m sprint". General
//! newswire vocabulary of transport, sport and public services.

/// Words before a number that make it a label or a position, not a quantity ("No. 23",
/// "page 4", "flight 370").
pub(crate) fn is_label_word(w: &str) -> bool {
    matches!(
        w,
        "no."
            | "no"
            | "number"
            | "#"
            | "page"
            | "article"
            // Parts of a law or a contract: "section 1 of the Act", "clause 18".
            | "section"
            | "subsection"
            | "clause"
            | "paragraph"
            | "chapter"
            | "flight"
            | "nos."
            | "reference"
            | "ref"
    )
}

/// Words before a bare number that make it one of a series, a position or a grade, not a
/// quantity: "between junctions 36 and 38", "the helpline 14555", "stage 14", "a category 2
/// storm", "alert level 3", "tier 2", "phase 1". Not before an amount or a measure ("a sea level
/// 3mm higher").
pub(crate) fn is_series_word(w: &str) -> bool {
    matches!(
        w,
        "junction"
            | "junctions"
            | "helpline"
            | "hotline"
            | "exit"
            | "stage"
            | "level"
            | "category"
            | "phase"
            | "tier"
            | "grade"
            | "zone"
    )
}

/// Verbs of dialling: "call 101", "dial 999" name a phone number.
pub(crate) fn is_call_verb(w: &str) -> bool {
    matches!(
        w,
        "call"
            | "calling"
            | "dial"
            | "dialling"
            | "dialing"
            | "dialled"
            | "dialed"
            | "ring"
            | "rang"
            | "phone"
            | "text"
    )
}

/// Verbs of wearing: "wears 10" names a jersey number.
pub(crate) fn is_wear_verb(w: &str) -> bool {
    matches!(w, "wear" | "wears" | "wore" | "wearing" | "worn")
}

/// Events and prizes a distance names in athletics and swimming ("the 100m sprint", "the 400m
/// hurdles", "won the 1,500m final"): the distance is the race's name.
pub(crate) fn is_race_word(w: &str) -> bool {
    matches!(
        w,
        "final"
            | "heat"
            | "heats"
            | "hurdles"
            | "freestyle"
            | "relay"
            | "breaststroke"
            | "butterfly"
            | "backstroke"
            | "medley"
            | "semi-final"
            | "semifinal"
            | "steeplechase"
            | "sprint"
            | "title"
            | "gold"
            | "champion"
    )
}
