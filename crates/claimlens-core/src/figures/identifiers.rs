//! Numbers that are not figures: years and dates, clock and race times, labels, and the numbers
//! inside names ("Model 3", "Route 9", "Section 112").

use std::ops::Range;

use crate::lexicon::quantities as lex;
use crate::lexicon::{is_month, labels};
use crate::numbers::Number;
use crate::text::Doc;

/// Is the number at `t` (read as `n`) a name, a label, a date or a time rather than a figure?
pub(super) fn is_identifier(
    doc: &Doc,
    n: &Number,
    t: usize,
    range: &Range<usize>,
    headline: bool,
) -> bool {
    let at = Around {
        doc,
        t,
        end: n.tokens.end,
        range,
    };
    // A bare zero is a score or a label ("won 2-0", "Zone 0"); "0%" and "$0" state a quantity.
    (n.value == 0.0 && !n.percent && !n.money && n.unit.is_none())
        || is_year(doc, n, t, &at)
        || is_date(&at)
        || is_clock_time(&at)
        || is_label(&at)
        || in_series(&at, n)
        || is_name_number(&at, n, headline)
        || is_maturity(doc, t, &at)
        || ago(&at)
        || is_address(&at, n)
        || is_dialled(&at, n)
        || is_race(&at, n)
        || is_denominator(&at, n)
        || glued_to_name(doc, t)
}

/// "338North", "7Eleven": digits run into a capitalised word that is no unit name a brand.
fn glued_to_name(doc: &Doc, t: usize) -> bool {
    let text = doc.token_text(t);
    let letters = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let mut cs = letters.chars();
    letters.len() < text.len()
        && letters.chars().count() >= 3
        && cs.next().is_some_and(char::is_uppercase)
        && cs.all(char::is_lowercase)
        && {
            // "100Mbps": a unit with its prefix.
            let lower = letters.to_lowercase();
            let unit = |u: &str| {
                crate::lexicon::units::unit_quantity(u).is_some()
                    || lex::scale_word(u).is_some()
                    || lex::tight_scale(u, true).is_some()
            };
            let unprefixed: String = lower.chars().skip(1).collect();
            !unit(&lower) && !unit(&unprefixed)
        }
}

/// "between junctions 36 and 38", "stage 14", "a category 2 storm": a bare number after a
/// word of a series, or joined to one that is ("36 and 38"); not "at this stage 40 people".
fn in_series(at: &Around, n: &Number) -> bool {
    // "At one stage 5,000 homes", "at an early stage 30 patients": a time, not a label.
    let series = |k: usize| {
        let before = at.prev(k + 1);
        labels::is_series_word(at.prev(k))
            && lex::number_word(before).is_none()
            && !matches!(
                before,
                "this"
                    | "that"
                    | "which"
                    | "what"
                    | "each"
                    | "every"
                    | "early"
                    | "late"
                    | "later"
                    | "final"
                    | "same"
                    | "next"
                    | "last"
                    | "first"
            )
    };
    // "category 4 and 300 homes": a plural noun after the number is what it counts.
    let noun_after = super::phrase_end::is_plural(at.next(0));
    let digits = |k: usize| at.prev(k).starts_with(|c: char| c.is_ascii_digit());
    // "between junctions 36 and 38": a plural word of a series before both ends.
    let joined = matches!(at.prev(1), "and" | "or" | "to" | "-" | "–")
        && digits(2)
        && series(3)
        && at.prev(3).ends_with('s');
    !n.money && !n.percent && n.unit.is_none() && !noun_after && (series(1) || joined)
}

/// "44 per 100,000 people", "105 men for every 100 women": the base of a rate is part of the
/// figure before it, not a figure of its own.
fn is_denominator(at: &Around, n: &Number) -> bool {
    is_rate_base(n) && (at.prev(1) == "per" || (at.prev(1) == "every" && at.prev(2) == "for"))
}

