//! What a figure counts, in words a reader understands: the counted noun and its event ("prisoners
//! sent to X"), what an amount of money is ("cost of the new stadium"), what a percentage is a
//! share or change of ("share of voters undecided", "rise in the bond yield"), and, when the
//! text names nothing, a phrase built from the unit ("speed", "amount of money").

use std::ops::Range;

use super::counted::Phrase;
use super::np::{is_np_word, noun_phrase_ending, subject_before, words};
pub(super) use super::objects::{object_after, object_after_participle};
use super::Event;
use crate::attribution::ArticleAnalysis;
use crate::lexicon::changes;
use crate::lexicon::quantities as lex;
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
    /// The figure follows "compared with", "against" or "versus": the value the one before it
    /// in the sentence is set against.
    pub compared: bool,
    /// "of them" follows the number ("has about 390 stores and will close 25 of them").
    pub of_them: bool,
    /// What the count just before counts when this percentage stands beside it in commas:
    /// "214,600 candidates, about 13 per cent, …", "1,200 jobs, or 8%, …".
    pub apposed_to: Option<&'a str>,
    /// The figure of the same kind in the sentence before, when this one opens its sentence or
    /// stands for "it" ("70,000 were expected. Fewer than 25,000 did.", "Organisers put it at
    /// 80,000").
    pub previous: Option<&'a str>,
    /// The last figure of the same kind in this sentence or the one before that names what it
    /// counts, for a number that names nothing ("took 38 seats … The Greens won 14", "31% of
    /// sales, compared with 38%").
    pub nearby: Option<&'a str>,
    /// That figure for an amount of money that names nothing: one of this sentence only, unless
    /// the amount opens its sentence or follows "from".
    pub amount_nearby: Option<&'a str>,
    /// What "the figure" or "that number" before this one stands for: the last figure of the
    /// same kind in this sentence or the one before that counts something other than time
    /// ("1,482 offences over 12 months. The year before, the figure was 1,335").
    pub stood_for: Option<&'a str>,
    /// The last figure of any kind before it in the sentence that names what it counts:
    /// "revenue of $184.6m, up 22%" is a rise in revenue.
    pub last_in_sentence: Option<&'a str>,
    /// For a measure in a unit of stuff ("187.9 lakh tonnes"), what the last figure in the same
    /// unit in this sentence or the one before measured ("wheat").
    pub same_measure: Option<&'a str>,
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
    let listed = super::beside::listed_after_noun(doc, s);
    let noun = if let Some(noun) = listed {
        noun
    } else if n.percent {
        super::percentage::percentage(doc, s)
    } else if n.money {
        super::money::money(doc, s)
    } else {
        super::thing::thing(doc, s)
    };
    // "One in five tenants", "two-thirds of voters": a share of them, not a count.
    let noun = if n.share && !n.percent && is_own_head(&noun, s) {
        format!("share of {noun}")
    } else if is_fallback(&noun) {
        super::beside::people_by_verb(doc, s)
            .or_else(|| super::tally::sport_total(doc, s, &noun))
            .unwrap_or(noun)
    } else {
        noun
    };
    // "2,371 murders …, an increase of 8.4%": a noun of change alone is the change in what the
    // figure before counted.
    // ("rise" and "fall" alone are a verb's, which `borrowed::refer_back` reads.)
    let change_noun = matches!(
        noun.as_str(),
        "increase" | "decrease" | "drop" | "decline" | "jump" | "reduction"
    );
    // Not of a span of time ("in the first six months …, an increase of 11%").
    let of_what = s
        .earlier
        .last_in_sentence
        .filter(|b| !lex::is_time_unit(b) && !lex::is_period_word(b));
    let noun = match of_what.filter(|_| change_noun) {
        Some(before) => {
            let what = super::borrowed::changed_thing(before);
            let what = what.strip_prefix("earlier ").unwrap_or(what);
            format!("{noun} in {}", what.strip_prefix("the ").unwrap_or(what))
        }
        None => noun,
    };
    // "well short of the 6% economists had forecast", "below the forecast of $10.3bn": what
    // was expected of what the figure before counts, no rival value of it.
    if let Some(kind) = super::borrowed::expected(doc, s) {
        let of = s.earlier.in_sentence.filter(|b| !b.is_empty());
        return match of {
            Some(before) => format!("{kind} {}", before.trim_start_matches("earlier ")),
            None => kind.to_string(),
        };
    }
    // "₹1,240 crore, compared with ₹980 crore a year ago": the earlier value of what the
    // figure before counts.
    if let Some(before) = s.earlier.in_sentence.filter(|_| s.earlier.compared) {
        return match before.strip_prefix("earlier ") {
            Some(_) => before.to_string(),
            None => format!("earlier {before}"),
        };
    }
    // "Fishermen … and more than 200 of them blocked the road": what "them" stands for, unless
    // a figure before it in the sentence counts it ("390 stores and will close 25 of them").
    let them = (is_fallback(&noun) && s.earlier.of_them && s.earlier.in_sentence.is_none())
        .then(|| them_before(art, s))
        .flatten();
    // "- Petrol: €1.742": a list line's own label before what the line above counted.
    // "Copper production: 1,865 kilotonnes": a label says more than a bare unit or noun.
    let label = (them.is_none() && (is_fallback(&noun) || is_own_head(&noun, s)))
        .then(|| super::beside::line_label(doc, s))
        .flatten();
    let out = them
        .or(label)
        .unwrap_or_else(|| super::borrowed::refer_back(noun, &s.earlier));
    let mut out = super::borrowed::from_neighbour(doc, s, out);
    if let Some(done) = super::beside::people_done_to(doc, s, &out)
        .or_else(|| super::beside::people_doing(doc, s, &out))
        .filter(|_| event.is_none())
    {
        out = done;
    }
    if is_fallback(&out) {
        if let Some(np) = clause_subject(doc, s).or_else(|| things_before(art, s)) {
            out = np;
        }
    }
    // "for €75 million, the biggest fee ever paid": the noun set beside an amount says what
    // it is.
    if is_fallback(&out) || out.starts_with("amount ") {
        if let Some(noun) = super::beside::apposed_noun(doc, s) {
            out = noun;
        }
    }
    if out == "amount of money" {
        if let Some(noun) = super::paid::money_verb_near(doc, s) {
            out = noun;
        }
    }
    // "The number of destroyed homes stands at 35,000": the destroyed homes.
    if let Some(things) = super::np::things_counted(&out) {
        out = things.to_string();
    }
    // "Police charged 57 people", "36 officers were hurt": what was done to a plain count.
    // Only a count of things: "sank 3.5 kilometers", "declared three days" are measures.
    let lower_head = s.head.to_lowercase();
    // "burned 6.8 million hectares", "harvested 1.2 million tonnes": a weight, an area or a
    // volume is what a verb acts on as a count is; a distance or a time is how far or long.
    let quantity = crate::lexicon::units::unit_quantity(&lower_head)
        .or_else(|| crate::lexicon::units::unit_quantity(&super::lemma(&lower_head)));
    let stuff = matches!(quantity, Some("weight" | "area" | "volume"));
    let measure = (quantity.is_some() && !stuff)
        || lex::is_period_word(&lower_head)
        || crate::lexicon::currencies::is_currency_word(&lower_head)
        || crate::lexicon::currencies::is_currency_name(&lower_head)
        || matches!(lower_head.as_str(), "times" | "percent" | "points");
    if event.is_none()
        && !n.money
        && !n.percent
        && n.unit.is_none()
        && is_own_head(&out, s)
        && !measure
    {
        if let Some(verb) =
            super::phrase_end::verb_done_to(doc, n, s.phrase.end, s.range, s.class == "people")
        {
            out.push(' ');
            out.push_str(&verb);
        }
    }
    // "after 70 hours of talks", "suspended the franchise for 30 days": a span of time says
    // what it was the length of.
    if is_own_head(&out, s) && lex::is_period_word(&lower_head) && !n.money {
        if let Some(of) = super::beside::duration_of(doc, s) {
            out = format!("{out} {of}");
        }
    }
    // "Sarah Jones, 56, died": an age is no count of people killed. "23 arrests" names its
    // event already.
    // "sentenced to 11 years": "sentence" names its event too.
    let last = out.rsplit(' ').next().unwrap_or_default();
    let named = lex::event_of(last).is_some() && lex::event_of(last) == event;
    if let Some(e) = event.filter(|_| out != "age" && !named) {
        out.push(' ');
        out.push_str(e.words());
    }
    if !destination.is_empty() {
        out.push_str(" to ");
        out.push_str(destination);
    }
    if !n.money {
        if let Some(base) = super::beside::rate_base(doc, s) {
            out.push(' ');
            out.push_str(&base);
        }
    }
    out
}

