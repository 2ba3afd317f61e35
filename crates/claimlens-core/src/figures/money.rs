//! What an amount of money is: the noun it is, what a verb makes it, what it is for, under or
//! over, and what it is each of ("212 kroner a share": price per share).

use super::change::change;
use super::describe::{clause_subject, measured_before, object_after, past_quote_marks, Subject};
use super::np::{noun_phrase_ending, subject_before, the, verb_before, words};
use crate::lexicon::quantities as lex;
use crate::lexicon::{changes, currencies};
use crate::text::Doc;

/// An amount of money: the noun it is ("a $2.4bn deal"), what it is "in" or "for" ("$5m in
/// damages"), the noun phrase it measures ("an annual budget of $40m", "the deal is worth
/// $2.4bn"), what a verb makes it ("the stadium will cost $1.2bn": cost of the stadium), what it
/// is under or over ("$4m under budget"), each per what follows "a" or "per" ("212 kroner a
/// share": price per share), or "amount of money".
pub(super) fn money(doc: &Doc, s: &Subject) -> String {
    let per = per_unit(doc, s);
    // "owe an average of £1,480", "costs an average of £960": the average of what the verb
    // makes the amount.
    let start = s.number.tokens.start;
    let aggregate = (start >= s.range.start + 2 && doc.token_lower(start - 1) == "of")
        .then(|| doc.token_lower(start - 2))
        .filter(|w| lex::is_aggregate_noun(w));
    let what = what_money_is(doc, s).map(|np| match aggregate {
        // "rose by an average of £40" is a change, already of the average.
        Some(agg)
            if !np.contains(agg)
                && !["rise ", "fall ", "change "]
                    .iter()
                    .any(|c| np.starts_with(c)) =>
        {
            format!("{agg} {np}")
        }
        _ => np,
    });
    // "net income of $412 million, or $1.02 a share": the amount before, restated per unit.
    let restated = (start >= s.range.start + 2
        && doc.token_lower(start - 1) == "or"
        && doc.is_punct(start - 2, ','))
    .then_some(s.earlier.in_sentence)
    .flatten()
    .filter(|before| !before.starts_with("price") && !before.contains(" per "));
    match (what, per) {
        (_, Some(unit)) if restated.is_some() => {
            format!("{} per {unit}", restated.unwrap_or_default())
        }
        (Some(np), Some(unit)) if !np.contains(&unit) => format!("{np} per {unit}"),
        (Some(np), _) => np,
        (None, Some(unit)) if lex::is_period_word(&unit) => format!("amount per {unit}"),
        (None, Some(unit)) => format!("price per {unit}"),
        (None, None) => "amount of money".to_string(),
    }
}

