//! What a figure counts, in words a reader understands: the counted noun and its event ("prisoners
//! sent to X"), what an amount of money is ("cost of the new stadium"), what a percentage is a
//! share or change of ("share of voters undecided", "rise in the bond yield"), and, when the
//! text names nothing, a phrase built from the unit ("speed", "amount of money").

use std::ops::Range;

use super::change::change;
use super::counted::Phrase;
use super::np::{is_np_word, noun_phrase_ending, subject_before, words};
use super::Event;
use crate::attribution::ArticleAnalysis;
use crate::lexicon::names::head_gender;
use crate::lexicon::quantities as lex;
use crate::lexicon::{changes, currencies};
use crate::model::Qualifier;
use crate::numbers::Number;
use crate::text::Doc;

/// The figure being described.
pub(super) struct Subject<'a> {
    pub number: &'a Number,
    pub phrase: &'a Phrase,
    /// Head noun as written, "" when none.
    pub head: &'a str,
    pub class: &'a str,
    pub range: &'a Range<usize>,
    /// What figures read just before say they count, for a number that names nothing itself.
    pub earlier: Earlier<'a>,
}

/// Earlier figures a bare number may refer back to.
#[derive(Default)]
pub(super) struct Earlier<'a> {
    /// A figure of the same value among the last few read: "We issued 14 notices. Fourteen."
    /// says the same thing twice.
    pub same_value: Option<&'a str>,
    /// The figure of the same kind (count, money, percentage) before it in the sentence, for
    /// the earlier value of a change: "€14m next year, up from €5.2m".
    pub in_sentence: Option<&'a str>,
    /// That figure when this one is coordinated with it: "112 votes to 87", "60 jets and
    /// options on 25 more".
    pub coordinated: Option<&'a str>,
    /// The number follows "from" ("up from 20", "from 3.1 per cent now").
    pub after_from: bool,
    /// "of them" follows the number ("has about 390 stores and will close 25 of them").
    pub of_them: bool,
    /// The figure of the same kind in the sentence before, when this one opens its sentence or
    /// stands for "it" ("70,000 were expected. Fewer than 25,000 did.", "Organisers put it at
    /// 80,000").
    pub previous: Option<&'a str>,
    /// The last figure of the same kind in this sentence or the one before that names what it
    /// counts, for a number that names nothing ("took 38 seats … The Greens won 14", "31% of
    /// sales, compared with 38%").
    pub nearby: Option<&'a str>,
    /// The last figure of any kind before it in the sentence that names what it counts:
    /// "revenue of $184.6m, up 22%" is a rise in revenue.
    pub last_in_sentence: Option<&'a str>,
}

/// The words `counts` falls back on when the text around a figure names nothing it measures.
pub(super) fn is_fallback(counts: &str) -> bool {
    matches!(
        counts,
        "number" | "amount of money" | "percentage" | "earlier value" | "level"
    )
}

/// The words of `counts`: never empty.
pub(super) fn counts(
    art: &ArticleAnalysis,
    s: &Subject,
    event: Option<Event>,
    destination: &str,
) -> String {
    let doc = &art.doc;
    let n = s.number;
    let noun = if n.percent {
        super::percentage::percentage(doc, s)
    } else if n.money {
        super::money::money(doc, s)
    } else {
        thing(doc, s)
    };
    let mut out = refer_back(noun, &s.earlier);
    if is_fallback(&out) {
        if let Some(np) = clause_subject(doc, s).or_else(|| things_before(art, s)) {
            out = np;
        }
    }
    // "Sarah Jones, 56, died": an age is no count of people killed.
    if let Some(e) = event.filter(|_| out != "age") {
        out.push(' ');
        out.push_str(e.words());
    }
    if !destination.is_empty() {
        out.push_str(" to ");
        out.push_str(destination);
    }
    out
}

