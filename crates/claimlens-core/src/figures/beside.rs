//! What the words right beside a figure say it counts: the base of a rate ("per 100,000
//! people"), a noun set beside it in commas ("€75 million, the biggest fee ever paid"), what a
//! span of time is the length of ("70 hours of talks"), a list line's label ("Diesel:
//! €1.689"), the noun a list of bare numbers follows ("ages 6, 9 and 12"), and the verb after a
//! bare count ("1.28 million marched").

use super::describe::Subject;
use super::np::{is_np_word, words};
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// "Three children, ages 6, 9 and 12": a bare number later in a list of bare numbers is what
/// the noun before the list's first number says, as that one is.
pub(super) fn listed_after_noun(doc: &Doc, s: &Subject) -> Option<String> {
    let n = s.number;
    if n.money || n.percent || n.unit.is_some() || !s.phrase.run.is_empty() {
        return None;
    }
    let bare = |t: usize| doc.token_text(t).chars().all(|c| c.is_ascii_digit());
    let mut first = n.tokens.start;
    while first >= s.range.start + 2
        && matches!(doc.token_lower(first - 1), "," | "and" | "or")
        && bare(first - 2)
    {
        first -= 2;
    }
    // "ages 6": the first of a list of ages too.
    let ages = |p: usize| matches!(doc.token_lower(p), "ages" | "aged");
    let noun = first.checked_sub(1).filter(|&p| {
        p >= s.range.start
            && (first < n.tokens.start || ages(p))
            && is_np_word(doc, p)
            && !doc.is_capitalized(p)
            && !crate::lexicon::speech::is_preposition(doc.token_lower(p))
    })?;
    // "aged 11 and 7", "ages 6, 9 and 12": ages.
    Some(match doc.token_lower(noun) {
        "aged" | "ages" => "age".to_string(),
        w => w.to_string(),
    })
}

/// What a span of time is the length of: the noun phrase after "of" ("hours of talks"), or
/// the verb of its clause before "for" ("suspended … for 30 days": days suspended).
pub(super) fn duration_of(doc: &Doc, s: &Subject) -> Option<String> {
    let end = s.range.end;
    let after = s.phrase.end.max(s.number.tokens.end);
    if after + 1 < end && doc.token_lower(after) == "of" {
        let np: Vec<usize> = (after + 1..end.min(after + 4))
            .take_while(|&u| is_np_word(doc, u) && !doc.is_capitalized(u))
            .collect();
        if !np.is_empty() && !lex::is_determiner(doc.token_lower(after + 1)) {
            return Some(format!("of {}", words(doc, &np)));
        }
    }
    let start = s.number.tokens.start;
    let for_ = start.checked_sub(1).filter(|&f| f > s.range.start)?;
    if doc.token_lower(for_) != "for" {
        return None;
    }
    let verb = (s.range.start.max(for_.saturating_sub(8))..for_)
        .rev()
        .take_while(|&u| !doc.is_punct(u, ','))
        .find(|&u| {
            let w = doc.token_lower(u);
            doc.is_word(u)
                && lex::is_past_form(w)
                && !lex::is_reporting_verb(w)
                && crate::lexicon::speech::speech_verb(w).is_none()
                && !matches!(w, "been" | "had" | "was" | "were")
        })?;
    // "have not been paid for three years": what did not happen is no length of it.
    let negated = (s.range.start.max(verb.saturating_sub(3))..verb)
        .any(|u| matches!(doc.token_lower(u), "not" | "never" | "n't"));
    (!negated).then(|| doc.token_lower(verb).to_string())
}

/// The head noun of a phrase set beside a figure after a comma: "€75 million, the biggest fee
/// ever paid" is a fee, "$2m, its largest gift in a decade" a gift. Degrees ("biggest",
/// "most") and generic nouns ("amount", "sum") say nothing of what it is.
pub(super) fn apposed_noun(doc: &Doc, s: &Subject) -> Option<String> {
    let end = s.range.end;
    let comma = s.phrase.end.max(s.number.tokens.end);
    if comma + 2 >= end || doc.token_lower(comma) != "," {
        return None;
    }
    if !matches!(
        doc.token_lower(comma + 1),
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    ) {
        return None;
    }
    let words: Vec<usize> = (comma + 2..end.min(comma + 6))
        .take_while(|&u| {
            let w = doc.token_lower(u);
            doc.is_word(u)
                && !doc.is_capitalized(u)
                && !lex::ends_counted_phrase(w)
                && !matches!(w, "ever" | "since" | "yet" | "so" | "on" | "record")
                && !lex::is_past_form(w)
                && !lex::is_reporting_verb(w)
        })
        .collect();
    let last = *words.last()?;
    // "41 per cent, the survey found": a clause of its own, no apposition.
    let clause = last + 1 < end && {
        let next = doc.token_lower(last + 1);
        lex::is_past_form(next) || lex::is_reporting_verb(next) || lex::is_auxiliary(next)
    };
    if clause {
        return None;
    }
    let head = doc.token_lower(last);
    let degree = head.ends_with("est")
        || matches!(
            head,
            "most" | "least" | "same" | "first" | "last" | "more" | "less"
        );
    let generic = matches!(
        head,
        "amount" | "sum" | "total" | "figure" | "number" | "level" | "one" | "time" | "year"
    );
    (!degree && !generic && head.chars().all(char::is_alphabetic) && head.len() > 2)
        .then(|| head.to_string())
}

