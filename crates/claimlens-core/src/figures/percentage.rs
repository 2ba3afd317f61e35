//! What a percentage is: a share of a group, the change of something, the noun it qualifies or
//! the phrase it measures ("share of voters undecided", "rise in the bond yield").

use std::ops::Range;

use super::change::change;
use super::describe::{measured_before, object_after, Subject};
use super::np::{is_np_word, subject_before, words};
use crate::lexicon::changes;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// A percentage: a share of what follows "of" ("12% of voters remain undecided": share of voters
/// undecided), a change of what a verb says rose or fell ("the bond yield rose 0.3%": rise in the
/// bond yield), the noun it qualifies ("a 5% tax"), the phrase it measures ("turnout was 62%"),
/// or "percentage".
pub(super) fn percentage(doc: &Doc, s: &Subject) -> String {
    if s.phrase.partitive && !s.phrase.run.is_empty() {
        // "a fiscal deficit of 4.4% of GDP", "a fine of up to 4% of turnover": what is
        // measured as a share of the whole.
        let start = s.number.tokens.start;
        let of_before = start > s.range.start && doc.token_lower(start - 1) == "of";
        if let Some(np) = measured_before(doc, s).filter(|_| of_before) {
            return format!("{np} as a share of {}", words(doc, &s.phrase.run));
        }
        // "The deficit was 4.4% of GDP", "Remittances account for 24% of GDP": the subject of a
        // verb that says it is that much of the whole.
        // "cut the fiscal deficit to 3.9% of GDP": what a verb brought to that share.
        if let Some(np) = subject_measured(doc, s).or_else(|| super::change::brought_to(doc, s)) {
            return format!("{np} as a share of {}", words(doc, &s.phrase.run));
        }
        // "a deficit of N13.08trn, or 3.89 per cent of GDP": the amount before, restated.
        // Not "$5bn over 10 years, or 2% of GDP": a span of time is no amount restated.
        let restated = start >= s.range.start + 3
            && doc.token_lower(start - 1) == "or"
            && doc.is_punct(start - 2, ',')
            && !lex::is_time_unit(doc.token_lower(start - 3))
            && !lex::is_period_word(doc.token_lower(start - 3));
        if let Some(before) = s.earlier.last_in_sentence.filter(|_| restated) {
            let before = before.trim_start_matches("earlier ");
            return format!("{before} as a share of {}", words(doc, &s.phrase.run));
        }
        let mut out = format!("share of {}", words(doc, &s.phrase.run));
        if let Some(state) = predicate_after(doc, s.phrase.end, s.range) {
            out.push(' ');
            out.push_str(state);
        }
        return out;
    }
    // "About 2,400 people worked on it, 61% of them from nearby": a share of what the figure
    // before it counted.
    if let Some(group) = s
        .earlier
        .of_them
        .then_some(s.earlier.last_in_sentence)
        .flatten()
    {
        return format!("share of {group}");
    }
    if let Some(c) = change(doc, s) {
        return c;
    }
    if let Some(group) = s.earlier.apposed_to.filter(|_| s.phrase.run.is_empty()) {
        return format!("share of {group}");
    }
    if let Some(c) = more_in(doc, s) {
        return c;
    }
    if let Some(c) = more_likely(doc, s) {
        return c;
    }
    if let Some(c) = share_doing(doc, s) {
        return c;
    }
    if !s.phrase.run.is_empty() {
        let noun = words(doc, &s.phrase.run);
        return match object_after(doc, s, &["in", "of"]) {
            Some((prep, of)) => format!("{noun} {prep} {of}"),
            None => noun,
        };
    }
    // "the fire was 12% contained", "the stadium is 80% complete": the share of the subject.
    if let Some(state) = state_after_percent(doc, s) {
        return state;
    }
    if let Some(np) = measured_before(doc, s) {
        return np;
    }
    if let Some(tally) = super::tally::counts(doc, s.number, s.range) {
        return tally;
    }
    // "The Savings Bond pays 7.4 per cent": the rate it pays ("the company offered 4.5%" is a
    // pay offer, which the words before name).
    // Not "Savers are paid 4%", "paid 9% more for energy", "they pay 3%".
    let more = s.number.tokens.end < s.range.end
        && matches!(doc.token_lower(s.number.tokens.end), "more" | "less");
    if let Some((verb, at)) = super::np::verb_before(doc, s.number.tokens.start, s.range) {
        let passive = super::np::passive_before(doc, at, s.range);
        let np = (matches!(verb, "pays" | "paid" | "pay" | "paying") && !passive && !more)
            .then(|| super::np::subject_before(doc, at, s.range))
            .flatten()
            .filter(|np| !crate::lexicon::grammar::is_personal_pronoun(&np.to_lowercase()));
        if let Some(np) = np {
            return format!("rate paid by the {np}");
        }
        // "The Greens won 21.8%", "Mr Obi polled 12%": a bare share a party or a candidate won
        // is its support, as a poll's list gives it ("Labour 38%").
        let won = lex::is_vote_won_verb(verb);
        let after = s.number.tokens.end;
        let closes = after >= s.range.end
            || !doc.is_word(after)
            || matches!(
                doc.token_lower(after),
                "and" | "in" | "at" | "on" | "while" | "but"
            );
        let bare = s.phrase.run.is_empty() && !more && closes;
        // In a story of votes ("Sinner won 82% on his first serve", "Samsung took 22%" are
        // none): a word of elections in the sentence or the few before it.
        let election = (s.range.start.saturating_sub(80)..s.range.end)
            .any(|u| lex::is_election_word(doc.token_lower(u)));
        // A party or a candidate is named ("Shares in Delmont took 3% off" is no vote).
        if let Some(np) = (won && bare && !passive && election)
            .then(|| super::np::subject_before(doc, at, s.range))
            .flatten()
            .filter(|np| np.starts_with(char::is_uppercase))
        {
            return format!("support for {np}");
        }
    }
    // "6% of those on the drug", "2% on placebo": the group is named by where it is.
    let group = object_after(doc, s, &["on", "in", "among", "with"]);
    match group {
        Some((prep, np)) if s.phrase.partitive => format!("share of those {prep} {np}"),
        Some((prep, np)) => format!("share {prep} {np}"),
        None => "percentage".to_string(),
    }
}