fn what_money_is(doc: &Doc, s: &Subject) -> Option<String> {
    // "€14m next year": a time after the amount says when, not what.
    let time = s
        .phrase
        .run
        .iter()
        .any(|&u| lex::is_period_word(doc.token_lower(u)));
    // "6 million pesos": the currency is the unit, not what the money is.
    let currency = s
        .phrase
        .run
        .iter()
        .all(|&u| currencies::is_currency_name(doc.token_lower(u)));
    if let Some(income) = income_of(doc, s) {
        return Some(income);
    }
    if let Some(bought) = super::paid::what_it_buys(doc, s) {
        return Some(bought);
    }
    // "£400 a year better off", "£90 worse off": a gain or a loss.
    let off = (s.phrase.end.saturating_sub(1)..s.range.end.min(s.phrase.end + 4))
        .find(|&k| matches!(doc.token_lower(k), "better" | "worse"))
        .filter(|&k| k + 1 < s.range.end && doc.token_lower(k + 1) == "off");
    if let Some(k) = off {
        return Some(
            if doc.token_lower(k) == "better" {
                "gain"
            } else {
                "loss"
            }
            .to_string(),
        );
    }
    // "£1.1bn of private investment": a partitive of money names what the money is.
    if !s.phrase.run.is_empty() && !time && !currency {
        return Some(words(doc, &s.phrase.run));
    }
    if let Some(loss) = lost(doc, s) {
        return Some(loss);
    }
    // "had recovered more than N156 billion": money got back, not a rebound.
    let recovered = verb_before(doc, s.number.tokens.start, s.range)
        .is_some_and(|(v, _)| matches!(v, "recovered" | "recovers" | "recover" | "recouped"));
    if recovered {
        return Some("money recovered".to_string());
    }
    // "wiping roughly 6 billion crowns off its market value": a fall in what it came off.
    let wiped = verb_before(doc, s.number.tokens.start, s.range).is_some_and(|(v, _)| {
        matches!(
            v,
            "wiping" | "wiped" | "wipes" | "wipe" | "knocking" | "knocked" | "knocks" | "shaving"
        )
    });
    if let Some((_, np)) = object_after(doc, s, &["off"]).filter(|_| wiped) {
        return Some(format!("fall in {np}"));
    }
    if let Some(c) = change(doc, s) {
        return Some(c);
    }
    if let Some(bound) = under_or_over(doc, s) {
        return Some(bound);
    }
    let start = s.number.tokens.start;
    if let Some((verb, at)) = verb_before(doc, start, s.range) {
        // "cut £480,000 from the service", "trimmed $12.6m from the programme": a cut from it.
        if changes::is_cut_verb(verb) {
            if let Some((_, np)) = object_after(doc, s, &["from"]) {
                return Some(format!("cut from {}", the(&np)));
            }
        }
        // "Pensioners getting R2,180 a month from the old-age grant": what it comes from.
        if changes::money_verb(verb) == Some("amount received") {
            if let Some((_, np)) = object_after(doc, s, &["from"]) {
                let source: Vec<&str> = np
                    .split(' ')
                    .take_while(|w| !lex::is_auxiliary(w))
                    .collect();
                if !source.is_empty() {
                    return Some(format!("money from {}", the(&source.join(" "))));
                }
            }
        }
        if let Some(noun) = changes::money_verb(verb) {
            // "awarded $2m in damages": what the money is, whatever the verb.
            if let Some((_, np)) = object_after(doc, s, &["in"]) {
                // "invested $40m in the plant": what the money went into.
                return Some(if noun == "investment" {
                    format!("investment in {np}")
                } else {
                    np
                });
            }
            // "The board will pay KSh 3,500 for a 90kg bag": the price of what is paid for.
            if noun == "amount paid" {
                if let Some(what) = super::paid::paid(doc, s, verb, at) {
                    return Some(what);
                }
            }
            let what = match subject_before(doc, at, s.range) {
                // "ticket prices range from £35 to £95": the subject is the money.
                Some(np) if noun.is_empty() => np,
                Some(np) if noun == "value" => format!("{np} value"),
                Some(np) if matches!(noun, "cost" | "sale price" | "price") => {
                    format!("{noun} of {}", the(&np))
                }
                // "Merrin County will receive about $61m".
                Some(np) if noun == "amount received" => format!("amount received by {np}"),
                _ if noun.is_empty() => return None,
                _ => noun.to_string(),
            };
            // "spend Sh2,000 more every week on fuel": what the spending is on, a few words on.
            if noun == "spending" && object_after(doc, s, &["on"]).is_none() {
                let on = (s.phrase.end..s.range.end.min(s.phrase.end + 5))
                    .take_while(|&k| doc.is_word(k))
                    .find(|&k| doc.token_lower(k) == "on");
                let np: Vec<usize> = on
                    .map(|k| {
                        (k + 1..s.range.end)
                            .take_while(|&v| super::np::is_np_word(doc, v))
                            .take(4)
                            .collect()
                    })
                    .unwrap_or_default();
                if !np.is_empty() {
                    return Some(format!("spending on {}", words(doc, &np)));
                }
            }
            // "return €500m to shareholders", "paid £2m to the family": whom the money goes to.
            let to_whom = matches!(
                noun,
                "amount returned"
                    | "amount paid"
                    | "amount given"
                    | "donation"
                    | "contribution"
                    | "award"
                    | "money released"
                    | "allocation"
            );
            if let Some((_, np)) = object_after(doc, s, &["to"]).filter(|_| to_whom) {
                if !crate::lexicon::is_time_word(&np) {
                    return Some(format!("{what} to {np}"));
                }
            }
            // "spent well over $2 million on the building": spending on the building.
            return Some(
                match object_after(doc, s, &["on", "for", "towards", "toward"]) {
                    Some((prep, np)) if !what.contains(" of ") && goes_on(&np) => {
                        let k = past_quote_marks(doc, s.phrase.end, s.range.end);
                        let the = if doc.token_lower(k + 1) == "the" {
                            "the "
                        } else {
                            ""
                        };
                        format!("{what} {prep} {the}{np}")
                    }
                    // "pledged $2.1bn to build homes": the pledge to build homes.
                    _ => match purpose_after(doc, s) {
                        Some(purpose) => {
                            format!("{what} {}", purpose.trim_start_matches("money "))
                        }
                        None => whose(doc, s, at, noun).unwrap_or(what),
                    },
                },
            );
        }
    }
    // "an extra £75m to fund 60,000 operations", "€480 million to build flats": money for the
    // purpose its infinitive names.
    if let Some(purpose) = purpose_after(doc, s) {
        return Some(purpose);
    }
    // "another £14,000 on the wage bill": what added money goes on.
    let added = start > s.range.start && matches!(doc.token_lower(start - 1), "another" | "extra");
    if let Some((prep, np)) = object_after(doc, s, &["in", "for", "on"]) {
        if prep != "on" || (added && goes_on(&np)) {
            return Some(np);
        }
    }
    if let Some((prep, np)) = super::describe::object_after_participle(doc, s, &["for", "on"]) {
        // "The £62m paid for the site": what is paid for has that price.
        let paid = doc.token_lower(past_quote_marks(doc, s.phrase.end, s.range.end)) == "paid";
        return Some(match paid && prep == "for" {
            true => format!("price of {}", the(&np)),
            false => np,
        });
    }
    if let Some(np) = measured_before(doc, s).or_else(|| clause_subject(doc, s)) {
        return Some(np);
    }
    // "received the largest penalty, 142 million rand": the amount in apposition to the
    // object of a verb; "cost 4.1 billion korun, roughly €165 million": the same amount in
    // another currency. Not "For a pensioner, $94 is a power bill".
    if start > s.range.start + 1 && doc.is_punct(start - 1, ',') {
        let before = doc.token_lower(start - 2);
        let money_before = currencies::is_currency_name(before)
            || (start >= s.range.start + 3
                && before.starts_with(|c: char| c.is_ascii_digit())
                && currencies::is_currency_symbol(doc.token_text(start - 3)));
        if money_before {
            return s.earlier.last_in_sentence.map(str::to_string);
        }
        let mut first = start - 1;
        while first > s.range.start
            && (super::np::is_np_word(doc, first - 1)
                || lex::is_determiner(doc.token_lower(first - 1)))
        {
            first -= 1;
        }
        let object = first > s.range.start
            && !crate::lexicon::speech::is_preposition(doc.token_lower(first - 1));
        let np = noun_phrase_ending(doc, start - 1, s.range)
            .filter(|np| !np.contains(char::is_numeric) && !np.starts_with(char::is_uppercase));
        if let Some(np) = np.filter(|_| object) {
            return Some(np);
        }
    }
    // "bought the tickets for $46": the price of the thing bought.
    if start > s.range.start + 1 && doc.token_lower(start - 1) == "for" {
        let np = noun_phrase_ending(doc, start - 1, s.range)
            .filter(|np| !matches!(np.as_str(), "him" | "her" | "them" | "it" | "me" | "us"));
        if let Some(np) = np {
            return Some(format!("price of {}", the(&np)));
        }
    }
    // "signed the midfielder from Porto Brava for a club-record £46m", "bought it at a sale in
    // 1979 for £46": the verb of the clause the amount is "for".
    if let Some(noun) = verb_of_for(doc, s) {
        return Some(noun.to_string());
    }
    // "£25m would be released", "$3bn has been allocated": a passive verb of money after it.
    if let Some(noun) = passive_after(doc, s) {
        return Some(noun.to_string());
    }
    if let Some(rate) = currency_level(doc, s) {
        return Some(rate);
    }
    // "900 million pesos": nothing says what the money is, but the currency is named.
    (currency && !s.phrase.run.is_empty())
        .then(|| format!("amount in {}", words(doc, &s.phrase.run)))
}