/// What a bare number opening its sentence as the subject of a verb stands for: the things the
/// sentence before was about ("Most of the cars were taken overnight. Eleven have been
/// recovered."). People are left alone: who a bare number of people is, is for the events.
fn things_before(art: &ArticleAnalysis, s: &Subject) -> Option<String> {
    let doc = &art.doc;
    let n = s.number;
    let subject = n.tokens.start == s.range.start
        && s.phrase.run.is_empty()
        && !n.money
        && !n.percent
        && n.unit.is_none()
        && n.tokens.end < s.range.end
        && lex::is_auxiliary(doc.token_lower(n.tokens.end));
    if !subject {
        return None;
    }
    let si = art.sentence_of_token[n.tokens.start];
    let before = &art.sentences[si.checked_sub(1)?];
    before.tokens.clone().find_map(|u| {
        let w = doc.token_lower(u);
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
        (plural
            && !doc.is_capitalized(u)
            && is_np_word(doc, u)
            && art.in_quote[u].is_none()
            && !lex::is_period_word(w)
            && !crate::lexicon::is_time_word(w)
            && !lex::is_people_noun(&super::lemma(w)))
        .then(|| w.to_string())
    })
}

/// The subject of a verb that gives its amount ("Capital spending takes ₦348 billion",
/// "Temperatures touched 51.2C", "Pilgrims aged 60 and above make up 38 per cent").
pub(super) fn clause_subject(doc: &Doc, s: &Subject) -> Option<String> {
    let (verb, at) = super::np::verb_before(doc, s.number.tokens.start, s.range)?;
    // "make up", "account for": the particle's verb.
    let at = match verb {
        "up" | "for" | "to" if at > s.range.start => at - 1,
        _ => at,
    };
    let made_up = verb == "up" && matches!(doc.token_lower(at), "make" | "makes" | "made");
    if !changes::is_amount_verb(doc.token_lower(at)) && !made_up {
        return None;
    }
    // "expects inflation to average 2.4%": the subject of an infinitive is the object of the
    // verb before it.
    let infinitive = at > s.range.start && doc.token_lower(at - 1) == "to";
    let np = subject_before(doc, at, s.range).map(|np| match np.split_once(' ') {
        Some((verb, rest)) if infinitive && (verb.ends_with('s') || verb.ends_with("ed")) => {
            rest.to_string()
        }
        _ => np,
    });
    // A pronoun or a lone preposition ("aged 60 and above make up") names nothing.
    np.filter(|np| {
        !matches!(np.as_str(), "it" | "they" | "this" | "that" | "which")
            && !crate::lexicon::speech::is_preposition(np)
            && !crate::lexicon::names::is_function_word(np)
            && !matches!(
                np.as_str(),
                "above" | "below" | "over" | "under" | "more" | "less"
            )
    })
}

/// A measure of a verb's subject: "Rainfall topped 310mm" (the rainfall), "The Aerobook 14
/// weighs 1.12kg" (the weight of the Aerobook 14: a name says whose, the unit what).
fn measure_of_subject(doc: &Doc, s: &Subject, quantity: &str) -> Option<String> {
    clause_subject(doc, s).map(|np| {
        if np.starts_with(char::is_uppercase) {
            format!("{quantity} of the {np}")
        } else {
            np
        }
    })
}