/// "27% were persistently absent", "4.1% had a heart attack", "41% said they backed the plan":
/// a percentage that is its clause's subject is the share of people the predicate says it of.
fn share_doing(doc: &Doc, s: &Subject) -> Option<String> {
    let mut start = s.number.tokens.start;
    // "Just 14 per cent want": past an adverb of degree.
    if start > s.range.start && matches!(doc.token_lower(start - 1), "just" | "only") {
        start -= 1;
    }
    let opens_clause = start == s.range.start || {
        let p = doc.token_lower(start - 1);
        matches!(
            p,
            "," | ":" | ";" | "that" | "and" | "but" | "while" | "whereas"
        )
    };
    if !opens_clause {
        return None;
    }
    // Past "of those with under an hour of screen time": a partitive's group, no punctuation.
    let end = s.range.end.min(s.number.tokens.end + 14);
    let verb = (s.number.tokens.end..end)
        .take_while(|&k| doc.is_word(k))
        .find(|&k| {
            let w = doc.token_lower(k);
            // "61% would vote again": a modal before a verb of opinion ("60% will go to
            // hospitals" is money's share).
            let modal = matches!(w, "would" | "will")
                && k + 1 < s.range.end
                && crate::lexicon::speech::is_opinion_verb(doc.token_lower(k + 1));
            lex::is_state_link(w)
                || modal
                || crate::lexicon::speech::is_opinion_verb(w)
                || matches!(
                    w,
                    "had" | "have" | "has" | "said" | "say" | "says" | "reported"
                )
        })?;
    // "61% would vote again and 30% support": up to the next figure's clause.
    let next_figure = |k: usize| {
        k + 1 < s.range.end
            && matches!(doc.token_lower(k), "and" | "but" | "or")
            && doc.first_char(k + 1).is_ascii_digit()
    };
    let words: Vec<usize> = (verb..s.range.end)
        .take_while(|&k| {
            doc.is_word(k)
                && !matches!(doc.token_lower(k), "compared" | "than" | "while")
                && !next_figure(k)
        })
        .take(7)
        .collect();
    if words.len() < 2 {
        return None;
    }
    let be = lex::is_state_link(doc.token_lower(verb));
    let predicate = if be { &words[1..] } else { &words[..] };
    Some(if be {
        format!("share {}", super::np::words(doc, predicate))
    } else {
        format!("share who {}", super::np::words(doc, predicate))
    })
}

/// "pay 4.99 per cent more in council tax", "10% less for electricity": the rise or fall in
/// what follows.
fn more_in(doc: &Doc, s: &Subject) -> Option<String> {
    let k = s.number.tokens.end;
    if k + 2 >= s.range.end || !matches!(doc.token_lower(k + 1), "in" | "on" | "for") {
        return None;
    }
    let c = match doc.token_lower(k) {
        "more" | "higher" => changes::Change::Rise,
        "less" | "lower" => changes::Change::Fall,
        _ => return None,
    };
    let mut u = k + 2;
    while u < s.range.end && lex::is_determiner(doc.token_lower(u)) {
        u += 1;
    }
    let np: Vec<usize> = (u..s.range.end)
        .take(4)
        .take_while(|&v| is_np_word(doc, v) && !crate::lexicon::is_time_word(doc.token_lower(v)))
        .collect();
    (!np.is_empty()).then(|| format!("{} in {}", c.noun(), words(doc, &np)))
}

