//! The event a figure measures (the nearest event word outside its counted phrase) and, for
//! transfers, where the people went.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;

use super::counted::{demonym_key, Head};
use super::Event;
use crate::attribution::ArticleAnalysis;
use crate::lexicon::is_month;
use crate::lexicon::quantities as lex;
use crate::names::is_demonym;

/// Only event words within this many words and commas of the counted phrase count.
const REACH: usize = 12;

/// The event found for a figure and the token that names it.
pub(super) struct Found {
    pub event: Option<Event>,
    pub token: Option<usize>,
}

/// An event word near the phrase: its token, event and distance.
#[derive(Clone, Copy)]
struct Near {
    token: usize,
    event: Event,
    distance: usize,
}

/// The event of the figure whose number token is `t` and whose phrase covers `np`.
pub(super) fn nearest(
    art: &ArticleAnalysis,
    t: usize,
    np: &Range<usize>,
    range: &Range<usize>,
    run: &[usize],
    head: &Head,
) -> Found {
    let best = nearest_word(art, t, np, range).or_else(|| {
        run.iter().rev().find_map(|&u| {
            lex::event_of(art.doc.token_lower(u)).map(|event| Near {
                token: u,
                event,
                distance: 0,
            })
        })
    });
    // A head that is itself an event adjective ("48 rescued", "nine dead") names the event; a
    // head noun ("23 survivors were treated") yields to a close verb.
    let lower = head.text.to_lowercase();
    let head_event = lex::event_of(&lower);
    let adjective_head =
        run.len() == 1 && (lower.ends_with("ed") || lex::is_state_adjective(&lower));
    let event = match (head_event, best) {
        (Some(h), _) if adjective_head => Some(h),
        (_, Some(b)) if b.distance <= 4 => Some(b.event),
        (Some(h), _) => Some(h),
        (None, b) => b.map(|b| b.event),
    };
    Found {
        event,
        token: best.map(|b| b.token),
    }
}

/// The event a word names in its place: a verb of motion that is not only a transfer ("the
/// convoy moved 40 miles", "talks have taken 12 days") names one only on its way somewhere
/// ("moved 12 prisoners to", "taken into custody").
fn event_at(doc: &crate::text::Doc, u: usize, range: &Range<usize>) -> Option<Event> {
    let w = doc.token_lower(u);
    let next = |k: usize| {
        if u + k < range.end {
            doc.token_lower(u + k)
        } else {
            ""
        }
    };
    // "300 workers were laid off".
    if w == "laid" && next(1) == "off" {
        return Some(Event::LaidOff);
    }
    // "15 were taken to hospital", "admitted to hospital".
    let to_hospital = (1..=3).any(|k| next(k) == "hospital");
    if matches!(w, "taken" | "rushed" | "admitted" | "airlifted" | "flown") && to_hospital {
        return Some(Event::Hospitalised);
    }
    let event = lex::event_of(w)?;
    // "free grain", "free meals": the adjective frees no one; the verb follows "to" or a modal
    // ("agreed to free 40 prisoners", "will free").
    if w == "free" && (u == range.start || !lex::is_auxiliary(doc.token_lower(u - 1))) {
        return None;
    }
    // "600 remain hospitalised", "remain in custody": what they remain says the event.
    if matches!(w, "remain" | "remains") {
        return match (next(1), next(2)) {
            ("in" | "behind", "custody" | "prison" | "jail" | "detention" | "bars") => {
                Some(Event::Held)
            }
            ("in", "hospital") => Some(Event::Hospitalised),
            (after, _) => lex::event_of(after).filter(|&e| e != Event::Held),
        };
    }
    if matches!(w, "moved" | "taken") {
        let on_its_way = (u + 1..range.end.min(u + 5)).any(|v| {
            matches!(
                doc.token_lower(v),
                "to" | "into" | "across" | "out" | "back"
            )
        });
        if !on_its_way {
            return None;
        }
    }
    Some(event)
}

