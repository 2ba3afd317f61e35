//! The period or group a figure belongs to: the story's own event, another period ("in
//! total", "since March", "last year"), a part of a group ("including five"), or an addition
//! to a total ("three more").

use std::ops::Range;

use super::{Scope, SentenceState};
use crate::attribution::ArticleAnalysis;
use crate::lexicon::is_month;
use crate::lexicon::quantities as lex;
use crate::numbers::Number;

/// The scope of a figure read in the sentence `st`; per-person figures (`personal`) are always
/// the story's own.
pub(super) fn of(
    art: &ArticleAnalysis,
    st: &mut SentenceState,
    n: &Number,
    personal: bool,
) -> Scope {
    if personal {
        return Scope::Story;
    }
    let doc = &art.doc;
    let range = st.range.clone();
    let subset = st
        .first_subset_word
        .get_or_insert_with(|| {
            range
                .clone()
                .find(|&u| lex::is_subset_word(doc.token_lower(u)))
        })
        .is_some_and(|u| u < n.tokens.start);
    // "three more bodies", "a further 40": an addition to a total told before. Not "another
    // 156 released", which a source says of a new batch, the story's own event.
    let after = n.tokens.end;
    let before = n.tokens.start;
    let addition = (after < range.end
        && matches!(doc.token_lower(after), "more" | "additional" | "extra"))
        || (before > range.start && doc.token_lower(before - 1) == "further");
    if addition {
        Scope::Addition
    } else if subset {
        Scope::PartOfGroup
    } else if *st.scoped.get_or_insert_with(|| scoped(art, range.clone()))
        || st
            .accumulated_at
            .get_or_insert_with(|| accumulated_result(art, range))
            .is_some_and(|u| u < n.tokens.start)
    {
        Scope::AnotherPeriod
    } else {
        Scope::Story
    }
}

/// Does the sentence put its figures in another period than the story's event ("in
/// September", "between May and last month", "has seen")? Relative clauses about someone
/// ("who won the title in 2019") and full dates ("December 13") do not count.
fn scoped(art: &ArticleAnalysis, range: Range<usize>) -> bool {
    let doc = &art.doc;
    let mut in_relative = false;
    for u in range.clone() {
        let lower = doc.token_lower(u);
        if lex::is_relative_pronoun(lower) {
            in_relative = true;
        }
        if doc.is_punct(u, ',') {
            in_relative = false;
        }
        let pair = u + 1 < range.end && lex::is_scope_pair(lower, doc.token_lower(u + 1));
        // "during the march", "May Holt said", "Jan Holt": a month is capitalised and is no
        // given name before a surname.
        let month = is_month(lower)
            && doc.is_capitalized(u)
            && !(u + 1 < range.end && doc.is_word(u + 1) && doc.is_capitalized(u + 1));
        if in_relative || !doc.is_word(u) || !(marks_period(lower) || pair || month) {
            continue;
        }
        let near_day = |v: usize| {
            v < doc.tokens.len()
                && doc.token_lower(v).starts_with(|c: char| c.is_ascii_digit())
                && doc.token_lower(v).len() <= 2
        };
        if is_month(lower) && (near_day(u + 1) || (u > 0 && near_day(u - 1))) {
            continue;
        }
        return true;
    }
    false
}

/// Words that mark another period: scope words, years, and spans ("monthslong"); months are
/// read where their capital can be seen.
fn marks_period(lower: &str) -> bool {
    lex::is_scope_word(lower)
        || lex::is_span_adjective(lower)
        || (lower.len() == 4
            && lower
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y)))
}

/// A perfect of a verb that is neither an event nor a report, with the event named after it
/// ("has seen hundreds freed", "had led to the release of"): results accumulated over time
/// rather than the event itself, for the figures after it. "has released 40" (an event verb),
/// "has confirmed 52 dead" (a report) and "has promised 40 grants" (no event) are the story's
/// own. Returns the auxiliary's token.
fn accumulated_result(art: &ArticleAnalysis, range: Range<usize>) -> Option<usize> {
    let doc = &art.doc;
    let words: Vec<usize> = range.clone().filter(|&t| doc.is_word(t)).collect();
    // The last event word, found once, so that each perfect asks in constant time.
    let last_event = words
        .iter()
        .rev()
        .find(|&&u| lex::event_of(doc.token_lower(u)).is_some())?;
    words.windows(2).find_map(|w| {
        let (aux, verb) = (doc.token_lower(w[0]), doc.token_lower(w[1]));
        let perfect = matches!(aux, "has" | "have" | "had")
            && (verb.ends_with("ed") || lex::is_irregular_participle(verb))
            && lex::event_of(verb).is_none()
            && !lex::is_reporting_verb(verb);
        (perfect && *last_event > w[1]).then_some(w[0])
    })
}