/// "to fund 60,000 additional operations" right after the amount: "money to fund additional
/// operations".
fn purpose_after(doc: &Doc, s: &Subject) -> Option<String> {
    let mut k = past_quote_marks(doc, s.phrase.end.max(s.number.tokens.end), s.range.end);
    // "R60 billion over three years to maintain": past the span it is spent over.
    if k + 3 < s.range.end && matches!(doc.token_lower(k), "over" | "within" | "for") {
        let span_end = crate::numbers::read(doc, k + 1, s.range.end)
            .map(|n| n.tokens.end)
            .filter(|&e| e < s.range.end && lex::is_period_word(doc.token_lower(e)));
        if let Some(e) = span_end {
            k = e + 1;
        }
    }
    if k + 2 >= s.range.end || doc.token_lower(k) != "to" {
        return None;
    }
    let verb = doc.token_lower(k + 1);
    if !changes::is_purpose_verb(verb) {
        return None;
    }
    let np: Vec<usize> = (k + 2..s.range.end.min(k + 9))
        .skip_while(|&u| {
            let w = doc.token_lower(u);
            lex::is_determiner(w)
                || matches!(w, "more" | "extra" | "additional" | "new")
                || crate::numbers::read(doc, u, s.range.end).is_some()
        })
        .take_while(|&u| super::np::is_np_word(doc, u) || doc.token_lower(u).ends_with("ing"))
        .take(4)
        .collect();
    (!np.is_empty()).then(|| format!("money to {verb} {}", words(doc, &np)))
}