/// A fallback replaced by what an earlier figure counts: its value repeated, or the figure of the
/// same kind before it in the sentence ("up from €5.2m": the earlier revenue).
fn refer_back(noun: String, earlier: &Earlier) -> String {
    // "up 22%" after "revenue of $184.6m": the rise in what that figure counts.
    if matches!(noun.as_str(), "rise" | "fall" | "change") {
        return match earlier.last_in_sentence {
            Some(before) => format!("{noun} in {before}"),
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
        (_, _, Some(before)) => before.to_string(),
        // "£612 a year from April. That’s up from £506": the earlier value of what the figure
        // before it counts, never the same thing (which would read as a conflict).
        _ => match earlier.previous.or(earlier.nearby) {
            Some(before) if noun == "earlier value" && !before.starts_with("earlier ") => {
                format!("earlier {before}")
            }
            Some(before) => before.to_string(),
            None => noun,
        },
    }
}

/// A count or measure: the counted noun, the class, a noun phrase the number measures ("a top
/// speed of 70mph"), the unit's quantity, or "number".
fn thing(doc: &Doc, s: &Subject) -> String {
    // "at age four", "children of age 12": whatever follows, the number is an age.
    let start = s.number.tokens.start;
    if start > s.range.start
        && doc.token_lower(start - 1) == "age"
        && lex::unit_quantity(&s.head.to_lowercase()).is_none()
    {
        return "age".to_string();
    }
    // "a magnitude 6.8 earthquake": the scale named before the number.
    if start > s.range.start && doc.token_lower(start - 1) == "magnitude" {
        return match s.head.to_lowercase() {
            h if h.is_empty() => "magnitude".to_string(),
            h => format!("magnitude of the {h}"),
        };
    }
    if !s.head.is_empty() {
        let head = s.head.to_lowercase();
        // "Life expectancy rose to 81.3 years", "Screen time averaged seven hours a day": a
        // span of time that a verb makes a level or an amount is of the verb's subject.
        if lex::is_time_unit(&head) {
            // "jailed for 14 years", "sentenced to six months": a sentence.
            let sentenced = (s.range.start.max(start.saturating_sub(3))..start).any(|u| {
                matches!(
                    doc.token_lower(u),
                    "jailed" | "sentenced" | "imprisoned" | "jail" | "prison"
                )
            });
            if sentenced {
                return "sentence".to_string();
            }
            let level = start > s.range.start && matches!(doc.token_lower(start - 1), "to" | "at");
            let reached = level
                .then(|| change(doc, s).or_else(|| measured_before(doc, s)))
                .flatten();
            if let Some(np) = reached.or_else(|| clause_subject(doc, s)) {
                return np;
            }
        }
        // "nine dead", "55 missing": people in a state; the event says which.
        if s.class == "people" && !head.ends_with('s') && lex::event_of(&head).is_some() {
            return "people".to_string();
        }
        // "14 basis points", "3.5 percentage points": points of what changed or is measured
        // ("yields fell 14 basis points", "a margin of error of 3.5 percentage points").
        if head == "points" {
            return change(doc, s)
                .or_else(|| measured_before(doc, s))
                .unwrap_or_else(|| words(doc, &s.phrase.run));
        }
        // "15 mph": an abbreviated unit says what it measures, unless a noun phrase before
        // names it ("winds of up to 120 mph").
        if let Some(q) = super::dimension::quantity(doc, s, &head).filter(|_| !head.ends_with('s'))
        {
            let np = measured_before(doc, s).or_else(|| measure_of_subject(doc, s, q));
            return super::dimension::of_what(doc, s, &head, np).unwrap_or_else(|| q.to_string());
        }
        // "at a depth of 10 kilometres": a unit written out measures the noun linked to it.
        if lex::unit_quantity(&head).is_some() {
            // "an average of 52 minutes", "a total of 40 miles" say how, not what.
            let how = |np: &String| {
                let last = np.rsplit(' ').next().unwrap_or(np);
                lex::is_aggregate_noun(last) || matches!(last, "estimated" | "further")
            };
            if let Some(np) = measured_before(doc, s).filter(|np| linked_by_of(doc, s) && !how(np))
            {
                return np;
            }
        }
        // "The bridge is 1.2 miles long": a unit written out names itself, unless the sentence
        // says which dimension or speed it measures.
        if super::dimension::named_for(doc, s, &head).is_some() {
            let np = measured_before(doc, s).or_else(|| clause_subject(doc, s));
            if let Some(np) = super::dimension::of_what(doc, s, &head, np) {
                return np;
            }
        }
        return head;
    }
    if s.number.unit.is_some() {
        let q = (s.number.unit.as_deref()).and_then(|u| super::dimension::quantity(doc, s, u));
        let of_subject = || match q {
            Some(q) => measure_of_subject(doc, s, q),
            None => clause_subject(doc, s),
        };
        let np = measured_before(doc, s).or_else(of_subject);
        if let Some(np) =
            super::dimension::of_what(doc, s, s.number.unit.as_deref().unwrap_or(""), np)
        {
            return np;
        }
    }
    if let Some(tally) = super::tally::counts(doc, s.number, s.range) {
        return tally;
    }
    // "the council voted 31 to 19": a tally of votes.
    if s.number.tokens.start > s.range.start
        && doc.token_lower(s.number.tokens.start - 1) == "voted"
    {
        return "votes".to_string();
    }
    // "children under 5", "aged 17": an age, whatever the group.
    if is_age(doc, s) {
        return "age".to_string();
    }
    // "bringing the total there to 88": what the level counts, over a class borrowed from
    // the figures before.
    // "puts the exact number at 48" names nothing the class does not.
    let generic = |np: &str| {
        let head = np.rsplit(' ').next().unwrap_or(np);
        matches!(head, "number" | "figure" | "count" | "tally" | "total")
    };
    if let Some(np) =
        super::change::brought_to(doc, s).filter(|np| s.class.is_empty() || !generic(np))
    {
        return np;
    }
    if !s.class.is_empty() {
        return group_named_before(s).unwrap_or(s.class).to_string();
    }
    if let Some(rate) = exchange_rate(doc, s) {
        return rate;
    }
    // "rose by 18% last year, to 642", "bringing the total to 318"; "by 112 votes to 87" is
    // a tally, read from its first figure.
    if let Some(c) = change(doc, s).filter(|_| s.earlier.coordinated.is_none()) {
        return c;
    }
    if let Some(np) = measured_before(doc, s) {
        return np;
    }
    // "from 12 minutes to 40": a unit written out in full is what the figure counts; an
    // abbreviation says its quantity ("70mph": speed).
    // "Nine are dead", "Forty-eight are alive": people in a state.
    let after = s.number.tokens.end;
    if after + 1 < s.range.end
        && matches!(doc.token_lower(after), "are" | "were")
        && lex::is_state_adjective(doc.token_lower(after + 1))
    {
        return "people".to_string();
    }
    if let Some(u) = s.number.unit.as_deref() {
        let written_out = u.len() > 3 && u.ends_with('s');
        return super::dimension::quantity(doc, s, u)
            .filter(|_| !written_out)
            .unwrap_or(u)
            .to_string();
    }
    "number".to_string()
}

/// "Nine of the 11 members voted for the cut, while two preferred", "Fewer than 25,000 did": a
/// bare number of people is of the group the figure before it named.
fn group_named_before<'a>(s: &Subject<'a>) -> Option<&'a str> {
    let e = &s.earlier;
    let group = e.coordinated.or(e.in_sentence).or(e.previous)?;
    // "40 injured. 15 were taken to hospital": an event's adjective names no group.
    let named = !group.contains(' ')
        && group != "people"
        && lex::is_people_noun(&super::lemma(group))
        && !((lex::event_of(group).is_some() && !group.ends_with('s'))
            || lex::is_state_adjective(group));
    (s.head.is_empty() && s.class == "people" && named).then_some(group)
}

