//! Qualifiers around a number: the words before it that bound or approximate it ("more than",
//! "up to", "about", "crossed"), and the open ends after it ("or more", "or so").

use crate::lexicon::quantities as lex;
use crate::model::Qualifier;
use crate::text::Doc;

/// "or more", "or fewer" after a number: the bound it opens.
pub(super) fn open_end_after(doc: &Doc, last: usize, end: usize) -> Option<(Qualifier, usize)> {
    // "20 minutes or so": "or so" may follow the counted word, which stays the phrase's.
    let unit_then_so = last + 3 < end
        && doc.is_word(last + 1)
        && doc.token_lower(last + 2) == "or"
        && doc.token_lower(last + 3) == "so";
    if unit_then_so {
        return Some((Qualifier::Approximate, 0));
    }
    // "12 hours or more": past the counted word too.
    let unit_then_or = last + 3 < end
        && doc.is_word(last + 1)
        && doc.token_lower(last + 2) == "or"
        && matches!(
            doc.token_lower(last + 3),
            "more" | "longer" | "less" | "fewer"
        )
        // ("300 jobs or more than a tenth of staff" restates it.)
        && (last + 4 >= end || doc.token_lower(last + 4) != "than");
    if unit_then_or {
        let open = match doc.token_lower(last + 3) {
            "more" | "longer" => Qualifier::AtLeast,
            _ => Qualifier::AtMost,
        };
        return Some((open, 0));
    }
    if last + 2 >= end || doc.token_lower(last + 1) != "or" {
        return None;
    }
    let open = match doc.token_lower(last + 2) {
        "more" | "above" | "higher" | "over" => Qualifier::AtLeast,
        "less" | "fewer" | "below" | "lower" | "under" => Qualifier::AtMost,
        "so" => Qualifier::Approximate,
        _ => return None,
    };
    Some((open, 2))
}

/// A bound a verb of passing sets ("crossed $90,000", "topped 45C", "climbed past $100"): more
/// than the figure. A small bare count after such a verb counts what was passed ("crossed 3
/// states"), so only amounts, measures and counts of a hundred or more.
/// `b1` and `b2` are the words before the number, nearest first.
fn passed(doc: &Doc, b1: &str, b2: &str, (first, last): (usize, usize), value: f64) -> bool {
    // "45C", "2.4%": a unit or a sign on the last token; "two" is a bare count; "$90" money.
    let written = doc.token_lower(last);
    let measure = value >= 100.0
        || crate::lexicon::currencies::is_currency_symbol(doc.token_text(first))
        || !(written
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            || lex::number_word(written).is_some()
            || matches!(written, "one" | "a" | "an" | "dozen"));
    let verb = matches!(
        b1,
        "crossed"
            | "crosses"
            | "cross"
            | "breaches"
            | "topped"
            | "tops"
            | "exceeded"
            | "exceeds"
            | "exceed"
            | "top"
            | "surpass"
            | "surpassed"
            | "surpasses"
            | "eclipsed"
            | "breached"
    );
    // "over the past 10 years" is a time; "climbed past $100" a bound.
    let past = b1 == "past" && crate::lexicon::changes::change_verb(b2).is_some();
    // "the top 500 students": an adjective after a determiner, no verb.
    let adjective = b1 == "top" && lex::is_determiner(b2);
    measure && (verb || past) && !adjective
}

/// A qualifier read before a number.
pub(super) struct Bound {
    pub qualifier: Qualifier,
    /// First token of the qualifier.
    pub first: usize,
    /// The interval of an approximate value.
    pub approximate: Option<(f64, f64)>,
}

