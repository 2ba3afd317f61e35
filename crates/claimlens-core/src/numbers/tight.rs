//! One number token read: digits with a scale or unit written tight ("40k", "$2.4bn",
//! "70mph", "16kHz"), number words ("forty-eight", "sixty-one") and number-word compounds
//! ("a two-stroke lead").

use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// One digit token read: its value with any tight scale applied, and a unit suffix.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tight {
    pub value: f64,
    pub unit: Option<String>,
    /// A scale was written ("40k", "1.2M"): no scale word may follow.
    pub scaled: bool,
}

/// Parses the value of one token: digits ("2,417", "9.5", "43-year-old"), digits with a scale
/// or unit written tight ("40k", "2.4bn", "70mph"), number words ("forty-eight").
pub(super) fn token_value(doc: &Doc, t: usize, money: bool) -> Option<Tight> {
    let mut text = doc.token_text(t);
    let mut lower = doc.token_lower(t);
    // "$US105", "$A2.5bn": a country's letters after the dollar sign, before the digits.
    let letters = text.chars().take_while(char::is_ascii_uppercase).count();
    if money
        && (1..=3).contains(&letters)
        && text[letters..].starts_with(|c: char| c.is_ascii_digit())
    {
        text = &text[letters..];
        lower = &lower[letters..];
    }
    let digits: String = lower
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    if digits.starts_with(|c: char| c.is_ascii_digit()) {
        let value: f64 = match super::grouped::dotted_thousands(doc, t, &digits, money) {
            Some(value) => value,
            None => digits.replace(',', "").parse().ok()?,
        };
        let rest = &lower[digits.len()..];
        let rest_written = &text[digits.len()..];
        if rest.is_empty() {
            return Some(Tight {
                value,
                unit: None,
                scaled: false,
            });
        }
        // "3-2", "9-4": scores and votes, not quantities.
        if let Some(after) = rest.strip_prefix('-') {
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            // "₹50,000-crore", "$2-billion": a scale joined by a hyphen scales the number;
            // "a 300-million-km trip": and a unit after it.
            let (scale_part, unit_part) = after.split_once('-').unwrap_or((after, ""));
            if let Some(scale) = lex::scale_word(scale_part) {
                let unit = lex::unit_quantity(unit_part).map(|_| unit_part.to_string());
                if unit_part.is_empty() || unit.is_some() {
                    return Some(Tight {
                        value: scaled(value, scale),
                        unit,
                        scaled: true,
                    });
                }
            }
            // "43-year-old", "13-inch": the compound's noun is read by the figure.
            return Some(Tight {
                value,
                unit: None,
                scaled: false,
            });
        }
        return tight_suffix(doc, t, value, &digits, rest, rest_written, money);
    }
    if let Some((a, b)) = lower.split_once('-') {
        // "a quarter-point cut", "a half-point rise": a fraction of a point.
        let fraction = match a {
            "quarter" => Some(0.25),
            "half" => Some(0.5),
            _ => None,
        };
        if let Some(value) = fraction.filter(|_| matches!(b, "point" | "percentage-point")) {
            return Some(Tight {
                value,
                unit: None,
                scaled: false,
            });
        }
        // "sixty-one": "one" alone is a pronoun as often as a number, but not after a ten.
        let units = lex::number_word(b).or((b == "one").then_some(1.0));
        if let (Some(x), Some(y)) = (lex::number_word(a), units) {
            if x >= 20.0 && y < 10.0 {
                return Some(Tight {
                    value: x + y,
                    unit: None,
                    scaled: false,
                });
            }
        }
        // "a two-stroke lead", "a seven-storey building", "the three-judge panel": the
        // compound's noun is read by the figure, as after digits ("43-year-old").
        if let Some(x) = lex::number_word(a).filter(|_| compound_noun(a, b)) {
            return Some(Tight {
                value: x,
                unit: None,
                scaled: false,
            });
        }
    }
    lex::number_word(lower).map(|value| Tight {
        value,
        unit: None,
        scaled: false,
    })
}

/// The unit of a number joined to it by a hyphen ("48-hour", "two-bedroom", "50-member"),
/// if the token is one.
pub(crate) fn compound_unit(token: &str) -> Option<&str> {
    let (number, unit) = token.split_once('-')?;
    let digits = !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == ',')
        && !unit.is_empty()
        && unit.chars().all(char::is_alphabetic);
    let number = number.to_lowercase();
    let word = lex::number_word(&number).is_some() && compound_noun(&number, unit);
    (digits || word).then_some(unit)
}

