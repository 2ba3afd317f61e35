//! What a figure borrows from the figures before it: the label of one it is coordinated with,
//! for the name or group its left-out verb was for ("Barclays dropped 5.6%, Glencore 4.1%",
//! "16.8% against 12.9% for men"), what "the figure" stood for, a fallback's earlier value, and
//! what a count a share stands beside in commas counts ("1,200 jobs, or 8%").

use super::describe::{is_fallback, Earlier, Subject};
use super::np::{is_np_word, words};
use crate::text::Doc;

/// `out`, or the label the figure before gives it when this one repeats that label for another
/// name or group, or says only "the figure".
pub(super) fn from_neighbour(doc: &Doc, s: &Subject, out: String) -> String {
    // "Barclays dropped 5.6% and Glencore 4.1%", "Domestic passengers will receive A$225 and
    // international passengers A$450": the same measure of the name or group the verb was
    // left out for.
    // "Clothing prices rose 1.4% in the month and housing 5.4%": further back in the sentence
    // too, when a joined name or noun stands right before the figure.
    let gapped = s
        .earlier
        .coordinated
        .or(s.earlier.in_sentence)
        .filter(|&before| out == before)
        .and_then(|before| {
            let start = s.number.tokens.start;
            // "a single ticket rises to £2.90 and a weekly pass to £18.50": the level of the
            // thing named before "to" or "at".
            let level = start > s.range.start && matches!(doc.token_lower(start - 1), "to" | "at");
            if level {
                return gapped_name(doc, s, start - 1);
            }
            let at = [" in ", " by ", " for ", " of "]
                .iter()
                .filter_map(|p| before.rfind(p).map(|i| i + p.len()))
                .max()?;
            // "rose by a third, and rents by a quarter": the name before "by".
            let named_at = match start > s.range.start && doc.token_lower(start - 1) == "by" {
                true => start - 1,
                false => start,
            };
            Some(format!(
                "{}{}",
                &before[..at],
                gapped_name(doc, s, named_at)?
            ))
        });
    let mut out = gapped.unwrap_or(out);
    // "The unemployment rate for women was 16.8% against 12.9% for men": the same measure of
    // the group named after the figure.
    let regrouped = s
        .earlier
        .in_sentence
        .filter(|&before| out == before)
        .and_then(|before| {
            let k = s.phrase.end.max(s.number.tokens.end);
            let prep = ["for", "among", "in"]
                .into_iter()
                .find(|&p| k < s.range.end && doc.token_lower(k) == p)?;
            let (head, _) = before.rsplit_once(&format!(" {prep} "))?;
            let group: Vec<usize> = (k + 1..s.range.end.min(k + 4))
                .take_while(|&v| {
                    is_np_word(doc, v) && !crate::lexicon::is_time_word(doc.token_lower(v))
                })
                .collect();
            (!group.is_empty()).then(|| format!("{head} {prep} {}", words(doc, &group)))
        });
    out = regrouped.unwrap_or(out);
    // "about 6 million households are in fuel poverty, while the government's measure puts the
    // figure at 3.2 million": "the figure" stands for what the one before counted.
    let stands_for = matches!(out.as_str(), "figure" | "figures");
    if let Some(before) = s
        .earlier
        .stood_for
        .or(s.earlier.previous)
        .filter(|_| stands_for)
    {
        out = before.trim_start_matches("earlier ").to_string();
    } else if let Some(counted) = stands_for.then(|| counted_before(doc, s)).flatten() {
        out = counted;
    }
    out
}

/// "The number of homeless families reached a record. The figure now stands at 1,438": what a
/// count named with no figure in the sentence before counts.
fn counted_before(doc: &Doc, s: &Subject) -> Option<String> {
    let from = s.range.start.saturating_sub(40);
    let of = (from + 1..s.range.start).rev().find(|&u| {
        doc.token_lower(u) == "of"
            && matches!(
                doc.token_lower(u - 1),
                "number" | "total" | "tally" | "count"
            )
    })?;
    let np: Vec<usize> = (of + 1..s.range.start)
        .skip_while(|&u| crate::lexicon::quantities::is_determiner(doc.token_lower(u)))
        .take_while(|&u| is_np_word(doc, u) && !doc.token_lower(u).ends_with("ed"))
        .take(4)
        .collect();
    (!np.is_empty()).then(|| words(doc, &np))
}