/// Could `n` be the base a rate is counted over: a plain, exact, round number (a power of ten:
/// "100,000", "1,000")?
pub(super) fn is_rate_base(n: &Number) -> bool {
    n.value >= 10.0
        && n.value.log10().fract() == 0.0
        && !n.money
        && !n.percent
        && n.qualifier == crate::model::Qualifier::Exact
}

/// "10 Elm Street", "221B Baker St": a house number before a street's name.
fn is_address(at: &Around, n: &Number) -> bool {
    let doc = at.doc;
    if n.money || n.percent || n.unit.is_some() || !doc.is_capitalized(at.end.min(at.range.end - 1))
    {
        return false;
    }
    // The street's word ends the name ("Marsh Lane United 2" is a team and a score).
    let capitalised = |k: usize| at.end + k < at.range.end && doc.is_capitalized(at.end + k);
    (0..3).take_while(|&k| capitalised(k)).any(|k| {
        // "77 Crown Court centres": a street's word is not followed by a noun.
        let noun_after = at.end + k + 1 < at.range.end
            && doc.is_word(at.end + k + 1)
            && at.next(k + 1).ends_with('s');
        !capitalised(k + 1)
            && !noun_after
            && matches!(
                at.next(k).trim_end_matches('.'),
                "street"
                    | "st"
                    | "road"
                    | "rd"
                    | "avenue"
                    | "ave"
                    | "lane"
                    | "drive"
                    | "boulevard"
                    | "blvd"
                    | "crescent"
                    | "terrace"
            )
    })
}

/// "020 7946 0321", "01632 960 142", "1800 226 226": groups of digits written apart, as a
/// telephone number is; one of the groups has a leading zero ("In 2023 400 people" has none),
/// or there are three groups or more and no thousands.
fn is_dialled(at: &Around, n: &Number) -> bool {
    let doc = at.doc;
    let digits = |k: usize| {
        k >= at.range.start
            && k < at.range.end
            && doc.token_text(k).len() >= 3
            && doc.token_text(k).chars().all(|c| c.is_ascii_digit())
    };
    let spaced = |a: usize, b: usize| doc.tokens[a].end + 1 == doc.tokens[b].start;
    // "+98 21 555 0199": groups of digits after a country's code with its plus sign.
    let any_digits = |k: usize| {
        k >= at.range.start
            && k < at.range.end
            && doc.token_text(k).starts_with(|c: char| c.is_ascii_digit())
            && doc
                .token_text(k)
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ')
    };
    let mut lead = at.t;
    // A telephone number has a few groups: the walk stops after five, so that a text of
    // thousands of numbers stays linear.
    while lead > at.range.start && at.t - lead < 5 && any_digits(lead - 1) && spaced(lead - 1, lead)
    {
        lead -= 1;
    }
    let plus = lead > at.range.start
        && doc.is_punct(lead - 1, '+')
        && doc.tokens[lead - 1].end == doc.tokens[lead].start
        && (lead < at.t || (any_digits(at.t + 1) && spaced(at.t, at.t + 1)));
    // "0800 60 10 11", "(02) 8555 1234": a run of groups opened by a trunk zero, or by an area
    // code in brackets.
    let mut tail = at.t;
    while tail - at.t < 5 && any_digits(tail + 1) && spaced(tail, tail + 1) {
        tail += 1;
    }
    let trunk = doc.token_text(lead).starts_with('0') && tail >= lead + 2;
    let area = lead >= at.range.start + 3
        && doc.is_punct(lead - 1, ')')
        && any_digits(lead - 2)
        && doc.token_text(lead - 2).starts_with('0')
        && doc.is_punct(lead - 3, '(');
    let in_brackets = at.t > at.range.start
        && at.t + 1 < at.range.end
        && doc.is_punct(at.t - 1, '(')
        && doc.token_text(at.t).starts_with('0')
        && doc.is_punct(at.t + 1, ')');
    if (plus || trunk || area || in_brackets) && !n.money && !n.percent {
        return true;
    }
    if n.money || n.percent || n.unit.is_some() || !digits(at.t) {
        return false;
    }
    let mut first = at.t;
    while first > at.range.start && digits(first - 1) && spaced(first - 1, first) {
        first -= 1;
    }
    let mut last = at.t;
    while digits(last + 1) && spaced(last, last + 1) {
        last += 1;
    }
    // "320 000", "1 800 000": thousands set off by spaces, a first group of one to three
    // digits and groups of three after it.
    let thousands = doc.token_text(first).len() <= 3
        && !doc.token_text(first).starts_with('0')
        && (first + 1..=last).all(|k| doc.token_text(k).len() == 3);
    // "1800 226 226": three groups or more that are no thousands (and open on no year).
    let year = doc
        .token_text(first)
        .parse::<u32>()
        .is_ok_and(|y| (1900..2100).contains(&y));
    !thousands
        && ((first..=last).any(|k| doc.token_text(k).starts_with('0'))
            || (last >= first + 2 && !year))
}