/// Qualifiers before the number ("more than", "up to", "just under", "about").
pub(super) fn read_bound(
    doc: &Doc,
    t: usize,
    last: usize,
    end: usize,
    qualifier: Qualifier,
    value: f64,
) -> Option<Bound> {
    let before = |k: usize| {
        if t >= k {
            doc.token_lower(t - k)
        } else {
            ""
        }
    };
    let (b1, b2, b3) = (before(1), before(2), before(3));
    // "at least a dozen", "more than a hundred": the article goes with the number word, and
    // the bound stands before it.
    let word = doc.token_lower(t);
    let article = matches!(b1, "a" | "an")
        && (word == "dozen" || lex::scale_word(word).is_some() || lex::number_word(word).is_some());
    if article
        && !matches!(
            b2,
            "about" | "around" | "roughly" | "approximately" | "some"
        )
    {
        if let Some(b) = read_bound(doc, t - 1, last, end, qualifier, value) {
            return Some(b);
        }
    }
    let bound = |qualifier, words: usize| {
        // "just over", "well under": the intensifier belongs to the qualifier's text.
        let mut first = t - words;
        if first > 0 && matches!(doc.token_lower(first - 1), "just" | "well" | "slightly") {
            first -= 1;
        }
        Some(Bound {
            qualifier,
            first,
            approximate: None,
        })
    };
    let approx = |words: usize, low: f64, high: f64| {
        Some(Bound {
            qualifier: Qualifier::Approximate,
            first: t - words,
            approximate: Some((low, high)),
        })
    };
    let next = if last + 1 < end {
        doc.token_lower(last + 1)
    } else {
        ""
    };
    if qualifier == Qualifier::Exact
        && passed(doc, b1, b2, (t, last), value)
        && !lex::is_time_unit(next)
    {
        return Some(Bound {
            qualifier: Qualifier::MoreThan,
            first: t,
            approximate: None,
        });
    }
    match (b3, b2, b1) {
        ("no" | "not", "more" | "higher" | "greater", "than") => bound(Qualifier::AtMost, 3),
        // "as high as $1.2bn", "as low as 2%": the bound a level may reach.
        ("as", "high" | "large" | "big" | "long", "as") => bound(Qualifier::AtMost, 3),
        ("as", "low", "as") => bound(Qualifier::AtLeast, 3),
        ("a", "maximum", "of") => bound(Qualifier::AtMost, 3),
        ("a", "minimum", "of") => bound(Qualifier::AtLeast, 3),
        // "a minimum 3%", "a maximum 40 hours".
        (_, "a" | "the", "maximum") => bound(Qualifier::AtMost, 2),
        (_, "a" | "the", "minimum") => bound(Qualifier::AtLeast, 2),
        ("just", "shy", "of") => approx(3, value * 0.9, value),
        (_, "shy", "of") => bound(Qualifier::LessThan, 2),
        // "roughly a dozen", "about a hundred".
        (_, "about" | "around" | "roughly" | "approximately" | "some", "a" | "an")
            if qualifier == Qualifier::Exact && doc.first_char(t).is_alphabetic() =>
        {
            approx(2, value * 0.9, value * 1.1)
        }
        ("no" | "not", "lower", "than") => bound(Qualifier::AtLeast, 3),
        // "north of $1bn", "south of 40": markets copy's bounds.
        (_, "north", "of") => bound(Qualifier::MoreThan, 2),
        (_, "south", "of") => bound(Qualifier::LessThan, 2),
        ("as", "many" | "much", "as") => bound(Qualifier::AtMost, 3),
        ("as", "few" | "little", "as") => bound(Qualifier::AtLeast, 3),
        (_, "more" | "greater", "than") | (_, "upwards", "of") => bound(Qualifier::MoreThan, 2),
        ("in", "excess", "of") => bound(Qualifier::MoreThan, 3),
        // "handed over 40", "over two days" are not bounds.
        (_, b2, "over") if lex::is_handover_verb(b2) => None,
        // "strike over ₦2,000 daily levy", "a row over 300 job cuts": what a dispute is about.
        (_, b2, "over") if is_dispute_word(b2) => None,
        // "just over 26 hours" is a bound even before a time unit.
        (_, "just" | "well" | "slightly", "over") => bound(Qualifier::MoreThan, 1),
        // "waited over four hours", "for over a week": a span that lasted past the figure.
        (_, b2, "over")
            if lex::is_time_unit(next) && crate::lexicon::units::is_duration_verb(b2) =>
        {
            bound(Qualifier::MoreThan, 1)
        }
        (_, _, "over") if lex::is_time_unit(next) => None,
        (_, _, "over" | "above" | "exceeding") => bound(Qualifier::MoreThan, 1),
        ("no", "fewer" | "less", "than") => bound(Qualifier::AtLeast, 3),
        (_, "at", "least") => bound(Qualifier::AtLeast, 2),
        (_, "fewer" | "less", "than") => bound(Qualifier::LessThan, 2),
        // "bigger than 150 metres", "closer than 3.2 million miles", "older than 65"; "no
        // longer than 28 days" the other way; "5.2%, higher than 4.9% a year earlier" sets a
        // reading against another, no bound.
        ("no" | "not", w, "than")
            if crate::lexicon::grammar::comparative_direction(w).is_some() =>
        {
            match crate::lexicon::grammar::comparative_direction(w) {
                Some(true) => bound(Qualifier::AtMost, 3),
                _ => bound(Qualifier::AtLeast, 3),
            }
        }
        (b3, w, "than")
            if b3 != "," && crate::lexicon::grammar::comparative_direction(w).is_some() =>
        {
            match crate::lexicon::grammar::comparative_direction(w) {
                Some(true) => bound(Qualifier::MoreThan, 2),
                _ => bound(Qualifier::LessThan, 2),
            }
        }
        (_, _, "under" | "below") => bound(Qualifier::LessThan, 1),
        (_, _, "within") => bound(Qualifier::AtMost, 1),
        ("no", "up", "to") => bound(Qualifier::AtMost, 3),
        // "is expected to edge up to 4.4%", "will go up to £169.50", "ticked up to 3.9%",
        // "was revised up to 0.9%": rising to, not a bound ("fined up to", "paid up to" are).
        (
            "go" | "goes" | "going" | "edge" | "edged" | "edges" | "ticked" | "ticks" | "crept"
            | "creeps" | "inched" | "inches" | "revised" | "ratcheted" | "moved" | "went",
            "up",
            "to",
        ) => None,
        (_, "up", "to") | (_, "at", "most") => bound(Qualifier::AtMost, 2),
        // "nears $10,000", "nearing 100": close below it.
        // The verb stays out of the figure's words, as "crossed" does.
        (_, _, "nears" | "neared" | "nearing") if qualifier == Qualifier::Exact => Some(Bound {
            qualifier: Qualifier::Approximate,
            first: t,
            approximate: Some((value * 0.9, value)),
        }),
        (_, "close" | "closer", "to") | (_, "just", "shy") => approx(2, value * 0.9, value),
        (_, _, "nearly" | "almost") if qualifier == Qualifier::Exact => {
            approx(1, value * 0.9, value)
        }
        // "turnout was near 60%", "return to near -10C", "rates held near 70%"; "near 10
        // Downing Street" is a place.
        (_, b2, "near")
            if qualifier == Qualifier::Exact
                && (b2 == "to"
                    || lex::is_measure_link(b2)
                    || crate::lexicon::changes::is_level_verb(b2)
                    || crate::lexicon::changes::change_verb(b2).is_some()) =>
        {
            approx(1, value * 0.9, value * 1.1)
        }
        // "roughly every 400 miles": the approximation reaches past "every".
        (_, "about" | "around" | "roughly" | "approximately", "every")
            if qualifier == Qualifier::Exact =>
        {
            approx(2, value * 0.9, value * 1.1)
        }
        (_, "an", "estimated") if qualifier == Qualifier::Exact => {
            approx(2, value * 0.9, value * 1.1)
        }
        (
            _,
            _,
            "about" | "around" | "roughly" | "approximately" | "some" | "estimated" | "approx."
            | "approx",
        )
        | (_, _, "circa" | "c.")
            if qualifier == Qualifier::Exact =>
        {
            approx(1, value * 0.9, value * 1.1)
        }
        // "exactly 48" and "between 5 and 7" keep their first word in the figure's text.
        (_, _, "exactly") => Some(Bound {
            qualifier,
            first: t - 1,
            approximate: None,
        }),
        (_, _, "between") if qualifier == Qualifier::Range => Some(Bound {
            qualifier,
            first: t - 1,
            approximate: None,
        }),
        _ => None,
    }
}

/// Nouns of dispute, after which "over" says what it is about ("a strike over pay", "a row
/// over 300 job cuts"), not a bound.
fn is_dispute_word(w: &str) -> bool {
    matches!(
        w,
        "strike"
            | "strikes"
            | "row"
            | "rows"
            | "dispute"
            | "disputes"
            | "protest"
            | "feud"
            | "outrage"
            | "fury"
            | "walkout"
            | "lawsuit"
    )
}