/// The name or noun phrase right before `start` (the figure, or the "to" before it) whose verb
/// was left out, after "and", a comma or "while" ("… and Glencore 4.1%", "… and profit 3%").
fn gapped_name(doc: &Doc, s: &Subject, start: usize) -> Option<String> {
    let from = s.range.start.max(start.saturating_sub(3));
    // "Sales rose 5% and profit 3%": a noun phrase as well as a name.
    let first = (from..start).find(|&u| {
        (u..start).all(|v| doc.is_word(v) && (doc.is_capitalized(v) || is_np_word(doc, v)))
    })?;
    // "… and a weekly pass to £18.50": past the phrase's article.
    let opening = if first > s.range.start + 1
        && crate::lexicon::quantities::is_determiner(doc.token_lower(first - 1))
    {
        first - 1
    } else {
        first
    };
    let joined = opening > s.range.start
        && (doc.is_punct(opening - 1, ',')
            || matches!(doc.token_lower(opening - 1), "and" | "while" | "but"));
    // A name keeps its capitals wherever it stands.
    let name = (first..start).all(|v| doc.is_capitalized(v));
    joined.then(|| match name {
        true => (first..start)
            .map(|v| doc.token_text(v))
            .collect::<Vec<_>>()
            .join(" "),
        false => super::np::words(doc, &(first..start).collect::<Vec<_>>()),
    })
}

/// What a change's label is a change in ("rise in wheat sowing": "wheat sowing"), or the label.
pub(super) fn changed_thing(label: &str) -> &str {
    ["rise in ", "fall in ", "change in "]
        .iter()
        .find_map(|c| label.strip_prefix(c))
        .unwrap_or(label)
}

/// A fallback replaced by what an earlier figure counts: its value repeated, or the figure of the
/// same kind before it in the sentence ("up from €5.2m": the earlier revenue).
pub(super) fn refer_back(noun: String, earlier: &Earlier) -> String {
    // "up 22%" after "revenue of $184.6m": the rise in what that figure counts.
    if matches!(noun.as_str(), "rise" | "fall" | "change") {
        // "change by -0.4% this year before growing 1.1%": a rise in GDP, not in its change.
        return match earlier.last_in_sentence {
            Some(before) => format!("{noun} in {}", changed_thing(before)),
            None => noun,
        };
    }
    if !is_fallback(&noun) {
        return noun;
    }
    // "expects 2.5 per cent by next year, from 3.1 per cent now": an earlier value.
    let noun = if earlier.after_from {
        "earlier value".to_string()
    } else {
        noun
    };
    if let Some(same) = earlier.same_value {
        return same.to_string();
    }
    match (noun.as_str(), earlier.in_sentence, earlier.coordinated) {
        ("earlier value", Some(before), _) => format!("earlier {before}"),
        ("level", Some(before), _) => before.to_string(),
        (_, Some(before), _) if earlier.of_them => before.to_string(),
        (_, None, _) if earlier.of_them && earlier.nearby.is_some() => {
            earlier.nearby.unwrap_or_default().to_string()
        }
        (_, _, Some(before)) => before.to_string(),
        // "£612 a year from April. That’s up from £506": the earlier value of what the figure
        // before it counts, never the same thing (which would read as a conflict).
        _ => match earlier.previous.or(match noun.as_str() {
            "amount of money" => earlier.amount_nearby,
            _ => earlier.nearby,
        }) {
            Some(before) if noun == "earlier value" && !before.starts_with("earlier ") => {
                format!("earlier {before}")
            }
            // "The midpoint rises to $9.50 from $8.75. … the payout would inject about $16.9
            // billion": a value earlier than another is not what a later figure borrows.
            Some(before) if noun != "earlier value" => {
                before.trim_start_matches("earlier ").to_string()
            }
            Some(before) => before.to_string(),
            None => noun,
        },
    }
}

/// Does the share `n` stand in commas beside the count whose number ends before token `after`,
/// as another way to say it: "the results of 214,600 candidates, about 13 per cent, are
/// withheld", "1,200 jobs, or 8%"? The count's phrase runs up to the comma (a word or three),
/// and the share closes its phrase.
pub(super) fn apposed(
    doc: &Doc,
    after: usize,
    n: &crate::numbers::Number,
    range: &std::ops::Range<usize>,
) -> bool {
    let mut u = n.tokens.start;
    if u > range.start && doc.token_lower(u - 1) == "or" {
        u -= 1;
    }
    if u <= range.start || doc.token_lower(u - 1) != "," {
        return false;
    }
    let comma = u - 1;
    let phrase = after..comma;
    let closes = n.tokens.end >= range.end
        || matches!(
            doc.token_lower(n.tokens.end),
            "," | "." | ";" | ")" | "—" | "–"
        );
    after <= comma && phrase.len() <= 3 && phrase.clone().all(|t| doc.is_word(t)) && closes
}

