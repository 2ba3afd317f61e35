//! Shares written as words: fractions ("half", "a third of", "two-thirds", "half a million")
//! and ratios ("one in four", "3 in 10"). Their value is the share itself (0.25 for "one in
//! four"), of the noun that follows.

use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// The denominator a fraction word names ("third" 3, "quarters" 4).
fn denominator(w: &str) -> Option<f64> {
    Some(match w.strip_suffix('s').unwrap_or(w) {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

/// Words before "half" that make it a share of something ("almost half", "more than half").
fn bounds_a_share(w: &str) -> bool {
    matches!(
        w,
        "almost"
            | "nearly"
            | "than"
            | "about"
            | "around"
            | "roughly"
            | "over"
            | "under"
            | "just"
            | "some"
            | "barely"
            | "only"
            | "least"
            | "fully"
            | "exactly"
            | "approximately"
    )
}

/// Words after "half" that make it the subject of a clause ("half are landlords").
fn opens_clause(w: &str) -> bool {
    lex::is_auxiliary(w)
        || matches!(
            w,
            "are"
                | "were"
                | "said"
                | "say"
                | "says"
                | "voted"
                | "support"
                | "supported"
                | "backed"
                | "oppose"
                | "opposed"
                | "want"
                | "wanted"
                | "think"
                | "thought"
        )
}

/// The share written at `t` and its last token: "half of", "half a million", "half an hour",
/// "a third of", "two-thirds", "three quarters of".
pub(super) fn fraction_at(doc: &Doc, t: usize, end: usize) -> Option<(f64, usize)> {
    let word = |k: usize| if k < end { doc.token_lower(k) } else { "" };
    let lower = word(t);
    let before = if t > 0 { doc.token_lower(t - 1) } else { "" };
    if lower == "half" {
        // "the first half", "a half", "two and a half": a half of something else.
        let other = matches!(
            before,
            "first"
                | "second"
                | "the"
                | "a"
                | "this"
                | "that"
                | "last"
                | "next"
                | "other"
                | "each"
                | "latter"
                | "former"
        );
        if other {
            return None;
        }
        // "half a million": half the scale.
        if matches!(word(t + 1), "a" | "an") {
            if let Some(scale) = lex::scale_word(word(t + 2)) {
                return Some((0.5 * scale, t + 2));
            }
            return Some((0.5, t + 1));
        }
        // "half the country", "half my buyers": the determiner goes with the share.
        if lex::is_determiner(word(t + 1)) || matches!(word(t + 1), "my" | "our" | "your" | "all") {
            return Some((0.5, t + 1));
        }
        // "half of", "almost half", "half are", "cut by half".
        let share = word(t + 1) == "of"
            || bounds_a_share(before)
            || opens_clause(word(t + 1))
            || after_by(doc, t, t);
        return share.then_some((0.5, t));
    }
    // "two-thirds", "one-quarter": a compound written with a hyphen.
    if let Some((count, part)) = lower.split_once('-') {
        let count = lex::number_word(count).or(match count {
            "one" | "a" => Some(1.0),
            _ => None,
        })?;
        let n = denominator(part).filter(|&n| n > 2.0)?;
        return Some((count / n, t));
    }
    // "one in four": a ratio opened by a word the digits reader leaves alone.
    if lower == "one" {
        return ratio_after(doc, 1.0, t, end);
    }
    // "a third of", "two thirds of", "three quarters of".
    let count = match lower {
        "a" | "one" => 1.0,
        w => lex::number_word(w)?,
    };
    let n = denominator(word(t + 1)).filter(|&n| n > 2.0)?;
    (word(t + 2) == "of" || after_by(doc, t, t + 1)).then_some((count / n, t + 1))
}

/// Is the share at `t` the size of a change: "fell by a third", "has fallen by about a fifth",
/// "cut by half"? `t` opens the share and `last` ends it.
fn after_by(doc: &Doc, t: usize, last: usize) -> bool {
    let mut k = t;
    while k + 3 > t
        && k > 0
        && bounds_a_share(doc.token_lower(k - 1))
        && doc.token_lower(k - 1) != "than"
    {
        k -= 1;
    }
    // "rose by more than a third", "by less than half".
    if k > 2
        && doc.token_lower(k - 1) == "than"
        && matches!(doc.token_lower(k - 2), "more" | "less" | "fewer")
    {
        k -= 2;
    }
    // "acquired by a third party", "followed by a third blast": an ordinal before its noun.
    let next = last + 1;
    let w = if next < doc.tokens.len() {
        doc.token_lower(next)
    } else {
        ""
    };
    let noun_after = next < doc.tokens.len()
        && doc.is_word(next)
        && !lex::ends_counted_phrase(w)
        && !crate::lexicon::is_time_word(w)
        && !w.ends_with("ed")
        && !w.ends_with("ing");
    k > 0 && doc.token_lower(k - 1) == "by" && !noun_after
}

/// "one in four", "3 in 10": the share a count out of a larger whole is, and the whole's token.
/// A ratio's count is small ("1 in 5", "9 in 10"); "October 14 in 23 countries" and "children
/// under 18 in 302" are a date and an age before a count.
pub(super) fn ratio_after(doc: &Doc, value: f64, last: usize, end: usize) -> Option<(f64, usize)> {
    if last + 2 >= end
        || doc.token_lower(last + 1) != "in"
        || value.fract() != 0.0
        || !(1.0..=10.0).contains(&value)
    {
        return None;
    }
    let before = if last > 0 {
        doc.token_lower(last - 1)
    } else {
        ""
    };
    if crate::lexicon::is_month(before) || matches!(before, "under" | "over" | "aged" | "age") {
        return None;
    }
    // "three in every four homes": "every" before the whole.
    let every = usize::from(doc.token_lower(last + 2) == "every" && last + 3 < end);
    let last = last + every;
    let w = doc.token_lower(last + 2);
    let whole = lex::number_word(w).or_else(|| {
        w.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| w.parse::<f64>().ok())
            .flatten()
    })?;
    // "7 in 10 games", "3 in 5 years": a tally over games or time, not a share.
    let after = if last + 3 < end {
        doc.token_lower(last + 3)
    } else {
        ""
    };
    let over = lex::is_time_unit(after)
        || matches!(
            after,
            "games" | "matches" | "appearances" | "starts" | "races" | "innings"
        );
    (whole > value && whole <= 1000.0 && !over).then_some((value / whole, last + 2))
}
