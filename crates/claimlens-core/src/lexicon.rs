//! Every word list the analysis rules use, each once, each general English newswire vocabulary.
//!
//! Rules ask the lexicon ("is this a speech verb?", "is this a month?") instead of keeping their
//! own lists, so a word is added or questioned in one place. A word belongs here only when news
//! copy on any beat uses it the same way; a word that one story needs is a special case and does
//! not belong anywhere (ARCHITECTURE.md, invariant on general rules).
//!
//! The submodules hold the vocabulary of one concern each: `changes` (verbs of change, money
//! and level), `currencies` (symbols, codes and names of money), `speech` (cues of reported speech,
//! pronouns, roles of speakers), `quantities` (number words, scales, units, qualifiers, what
//! figures count), `names` (titles, name particles, gendered nouns), `given_names` (gendered name endings, given
//! names that look like other words), `peoples` (demonyms, nationality nouns, the compass), `roles` (synonyms of roles, what title
//! abbreviations stand for) and `organisations`
//! (the words of organisation names and of descriptions of bodies), `units` (units of measure and
//! their prefixes).

pub(crate) mod changes;
pub(crate) mod currencies;
pub(crate) mod events;
pub(crate) mod gendered_names;
pub(crate) mod given_names;
pub(crate) mod grammar;
pub(crate) mod labels;
pub(crate) mod names;
pub(crate) mod organisations;
pub(crate) mod peoples;
pub(crate) mod quantities;
pub(crate) mod roles;
pub(crate) mod speech;
pub(crate) mod statements;
pub(crate) mod titles;
pub(crate) mod units;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A word list hashed for lookup, built on first use. The rules ask about nearly every token
/// ("is this a title?", "a speech verb?"), and scanning lists of hundreds of words for each was a
/// tenth of the analysis time; the lists stay the readable slices they are.
pub(crate) type WordSet = LazyLock<HashSet<&'static str>>;

/// The set of `words`, for a [`WordSet`].
pub(crate) fn word_set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// A list of entries keyed by a word, hashed for lookup and built on first use; where a word is
/// listed twice, the first entry is the one found, as a scan would find it.
pub(crate) type WordMap<T> = LazyLock<HashMap<&'static str, &'static T>>;

/// The map of `entries` by `key`, for a [`WordMap`].
pub(crate) fn word_map<T>(
    entries: &'static [T],
    key: fn(&T) -> &'static str,
) -> HashMap<&'static str, &'static T> {
    let mut map = HashMap::with_capacity(entries.len());
    for entry in entries {
        map.entry(key(entry)).or_insert(entry);
    }
    map
}

/// Month names and their usual newswire abbreviations, lower case.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
];

/// Weekday names, lower case.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Is `w` (lower case) a weekday?
pub(crate) fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// Is `w` (lower case) a word of a time adverbial ("last year", "on Monday", "in March", "a
/// year earlier", "overnight")?
pub(crate) fn is_time_word(w: &str) -> bool {
    is_month(w)
        || is_weekday(w)
        || quantities::is_period_word(w)
        || matches!(
            w,
            "last"
                | "this"
                | "next"
                | "ago"
                | "earlier"
                | "later"
                | "overnight"
                | "yesterday"
                | "today"
        )
}

/// Is `w` (lower case) a month name or abbreviation?
pub(crate) fn is_month(w: &str) -> bool {
    MONTHS.contains(&w)
}