/// The sentences inside a quotation that runs over several ("“We lost 40 homes. Another 12
/// were damaged,” he said."): attribution reads such a sentence whole, figures one by one.
pub(super) fn quoted_sentences(
    art: &crate::attribution::ArticleAnalysis,
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let doc = &art.doc;
    let mut start = range.start;
    let end = range.end;
    let mut cuts = (range.start..end.saturating_sub(1)).filter(move |&t| {
        art.in_quote[t].is_some()
            && art.in_quote[t] == art.in_quote[t + 1]
            && (doc.is_punct(t, '.') || doc.is_punct(t, '!') || doc.is_punct(t, '?'))
            && doc.is_word(t + 1)
            && doc.is_capitalized(t + 1)
    });
    std::iter::from_fn(move || {
        if start >= end {
            return None;
        }
        let piece = match cuts.next() {
            Some(t) => start..t + 1,
            None => start..end,
        };
        start = piece.end;
        Some(piece)
    })
}

/// Is `value` unlikely to recur in an article by chance: not a small or round number?
pub(super) fn distinctive(value: f64) -> bool {
    let v = value.abs();
    let two_decimals = (v * 10.0).fract().abs() > 1e-9;
    two_decimals || (v > 12.0 && v % 5.0 != 0.0) || (v > 100.0 && v % 100.0 != 0.0)
}

/// Is `counts` only the word right before the number ("unbeaten 143"), a guess too weak to
/// lend to another figure?
pub(super) fn guessed_from_word_before(
    doc: &crate::text::Doc,
    n: &crate::numbers::Number,
    counts: &str,
) -> bool {
    n.tokens.start > 0 && doc.token_lower(n.tokens.start - 1) == counts
}

/// Does the number open its sentence (past its qualifier) or stand for "it" ("put it at
/// 80,000"), so that a bare one may be of what the sentence before counted?
pub(super) fn stands_for_earlier(
    doc: &crate::text::Doc,
    n: &crate::numbers::Number,
    range: &std::ops::Range<usize>,
) -> bool {
    let opens = n.tokens.start == range.start;
    let for_it = (range.start..n.tokens.start)
        .rev()
        .take(3)
        .any(|u| doc.token_lower(u) == "it");
    opens || for_it
}

/// Is the number set against an earlier one of the sentence: "a profit of ₹1,240 crore,
/// compared with ₹980 crore a year ago", "against 2.1% last year"?
pub(super) fn compared(
    doc: &Doc,
    n: &crate::numbers::Number,
    range: &std::ops::Range<usize>,
) -> bool {
    let before = |k: usize| {
        if n.tokens.start >= range.start + k {
            doc.token_lower(n.tokens.start - k)
        } else {
            ""
        }
    };
    let set_against = matches!(before(1), "against" | "versus" | "vs" | "vs.")
        || (matches!(before(1), "with" | "to") && before(2) == "compared");
    // Only a value of an earlier time ("a year ago", "last year", "in 2019"); "2% on
    // placebo" is another group's.
    let own_group = doc.token_lower(n.tokens.end.min(range.end - 1)) == "of";
    let then = !own_group
        && (n.tokens.end..range.end.min(n.tokens.end + 4)).any(|u| {
            let w = doc.token_lower(u);
            matches!(
                w,
                "ago" | "earlier" | "last" | "previous" | "previously" | "before"
            ) || (w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        });
    set_against && then
}

/// Is the figure what someone expected: "the 6% economists had forecast", "the 2.9% analysts
/// expected", "the forecast of $10.3 billion", "an estimate of £1.8m"? Says which.
pub(super) fn expected(doc: &Doc, s: &Subject) -> Option<&'static str> {
    let n = s.number;
    let forecast_verb = |w: &str| {
        matches!(
            w,
            "forecast" | "forecasted" | "expected" | "predicted" | "projected" | "anticipated"
        )
    };
    // After it: a forecaster, perhaps "had", then the verb.
    let mut u = n.tokens.end;
    let mut forecaster = false;
    while u < s.range.end && doc.is_word(u) && u < n.tokens.end + 4 {
        let w = doc.token_lower(u);
        if forecast_verb(w) {
            return forecaster.then_some("forecast");
        }
        let who = matches!(
            w,
            "economists" | "analysts" | "forecasters" | "traders" | "investors" | "markets"
        );
        forecaster |= who;
        if !(who
            || matches!(w, "had" | "have" | "many" | "most")
            || crate::lexicon::quantities::is_determiner(w))
        {
            break;
        }
        u += 1;
    }
    // Before it: "the forecast of", "expectations of", "a previous estimate of".
    let start = n.tokens.start;
    if start < s.range.start + 2 || doc.token_lower(start - 1) != "of" {
        return None;
    }
    match doc.token_lower(start - 2) {
        "forecast" | "forecasts" | "expectations" | "consensus" | "prediction" | "predictions"
        | "projection" | "projections" => Some("forecast"),
        "estimate" | "estimates" => Some("estimate"),
        _ => None,
    }
}