/// Is `out` only the figure's own head noun or unit ("tonnes", "days"), which the words around
/// may complete?
fn is_own_head(out: &str, s: &Subject) -> bool {
    !s.head.is_empty() && out.eq_ignore_ascii_case(s.head)
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
    // "Another 12 were released on bail": what happens to people is said of people.
    let to_people = (n.tokens.end..s.range.end.min(n.tokens.end + 4))
        .any(|u| crate::lexicon::events::event_of(doc.token_lower(u)).is_some());
    if !subject || to_people {
        return None;
    }
    let si = art.sentence_of_token[n.tokens.start];
    let before = &art.sentences[si.checked_sub(1)?];
    before
        .tokens
        .clone()
        .find(|&u| {
            plural_noun(art, u, n.tokens.start)
                && !doc.is_capitalized(u)
                && !lex::is_people_noun(&super::lemma(doc.token_lower(u)))
        })
        .map(|u| doc.token_lower(u).to_string())
}

/// What "them" stands for in "more than 200 of them": the first plural noun of the sentence
/// before the number, or else of the sentence before ("Fishermen … say their catches have
/// fallen, and on Sunday more than 200 of them blocked the road").
fn them_before(art: &ArticleAnalysis, s: &Subject) -> Option<String> {
    let doc = &art.doc;
    let si = art.sentence_of_token[s.number.tokens.start];
    // A few dozen words back at most: a text of one endless sentence stays linear.
    let here = s.range.start.max(s.number.tokens.start.saturating_sub(60))..s.number.tokens.start;
    // The sentences of the same quotation before this one, nearest first ("I have seen four
    // doctors. I trust two of them.").
    let sentence_start = art.sentences[si].tokens.start.min(s.range.start);
    let quoted_before = (sentence_start.max(s.range.start.saturating_sub(60))..s.range.start).rev();
    let before = si.checked_sub(1).map(|b| {
        let t = art.sentences[b].tokens.clone();
        t.start..t.end.min(t.start + 60)
    });
    here.chain(quoted_before)
        .chain(before.into_iter().flatten())
        // "Passengers on at least two of them": not the noun whose phrase holds the figure.
        .filter(|&u| {
            let start = s.number.tokens.start;
            !(u < start
                && start - u <= 5
                && crate::lexicon::speech::is_preposition(doc.token_lower(u + 1)))
        })
        .find(|&u| plural_noun(art, u, s.number.tokens.start))
        .map(|u| doc.token_lower(u).to_string())
}