/// Is the number right after "of" ("a depth of 10 kilometres")?
fn linked_by_of(doc: &Doc, s: &Subject) -> bool {
    let start = s.number.tokens.start;
    start > s.range.start && doc.token_lower(start - 1) == "of"
}

/// "41.7 to the dollar", "148.20 per dollar": an exchange rate, of the currency the sentence
/// names before it ("the lira hit a record low of 41.7 to the dollar").
fn exchange_rate(doc: &Doc, s: &Subject) -> Option<String> {
    let k = s.number.tokens.end;
    if k + 1 >= s.range.end || !matches!(doc.token_lower(k), "to" | "per" | "against") {
        return None;
    }
    let the = usize::from(doc.token_lower(k + 1) == "the");
    let against = doc.token_lower(k + 1 + the);
    if k + 1 + the >= s.range.end || !currencies::is_currency_name(against) {
        return None;
    }
    let rate = format!("exchange rate against the {against}");
    let named = (s.range.start..s.number.tokens.start)
        .rev()
        .map(|u| doc.token_lower(u))
        .find(|w| currencies::is_currency_name(w) && *w != against);
    Some(match named {
        Some(currency) => format!("{currency} {rate}"),
        None => rate,
    })
}

/// A bare number that is someone's age: "he was 17", "she is 34", "aged 17".
fn is_age(doc: &Doc, s: &Subject) -> bool {
    let start = s.number.tokens.start;
    let before = |k: usize| {
        start
            .checked_sub(k)
            .filter(|&p| p >= s.range.start)
            .map(|p| doc.token_lower(p))
    };
    let aged = before(1) == Some("aged")
        || (before(1) == Some("age") && matches!(before(2), Some("at" | "of")));
    let copula = matches!(before(1), Some("was" | "is"));
    // "he was 17", "I was 30", "who is 27".
    let pronoun = matches!(before(2), Some("he" | "she" | "i" | "who"));
    // "Carmen Ostrovsky, now 32, said": an apposition of a person's age.
    let end = s.number.tokens.end;
    let closed = end >= s.range.end || doc.is_punct(end, ',') || doc.is_punct(end, '.');
    let now = before(1) == Some("now") && before(2) == Some(",") && closed;
    // "she’s 12", "my lad’s 12 and": "’s" for "is" after a person.
    let contracted = before(1).is_some_and(|w| {
        let person = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"));
        person.is_some_and(|p| {
            matches!(p, "he" | "she")
                || lex::is_people_noun(&super::lemma(p))
                || head_gender(p).is_some()
        })
    }) && (closed || doc.token_lower(end) == "and");
    // "At 97, Ethel Marsh still swims": an opening "at" before a person's age.
    let opening_at = before(1) == Some("at")
        && start - 1 == s.range.start
        && end + 1 < s.range.end
        && doc.is_punct(end, ',')
        && doc.is_capitalized(end + 1)
        && !crate::lexicon::names::is_function_word(doc.token_lower(end + 1));
    // "— Peter Kamau, matatu driver, 41": the age closing a vox pop's name line.
    let line_end = end >= s.range.end || (end + 1 == s.range.end && doc.is_punct(end, '.'));
    let signed = before(1) == Some(",")
        && line_end
        && (s.range.start..start)
            .any(|u| doc.is_punct(u, '—') || doc.is_punct(u, '―') || doc.is_punct(u, '–'));
    // "died at 87", "was groomed at 13", "left school at 16": the age a life's event came at.
    let life_event = before(1) == Some("at")
        && (2..=3).filter_map(before).any(changes::is_life_event_verb)
        && (closed || matches!(doc.token_lower(end), "and" | "after" | "in" | "when"));
    let small = s.number.value <= 110.0 && s.number.value.fract() == 0.0;
    s.number.qualifier != Qualifier::Vague
        && (aged
            || (copula && pronoun)
            || (small && (now || contracted || opening_at || signed || life_event))
            || age_bound(doc, s))
}