/// "12.5 cases per 1,000 residents", "44 per 100,000 people", "105 men for every 100 women":
/// the base a rate is counted over (a round number, which is no figure of its own).
pub(super) fn rate_base(doc: &Doc, s: &Subject) -> Option<String> {
    let end = s.range.end;
    let k = s.phrase.end.max(s.number.tokens.end);
    let at = |u: usize| if u < end { doc.token_lower(u) } else { "" };
    let from = match (at(k), at(k + 1)) {
        ("per", _) => k + 1,
        ("for" | "in", "every") => k + 2,
        _ => return None,
    };
    let base = crate::numbers::read(doc, from, end).filter(super::identifiers::is_rate_base)?;
    // The thing the base counts: a plain word, a word before a plural ("live births"), or none
    // ("per 100,000").
    let plain = |u: usize| {
        u < end
            && doc.is_word(u)
            && !doc.is_capitalized(u)
            && !lex::ends_counted_phrase(doc.token_lower(u))
    };
    let first = base.tokens.end;
    let plural = |u: usize| plain(u) && doc.token_lower(u).ends_with('s');
    let noun: Vec<usize> = match (plain(first), plural(first + 1)) {
        (false, _) => Vec::new(),
        (true, true) if !doc.token_lower(first).ends_with('s') => vec![first, first + 1],
        (true, _) => vec![first],
    };
    let number =
        doc.slice(doc.tokens[base.tokens.start].start..doc.tokens[base.tokens.end - 1].end);
    Some(match noun.is_empty() {
        true => format!("per {number}"),
        false => format!("per {number} {}", words(doc, &noun)),
    })
}

/// A list or table line's label: "Diesel: €1.689", "- Lisbon: 6.8% (down from 7.4%)". One to
/// four words open the line, then a colon, then the figure.
pub(super) fn line_label(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    let colon = start.checked_sub(1).filter(|&c| doc.is_punct(c, ':'))?;
    let para = &doc.paragraph_tokens[doc.paragraph_of(doc.tokens[start].start)];
    // "Pension strike: 1.28 million marched": a figure that a verb follows is a clause's
    // subject, and what is before the colon a topic.
    let next = s.phrase.end.max(s.number.tokens.end);
    if next < s.range.end && doc.is_word(next) {
        let w = doc.token_lower(next);
        if lex::is_past_form(w) || lex::is_auxiliary(w) || lex::is_reporting_verb(w) {
            return None;
        }
    }
    // A line may open with a bullet; several "Label: value" sentences may share a paragraph.
    let mut first = para.start.max(s.range.start);
    while first < colon && !doc.is_word(first) {
        first += 1;
    }
    if colon > first + 4 {
        return None;
    }
    let label: Vec<usize> = (first..colon).collect();
    let all_words = !label.is_empty() && label.iter().all(|&u| doc.is_word(u));
    // A time stamp ("14:05") or a speaker's turn is no label of a figure.
    // As written: a line cannot tell a label ("Diesel") from a name ("Lisbon").
    (all_words && label.len() <= 4 && doc.first_char(first).is_alphabetic())
        .then(|| doc.slice(doc.tokens[first].start..doc.tokens[colon - 1].end))
}

/// What the verb after a bare count says it counts: the people who did what only people do
/// ("1.28 million marched": people who marched) or underwent what only people undergo ("41
/// have been charged": people charged). A group of things named in front is what such a count
/// counts instead ("Of 193 member states, 141 voted").
pub(super) fn people_by_verb(doc: &Doc, s: &Subject) -> Option<String> {
    let n = s.number;
    let next = n.tokens.end;
    if n.money || n.percent || n.unit.is_some() || !s.head.is_empty() || next >= s.range.end {
        return None;
    }
    let front = s.range.start + 1..n.tokens.start.min(s.range.start + 12);
    let things_in_front = doc.token_lower(s.range.start) == "of"
        && front.clone().any(|k| {
            // The group's own count and the plural noun it counts ("Of 14 firms").
            crate::numbers::read(doc, k, n.tokens.start).is_some_and(|m| {
                (m.tokens.end..n.tokens.start.min(m.tokens.end + 3))
                    .find(|&u| doc.is_word(u) && doc.token_lower(u).ends_with('s'))
                    .is_some_and(|u| !lex::is_people_noun(&super::lemma(doc.token_lower(u))))
            })
        });
    if things_in_front {
        return None;
    }
    if crate::lexicon::events::is_crowd_act(doc.token_lower(next)) {
        return Some(format!("people who {}", doc.token_lower(next)));
    }
    (next..s.range.end.min(next + 4))
        .find(|&u| !lex::is_auxiliary(doc.token_lower(u)) && doc.token_lower(u) != "been")
        .filter(|&u| {
            u > next && crate::lexicon::events::is_done_to_people_by_law(doc.token_lower(u))
        })
        .map(|u| format!("people {}", doc.token_lower(u)))
}

