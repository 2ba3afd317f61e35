//! Figures: numbers that state facts, with what they count, the event they measure, where,
//! when, and who asserts them.
//!
//! [`extract`] reads each sentence's numbers and runs each through named steps: is it a figure
//! at all (`identifiers`), what it counts (`counted`, `describe`, with `money` for amounts, `change` for what rose,
//! fell or was brought to a level and `np` for the noun phrases around it), the event and place it
//! measures (`event`), the period it belongs to (`scope`), who asserts it (`holder`), and
//! whether it is a part of a group (`parts`); tallies and scores with no noun (`tally`). A number that names nothing itself ("Fourteen.",
//! "25 more", "up from €5.2m") borrows what one of the last few figures counts (`Recent`).

mod beside;
mod borrowed;
mod change;
mod comparative;
mod counted;
mod describe;
mod dimension;
mod event;
mod holder;
mod identifiers;
mod money;
mod np;
mod objects;
mod opening;
mod paid;
mod parts;
mod percentage;
mod phrase_end;
mod recent;
mod scope;
pub(crate) mod tally;
mod thing;
mod wording;

use std::ops::Range;

use crate::attribution::{ArticleAnalysis, Resolved};
use crate::entities::{EntityIx, Registry};
use crate::lexicon::quantities as lex;
use crate::model::Qualifier;
use crate::numbers::{self, Number};
use recent::{earlier_of, Recent};

pub(crate) use counted::lemma;

/// The events news counts people by: figures of people are compared per event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Event {
    // In alphabetical order of their names, so claims sort as they did when events were strings.
    Aboard,
    Affected,
    Arrested,
    Displaced,
    Evacuated,
    Held,
    Hospitalised,
    InIntensiveCare,
    Injured,
    Killed,
    LaidOff,
    Missing,
    Released,
    Rescued,
    Sentenced,
    Transferred,
}

impl Event {
    /// The event in words, as a figure's `counts` says it ("prisoners sent to X").
    pub(crate) fn words(self) -> &'static str {
        match self {
            Event::Aboard => "aboard",
            Event::Affected => "affected",
            Event::Arrested => "arrested",
            Event::Displaced => "displaced",
            Event::Evacuated => "evacuated",
            Event::Held => "held",
            Event::Hospitalised => "in hospital",
            Event::InIntensiveCare => "in intensive care",
            Event::Injured => "injured",
            Event::Killed => "killed",
            Event::LaidOff => "laid off",
            Event::Missing => "missing",
            Event::Released => "released",
            Event::Rescued => "rescued",
            Event::Sentenced => "sentenced",
            Event::Transferred => "sent",
        }
    }
}

/// The period or group a figure belongs to, relative to the story's own event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Scope {
    /// The story's own event.
    Story,
    /// Another period: a total since, an earlier round, last year.
    AnotherPeriod,
    /// A part of a larger group ("including five", "five X and 38 Y").
    PartOfGroup,
    /// An addition to a total told before ("three more bodies", "a further 12 people").
    Addition,
}

impl Scope {
    /// The words a claim label adds for the scope; none for the story's own event.
    pub(crate) fn words(self) -> Option<&'static str> {
        match self {
            Scope::Story => None,
            Scope::AnotherPeriod => Some("another period"),
            Scope::PartOfGroup => Some("part of a group"),
            Scope::Addition => Some("more"),
        }
    }
}

/// What a figure measures: figures with equal keys are one claim.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ClaimKey {
    /// Counted thing, normalised ("people", "day / talk").
    pub class: String,
    /// Nationality qualifying the counted thing (a folded stem of the demonym).
    pub nationality: String,
    pub event: Option<Event>,
    pub destination: String,
    pub scope: Scope,
    /// For per-person figures (sentences, ages): whose.
    pub person: Option<EntityIx>,
    pub percent: bool,
    /// Keyed by what the figure counts alone ("fine", "turnout", "jobs"), for money, shares
    /// and things no class and event key: a claim only when two articles give one, and a
    /// conflict only between articles (one article's two fines are two fines).
    pub by_counts: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct RawFigure {
    pub start: usize,
    pub end: usize,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub value: f64,
    pub counts: String,
    /// Head noun as written, for claim labels.
    pub head: String,
    pub key: Option<ClaimKey>,
    pub holder: Option<EntityIx>,
    /// "X along with 27 others": the figure plus the named one.
    pub total: Option<f64>,
    /// Index of the next figure this one is summed with ("five X and 38 Y").
    pub part_of_sum_with: Option<usize>,
}