/// "children under 5", "people over 65", "most of the patients are over 75": a bound on a
/// small bare number after a group of people is an age.
fn age_bound(doc: &Doc, s: &Subject) -> bool {
    let n = s.number;
    let bound = matches!(n.qualifier, Qualifier::MoreThan | Qualifier::LessThan)
        && matches!(n.tokens.len(), 2)
        && matches!(doc.token_lower(n.tokens.start), "over" | "under" | "above");
    if !bound || n.value > 110.0 || n.value.fract() != 0.0 || n.tokens.start <= s.range.start {
        return false;
    }
    let people = |u: usize| {
        let lemma = super::lemma(doc.token_lower(u));
        lex::is_people_noun(&lemma) || lex::is_age_group_noun(&lemma)
    };
    let before = n.tokens.start - 1;
    if people(before) {
        return true;
    }
    // "the patients we are seeing are over 75": a copula after a group of people.
    matches!(doc.token_lower(before), "are" | "were")
        && (s.range.start.max(before.saturating_sub(8))..before).any(people)
}

/// The preposition and noun phrase right after the figure ("$5m in damages"), unless the
/// phrase is a time ("in the third quarter").
pub(super) fn object_after<'a>(
    doc: &'a Doc,
    s: &Subject,
    preps: &[&str],
) -> Option<(&'a str, String)> {
    let k = past_quote_marks(doc, s.phrase.end, s.range.end);
    if k >= s.range.end || !preps.contains(&doc.token_lower(k)) {
        return None;
    }
    let prep = doc.token_lower(k);
    let mut u = k + 1;
    while u < s.range.end && lex::is_determiner(doc.token_lower(u)) {
        u += 1;
    }
    let first = u;
    // "$5m in damages", not "$5m in March": a name or a date is not what money is.
    if first >= s.range.end || doc.is_capitalized(first) {
        return None;
    }
    // "for a pint of milk": "of" and a noun after the first word stay in the phrase.
    let of_noun = |u: usize| {
        u > first
            && doc.token_lower(u) == "of"
            && u + 1 < s.range.end
            && super::np::is_np_word(doc, u + 1)
            && !doc.is_capitalized(u + 1)
    };
    while u < s.range.end
        && u < first + 6
        && doc.is_word(u)
        && (of_noun(u) || !lex::ends_counted_phrase(doc.token_lower(u)))
        && !lex::is_irregular_past(doc.token_lower(u))
        && !doc.token_lower(u).starts_with(|c: char| c.is_ascii_digit())
    {
        u += 1;
    }
    // "topped $1 trillion for the first time": an occasion is no time span but is no
    // purpose either.
    let time = (first..u).any(|v| {
        let w = doc.token_lower(v);
        lex::is_period_word(w) || matches!(w, "time" | "times")
    });
    // "for $3.1bn in cash": how it is paid, not what it is; "seized £41,650 in cash" is cash.
    let start = s.number.tokens.start;
    let paid = (s.range.start.max(start.saturating_sub(6))..start).any(|v| {
        let w = doc.token_lower(v);
        w == "for" || changes::money_verb(w).is_some()
    });
    let payment =
        paid && u == first + 1 && matches!(doc.token_lower(first), "cash" | "stock" | "shares");
    (u > first && !time && !payment).then(|| (prep, words(doc, &(first..u).collect::<Vec<_>>())))
}

