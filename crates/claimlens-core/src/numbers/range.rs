//! The ranges a number opens: "eight or nine", "5 to 7", "between 20Hz and 20kHz", "from 310
//! miles to 350", and a change written with both ends ("rose from $1,910 to $2,050").

use super::tight::{scaled, token_value};
use super::{Lead, Number};
use crate::lexicon::quantities as lex;
use crate::lexicon::{changes, currencies};
use crate::model::Qualifier;
use crate::text::Doc;

/// The far end of a range and where it ends.
pub(super) struct RangeEnd {
    pub low: f64,
    pub high: f64,
    pub last: usize,
    pub unit: Option<String>,
    pub percent: bool,
}

/// "eight or nine", "5 to 7", "between 5 and 7", "30–45min", "six to seven thousand", "from
/// 310 miles to 350", "between 20Hz and 20kHz". A change written with both ends ("rose from
/// $1,910 to $2,050", "went from 12 minutes to 40") is one figure too, the range of values the
/// quantity took (issue 15, "Ranges in every form"); a change by an amount then to a level
/// ("fell $2 to $71.40") is two.
pub(super) fn read_range(
    doc: &Doc,
    lead: &Lead,
    last: usize,
    end: usize,
    value: f64,
    unit: Option<&str>,
    first_scaled: bool,
) -> Option<RangeEnd> {
    let before = |k: usize| {
        if lead.first >= k {
            doc.token_lower(lead.first - k)
        } else {
            ""
        }
    };
    let from = before(1) == "from";
    let between = before(1) == "between";
    // "fell $2 to $71.40" is a change by an amount and the level reached, not a range; "dropped
    // 8 to 12 inches" is a range, since a bare number after the verb is not a change of level.
    let first_percent =
        doc.is_punct(last, '%') || matches!(doc.token_lower(last), "percent" | "cent");
    let first_has_unit = lead.money || first_percent;
    // "diesel by Sh11.20 to Sh203.10": "by" an amount after a verb of change earlier in the
    // sentence, its verb left out.
    let changed_earlier = (2..=16)
        .map(before)
        .take_while(|w| !matches!(*w, "" | "." | ";"))
        .any(|w| changes::change_verb(w).is_some());
    // "dropped by 21,500 to 1.04 million": "by" right after the verb is the change, whatever
    // its unit.
    // "fall by 40 to 50 per cent": bare, the first end may share the second's unit; the ends'
    // sizes say which it is, below.
    let by_after_verb = before(1) == "by" && changes::change_verb(before(2)).is_some();
    let after_change = (changes::change_verb(before(1)).is_some() && first_has_unit)
        || (before(1) == "by" && changed_earlier && first_has_unit)
        || (by_after_verb && first_has_unit);
    if after_change {
        return None;
    }
    let bare_after_verb = changes::change_verb(before(1)).is_some();
    // "from 310 miles to 350": a unit word may sit between the ends.
    let mut link_at = last + 1;
    let mut inner_unit = None;
    if from && link_at < end && doc.is_word(link_at) && doc.token_lower(link_at) != "to" {
        inner_unit = Some(doc.token_lower(link_at).to_string());
        link_at += 1;
    }
    if link_at + 1 >= end {
        return None;
    }
    let link = doc.token_lower(link_at);
    let dash =
        doc.is_punct(link_at, '–') || doc.is_punct(link_at, '—') || doc.is_punct(link_at, '-');
    let linked = match link {
        "or" => !from && !between,
        "to" => !between,
        "and" => between,
        _ => dash && !from && !between,
    };
    if !linked {
        return None;
    }
    let mut second_at = link_at + 1;
    if lead.money {
        second_at += currency_before(doc, second_at, end);
    }
    if second_at >= end {
        return None;
    }
    let second = token_value(doc, second_at, lead.money)?;
    let mut high = second.value;
    let mut last = second_at;
    // "between 17,4% and 35,3%": a decimal comma in the second end.
    let mut second_scaled = second.scaled;
    if second.unit.is_none() && !second.scaled {
        if let Some((value, at, scaled)) =
            super::grouped::decimal_comma(doc, second_at, end, second.value, lead.money)
        {
            (high, last, second_scaled) = (value, at, scaled);
        }
    }
    // "six to seven thousand", "2 to 2.5 million": a scale after the second end scales both.
    let mut scale = 1.0;
    if !second_scaled {
        while last + 1 < end {
            let Some(m) = lex::scale_word(doc.token_lower(last + 1)) else {
                break;
            };
            scale *= m;
            last += 1;
        }
    }
    let mut low = value;
    high = scaled(high, scale);
    // "from 900 to 1.2 million": a scale that would put the first end above the second is the
    // second end's own.
    if !first_scaled && scaled(low, scale) < high {
        low = scaled(low, scale);
    }
    // "Homicides fell 13 to 118": a change far smaller than the level it reaches is the change
    // and the level ("dropped 8 to 12 inches" is a range). So after "by" ("raised the price by
    // ₹143 to ₹2,369"; "cut emissions by 40 to 50 per cent" is a range).
    let by = before(1) == "by";
    if (bare_after_verb || by) && low > 0.0 && high > 4.0 * low {
        return None;
    }
    // "20Hz and 20kHz": the ends compared in the first end's unit.
    if let (Some(u1), Some(u2)) = (unit, second.unit.as_deref()) {
        high *= lex::si_factor(u1, u2);
    }
    let mut percent = false;
    if last + 1 < end && doc.is_punct(last + 1, '%') {
        percent = true;
        last += 1;
    } else if let Some(words) = percent_words(doc, last + 1, end) {
        // "from 3 to 5 per cent", "10 to 12 percent".
        percent = true;
        last += words;
    }
    // "weakened 0.4% to 129.60": a percentage and a plain number are a change and a level.
    if first_percent && !percent {
        return None;
    }
    // "dropped by 21,500 to 1.04 million": bare numbers after "by" are a change and a level.
    if by_after_verb && !percent && second.unit.is_none() {
        return None;
    }
    // A fall from one level to another is the range between them, low end first, when a verb
    // moved it ("will be cut from 70mph to 50mph", "lowered its target for the index from
    // 8,100 to 7,600"); "open from 10 to 4" is two times.
    let moved = (2..=12)
        .map(before)
        .take_while(|w| !matches!(*w, "" | "." | ";"))
        .any(|w| {
            changes::change_verb(w).is_some()
                || changes::is_causative_verb(w)
                || matches!(
                    w,
                    "cut"
                        | "cuts"
                        | "lowered"
                        | "lowers"
                        | "reduced"
                        | "reduces"
                        | "slashed"
                        | "trimmed"
                        | "downgraded"
                        | "revised"
                )
        });
    if from && moved && high < low {
        (low, high) = (high, low);
    }
    if high <= low {
        return None;
    }
    Some(RangeEnd {
        low,
        high,
        last,
        unit: inner_unit.or(second.unit),
        percent,
    })
}