/// What the article offers every figure: its places and the facts of the sentence at hand.
struct Context<'a> {
    art: &'a ArticleAnalysis,
    resolved: &'a Resolved,
    reg: &'a Registry,
    ai: usize,
    places: event::Places,
}

/// One sentence being read, with facts computed once, when its first figure needs them: a long
/// sentence of numbers stays linear.
struct SentenceState {
    /// The sentence of the analysis: its speaker, its subject.
    si: usize,
    /// Its place among the sentences figures are read in, where a quotation's own sentences
    /// count one by one: what a figure may borrow from the figures before.
    seq: usize,
    range: Range<usize>,
    headline: bool,
    scoped: Option<bool>,
    /// Where the first perfect of an accumulated result is ("has seen"), if any.
    accumulated_at: Option<Option<usize>>,
    first_subset_word: Option<Option<usize>>,
}

/// The class counted by the figure before, for "the other nine".
struct LastClass {
    class: String,
    sentence: usize,
}

/// Extracts the figures of one article.
pub(crate) fn extract(
    art: &ArticleAnalysis,
    resolved: &Resolved,
    reg: &Registry,
    ai: usize,
) -> Vec<RawFigure> {
    let doc = &art.doc;
    let cx = Context {
        art,
        resolved,
        reg,
        ai,
        places: event::Places::default(),
    };
    let mut out: Vec<RawFigure> = Vec::new();
    let mut headlines: std::collections::BTreeMap<usize, bool> = Default::default();
    let mut last_class: Option<LastClass> = None;
    let mut recent: Vec<Recent> = Vec::new();
    let pieces = art.sentences.iter().enumerate().flat_map(|(si, sentence)| {
        borrowed::quoted_sentences(art, sentence.tokens.clone())
            .map(move |range| (si, sentence, range))
    });
    for (seq, (si, sentence, range)) in pieces.enumerate() {
        // Headlines capitalise every word: "Council Approves 12 Projects".
        let headline = *headlines.entry(sentence.paragraph).or_insert_with(|| {
            crate::names::is_headline(doc, doc.paragraph_tokens[sentence.paragraph].clone())
        });
        let mut st = SentenceState {
            si,
            seq,
            range,
            headline,
            scoped: None,
            accumulated_at: None,
            first_subset_word: None,
        };
        let first_in_sentence = out.len();
        let mut t = st.range.start;
        while t < st.range.end {
            let Some(n) = numbers::read(doc, t, st.range.end) else {
                t += 1;
                continue;
            };
            let next = n.tokens.end.max(t + 1);
            if !identifiers::is_identifier(doc, &n, t, &st.range, headline) {
                let fig = figure(&cx, &mut st, &n, t, &mut last_class, &recent);
                recent.push(Recent::of(doc, &n, &fig, seq));
                // The counted phrase of the figure before can run into this number's qualifier
                // ("1 more than 100 people"): it ends where this one starts, so figures never
                // overlap. The qualifier's words are not number words, so the figure before
                // keeps at least its number.
                // "76 of the 150 seats": the words of a partitive left dangling go too.
                if let Some(prev) = out.last_mut().filter(|prev| prev.end > fig.start) {
                    let first = doc.token_at_or_after(prev.start);
                    let mut k = n.tokens.start - 1;
                    while k > first && {
                        let w = doc.token_lower(k);
                        w == "of" || lex::is_partitive_pointer(w) || lex::is_order_adjective(w)
                    } {
                        k -= 1;
                    }
                    prev.end = doc.tokens[k].end.max(prev.start);
                }
                out.push(fig);
            }
            t = next;
        }
        parts::mark_sums(doc, &mut out, first_in_sentence);
    }
    out
}

