//! Vocabulary of statements: the words too common to match two quotations on, and the
//! synonyms that two translations of one remark choose between.

/// English function words and common verbs, too common to say that two quotations are the
/// same statement.
pub(crate) fn stopword(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "and"
            | "but"
            | "for"
            | "are"
            | "was"
            | "were"
            | "this"
            | "that"
            | "with"
            | "have"
            | "has"
            | "had"
            | "not"
            | "yet"
            | "all"
            | "our"
            | "their"
            | "they"
            | "them"
            | "those"
            | "these"
            | "can"
            | "will"
            | "would"
            | "who"
            | "what"
            | "when"
            | "which"
            | "there"
            | "here"
            | "from"
            | "about"
            | "into"
            | "than"
            | "then"
            | "very"
            | "much"
            | "also"
            | "some"
            | "its"
            | "his"
            | "her"
            | "she"
            | "him"
            | "you"
            | "your"
            | "we"
            | "i'm"
            | "it's"
            | "that's"
            | "been"
            | "being"
            | "one"
            | "other"
            | "more"
            | "most"
            | "such"
            | "may"
            | "each"
            | "just"
            | "only"
            | "even"
            | "over"
            | "out"
            | "any"
            | "how"
            | "why"
            | "because"
            | "does"
    )
}

/// Sets of everyday English synonyms that two translations of one remark pick between ("our
/// struggle" / "our fight"), each set named by its first word. Words are stemmed as
/// `statements::stem` leaves them ("struggl", "embrac"). General vocabulary of translated
/// speech, not of one story.
const SYNONYM_SETS: &[&[&str]] = &[
    &["fight", "struggl", "struggle", "battle"],
    &["hug", "embrac", "embrace"],
    &["free", "freedom", "liberty"],
    &["prison", "jail", "gaol"],
    &["start", "begin", "commenc"],
    &["end", "finish"],
    &["help", "aid", "assist"],
    &["big", "larg", "large", "huge"],
    &["fast", "quick", "rapid"],
];

/// The synonym set `stem` belongs to, named by its first word.
pub(crate) fn synonym_set(stem: &str) -> Option<&'static str> {
    SYNONYM_SETS
        .iter()
        .find(|set| set.contains(&stem))
        .map(|set| set[0])
}