/// "30% more likely to develop dementia", "half as likely to": a change in the likelihood of
/// what follows "to".
fn more_likely(doc: &Doc, s: &Subject) -> Option<String> {
    let k = s.number.tokens.end;
    if k + 1 >= s.range.end || doc.token_lower(k + 1) != "likely" {
        return None;
    }
    let c = match doc.token_lower(k) {
        "more" => changes::Change::Rise,
        "less" => changes::Change::Fall,
        _ => return None,
    };
    let to = k + 2;
    let what: Vec<usize> = if to < s.range.end && doc.token_lower(to) == "to" {
        (to + 1..s.range.end)
            .take(3)
            .take_while(|&v| doc.is_word(v) && !lex::ends_counted_phrase(doc.token_lower(v)))
            .collect()
    } else {
        Vec::new()
    };
    Some(if what.is_empty() {
        format!("{} in likelihood", c.noun())
    } else {
        format!("{} in likelihood to {}", c.noun(), words(doc, &what))
    })
}

/// The subject of a verb that makes it a share of a whole ("was", "stood at", "accounts for",
/// "makes up"), when it is a common noun (not "Labour", which wins a share of the vote).
fn subject_measured(doc: &Doc, s: &Subject) -> Option<String> {
    let mut u = s.number.tokens.start;
    // Past the qualifier's and the verb's little words: "stood at about", "account for".
    while u > s.range.start
        && matches!(
            doc.token_lower(u - 1),
            "at" | "for"
                | "up"
                | "to"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "roughly"
                | "now"
                | "still"
                | "currently"
                | "already"
        )
    {
        u -= 1;
    }
    let verb = u.checked_sub(1).filter(|&v| v >= s.range.start)?;
    let share_verb = matches!(
        doc.token_lower(verb),
        "is" | "was"
            | "are"
            | "were"
            | "stood"
            | "stands"
            | "remained"
            | "remains"
            | "account"
            | "accounts"
            | "accounted"
            | "make"
            | "makes"
            | "made"
            | "represent"
            | "represents"
            | "represented"
            | "equalled"
            | "equaled"
            | "equals"
            | "amounts"
            | "amounted"
            | "reached"
            | "reaches"
            | "reach"
            | "peaked"
            | "peaks"
            | "peak"
            | "hit"
            | "hits"
    ) || (changes::change_verb(doc.token_lower(verb)).is_some()
        // "Employers must add 3% of earnings": what they pay in, no share they are.
        && !doc.token_lower(verb).starts_with("add"))
        || infinitive_of_change(doc, verb, s.range);
    if !share_verb {
        return None;
    }
    let np = super::np::subject_before(doc, verb, s.range)?;
    (!np.starts_with(char::is_uppercase)
        && !matches!(np.as_str(), "it" | "this" | "that" | "they" | "which"))
    .then_some(np)
}

/// "forecast to narrow to 4.5% of GDP": a verb of change in its plain form after "to" (alone
/// the plain form is as often an adjective or a noun: "a narrow win").
fn infinitive_of_change(doc: &Doc, verb: usize, range: &std::ops::Range<usize>) -> bool {
    let w = doc.token_lower(verb);
    verb > range.start
        && doc.token_lower(verb - 1) == "to"
        && [format!("{w}s"), format!("{w}ed"), format!("{w}d")]
            .iter()
            .any(|form| changes::change_verb(form).is_some())
}

/// "12% contained", "80% complete": a share of the subject in a state, "Red Gulch fire
/// contained".
fn state_after_percent(doc: &Doc, s: &Subject) -> Option<String> {
    let k = s.number.tokens.end;
    if k >= s.range.end || !doc.is_word(k) || doc.is_capitalized(k) {
        return None;
    }
    let state = doc.token_lower(k);
    let participle = (state.len() > 4 && state.ends_with("ed"))
        || matches!(state, "complete" | "full" | "done" | "finished" | "built");
    let ends = k + 1 >= s.range.end
        || !doc.is_word(k + 1)
        || lex::ends_counted_phrase(doc.token_lower(k + 1));
    if !participle || !ends || s.number.tokens.start <= s.range.start {
        return None;
    }
    // "was 12% contained": the subject of the copula before the figure.
    let before = s.number.tokens.start - 1;
    let subject = lex::is_state_link(doc.token_lower(before))
        .then(|| subject_before(doc, before, s.range))
        .flatten();
    Some(match subject {
        Some(np) => format!("{np} {state}"),
        None => format!("share {state}"),
    })
}

/// A state after a share's noun ("of voters remain undecided" → "undecided").
fn predicate_after<'a>(doc: &'a Doc, k: usize, range: &Range<usize>) -> Option<&'a str> {
    if k + 1 >= range.end {
        return None;
    }
    let link = doc.token_lower(k);
    let state = doc.token_lower(k + 1);
    let ends = k + 2 >= range.end
        || !doc.is_word(k + 2)
        || lex::ends_counted_phrase(doc.token_lower(k + 2));
    (lex::is_state_link(link)
        && doc.is_word(k + 1)
        && !doc.is_capitalized(k + 1)
        && !lex::ends_counted_phrase(state)
        && !state.ends_with("ly")
        && ends)
        .then_some(state)
}
