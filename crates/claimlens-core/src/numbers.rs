//! Reading numbers written in digits or words, with the qualifiers that make them intervals,
//! the scales and units written tight to them ("$2.4bn", "70mph") and the ranges they open
//! (`range`).

mod bounds;
mod fractions;
mod grouped;
mod one;
mod range;
mod tight;

use crate::lexicon::currencies;
use crate::lexicon::quantities as lex;
use crate::model::Qualifier;
use crate::text::Doc;
use bounds::{open_end_after, read_bound};
use range::read_range;
pub(crate) use tight::compound_unit;
use tight::{scaled, token_value};

/// A number found at some tokens, as an interval.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    /// Token range covering the qualifier, any currency symbol or sign, the number and any
    /// scale, unit or percent sign.
    pub tokens: std::ops::Range<usize>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub percent: bool,
    /// The value the text names (for labels): the scaled number itself, not the interval.
    pub value: f64,
    /// Written with a currency symbol or name.
    pub money: bool,
    /// The unit written tight to the number ("mph" in "70mph") or between the ends of a range
    /// ("miles" in "from 310 miles to 350"), lower case.
    pub unit: Option<String>,
    /// A share of a whole written as words ("half of", "two-thirds", "one in four"): its value
    /// is the share, never a count of the noun after it.
    pub share: bool,
}

/// The first number token of a figure and whatever is written glued before it: a currency
/// symbol, a sign, a tilde.
struct Lead {
    /// First token of the lead (the symbol, or the number itself).
    first: usize,
    money: bool,
    negative: bool,
    tilde: bool,
}

fn glued(doc: &Doc, a: usize, b: usize) -> bool {
    doc.tokens[a].end == doc.tokens[b].start
}

/// Reads the symbols written before the number at `t` ("$", "-", "~", "US$").
fn lead(doc: &Doc, t: usize) -> Lead {
    let mut out = Lead {
        first: t,
        money: false,
        negative: false,
        tilde: false,
    };
    while out.first > 0 && !doc.is_word(out.first - 1) && glued(doc, out.first - 1, out.first) {
        let p = out.first - 1;
        let sym = doc.token_text(p);
        let loose_before = p == 0 || !glued(doc, p - 1, p) || !doc.is_word(p - 1);
        if currencies::is_currency_symbol(sym) {
            out.money = true;
        } else if matches!(sym, "-" | "−") && loose_before && !out.money {
            out.negative = true;
        } else if sym == "+" && loose_before {
        } else if sym == "~" {
            out.tilde = true;
        } else {
            break;
        }
        out.first = p;
    }
    // "R$ 75 million", "€ 5m": a currency's sign one space before the amount.
    if !out.money && out.first > 0 {
        let p = out.first - 1;
        let spaced = doc.tokens[p].end + 1 == doc.tokens[out.first].start;
        if spaced && currencies::is_currency_symbol(doc.token_text(p)) {
            out.money = true;
            out.first = p;
        }
    }
    // "US$40", "S$1.46 billion", "NZ$12": a country's letters glued before its dollar.
    if out.money && out.first > 0 && glued(doc, out.first - 1, out.first) {
        let letters = doc.token_text(out.first - 1);
        if (1..=3).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase()) {
            out.first -= 1;
        }
    }
    // "minus 253C": the sign in words; "plus or minus 3.1 points" is a margin, no sign.
    let margin = out.first >= 3
        && doc.token_lower(out.first - 2) == "or"
        && doc.token_lower(out.first - 3) == "plus";
    if !out.negative && !margin && out.first > 0 && doc.token_lower(out.first - 1) == "minus" {
        out.negative = true;
        out.first -= 1;
    }
    // Wire copy writes currencies as codes: "EUR 40 million", "USD 1.2bn"; papers as letters,
    // "Sh400", "Rs 500", "R1.2bn" (the tokens split a glued one off).
    if !out.money && out.first > 0 {
        let before = doc.token_text(out.first - 1);
        let letters = match currencies::currency_prefix(before) {
            Some(currencies::PrefixKind::Letters) => true,
            Some(currencies::PrefixKind::Letter) => glued(doc, out.first - 1, out.first),
            None => false,
        };
        if letters || currencies::is_currency_code(before) {
            out.money = true;
            out.first -= 1;
        }
    }
    out
}