/// Reads one figure at the number `n` (whose number token is `t`): the named steps in order.
fn figure(
    cx: &Context,
    st: &mut SentenceState,
    n: &Number,
    t: usize,
    last_class: &mut Option<LastClass>,
    recent: &[Recent],
) -> RawFigure {
    let art = cx.art;
    let doc = &art.doc;
    let range = st.range.clone();
    let phrase = counted::phrase(art, n, t, &range, st.headline);
    let head = counted::head(doc, n, t, &phrase, &range);
    let previous_people = last_class
        .as_ref()
        .filter(|c| c.class == "people" && st.seq <= c.sentence + 1)
        .map(|c| c.class.as_str());
    let counted = counted::class(doc, n, &phrase, &head, &range, previous_people);
    let np = n.tokens.start..phrase.end.max(n.tokens.end);
    let found = event::nearest(art, t, &np, &range, &phrase.run, &head);
    let person = person_of(cx, st, &head.lemma, found.event);
    let scope = scope::of(art, st, n, person.is_some());
    let holder = holder::of(art, cx.resolved, st.si, t, n.tokens.end);
    let along_with =
        t >= 2 && doc.token_lower(t - 2) == "along" && doc.token_lower(t - 1) == "with";
    // People are counted by event ("released", "sent to X"); other things by what they are of
    // or for ("days of talks", "grants per family").
    let is_people = counted.class == "people";
    let complement = counted::complement_after(art, phrase.end, range.end);
    let keyed = !counted.class.is_empty()
        && if is_people {
            found.event.is_some()
        } else {
            person.is_some() || !complement.is_empty()
        };
    let event = found.event.filter(|_| is_people || person.is_some());
    let destination = match event {
        Some(Event::Transferred) => {
            let verb = found.token.unwrap_or(t);
            cx.places.destination(art, &range, verb.max(np.end))
        }
        _ => None,
    }
    .unwrap_or_default();
    let counts = describe::counts(
        art,
        &describe::Subject {
            number: n,
            phrase: &phrase,
            head: &head.text,
            class: &counted.class,
            range: &range,
            earlier: earlier_of(doc, recent, n, &head.text, st.seq, &range),
        },
        event,
        &destination,
    );
    // A share ("half of the passengers") is no count to set against other counts.
    let key = (keyed && !n.share)
        .then(|| ClaimKey {
            class: if is_people || complement.is_empty() {
                counted.class.clone()
            } else {
                format!("{} / {complement}", counted.class)
            },
            nationality: counted.nationality.clone(),
            event,
            destination: destination.clone(),
            scope,
            person,
            percent: n.percent,
            by_counts: false,
        })
        .or_else(|| counts_key(&counts, n, scope, is_people));
    if !counted.class.is_empty() {
        *last_class = Some(LastClass {
            class: counted.class.clone(),
            sentence: st.seq,
        });
    }
    RawFigure {
        start: doc.tokens[n.tokens.start].start,
        end: doc.tokens[np.end.max(n.tokens.end) - 1].end,
        low: n.low,
        high: n.high,
        qualifier: n.qualifier,
        value: n.value,
        counts,
        head: head.text,
        key,
        holder,
        total: along_with.then_some(n.value + 1.0),
        part_of_sum_with: None,
    }
}

/// The key of a figure that no class and event key: what it counts, when that names a
/// measure of its own ("fine", "turnout", "transfer fee") rather than a generic amount, a
/// person's measure or an earlier value.
fn counts_key(counts: &str, n: &Number, scope: Scope, is_people: bool) -> Option<ClaimKey> {
    let lower = counts.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let generic = describe::is_fallback(lower)
        || lower.starts_with("earlier ")
        || lower.starts_with("amount ")
        || lower.starts_with("price per ")
        // The base of a rate is part of what it counts ("murder rate per 100,000 people").
        || lower
            .split(" per ")
            .next()
            .is_some_and(|own| own.contains(char::is_numeric))
        || matches!(
            lower,
            "age" | "sentence" | "jail sentence" | "prison sentence" | "score" | "times"
        );
    if generic || is_people || n.share || scope != Scope::Story {
        return None;
    }
    let class = match lower.rsplit_once(' ') {
        Some((rest, last)) => format!("{rest} {}", lemma(last)),
        None => lemma(lower),
    };
    Some(ClaimKey {
        class,
        nationality: String::new(),
        event: None,
        destination: String::new(),
        scope,
        person: None,
        percent: n.percent,
        by_counts: true,
    })
}

/// Per-person figures (a sentence, an age): whose they are.
fn person_of(
    cx: &Context,
    st: &SentenceState,
    head_lemma: &str,
    event: Option<Event>,
) -> Option<EntityIx> {
    let personal = lex::is_personal_measure(head_lemma) && event.is_some();
    if !personal && head_lemma != "age" {
        return None;
    }
    cx.resolved.subjects[st.si]
        .filter(|&e| cx.reg.is_person(e))
        .or_else(|| first_person(cx, st.range.clone()))
}

fn first_person(cx: &Context, range: Range<usize>) -> Option<EntityIx> {
    cx.art
        .names
        .iter()
        .enumerate()
        .filter(|(_, n)| range.contains(&n.tokens.start))
        .filter_map(|(i, _)| cx.reg.entity_of_mention(cx.ai, i))
        .find(|&e| cx.reg.is_person(e))
}