/// "won the 100 metres", "the 1,500m final", "the 400m hurdles": a race named by its distance.
fn is_race(at: &Around, n: &Number) -> bool {
    // The distance written tight ("1,500m") or as the word after the number ("100 metres").
    let (distance, after) = match n.unit.as_deref() {
        Some("m" | "km" | "metres" | "meters" | "miles") => (true, 0),
        Some(_) => (false, 0),
        None => (
            matches!(at.next(0), "metres" | "meters" | "miles" | "kilometres"),
            1,
        ),
    };
    let race_word = labels::is_race_word(at.next(after));
    let contested = matches!(
        at.prev(2),
        "won" | "win" | "wins" | "ran" | "run" | "in" | "took"
    ) && at.next(after) != "of";
    distance && at.prev(1) == "the" && (race_word || contested)
}

/// "three years ago", "a decade and two months ago": the number dates something, unless what
/// follows it is not its own time ("up from 39.2% four years ago", "up from 61 a week ago").
fn ago(at: &Around) -> bool {
    let number =
        |w: &str| lex::number_word(w).is_some() || w.starts_with(|c: char| c.is_ascii_digit());
    let before_ago: Vec<&str> = (0..4)
        .map(|k| at.next(k))
        .take_while(|&w| w != "ago")
        .collect();
    // "up from 61 a week ago": a time of its own between the number and "ago".
    let own_time = at.next(0) == "ago" || lex::is_period_word(at.next(0));
    own_time && before_ago.len() < 4 && !before_ago.iter().any(|&w| number(w))
}

/// The words around a number, within its sentence.
struct Around<'a> {
    doc: &'a Doc,
    /// The number's own token.
    t: usize,
    /// The token after the number's last.
    end: usize,
    range: &'a Range<usize>,
}

impl Around<'_> {
    /// The `k`-th token after the number, lower case; "" past the sentence.
    fn next(&self, k: usize) -> &str {
        if self.end + k < self.range.end {
            self.doc.token_lower(self.end + k)
        } else {
            ""
        }
    }

    /// The `k`-th token before the number's own token, lower case; "" before the sentence.
    fn prev(&self, k: usize) -> &str {
        if self.t >= self.range.start + k {
            self.doc.token_lower(self.t - k)
        } else {
            ""
        }
    }
}

/// "2024", "in 1450 A.D.", "300 BC": years, including years of another era.
fn is_year(doc: &Doc, n: &Number, t: usize, at: &Around) -> bool {
    let raw = doc.token_lower(t);
    let four_digits = raw.len() == 4 && raw.chars().all(|c| c.is_ascii_digit());
    // "the 1991-2020 mean", "the 2023-24 season": a span of years written as one word.
    let span_of_years = raw.split_once(['-', '–']).is_some_and(|(a, b)| {
        let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
        digits(a)
            && digits(b)
            && a.len() == 4
            && matches!(b.len(), 2 | 4)
            && a.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    });
    if span_of_years && !n.percent && !n.money {
        return true;
    }
    let era = lex::is_era(at.next(0)) || lex::is_era(at.prev(1));
    if era && !n.percent && !n.money {
        return true;
    }
    four_digits
        && !n.percent
        && !n.money
        && ((1900.0..=2100.0).contains(&n.value)
            || ((1000.0..1900.0).contains(&n.value) && lex::is_year_preposition(at.prev(1))))
}