/// "employs about 40,000 people", "the disease affects 2 million people", "serves 8,000
/// families": people counted as what a plain verb before them does to them, when the count says
/// no more than the people themselves.
pub(super) fn people_done_to(doc: &Doc, s: &Subject, noun: &str) -> Option<String> {
    let n = s.number;
    let p = n
        .tokens
        .start
        .checked_sub(1)
        .filter(|&p| p >= s.range.start)?;
    let w = doc.token_lower(p);
    let people = lex::is_people_noun(&super::lemma(noun)) || noun == "families";
    // A noun of its own: "forces 6,000 from homes" counts people by a class, not a noun.
    if n.money || n.percent || !people || noun.contains(' ') || !doc.is_word(p) || s.head.is_empty()
    {
        return None;
    }
    if doc.is_capitalized(p)
        || lex::is_auxiliary(w)
        || lex::is_measure_link(w)
        || crate::lexicon::changes::is_amount_verb(w)
        || crate::lexicon::speech::speech_verb(w).is_some()
        || crate::lexicon::names::is_function_word(w)
        || matches!(
            w,
            "includes" | "included" | "has" | "had" | "gets" | "got" | "needs"
        )
    {
        return None;
    }
    let participle = if w.ends_with("ed") && w.len() > 4 {
        w
    } else {
        lex::served_people(w)?
    };
    Some(format!("{noun} {participle}"))
}

/// "About 12.6 million people receive the state pension", "74,000 people have taken shelter",
/// "7.4 million people are on universal credit": people counted as what they do or where they
/// are, when the count says no more than the people themselves.
pub(super) fn people_doing(doc: &Doc, s: &Subject, noun: &str) -> Option<String> {
    let n = s.number;
    let people = lex::is_people_noun(&super::lemma(noun)) || noun == "families";
    if n.money || n.percent || !people || noun.contains(' ') || s.head.is_empty() {
        return None;
    }
    let end = s.range.end;
    let mut k = s.phrase.end.max(n.tokens.end);
    // "Some 13,841 people, including 4,401 children, were": past an aside in commas.
    if k < end && doc.is_punct(k, ',') {
        k = (k + 1..end.min(k + 12)).find(|&u| doc.is_punct(u, ','))? + 1;
    }
    let lower = |u: usize| doc.token_lower(u);
    let np_after = |from: usize| -> Vec<usize> {
        (from..end.min(from + 4))
            .take_while(|&u| {
                doc.is_word(u)
                    && !lex::ends_counted_phrase(lower(u))
                    && !crate::lexicon::is_time_word(lower(u))
                    && !lex::is_auxiliary(lower(u))
            })
            .collect()
    };
    // "are on universal credit", "were in emergency accommodation": where they are.
    if k + 2 < end
        && matches!(
            lower(k),
            "are" | "were" | "remain" | "remained" | "live" | "lived"
        )
    {
        let mut p = k + 1;
        if matches!(lower(p), "still" | "now" | "currently") {
            p += 1;
        }
        let prep = lower(p);
        if matches!(prep, "on" | "in" | "without" | "under") {
            let det = usize::from(p + 1 < end && lex::is_determiner(lower(p + 1)));
            let np = np_after(p + 1 + det);
            if !np.is_empty() {
                return Some(format!("{noun} {prep} {}", words(doc, &np)));
            }
        }
        return None;
    }
    // "receive the state pension", "have taken shelter": what they do, and its object.
    let mut v = k;
    if v < end && matches!(lower(v), "have" | "had" | "has") {
        v += 1;
    }
    if v + 1 >= end || !doc.is_word(v) || doc.is_capitalized(v) {
        return None;
    }
    let verb = lower(v);
    // "receive the state pension": a plain verb of what people get or do.
    let finite = (verb.len() > 4 && verb.ends_with("ed"))
        || lex::is_irregular_past(verb)
        || lex::is_irregular_participle(verb)
        || matches!(
            verb,
            "receive" | "use" | "live" | "work" | "rely" | "depend" | "need" | "claim" | "visit"
        );
    if !finite
        || lex::ends_counted_phrase(verb)
        || crate::lexicon::grammar::is_preposition(verb)
        || lex::is_reporting_verb(verb)
        || crate::lexicon::speech::speech_verb(verb).is_some()
        || crate::lexicon::events::befalls_people(verb)
        || lex::event_of(verb).is_some()
    {
        return None;
    }
    let det = usize::from(lex::is_determiner(lower(v + 1)));
    let object = np_after(v + 1 + det);
    // "received two doses": an object that is a figure of its own says nothing of them.
    let counted = object.first().is_some_and(|&u| {
        lex::number_word(lower(u)).is_some() || lower(u).starts_with(|c: char| c.is_ascii_digit())
    });
    if object.is_empty() || counted {
        return None;
    }
    let the = if det == 1 {
        format!("{} ", lower(v + 1))
    } else {
        String::new()
    };
    Some(format!(
        "{noun} who {} {the}{}",
        words(doc, &(k..=v).collect::<Vec<_>>()),
        words(doc, &object)
    ))
}