/// "Sterling fell 0.7% against the dollar to $1.2415", "the rand could test R19.50": an amount
/// a currency moves to is its exchange rate.
fn currency_level(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    let first = start.saturating_sub(14).max(s.range.start);
    let stop = |u: &usize| !doc.is_punct(*u, ',') && !doc.is_punct(*u, ';');
    let subject = (first..start).rev().take_while(stop).filter(|&u| {
        let w = doc.token_lower(u);
        let opens = u == s.range.start || lex::is_determiner(doc.token_lower(u - 1));
        (currencies::is_currency_name(w) || w == "currency") && opens && u + 1 < start && {
            let verb = doc.token_lower(u + 1);
            changes::change_verb(verb).is_some()
                || changes::is_level_verb(verb)
                || lex::is_auxiliary(verb)
                || (verb.len() > 4 && verb.ends_with("ed"))
        }
    });
    let u = subject.last()?;
    Some(match doc.token_lower(u) {
        "currency" => "exchange rate of the currency".to_string(),
        _ => format!("{} exchange rate", words(doc, &[u])),
    })
}

/// "a worker on A$70,000", "families on £30,000 a year": the income of the people it follows.
fn income_of(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    if start < s.range.start + 2 || doc.token_lower(start - 1) != "on" {
        return None;
    }
    let who = doc.token_lower(start - 2);
    let people = lex::is_people_noun(&super::lemma(who))
        || crate::lexicon::names::is_role_noun(who)
        || matches!(who, "someone" | "anyone");
    let det = start >= s.range.start + 3 && matches!(doc.token_lower(start - 3), "a" | "an");
    let who = if det {
        start - 3..start - 1
    } else {
        start - 2..start - 1
    };
    people.then(|| format!("income of {}", words(doc, &who.collect::<Vec<_>>())))
}

/// What money goes on or is for: not "on average", "on top of", "on paper".
fn goes_on(np: &str) -> bool {
    !matches!(
        np.split(' ').next(),
        Some("average" | "top" | "paper" | "record" | "offer" | "hand" | "board" | "track")
    )
}