/// The nearest event word on either side of the phrase, in the same quotation zone. Its
/// distance is the words and commas between, plus one; the scan goes outward from the phrase
/// and stops at [`REACH`]. The nearest wins, the earlier of two as near.
fn nearest_word(
    art: &ArticleAnalysis,
    t: usize,
    np: &Range<usize>,
    range: &Range<usize>,
) -> Option<Near> {
    let doc = &art.doc;
    let mut best: Option<Near> = None;
    let mut consider = |u: usize, d: usize| {
        if d > REACH || art.in_quote[u] != art.in_quote[t] || !doc.is_word(u) {
            return;
        }
        if let Some(event) = event_at(doc, u, range) {
            if best.is_none_or(|b| (d, u) < (b.distance, b.token)) {
                best = Some(Near {
                    token: u,
                    event,
                    distance: d,
                });
            }
        }
    };
    let counted = |v: usize| usize::from(doc.is_word(v) || doc.is_punct(v, ','));
    // "3,862 people had been injured and at least 480 were still missing": a count opening a
    // clause of its own after "and", with its own verb, has nothing to do with the words before.
    let own_clause = np.start > range.start
        && np.end < range.end
        && matches!(
            doc.token_lower(np.start - 1),
            "and" | "but" | "while" | "whereas"
        )
        && lex::is_auxiliary(doc.token_lower(np.end));
    let before = if own_clause {
        np.start..np.start
    } else {
        range.start..np.start
    };
    let mut gap = 0;
    for u in before.rev() {
        // "“Forty-eight are alive. Nine are dead.”": a quotation's sentences are one stretch,
        // but the sentence before is another's.
        if doc.is_punct(u, '.') || doc.is_punct(u, '!') || doc.is_punct(u, '?') {
            break;
        }
        // Before the phrase, the event word itself is among the words between.
        gap += counted(u);
        if gap > REACH {
            break;
        }
        consider(u, gap + 1);
        // "killed 16 people and forced more than 800,000 to flee": a verb of no event before
        // the figure is its own, and the event further back another clause's.
        let w = doc.token_lower(u);
        let verb = doc.is_word(u)
            && lex::is_past_form(w)
            && event_at(doc, u, range).is_none()
            && !lex::is_state_adjective(w)
            // "The death toll from the storm rose to 17": a change of the toll is the toll's.
            && crate::lexicon::changes::change_verb(w).is_none()
            && !lex::is_measure_link(w)
            && !crate::lexicon::changes::is_level_verb(w)
            && !lex::is_reporting_verb(w)
            // "The dead included 148 men": a verb of inclusion links the count to its group.
            && !matches!(w, "included" | "comprised" | "numbered");
        if verb {
            break;
        }
    }
    gap = 0;
    for u in np.end.max(range.start)..range.end {
        if gap >= REACH || doc.is_punct(u, '.') || doc.is_punct(u, '!') || doc.is_punct(u, '?') {
            break;
        }
        // "rose to 41 as the government released aid": a clause of its own subject after it.
        let clause = u >= np.end
            && u + 1 < range.end
            && lex::is_subordinator(doc.token_lower(u))
            && (lex::is_determiner(doc.token_lower(u + 1))
                || crate::lexicon::grammar::is_personal_pronoun(doc.token_lower(u + 1)));
        if clause {
            break;
        }
        consider(u, gap + 1);
        gap += counted(u);
    }
    best
}

/// The places an article names: capitals of countries ("X, the capital of Y" maps X to Y) and
/// countries by the stem their demonym shares. Each is read from the article the first time a
/// figure asks: most articles have no figure of people moved.
#[derive(Default)]
pub(super) struct Places {
    capitals: OnceCell<BTreeMap<String, String>>,
    countries: OnceCell<BTreeMap<String, String>>,
}