/// Is the amount ending at `last` written with a currency's name after it ("40 million euros",
/// "38.20 crowns")? "Pounds" only after millions: "200 pounds" is a weight as often.
fn written_in_currency(doc: &Doc, last: usize, end: usize, value: f64) -> bool {
    if last + 1 >= end {
        return false;
    }
    let w = doc.token_lower(last + 1);
    // "40 million dinar": a currency's name in the singular too.
    (currencies::is_currency_name(w) && !matches!(w, "pound" | "pounds" | "sterling"))
        || (w == "pounds" && value >= 1e6)
}

/// Does a number, or an amount with its currency's sign or code before it ("$999", "Rs 999"),
/// open at token `t`?
pub(crate) fn opens_at(doc: &Doc, t: usize, end: usize) -> bool {
    (t..(t + 3).min(end))
        .find_map(|u| read(doc, u, end))
        .is_some_and(|n| n.tokens.start == t)
}

/// Reads the number starting at token `t`, if there is one; `t` must be the first token of
/// the number itself (qualifiers and symbols before it are read backwards).
pub(crate) fn read(doc: &Doc, t: usize, end: usize) -> Option<Number> {
    // Callers look ahead of a number; past the stretch or the text there is none.
    let end = end.min(doc.tokens.len());
    if t >= end {
        return None;
    }
    if let Some(hyphenated) = range::hyphenated(doc, t, end) {
        return Some(hyphenated);
    }
    let lead = lead(doc, t);
    let mut money = lead.money;
    let Value {
        mut value,
        mut last,
        mut unit,
        first_scaled,
        vague,
        share,
    } = value_at(doc, t, end, money)?;
    let mut qualifier = if vague {
        Qualifier::Vague
    } else {
        Qualifier::Exact
    };
    if lead.negative {
        value = -value;
    }
    let mut percent = false;
    if last + 1 < end
        && (doc.is_punct(last + 1, '%') || matches!(doc.token_lower(last + 1), "percent" | "per"))
        && !(doc.token_lower(last + 1) == "per"
            && (last + 2 >= end || doc.token_lower(last + 2) != "cent"))
    {
        percent = true;
        last += 1;
        if doc.token_lower(last) == "per" {
            last += 1;
        }
    }
    if written_in_currency(doc, last, end, value) {
        money = true;
    }
    let mut low = Some(value);
    let mut high = Some(value);
    if qualifier == Qualifier::Exact {
        // "jumped by nearly half to 2,300": a share reaches no count.
        if let Some(range) = read_range(doc, &lead, last, end, value, unit.as_deref(), first_scaled)
            .filter(|r| !share || r.high <= 1.0)
        {
            qualifier = Qualifier::Range;
            low = Some(range.low);
            high = Some(range.high);
            last = range.last;
            // "between 300 and 400 million kroner": the currency after the far end.
            money = money || written_in_currency(doc, last, end, range.high);
            if unit.is_none() {
                unit = range.unit;
            }
            if range.percent {
                percent = true;
            }
        }
    }
    let bound = read_bound(doc, lead.first, last, end, qualifier, value);
    let mut first = lead.first;
    if let Some(b) = &bound {
        qualifier = b.qualifier;
        first = b.first;
        match b.qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => high = None,
            Qualifier::LessThan | Qualifier::AtMost => low = None,
            _ => {}
        }
        if let Some((l, h)) = b.approximate {
            low = Some(l);
            high = Some(h);
        }
    } else if lead.tilde && qualifier == Qualifier::Exact {
        qualifier = Qualifier::Approximate;
        low = Some(value * 0.9);
        high = Some(value * 1.1);
    } else if let Some((open, words)) =
        open_end_after(doc, last, end).filter(|_| qualifier == Qualifier::Exact)
    {
        // "40% or more", "12 or fewer", "20 minutes or so".
        qualifier = open;
        last += words;
        match open {
            Qualifier::AtLeast => high = None,
            Qualifier::Approximate => (low, high) = (Some(value * 0.9), Some(value * 1.1)),
            _ => low = None,
        }
    }
    // "15-plus per cent", "40-plus": at least the number.
    if qualifier == Qualifier::Exact && doc.token_lower(t).ends_with("-plus") {
        qualifier = Qualifier::AtLeast;
        high = None;
    }
    if qualifier == Qualifier::Vague {
        high = None;
    }
    // A negative interval keeps low ≤ high.
    if let (Some(l), Some(h)) = (low, high) {
        if l > h {
            (low, high) = (Some(h), Some(l));
        }
    }
    // "6.5p", "20p": pence written tight are money; so are cents written "25c" in lower case
    // ("25C" is a temperature).
    let written = doc.token_text(t);
    let pence = match unit.as_deref() {
        Some("p") => true,
        Some("c") => written.ends_with('c') && !tight::weather_near(doc, t),
        _ => false,
    };
    // "4.87pc": per cent written tight, as British papers do.
    if unit.as_deref() == Some("pc") {
        percent = true;
        unit = None;
    }
    Some(Number {
        tokens: first..last + 1,
        low,
        high,
        qualifier,
        percent,
        value,
        money: money || pence,
        unit: unit.filter(|_| !pence),
        share,
    })
}