/// The money verb of the clause an amount is "for" in, a few words back ("signed X from Y for a
/// reported €1.2m": fee).
fn verb_of_for(doc: &Doc, s: &Subject) -> Option<&'static str> {
    let mut u = s.number.tokens.start;
    while u > s.range.start && {
        let w = doc.token_lower(u - 1);
        lex::is_determiner(w)
            || lex::is_not_a_noun_before(w)
            || matches!(w, "reported" | "record" | "undisclosed")
            || w.ends_with("-record")
    } {
        u -= 1;
    }
    if u <= s.range.start || doc.token_lower(u - 1) != "for" {
        return None;
    }
    let from = s.range.start.max(u.saturating_sub(16));
    (from..u - 1)
        .rev()
        .take_while(|&v| !doc.is_punct(v, ',') && !doc.is_punct(v, ';'))
        .find_map(|v| changes::money_verb(doc.token_lower(v)).filter(|n| !n.is_empty()))
}

/// The token after an amount and the currency words that follow it ("212 kroner a share").
pub(super) fn after_amount(doc: &Doc, s: &Subject) -> usize {
    let mut k = s.number.tokens.end;
    while k < s.range.end && currencies::is_currency_name(doc.token_lower(k)) {
        k += 1;
    }
    k
}

/// "a share", "per user", "a gallon", "a year" after an amount: what it is each of, singular.
pub(super) fn per_unit(doc: &Doc, s: &Subject) -> Option<String> {
    let k = after_amount(doc, s);
    if k + 1 >= s.range.end || !matches!(doc.token_lower(k), "a" | "an" | "per") {
        return None;
    }
    let unit = doc.token_lower(k + 1);
    let noun = doc.is_word(k + 1)
        && !doc.is_capitalized(k + 1)
        && !lex::ends_counted_phrase(unit)
        && !lex::is_determiner(unit)
        && lex::number_word(unit).is_none();
    // "$5m a share of the profits" would be a part, not a rate; "£61m a year earlier" is when.
    let of_follows = k + 2 < s.range.end
        && matches!(
            doc.token_lower(k + 2),
            "of" | "earlier" | "ago" | "before" | "previously" | "later"
        );
    // "$2.10 per diluted share": a participle before the unit goes with it.
    let described = unit.ends_with("ed")
        && k + 2 < s.range.end
        && doc.is_word(k + 2)
        && !doc.is_capitalized(k + 2)
        && !lex::ends_counted_phrase(doc.token_lower(k + 2));
    match described {
        true => noun.then(|| format!("{unit} {}", super::lemma(doc.token_lower(k + 2)))),
        false => (noun && !of_follows).then(|| super::lemma(unit)),
    }
}

/// "$4 million under budget", "£2m over estimate": what the amount is under or over.
fn under_or_over(doc: &Doc, s: &Subject) -> Option<String> {
    let k = after_amount(doc, s);
    if k + 1 >= s.range.end || !matches!(doc.token_lower(k), "under" | "over" | "below" | "above") {
        return None;
    }
    // "under budget", "over its original budget": a determiner and up to two adjectives.
    let mut u = k + 1;
    while u < s.range.end && lex::is_determiner(doc.token_lower(u)) {
        u += 1;
    }
    let words: Vec<usize> = (u..s.range.end.min(u + 3))
        .take_while(|&v| {
            let w = doc.token_lower(v);
            doc.is_word(v)
                && !doc.is_capitalized(v)
                && !lex::ends_counted_phrase(w)
                && lex::number_word(w).is_none()
        })
        .collect();
    let end = u + words.len();
    // "over budget", "under its forecast": a level it is measured against, not what it is
    // about ("suing for £3.2m over damp").
    let measure = words.last().is_some_and(|&w| {
        matches!(
            doc.token_lower(w),
            "budget"
                | "target"
                | "forecast"
                | "forecasts"
                | "estimate"
                | "estimates"
                | "expectations"
                | "limit"
                | "cap"
                | "threshold"
                | "plan"
                | "projections"
                | "guidance"
                | "cost"
                | "price"
                | "valuation"
        )
    });
    let ends = measure
        && !words.is_empty()
        && (end >= s.range.end
            || !doc.is_word(end)
            || lex::ends_counted_phrase(doc.token_lower(end)));
    ends.then(|| {
        let span = doc.tokens[k + 1].start..doc.tokens[end - 1].end;
        format!(
            "amount {} {}",
            doc.token_lower(k),
            doc.slice(span).to_lowercase()
        )
    })
}