/// "December 13", "13 December", "the 13th of December", "5/12".
fn is_date(at: &Around) -> bool {
    // "5/12", "12/05/2025"; but "120km/h" is a unit.
    let digits = |u: usize| at.doc.token_lower(u).chars().all(|c| c.is_ascii_digit());
    let slash_before = at.t >= at.range.start + 2
        && at.doc.is_punct(at.t - 1, '/')
        && digits(at.t - 2)
        && digits(at.t);
    let slash_after = at.end + 1 < at.range.end
        && at.doc.is_punct(at.end, '/')
        && digits(at.end + 1)
        && digits(at.t);
    is_month(at.prev(1))
        || is_month(at.next(0))
        || (is_month(at.next(1)) && at.next(0) == "of")
        || slash_before
        || slash_after
}

/// "14:05", "9:15pm", "9 a.m.", "2:41.3" (a lap time), "14:00 GMT".
fn is_clock_time(at: &Around) -> bool {
    let doc = at.doc;
    let starts_with_digit = |u: usize| doc.token_lower(u).starts_with(|c: char| c.is_ascii_digit());
    let colon_after =
        at.end + 1 < at.range.end && doc.is_punct(at.end, ':') && starts_with_digit(at.end + 1);
    let colon_before =
        at.t >= at.range.start + 2 && doc.is_punct(at.t - 1, ':') && starts_with_digit(at.t - 2);
    lex::is_clock_word(at.next(0)) || colon_after || colon_before
}

/// "No. 23", "page 4", "flight 370", "wears 10", "call 101".
fn is_label(at: &Around) -> bool {
    let wears = labels::is_wear_verb(at.prev(1))
        && (at.next(0).is_empty()
            || !at.doc.is_word(at.end)
            || lex::ends_counted_phrase(at.next(0)));
    // "call 101 quoting the reference", "dial 999": a number dialled, unless a noun follows
    // ("called 12 clients").
    let dialled = labels::is_call_verb(at.prev(1))
        && (at.next(0).is_empty()
            || !at.doc.is_word(at.end)
            || lex::ends_counted_phrase(at.next(0))
            || at.next(0).ends_with("ing"));
    // "the 999 line", "the 111 helpline": a line is called by its number; "call the hotline
    // on 1545" by one after "on".
    let line_word = |w: &str| matches!(w, "line" | "hotline" | "helpline" | "number");
    let phone_line = |w: &str| matches!(w, "hotline" | "helpline");
    // Not "the 15-kilometre line": a length.
    let bare = at.doc.token_text(at.t).chars().all(|c| c.is_ascii_digit());
    let line = (bare && at.prev(1) == "the" && matches!(at.next(0), "line" | "hotline" | "helpline"))
            || (at.prev(1) == "on" && line_word(at.prev(2)))
            // "The emergency hotline is 333 and 1090": what a line is ("the number is 12" is a
            // count).
            || (at.prev(1) == "is" && phone_line(at.prev(2)))
            || (at.prev(1) == "and" && at.prev(3) == "is" && phone_line(at.prev(4)));
    // "from platform 4.", "at gate 12,": no word after ("a platform 200km off" is a distance).
    let bay = matches!(at.prev(1), "platform" | "gate")
        && (at.next(0).is_empty() || !at.doc.is_word(at.end));
    // "Season-ticket holders number 33,500": "number" as the verb of a plural subject.
    let counted = at.prev(1) == "number" && {
        let w = at.prev(2);
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && at.doc.is_word(at.t - 2)
    };
    (labels::is_label_word(at.prev(1)) && !counted) || wears || dialled || line || bay
}