/// Is `number-noun` ("two-stroke", "seven-storey") a count of the noun? Not a fraction
/// ("two-thirds"), a number word pair, nor an idiom of "one" ("one-off", "one-sided"); "one"
/// counts only units of time ("a one-year contract").
pub(crate) fn compound_noun(number: &str, noun: &str) -> bool {
    let word = !noun.is_empty() && noun.chars().all(|c| c.is_alphabetic() || c == '-');
    let fraction = [
        "third", "quarter", "half", "halves", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth",
    ]
    .iter()
    .any(|f| noun.starts_with(f));
    let one = number != "one" || lex::is_time_unit(noun.split('-').next().unwrap_or(noun));
    // "sixty-one", "forty-eight": a number written in two words is no compound.
    let number_word = lex::number_word(noun).is_some() || noun == "one";
    word && !fraction && one && !number_word
}

/// The letters glued after digits: a scale ("40k", "$2.4bn"), a unit ("512GB", "70mph"), or a
/// sign that the token is no quantity at all ("14th", "6pm", "1990s", "4K", "5G").
fn tight_suffix(
    doc: &Doc,
    t: usize,
    value: f64,
    digits: &str,
    rest: &str,
    rest_written: &str,
    money: bool,
) -> Option<Tight> {
    if lex::is_ordinal_or_clock_suffix(rest) || !rest.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    // One capital letter after a single digit is a generation or a format ("4K", "5G", "3D").
    let single_capital = rest_written.len() == 1 && rest_written.starts_with(char::is_uppercase);
    // "fell to 2C": a degree in a sentence about the weather.
    let degrees = matches!(rest_written, "C" | "F") && weather_near(doc, t);
    if single_capital && digits.len() == 1 && rest_written != "M" && !degrees {
        return None;
    }
    // Lowercase "m" is million after a currency symbol, with a decimal point ("2.5m people") or
    // before a plural noun; otherwise it is metres ("100m sprint").
    // "3m people", "37m daily active users": a plural noun, past two modifiers at most; not a
    // measure ("2m tall players").
    let plural = |k: usize| {
        let w = doc.token_lower(k);
        (w.ends_with('s') && !w.ends_with("ss")) || lex::is_invariable_plural(w)
    };
    // A modifier passed on the way looks like an adjective ("daily", "active"; not "crane" in
    // "a 30m crane collapses").
    let adjective = |k: usize| {
        let w = doc.token_lower(k);
        [
            "ly", "ive", "al", "ic", "ous", "ful", "able", "ible", "ed", "ing", "ary", "ent",
            "ant", "ern",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    let words: Vec<usize> = (t + 1..doc.tokens.len().min(t + 4))
        .take_while(|&k| doc.is_word(k) && !doc.is_capitalized(k))
        .take_while(|&k| {
            let w = doc.token_lower(k);
            !crate::lexicon::labels::is_race_word(w)
                && !matches!(
                    w,
                    "high" | "tall" | "long" | "wide" | "deep" | "thick" | "across" | "away" | "of"
                )
        })
        .collect();
    let next_plural = words
        .iter()
        .position(|&k| plural(k))
        .is_some_and(|p| words[..p].iter().all(|&k| adjective(k)));
    // "2.5m people" and "$2.5m" are millions; "2.04m" (two decimals: a measurement) is metres.
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let million_m = rest_written == "m" && (money || decimals == 1 || next_plural);
    // "£3million", "£12MILLION": a scale word written tight.
    let word_scale = lex::scale_word(rest).filter(|&s| s >= 1e6);
    if let Some(scale) = word_scale.or_else(|| lex::tight_scale(rest_written, money || million_m)) {
        return Some(Tight {
            value: scaled(value, scale),
            unit: None,
            scaled: true,
        });
    }
    // "16kHz": the prefix scales the number into the bare unit, as a range's far end is.
    if let Some((factor, unit)) = lex::prefixed_unit(rest) {
        return Some(Tight {
            value: scaled(value, factor),
            unit: Some(unit.to_string()),
            scaled: true,
        });
    }
    Some(Tight {
        value,
        unit: Some(rest.to_string()),
        scaled: false,
    })
}

/// `value` times a power of ten, computed in decimal so that 4.1 billion is 4,100,000,000 and
/// not a float's neighbour of it.
pub(super) fn scaled(value: f64, scale: f64) -> f64 {
    let exp = scale.log10().round() as i32;
    format!("{value}e{exp}").parse().unwrap_or(value * scale)
}

/// Is the number at `t` in a sentence about the weather ("temperatures hit 31c"), where a "c"
/// written tight is Celsius rather than cents?
pub(super) fn weather_near(doc: &Doc, t: usize) -> bool {
    let stops = |k: &usize| !matches!(doc.token_text(*k), "." | "?" | "!" | ";");
    let before = (t.saturating_sub(20)..t).rev().take_while(stops);
    let after = (t + 1..(t + 12).min(doc.tokens.len())).take_while(stops);
    before
        .chain(after)
        .any(|k| lex::weather_word(doc.token_lower(k)))
}