impl Places {
    /// Where people went: a place after "to", "in", "into" within a few words of the verb,
    /// or else the country of a demonym in the sentence ("officials of X said 40 arrived").
    pub(super) fn destination(
        &self,
        art: &ArticleAnalysis,
        range: &Range<usize>,
        after: usize,
    ) -> Option<String> {
        self.place_after(art, range, after)
            .or_else(|| self.demonym_place(art, range))
    }

    fn place_after(
        &self,
        art: &ArticleAnalysis,
        range: &Range<usize>,
        after: usize,
    ) -> Option<String> {
        let doc = &art.doc;
        let mut u = after;
        let limit = (after + 6).min(range.end);
        while u + 1 < limit {
            if lex::is_destination_preposition(doc.token_lower(u)) {
                let mut v = u + 1;
                while v < range.end && lex::is_place_filler(doc.token_lower(v)) {
                    v += 1;
                }
                let when = v < range.end
                    && (is_month(doc.token_lower(v)) || doc.token_lower(v).ends_with("day"));
                if v < range.end && doc.is_capitalized(v) && !when {
                    let text = doc.token_text(v);
                    if is_demonym(text) {
                        return Some(self.country_for_demonym(art, text));
                    }
                    return Some(
                        self.capitals
                            .get_or_init(|| capitals(art))
                            .get(text)
                            .cloned()
                            .unwrap_or_else(|| text.to_string()),
                    );
                }
                if v + 1 < range.end
                    && doc.token_lower(v) == "that"
                    && doc.token_lower(v + 1) == "country"
                {
                    return None;
                }
            }
            if doc.is_punct(u, ',') || doc.is_punct(u, '.') {
                return None;
            }
            u += 1;
        }
        None
    }

    /// The country of the first demonym outside quotations in the sentence.
    pub(super) fn demonym_place(
        &self,
        art: &ArticleAnalysis,
        range: &Range<usize>,
    ) -> Option<String> {
        let doc = &art.doc;
        range
            .clone()
            .filter(|&v| art.in_quote[v].is_none())
            .map(|v| doc.token_text(v))
            .find(|w| is_demonym(w))
            .map(|w| self.country_for_demonym(art, w))
    }

    /// A demonym's country, when the article names a place sharing its stem.
    fn country_for_demonym(&self, art: &ArticleAnalysis, demonym: &str) -> String {
        self.countries
            .get_or_init(|| countries(art))
            .get(&demonym_key(demonym))
            .cloned()
            .unwrap_or_else(|| demonym.to_string())
    }
}

/// "X, the capital of Y" maps X to Y.
fn capitals(art: &ArticleAnalysis) -> BTreeMap<String, String> {
    let doc = &art.doc;
    let mut out = BTreeMap::new();
    for t in 0..doc.tokens.len().saturating_sub(5) {
        if doc.is_capitalized(t)
            && doc.is_punct(t + 1, ',')
            && doc.token_lower(t + 2) == "the"
            && doc.token_lower(t + 3) == "capital"
            && doc.token_lower(t + 4) == "of"
        {
            let mut y = t + 5;
            while y < doc.tokens.len() && !doc.is_capitalized(y) && y < t + 8 {
                y += 1;
            }
            if y < doc.tokens.len() && doc.is_capitalized(y) {
                out.insert(doc.token_text(t).to_string(), doc.token_text(y).to_string());
            }
        }
    }
    out
}

/// Capitalised words that are not demonyms, by their demonym key.
fn countries(art: &ArticleAnalysis) -> BTreeMap<String, String> {
    let doc = &art.doc;
    let mut out = BTreeMap::new();
    for t in 0..doc.tokens.len() {
        if !doc.is_capitalized(t) {
            continue;
        }
        let w = doc
            .token_text(t)
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_string();
        if !is_demonym(&w) && w.len() >= 4 {
            out.entry(demonym_key(&w)).or_insert(w);
        }
    }
    out
}