/// A capitalised word glued before the number names a thing: "Model 3", "Route 66", "Game 5",
/// "Section 112 Row 8", "Nikkei 225", "S&P 500". A sentence's first word is capitalised anyway,
/// so there only a word that is not common vocabulary before numbers counts; headlines
/// capitalise every word ("Council Approves 12 Projects") and keep their numbers.
fn is_name_number(at: &Around, n: &Number, headline: bool) -> bool {
    let doc = at.doc;
    let first = n.tokens.start;
    // "Osei 21,408": names carry short numbers ("Route 66"), never thousands with a separator.
    let thousands = doc.token_text(first).contains(',');
    // "fined Zipcab 48 million euros": an amount, a scale or a unit is a quantity.
    let quantity = n.money || n.percent || n.tokens.len() > 1;
    // "beat Halloway Town 3-1": a score after a team's name.
    let score = crate::figures::tally::score_side(doc, n).is_some();
    if headline || thousands || quantity || score || first != at.t || first <= at.range.start {
        return false;
    }
    let p = first - 1;
    let glued_by_space =
        doc.tokens[p].end + 1 == doc.tokens[first].start && doc.chars[doc.tokens[p].end] == ' ';
    let possessive = crate::names::ends_possessive(doc.token_text(p));
    // "iPhone 15", "eBook 3": a name in camel case is capitalised inside.
    let text = doc.token_text(p);
    let camel =
        text.starts_with(char::is_lowercase) && text.chars().skip(1).any(char::is_uppercase);
    if !(doc.is_capitalized(p) || camel)
        || !glued_by_space
        || possessive
        || is_month(doc.token_lower(p))
    {
        return false;
    }
    let word = doc.token_lower(p);
    // A weekday before a number starts a new phrase ("on Tuesday 40 people marched").
    if word.ends_with("day") {
        return false;
    }
    // "won 34 seats and the VVD 21 seats", "300 cases and Uganda 120 cases": a list whose
    // verb was left out counts what the figure before it counted.
    let after = n.tokens.end;
    let noun = (after < at.range.end && doc.is_word(after) && !doc.is_capitalized(after))
        .then(|| doc.token_lower(after));
    let counted_before = (at.range.start.max(first.saturating_sub(30))..p).any(|u| {
        doc.token_text(u).starts_with(|c: char| c.is_ascii_digit())
            && noun.is_some_and(|w| u + 1 < p && doc.token_lower(u + 1) == w)
    });
    if counted_before {
        return false;
    }
    // At the start of a sentence every word is capitalised: only a word that is not common
    // vocabulary before numbers names a thing there ("Game 5 is tonight", not "Some 40").
    if p == at.range.start || !doc.is_word(p - 1) {
        return !lex::ends_counted_phrase(word)
            && !lex::is_not_a_noun_before(word)
            && !lex::is_sentence_opener(word);
    }
    true
}

/// "the 10-year Treasury yield", "30-year bonds": a maturity names a kind of debt, not a
/// quantity of it.
fn is_maturity(doc: &Doc, t: usize, at: &Around) -> bool {
    let raw = doc.token_lower(t);
    let Some((digits, unit)) = raw.split_once('-') else {
        return false;
    };
    // "a 10-year high", "a 30-year low", "a two-month peak": when a level was last there.
    let extreme = matches!(
        at.next(0),
        "high" | "highs" | "low" | "lows" | "peak" | "record" | "best" | "worst" | "trough"
    );
    let word_number = lex::number_word(digits).is_some();
    (digits.chars().all(|c| c.is_ascii_digit()) || word_number)
        && matches!(unit, "year" | "month" | "week" | "day")
        && (extreme
            || lex::is_debt_instrument(at.next(0))
            || (at.doc.is_capitalized(at.end.min(at.range.end - 1))
                && lex::is_debt_instrument(at.next(1))))
}