/// Is token `u` a plural common noun of the narrative ("cars", "fishermen"), not a name, a
/// period or a word inside a quotation other than the one the figure at `at` is in ("I have
/// seen four doctors. I trust two of them.")?
fn plural_noun(art: &ArticleAnalysis, u: usize, at: usize) -> bool {
    let doc = &art.doc;
    let w = doc.token_lower(u);
    let plural = (w.len() > 3 && super::phrase_end::is_plural(w))
        || matches!(w, "people" | "children")
        || (w.ends_with("men") && lex::is_people_noun(&format!("{}an", &w[..w.len() - 2])));
    let sentence_start = u == 0 || art.sentence_of_token[u - 1] != art.sentence_of_token[u];
    plural
        && (sentence_start || !doc.is_capitalized(u))
        && is_np_word(doc, u)
        && (art.in_quote[u].is_none() || art.in_quote[u] == art.in_quote[at])
        && !lex::is_period_word(w)
        && !crate::lexicon::is_time_word(w)
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
pub(super) fn measure_of_subject(doc: &Doc, s: &Subject, quantity: &str) -> Option<String> {
    clause_subject(doc, s).map(|np| {
        if np.starts_with(char::is_uppercase) {
            format!("{quantity} of the {np}")
        } else {
            np
        }
    })
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
    // "a margin of error of plus or minus 3.1 points": past the sign of a margin.
    let margin = start >= s.range.start + 3
        && doc.token_lower(start - 1) == "minus"
        && doc.token_lower(start - 2) == "or"
        && doc.token_lower(start - 3) == "plus";
    let start = if margin { start - 3 } else { start };
    let mut u = start;
    let mut linked = false;
    // "their debt is still about £1.7bn": past adverbs to the link.
    while u > s.range.start && start - u < 4 {
        let w = doc.token_lower(u - 1);
        // "clearance rates held near 70%": a verb of level links with no "at" too.
        // "expects inflation to average 2.4%": a noun of amount as a verb after "to" or a
        // modal.
        let verb_of_amount = u == start
            && matches!(w, "average" | "total" | "peak")
            && u >= s.range.start + 2
            && matches!(
                doc.token_lower(u - 2),
                "to" | "will" | "would" | "could" | "may" | "might" | "should"
            );
        if lex::is_measure_link(w) || (u == start && changes::is_level_verb(w)) || verb_of_amount {
            linked = true;
        } else if !(lex::is_phrase_adverb(w)
            // "stood at a record $19.6bn".
            || matches!(w, "just" | "only" | "a" | "an" | "record" | "new" | "fresh"))
        {
            break;
        }
        u -= 1;
    }
    // Trailing adverbs with no link before them are not part of it.
    while u < start
        && !lex::is_measure_link(doc.token_lower(u))
        && !(linked && u + 1 == start && matches!(doc.token_lower(u), "average" | "total" | "peak"))
        && !(u + 1 == start && changes::is_level_verb(doc.token_lower(u)))
    {
        u += 1;
    }
    if !linked {
        u = start;
    }
    // "Agents' fees came to £14.6m", "the bill comes to $400": what the amount adds up to.
    let came_to = start >= s.range.start + 2
        && doc.token_lower(start - 1) == "to"
        && matches!(
            doc.token_lower(start - 2),
            "came" | "comes" | "come" | "coming"
        );
    if came_to && !linked {
        return subject_before(doc, start - 2, s.range);
    }
    // "Season-ticket holders number 33,500": "number" as the verb of a plural subject.
    let numbers = start >= s.range.start + 2
        && matches!(doc.token_lower(start - 1), "number" | "numbers")
        && doc.is_word(start - 2)
        && doc.token_lower(start - 2).ends_with('s');
    if numbers && !linked {
        return subject_before(doc, start - 1, s.range);
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
        // "Flood claims top $1.7 billion": a verb of amount is no noun; its subject is.
        return noun
            .filter(|&p| bound && !crate::lexicon::is_time_word(doc.token_lower(p)))
            .filter(|&p| !crate::lexicon::changes::is_amount_verb(doc.token_lower(p)))
            .map(|p| words(doc, &[p]))
            .filter(|w| !["ly", "ing", "ed"].iter().any(|e| w.ends_with(e)));
    }
    let link = doc.token_lower(u);
    let before = u.checked_sub(1).filter(|&v| v >= s.range.start)?;
    let w = doc.token_lower(before);
    // "Inflation, at 6.1% in October, remains high": "at" the figure in commas after the noun
    // phrase opening the clause.
    if link == "at" && w == "," {
        return noun_phrase_ending(doc, before, s.range);
    }
    // "The unemployment rate, steady at 3.8%, remains": an adjective of level in the commas.
    let steady = matches!(
        w,
        "steady" | "unchanged" | "flat" | "stable" | "up" | "down" | "now" | "still"
    );
    if link == "at" && steady && before > s.range.start && doc.is_punct(before - 1, ',') {
        return noun_phrase_ending(doc, before - 1, s.range);
    }
    // "unemployment remains stubbornly high at 19%", "held steady at": a verb of level a few
    // words before "at", past its adverbs and adjectives.
    let level_verb = (link == "at")
        .then(|| {
            (s.range.start.max(before.saturating_sub(3))..=before)
                .rev()
                .take_while(|&v| doc.is_word(v))
                .filter(|&v| changes::is_level_verb(doc.token_lower(v)))
                .last()
        })
        .flatten();
    if let Some(v) = level_verb.filter(|&v| v < before) {
        if let Some(np) = subject_before(doc, v, s.range) {
            return Some(np);
        }
    }
    // "The overall protection rate, which covers refugee status, was 44.4%": past the
    // relative clause in commas to its noun.
    if w == "," && link != "at" {
        let from = s.range.start.max(before.saturating_sub(24));
        let relative = (from + 1..before)
            .rev()
            .find(|&v| matches!(doc.token_lower(v), "which" | "who") && doc.is_punct(v - 1, ','));
        if let Some(np) = relative.and_then(|v| noun_phrase_ending(doc, v - 1, s.range)) {
            return Some(np);
        }
    }
    // "is seen averaging 2.5%": an expectation before the link is no noun; its subject is
    // what is expected.
    let expectation = matches!(
        w,
        "seen" | "expected" | "forecast" | "projected" | "predicted" | "likely" | "set" | "due"
    );
    let level = (link == "at" && changes::is_level_verb(w)) || expectation;
    let u_np = super::np::past_trailing_modifiers(doc, u, s.range);
    if let Some(np) = noun_phrase_ending(doc, u_np, s.range).filter(|_| !level) {
        let state = lex::is_state_link(link);
        return Some(match state {
            true => super::opening::opening_head(doc, Some(np.clone()), u, s.range).unwrap_or(np),
            // "Exports to China reached $3.2bn": the opening it ends.
            false => super::opening::tied_to(doc, np, u, s.range),
        });
    }
    let ing = w.len() > 4 && w.ends_with("ing");
    match link {
        // "borrowing of roughly £92bn": a noun in -ing before "of".
        "of" => (ing && doc.is_word(before)).then(|| w.to_string()),
        // "the yen traded at 148.20", "bitcoin was trading at $71,000": the subject of the
        // verb before "at".
        // "waiting lists stand at 7.4 million": the subject of a verb of level.
        // "Turnout was put at 38 per cent": a participle of its own form too.
        "at" if ing
            || (w.len() > 4 && w.ends_with("ed"))
            || changes::is_level_verb(w)
            || matches!(w, "put" | "set" | "forecast" | "seen") =>
        {
            subject_before(doc, before, s.range)
        }
        // "expect the jobless rate to come in at 4.8%": the subject of "come in".
        "at" if w == "in"
            && before > s.range.start
            && matches!(
                doc.token_lower(before - 1),
                "come" | "comes" | "came" | "coming"
            ) =>
        {
            let verb = before - 1;
            let at = if verb > s.range.start && doc.token_lower(verb - 1) == "to" {
                verb - 1
            } else {
                verb
            };
            subject_before(doc, at, s.range).map(|np| match np.split_once(' ') {
                Some(("expect" | "expects" | "expected", rest)) => rest.to_string(),
                _ => np,
            })
        }
        // "revenue to reach €9m": past the auxiliaries to the subject.
        // "The bank expects inflation to average 2.4%": what is expected, not who expects.
        _ => subject_before(doc, u, s.range).map(|np| {
            let expects = [
                " expects ",
                " expect ",
                " expected ",
                " forecasts ",
                " sees ",
            ];
            match expects.iter().find_map(|v| np.rsplit_once(v)) {
                Some((_, what)) if !what.is_empty() => what.to_string(),
                _ => np,
            }
        }),
    }
}
