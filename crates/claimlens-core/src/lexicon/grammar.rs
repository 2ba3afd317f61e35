//! The closed classes of English that bound a phrase naming a speaker: the words that end a
//! noun phrase, determiners, prepositions, the adverbs between a subject and its verb, and the
//! words opening an introductory phrase.
//!
//! Every list here is English grammar, written for no story in particular.

use super::speech::is_finite_speech_verb;

/// Words that end a noun phrase when scanning backwards from a verb: conjunctions, relative
/// pronouns, auxiliaries and subordinators of English, and verbs of speech.
pub(crate) fn np_stop(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "while"
            | "and"
            | "but"
            | "or"
            | "because"
            | "after"
            | "before"
            | "as"
            | "if"
            | "so"
            | "than"
            | "since"
            | "although"
            | "where"
            | "then"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "had"
            | "has"
            | "have"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "not"
            | "also"
            | "it"
            | "there"
            | "upon"
            | "following"
            | "given"
            | "despite"
            | "amid"
            | "during"
            | "commenting"
            | "asked"
            | "whether"
            | "once"
            | "though"
            | "even"
            | "yet"
            | "however"
    ) || is_finite_speech_verb(lower)
}

/// English determiners and possessive determiners that open a noun phrase.
pub(crate) fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "another"
            | "one"
            | "some"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
    )
}

/// Quantifiers that stand alone for people, always in the plural ("many had predicted", "some
/// say", "others disagreed").
pub(crate) fn is_plural_quantifier(lower: &str) -> bool {
    matches!(
        lower,
        "many" | "some" | "most" | "few" | "several" | "all" | "both" | "others"
    )
}

/// Prepositions that continue a description ("a spokeswoman for the embassy").
pub(crate) fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "for"
            | "to"
            | "in"
            | "at"
            | "from"
            | "with"
            | "on"
            | "by"
            | "near"
            | "inside"
            | "within"
            | "outside"
            | "behind"
            | "beside"
    )
}

/// Prepositions that end a speaker's phrase after an inverted verb ("said Ruiz during the
/// hearing").
pub(crate) fn ends_inverted_subject(lower: &str) -> bool {
    matches!(
        lower,
        "during" | "regarding" | "about" | "on" | "in" | "via" | "at"
    )
}

/// Words between a subject and its verb that we step over ("Ruiz also said", "she has
/// repeatedly warned"): adverbs of time and manner, auxiliaries, reflexives.
pub(crate) fn is_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "later"
            | "then"
            | "previously"
            | "separately"
            | "repeatedly"
            | "further"
            | "again"
            | "once"
            | "has"
            | "had"
            | "have"
            | "was"
            | "were"
            | "is"
            | "reportedly"
            | "publicly"
            | "privately"
            | "simply"
            | "quickly"
            | "firmly"
            | "recently"
            | "earlier"
            | "told"
            | "himself"
            | "herself"
            | "subsequently"
            | "flatly"
            | "bluntly"
            | "angrily"
            | "calmly"
            | "quietly"
            | "openly"
            | "now"
            | "initially"
            | "first"
            // Adverbs of frequency and modals: "He often said:", "she would tell staff".
            | "only"
            | "merely"
            | "often"
            | "usually"
            | "sometimes"
            | "always"
            | "frequently"
            | "regularly"
            | "routinely"
            | "occasionally"
            | "constantly"
            | "still"
            | "would"
            | "will"
            | "could"
            | "immediately"
            | "afterwards"
            | "proudly"
            | "defiantly"
            | "tearfully"
            | "wryly"
            | "candidly"
            | "softly"
            | "loudly"
            | "sharply"
            | "strongly"
            | "warmly"
            | "frankly"
            | "tersely"
    )
}

/// Words that open an introductory phrase before a sentence's subject ("After the vote, ...",
/// "Speaking to reporters, ..."): prepositions, subordinators and sentence adverbs.
pub(crate) fn opens_introduction(lower: &str) -> bool {
    matches!(
        lower,
        "after"
            | "following"
            | "upon"
            | "in"
            | "on"
            | "when"
            | "while"
            | "as"
            | "before"
            | "during"
            | "at"
            | "with"
            | "despite"
            | "since"
            | "for"
            | "from"
            | "commenting"
            | "speaking"
            | "asked"
            | "writing"
            | "reporting"
            | "according"
            | "later"
            | "earlier"
            | "meanwhile"
            | "separately"
            | "amid"
            | "amidst"
            | "until"
            | "throughout"
            | "still"
            | "but"
            | "and"
            | "yet"
    ) || (lower.ends_with("ing") && lower.len() > 5)
}

/// Personal pronouns, which name no thing a figure measures ("change in i").
pub(crate) fn is_personal_pronoun(w: &str) -> bool {
    matches!(
        w,
        "i" | "you" | "he" | "she" | "it" | "we" | "they" | "me" | "him" | "her" | "us" | "them"
    )
}

/// The past participle of an irregular simple past ("took" → "taken"), so a label reads "wickets
/// taken", not "wickets took"; any other word is its own participle.
pub(crate) fn participle_of(past: &str) -> &str {
    match past {
        "took" => "taken",
        "overtook" => "overtaken",
        "wrote" => "written",
        "gave" => "given",
        "drove" => "driven",
        "rode" => "ridden",
        "chose" => "chosen",
        "drew" => "drawn",
        "threw" => "thrown",
        "flew" => "flown",
        "grew" => "grown",
        "knew" => "known",
        "ate" => "eaten",
        "wore" => "worn",
        "tore" => "torn",
        "broke" => "broken",
        "spoke" => "spoken",
        "stole" => "stolen",
        "froze" => "frozen",
        "shook" => "shaken",
        "sank" => "sunk",
        "began" => "begun",
        "fell" => "fallen",
        "rose" => "risen",
        "saw" => "seen",
        "did" => "done",
        "hid" => "hidden",
        _ => past,
    }
}

/// Comparatives before "than" and a figure: true for a bound from below ("bigger than 150
/// metres": more than it), false for one from above ("closer than 3.2 million miles").
pub(crate) fn comparative_direction(w: &str) -> Option<bool> {
    match w {
        "bigger" | "larger" | "higher" | "longer" | "wider" | "taller" | "heavier" | "older"
        | "faster" | "deeper" | "further" | "farther" | "stronger" | "costlier" => Some(true),
        "smaller" | "lower" | "shorter" | "closer" | "nearer" | "younger" | "slower"
        | "lighter" | "cheaper" | "narrower" | "shallower" | "weaker" => Some(false),
        _ => None,
    }
}