/// "A year earlier it lost €96 million", "the club lost £12m": money a business lost is its
/// loss; "shares lost 40 cents" is a fall in a price.
fn lost(doc: &Doc, s: &Subject) -> Option<String> {
    let (verb, at) = verb_before(doc, s.number.tokens.start, s.range)?;
    if !matches!(verb, "lost" | "loses" | "lose" | "losing") {
        return None;
    }
    let subject = subject_before(doc, at, s.range);
    let priced = subject.as_deref().is_some_and(|np| {
        np.split(' ').any(|w| {
            matches!(
                w,
                "shares" | "share" | "price" | "prices" | "stock" | "stocks" | "index" | "value"
            )
        })
    });
    (!priced).then(|| "loss".to_string())
}

/// The verb of money an amount is the subject of in the passive ("£25m would be released":
/// money released).
fn passive_after(doc: &Doc, s: &Subject) -> Option<&'static str> {
    let mut k = s.phrase.end.max(s.number.tokens.end);
    // "the £62m paid for the land", "the $1.6bn set aside": a participle right after an amount
    // the text points at is a passive without its auxiliary.
    let start = s.number.tokens.start;
    let pointed = start > s.range.start && doc.token_lower(start - 1) == "the";
    let mut passive = pointed && k < s.range.end && {
        let w = doc.token_lower(k);
        (w.len() > 4 && w.ends_with("ed")) || lex::is_irregular_participle(w) || w == "set"
    };
    while k < s.range.end && lex::is_auxiliary(doc.token_lower(k)) {
        passive |= matches!(
            doc.token_lower(k),
            "be" | "been" | "was" | "were" | "is" | "are"
        );
        k += 1;
    }
    // "Sh62 billion has been set aside": a verb and its particle.
    let aside = k + 1 < s.range.end
        && matches!(doc.token_lower(k), "set" | "put")
        && doc.token_lower(k + 1) == "aside";
    if passive && aside {
        return Some("money set aside");
    }
    let noun = (k < s.range.end && passive)
        .then(|| changes::money_verb(doc.token_lower(k)))
        .flatten()?;
    (!noun.is_empty()).then_some(noun)
}

/// "the appeal raised £2m", "ticket sales generated €2.4m", "the tour earned $40m": whose money
/// it is, by the subject of the verb at `at`. Not a capitalised head ("Smith earned $2m"):
/// opening the sentence it may be a name whose case is lost.
pub(super) fn whose(doc: &Doc, s: &Subject, at: usize, noun: &str) -> Option<String> {
    let np = subject_before(doc, at, s.range)?;
    let head = np.rsplit(' ').next()?;
    let capitalised = (s.range.start..at)
        .rev()
        .find(|&k| doc.token_lower(k) == head)
        .is_none_or(|k| doc.is_capitalized(k));
    // "some will pay more than $400": a quantifier alone names no payer.
    let quantifier = matches!(
        np.as_str(),
        "some" | "many" | "most" | "all" | "others" | "those" | "these" | "few" | "both"
    );
    if capitalised || quantifier || crate::lexicon::grammar::is_personal_pronoun(&np) {
        return None;
    }
    Some(match noun {
        "money raised" => format!("money raised by {}", the(&np)),
        "revenue" => format!("revenue from {np}"),
        "earnings" | "gross takings" => format!("{noun} of {}", the(&np)),
        // "Out-of-state students will pay $31,200": who pays it.
        // (Not a passive: "The family will be paid $250,000" is paid to them.)
        "amount paid" if !super::np::passive_before(doc, at, s.range) => {
            format!("amount paid by {}", the(&np))
        }
        _ => return None,
    })
}