/// How many tokens of a currency a second end opens with: "$", "US$", "S$", "Rs", "KSh", "EUR".
fn currency_before(doc: &Doc, k: usize, end: usize) -> usize {
    let glued = |a: usize| a + 1 < end && doc.tokens[a].end == doc.tokens[a + 1].start;
    let text = |a: usize| if a < end { doc.token_text(a) } else { "" };
    let letters = |w: &str| (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    if currencies::is_currency_symbol(text(k)) {
        1
    } else if letters(text(k)) && glued(k) && currencies::is_currency_symbol(text(k + 1)) {
        2
    } else if currencies::is_currency_code(text(k))
        || matches!(
            currencies::currency_prefix(text(k)),
            Some(currencies::PrefixKind::Letters)
        )
        || (currencies::currency_prefix(text(k)).is_some() && glued(k))
    {
        1
    } else {
        0
    }
}

/// How many words of "percent" or "per cent" start at `k`, if they do.
fn percent_words(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    match doc.token_lower(k.min(end.saturating_sub(1))) {
        _ if k >= end => None,
        "percent" => Some(1),
        "per" if k + 1 < end && doc.token_lower(k + 1) == "cent" => Some(2),
        _ => None,
    }
}

/// "30-45 minutes", "20-25 people": two numbers joined by a hyphen before a unit or a noun are a
/// range; a score or a vote ("won 3-2", "voted 5-4") the text splits into its two numbers.
pub(super) fn hyphenated(doc: &Doc, t: usize, end: usize) -> Option<Number> {
    // The number and its unit must both lie inside the stretch read (and the text).
    if t + 1 >= end.min(doc.tokens.len()) {
        return None;
    }
    let (a, b) = doc.token_lower(t).split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    // "40-42C", "10-15cm", "40C-42C": the unit written tight to the second number, and maybe
    // to the first.
    let split = |s: &'_ str| -> (String, String) {
        let n: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
        (s[n.len()..].to_string(), n)
    };
    let (b_unit, b_digits) = split(b);
    let (a_unit, a_digits) = split(a);
    let is_unit_word = |w: &str| lex::is_time_unit(w) || lex::unit_quantity(w).is_some();
    let tight =
        !b_unit.is_empty() && is_unit_word(&b_unit) && (a_unit.is_empty() || a_unit == b_unit);
    if tight && digits(&a_digits) && digits(&b_digits) {
        let (low, high): (f64, f64) = (a_digits.parse().ok()?, b_digits.parse().ok()?);
        return (low < high).then(|| pair(t..t + 1, low, high, Some(b_unit)));
    }
    // "2.1-2.4%": decimals, and a percent sign after the pair.
    let decimal = |s: &str| {
        s.split_once('.')
            .is_some_and(|(i, f)| digits(i) && digits(f))
    };
    if !(digits(a) || decimal(a)) || !(digits(b) || decimal(b)) {
        return None;
    }
    let (low, high): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
    // "4-5 per cent", "4-5 percent" too.
    let per_cent = match doc.token_lower(t + 1) {
        "percent" => Some(2),
        "per" if t + 2 < end.min(doc.tokens.len()) && doc.token_lower(t + 2) == "cent" => Some(3),
        _ => None,
    };
    if let Some(len) = doc.is_punct(t + 1, '%').then_some(2).or(per_cent) {
        let mut range = pair(t..t + len, low, high, None);
        range.percent = true;
        return (low < high).then_some(range);
    }
    if !(digits(a) && digits(b)) {
        return None;
    }
    let unit = doc.token_lower(t + 1);
    let is_unit = is_unit_word(unit);
    // "about 15-20", "put the dead at 15-20": a word of estimate before the pair makes it a
    // range with nothing after it (a score never follows one).
    let before = |k: usize| if t >= k { doc.token_lower(t - k) } else { "" };
    let estimate = matches!(
        before(1),
        "about" | "around" | "some" | "roughly" | "approximately" | "estimated" | "between"
    ) || (before(1) == "at"
        && (2..=5).any(|k| matches!(before(k), "put" | "puts" | "estimated" | "estimates")));
    if estimate && low < high {
        return Some(pair(t..t + 1, low, high, None));
    }
    // "20-25 people": a noun after the pair makes it a range of that noun, read after it.
    let noun = doc.is_word(t + 1)
        && !doc.is_capitalized(t + 1)
        && !lex::ends_counted_phrase(unit)
        && !lex::is_determiner(unit);
    if low >= high || !(is_unit || noun) {
        return None;
    }
    let tokens = if is_unit { t..t + 2 } else { t..t + 1 };
    Some(pair(tokens, low, high, is_unit.then(|| unit.to_string())))
}

/// The range a hyphenated pair reads as, from `low` to `high`, in `unit` if it has one.
fn pair(tokens: std::ops::Range<usize>, low: f64, high: f64, unit: Option<String>) -> Number {
    Number {
        tokens,
        low: Some(low),
        high: Some(high),
        qualifier: Qualifier::Range,
        percent: false,
        value: low,
        money: false,
        unit,
        share: false,
    }
}