/// The value of a number and where it ends, before any percent sign, range or qualifier.
struct Value {
    value: f64,
    /// Its last token (a scale word, or the number itself).
    last: usize,
    unit: Option<String>,
    /// A scale of its own ("2 million to 3 million") is not applied again from a range's far end.
    first_scaled: bool,
    /// "hundreds", "dozens".
    vague: bool,
    /// "half of", "one in four": a share of a whole.
    share: bool,
}

/// Reads the value at `t`: a vague amount, "a thousand", or digits or words with their scale.
fn value_at(doc: &Doc, t: usize, end: usize, money: bool) -> Option<Value> {
    let lower = doc.token_lower(t);
    if let Some((value, last)) = fractions::fraction_at(doc, t, end).filter(|_| !money) {
        return Some(Value {
            value,
            last,
            unit: None,
            first_scaled: false,
            vague: false,
            share: true,
        });
    }
    // "tens of thousands", "hundreds of thousands", "tens of millions": a vague count of a
    // vague scale.
    let tens = |w: &str| {
        if w == "tens" {
            Some(20.0)
        } else {
            lex::vague_amount(w)
        }
    };
    if let Some(count) = tens(lower) {
        let scale = (t + 2 < end && doc.token_lower(t + 1) == "of")
            .then(|| lex::vague_amount(doc.token_lower(t + 2)))
            .flatten()
            .filter(|&s| s >= 2000.0);
        if let Some(scale) = scale {
            return Some(Value {
                value: count * scale / 2.0,
                last: t + 2,
                unit: None,
                first_scaled: false,
                vague: true,
                share: false,
            });
        }
    }
    // "with scores of 116-112": what follows "of" is the figure, not what is counted.
    let of_digits = lower == "scores"
        && t + 3 < end
        && doc.token_lower(t + 1) == "of"
        && doc
            .token_text(t + 2)
            .starts_with(|c: char| c.is_ascii_digit())
        && doc.is_punct(t + 3, '-');
    // "test scores edge up", "said scores rose": scores as marks, not a crowd, after a noun or
    // a determiner, or before a verb of change.
    let marks = lower == "scores"
        && !(t + 1 < end && doc.token_lower(t + 1) == "of")
        && ((t > 0
            && (crate::lexicon::quantities::is_determiner(doc.token_lower(t - 1))
                || (doc.is_word(t - 1)
                    && !doc.is_capitalized(t - 1)
                    && crate::lexicon::speech::speech_verb(doc.token_lower(t - 1)).is_none()
                    && !matches!(doc.token_lower(t - 1), "and" | "or" | "but" | "that"))))
            || (t + 1 < end
                && crate::lexicon::changes::change_verb(doc.token_lower(t + 1)).is_some()));
    if let Some(value) = lex::vague_amount(lower).filter(|_| !of_digits && !marks) {
        return Some(Value {
            value,
            last: t,
            unit: None,
            first_scaled: false,
            vague: true,
            share: false,
        });
    }
    // "scored twice", "raised prices twice this year": a count of times in one word.
    if let Some(value) = match lower {
        "twice" => Some(2.0),
        "thrice" => Some(3.0),
        _ => None,
    } {
        return Some(Value {
            value,
            last: t,
            unit: Some("times".to_string()),
            first_scaled: false,
            vague: false,
            share: false,
        });
    }
    // "several hundred", "a few thousand": a vague count of a scale.
    let few = match lower {
        "several" => Some(t + 1),
        "a" if t + 1 < end && doc.token_lower(t + 1) == "few" => Some(t + 2),
        _ => None,
    };
    if let Some(scale) = few.filter(|&k| k < end).and_then(|k| {
        lex::scale_word(doc.token_lower(k))
            .filter(|&m| m >= 100.0)
            .map(|m| (k, m))
    }) {
        return Some(Value {
            value: 3.0 * scale.1,
            last: scale.0,
            unit: None,
            first_scaled: true,
            vague: true,
            share: false,
        });
    }
    if lower == "a" || lower == "one" {
        if lower == "one" && one::counts_one(doc, t, end) {
            return Some(Value {
                value: 1.0,
                last: t,
                unit: None,
                first_scaled: false,
                vague: false,
                share: false,
            });
        }
        // "a thousand", "one hundred".
        let value = (t + 1 < end)
            .then(|| lex::scale_word(doc.token_lower(t + 1)))
            .flatten()?;
        let mut out = Value {
            value,
            last: t + 1,
            unit: None,
            first_scaled: true,
            vague: false,
            share: false,
        };
        and_after_scale(doc, &mut out, end);
        return Some(out);
    }
    let tight = token_value(doc, t, money)?;
    let mut out = Value {
        value: tight.value,
        last: t,
        unit: tight.unit,
        first_scaled: tight.scaled,
        vague: false,
        share: false,
    };
    // "51.2°C", "98.6 °F", "40°": a degree sign and its scale after the digits.
    if out.unit.is_none() && t + 1 < end && doc.token_text(t + 1) == "°" {
        let scale = (t + 2 < end)
            .then(|| doc.token_lower(t + 2))
            .filter(|s| matches!(*s, "c" | "f"))
            .filter(|_| doc.tokens[t + 2].start == doc.tokens[t + 1].end);
        out.unit = Some(scale.map_or("degrees".to_string(), |s| format!("°{s}")));
        out.last = t + 1 + usize::from(scale.is_some());
    }
    // "90km/h", "12mm/h": a unit divided by a unit of time, written tight.
    if let Some(unit) = out.unit.as_deref().filter(|_| t + 2 < end) {
        let glued = |a: usize, b: usize| doc.tokens[b].start == doc.tokens[a].end;
        let per = format!("{unit}/{}", doc.token_lower(t + 2));
        let slash = doc.token_text(t + 1) == "/" && glued(t, t + 1) && glued(t + 1, t + 2);
        if slash && lex::unit_quantity(&per).is_some() {
            out.unit = Some(per);
            out.last = t + 2;
        }
    }
    if out.unit.is_none() && !tight.scaled {
        if let Some((value, last, scaled)) = grouped::decimal_comma(doc, t, end, out.value, money) {
            (out.value, out.last, out.first_scaled) = (value, last, scaled);
        }
    }
    if out.unit.is_none() && !tight.scaled {
        if let Some((value, last)) = grouped::thousands(doc, t, end, out.value) {
            (out.value, out.last) = (value, last);
        }
    }
    if !tight.scaled {
        // "nine hundred", "9.5 million"
        while out.last + 1 < end {
            let Some(m) = lex::scale_word(doc.token_lower(out.last + 1)) else {
                break;
            };
            out.value = scaled(out.value, m);
            out.last += 1;
            out.first_scaled = true;
        }
        and_after_scale(doc, &mut out, end);
    }
    // "one in four", "3 in 10": a share of the whole.
    if let Some((share, last)) = fractions::ratio_after(doc, out.value, out.last, end)
        .filter(|_| !money && out.unit.is_none())
    {
        out.value = share;
        out.last = last;
        out.share = true;
    }
    Some(out)
}