/// The first token from `k` that is not a quotation mark ("spent “well over $2 million” on the
/// building": the closing mark stands between the amount and what it was spent on).
pub(super) fn past_quote_marks(doc: &Doc, mut k: usize, end: usize) -> usize {
    while k < end && doc.token_text(k).chars().all(crate::quotes::is_quote_mark) {
        k += 1;
    }
    k
}

/// The noun phrase a number measures through a link before it: "an annual budget of $40m",
/// "turnout was 62%", "a top speed of 70mph", "revenue reached €3.2 billion".
pub(super) fn measured_before(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    let mut u = start;
    let mut linked = false;
    // "their debt is still about £1.7bn": past adverbs to the link.
    while u > s.range.start && start - u < 4 {
        let w = doc.token_lower(u - 1);
        if lex::is_measure_link(w) {
            linked = true;
        } else if !(lex::is_phrase_adverb(w) || matches!(w, "just" | "only")) {
            break;
        }
        u -= 1;
    }
    // Trailing adverbs with no link before them are not part of it.
    while u < start && !lex::is_measure_link(doc.token_lower(u)) {
        u += 1;
    }
    if !linked {
        u = start;
    }
    // "winds above 50mph", "temperatures over 40C": a bound follows its noun with no link.
    let bound = matches!(
        s.number.qualifier,
        Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost
    );
    if !linked {
        let noun = u
            .checked_sub(1)
            .filter(|&p| p >= s.range.start && is_np_word(doc, p));
        // "on Sunday more than 200": a time is not what a bound is of.
        return noun
            .filter(|&p| bound && !crate::lexicon::is_time_word(doc.token_lower(p)))
            .map(|p| words(doc, &[p]))
            .filter(|w| !["ly", "ing", "ed"].iter().any(|e| w.ends_with(e)));
    }
    let link = doc.token_lower(u);
    let before = u.checked_sub(1).filter(|&v| v >= s.range.start)?;
    let w = doc.token_lower(before);
    let level = link == "at" && changes::is_level_verb(w);
    if let Some(np) = noun_phrase_ending(doc, u, s.range).filter(|_| !level) {
        return Some(np);
    }
    let ing = w.len() > 4 && w.ends_with("ing");
    match link {
        // "borrowing of roughly £92bn": a noun in -ing before "of".
        "of" => (ing && doc.is_word(before)).then(|| w.to_string()),
        // "the yen traded at 148.20", "bitcoin was trading at $71,000": the subject of the
        // verb before "at".
        // "waiting lists stand at 7.4 million": the subject of a verb of level.
        "at" if ing || (w.len() > 4 && w.ends_with("ed")) || changes::is_level_verb(w) => {
            subject_before(doc, before, s.range)
        }
        // "revenue to reach €9m": past the auxiliaries to the subject.
        _ => subject_before(doc, u, s.range),
    }
}