/// "three hundred and forty-two", "a hundred and forty": the British "and" after "hundred" or
/// "thousand" joins the number words that follow.
fn and_after_scale(doc: &Doc, out: &mut Value, end: usize) {
    let Some(m) = lex::scale_word(doc.token_lower(out.last)).filter(|&m| m < 1e6) else {
        return;
    };
    if out.last + 2 >= end || doc.token_lower(out.last + 1) != "and" {
        return;
    }
    let next = doc.token_lower(out.last + 2);
    let words = lex::number_word(next).is_some() || next.contains('-');
    let rest = words
        .then(|| token_value(doc, out.last + 2, false))
        .flatten()
        .filter(|r| !r.scaled && r.unit.is_none() && r.value >= 1.0 && r.value < m);
    if let Some(r) = rest {
        out.value += r.value;
        out.last += 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_at(text: &str, word: &str) -> Number {
        let doc = Doc::new(text);
        let t = (0..doc.tokens.len())
            .find(|&t| doc.token_text(t) == word)
            .unwrap();
        read(&doc, t, doc.tokens.len()).unwrap()
    }

    #[test]
    fn qualifiers_make_intervals() {
        let n = read_at("more than 1,200 fans", "1,200");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(1200.0), None, Qualifier::MoreThan)
        );
        let n = read_at("at least 75 fans", "75");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(75.0), None, Qualifier::AtLeast)
        );
        let n = read_at("eight or nine boats", "eight");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(8.0), Some(9.0), Qualifier::Range)
        );
        let n = read_at("about 20% of sales", "20");
        assert!(
            n.percent
                && n.qualifier == Qualifier::Approximate
                && n.low.unwrap() < 20.0
                && n.high.unwrap() > 20.0
        );
        let n = read_at("population 4.2 million", "4.2");
        assert_eq!(n.low, Some(4_200_000.0));
        let n = read_at("hundreds were evacuated", "hundreds");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(200.0), None, Qualifier::Vague)
        );
        let n = read_at("a thousand people", "a");
        assert_eq!(n.low, Some(1000.0));
        let n = read_at("Forty-eight are alive", "Forty-eight");
        assert_eq!(n.low, Some(48.0));
        let n = read_at("between 5 and 7 days", "5");
        assert_eq!((n.low, n.high, n.tokens.start), (Some(5.0), Some(7.0), 0));
        // A score is its two sides, never a range.
        let doc = Doc::new("won 3-2 at home");
        let n = read(&doc, 1, doc.tokens.len()).expect("the first side");
        assert_eq!((n.low, n.high, n.tokens), (Some(3.0), Some(3.0), 1..2));
    }

    #[test]
    fn ordinals_are_not_numbers() {
        let doc = Doc::new("Dec 14th");
        assert!(read(&doc, 1, doc.tokens.len()).is_none());
    }

    #[test]
    fn tight_scales_and_signs() {
        let n = read_at("a $2.4bn deal", "2.4bn");
        assert_eq!((n.value, n.money, n.tokens.start), (2.4e9, true, 1));
        let n = read_at("fell -2.3% on Friday", "2.3");
        assert_eq!((n.value, n.percent), (-2.3, true));
        let n = read_at("gusts of 70mph", "70mph");
        assert_eq!((n.value, n.unit.as_deref()), (70.0, Some("mph")));
    }
}
