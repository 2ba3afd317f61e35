//! A figure as the change of something: "the bond yield rose 0.3%", "fell to 3.9%", "up from
//! €5.2m", "cut the risk of stroke by 26%". What changed is the verb's subject or object; the
//! word before the figure says whether it is the change, the level reached or the earlier level.

use std::ops::Range;

use super::describe::Subject;
use super::np::{is_np_word, object_ending, subject_before, words};
use crate::lexicon::quantities as lex;
use crate::lexicon::{self, changes, currencies};
use crate::model::Qualifier;
use crate::text::Doc;

/// "rose 0.3%", "fell by $12", "climbed from $1,910 to $2,050", "fell to 3.9%", "settled down
/// 2.3% at $81.40": the change of the verb's subject. The word before the figure says which
/// value it is: after "to" or "at" the level reached (the subject itself), after "from" the
/// earlier level, otherwise the change. "raised its rate by 25 basis points to 4.5%": what
/// changed is the object before "by". "bringing the total since January to 318": the level
/// something was brought to.
pub(super) fn change(doc: &Doc, s: &Subject) -> Option<String> {
    changed(doc, s)
        .or_else(|| brought_to(doc, s))
        .or_else(|| super::comparative::comparative_after(doc, s))
        .or_else(|| super::comparative::level_after_comparative(doc, s))
}

fn changed(doc: &Doc, s: &Subject) -> Option<String> {
    let start = past_record(doc, s.number.tokens.start, s.range);
    // "Bitcoin slides below $58,000", "rose above 5%": a level passed is the level of what
    // moved, as after "to" ("rose over 10%" may be the change).
    let passed = matches!(
        doc.token_lower(s.number.tokens.start),
        "below" | "above" | "past" | "beyond"
    );
    let link = match passed {
        true => "to",
        false => start
            .checked_sub(1)
            .filter(|&p| p >= s.range.start)
            .map(|p| doc.token_lower(p))
            .unwrap_or(""),
    };
    let mut u = start;
    let mut object = None;
    // Back over "by", "from X to", "to", "or", an earlier value with its unit (up to two words:
    // "25 basis points"), a few tokens at most.
    while u > s.range.start && start - u < 12 {
        u -= 1;
        let w = doc.token_lower(u);
        // "give up 14": a particle after a verb of its own is no change.
        if matches!(w, "up" | "down") && !particle_of_change(doc, u, s.range) {
            return None;
        }
        // "will cap rent increases at 10%": a word of change right after a verb that moves
        // its object and a noun is that object's noun.
        let object_noun = u >= s.range.start + 2
            && changes::is_causative_verb(doc.token_lower(u - 2))
            && is_np_word(doc, u - 1);
        if object_noun && changes::change_verb(w).is_some() {
            return None;
        }
        // "Petrol price raised by Rs9.66 to Rs272.89", "minimum wage raised 56% to Tk 12,500": a
        // headline's passive with its auxiliary left out; the noun before it changed.
        let moved = (w.ends_with("ed") && changes::is_causative_verb(w)) || changes::is_cut_verb(w);
        // Not "regulars raised more than $3,200": money raised is the verb's object.
        let changed_by = matches!(link, "by" | "to" | "from") || s.number.percent;
        if moved
            && changed_by
            && object.is_none()
            && u > s.range.start
            && is_np_word(doc, u - 1)
            && !lexicon::grammar::is_personal_pronoun(doc.token_lower(u - 1))
        {
            let way = match changes::is_cut_verb(w) {
                true => changes::Change::Fall,
                false => changes::Change::Rise,
            };
            if let Some(np) = subject_before(doc, u, s.range) {
                return Some(change_words(doc, s, way, Some(np), link));
            }
        }
        if let Some(c) = changes::change_verb(w) {
            // "expects the deal to add 15% to revenue", "add Sh10 on the fare": what is added
            // to, not the subject; "I add Sh10" says nothing of what rose.
            let adds = matches!(w, "add" | "adds" | "added" | "adding");
            let added_to = adds
                .then(|| super::describe::object_after(doc, s, &["to", "on", "onto"]))
                .flatten()
                .map(|(_, np)| np);
            let subject = object.take().or(added_to).or_else(|| {
                main_subject(doc, u, s.range).or_else(|| {
                    subject_before(doc, u, s.range).filter(|np| {
                        !(adds && lexicon::grammar::is_personal_pronoun(&np.to_lowercase()))
                    })
                })
            });
            return Some(change_words(doc, s, c, subject, link));
        }
        // "rose by an average of 38p", "fell a total of 12%": how the change is counted.
        if w == "of"
            && u >= s.range.start + 2
            && lex::is_aggregate_noun(doc.token_lower(u - 1))
            && matches!(doc.token_lower(u - 2), "a" | "an")
        {
            u -= 2;
            continue;
        }
        // "raised rents from $1,350 to $1,720": what took the range of values.
        let from_range = w == "from" && s.number.qualifier == Qualifier::Range;
        let infinitive = u > s.range.start + 1 && doc.token_lower(u - 2) == "to";
        if (w == "by" || from_range) && object.is_none() && u > s.range.start && !infinitive {
            // "cut charges by 20%", "cut their profit forecast by 11%": after a verb that
            // moves what it acts on, a word that could be a verb is a noun.
            // "the speed limit will be cut from 70mph to 50mph": a passive verb's subject.
            let passive = u >= s.range.start + 2
                && matches!(
                    doc.token_lower(u - 2),
                    "be" | "been" | "being" | "is" | "are" | "was" | "were"
                );
            object = if passive {
                subject_before(doc, u - 1, s.range)
            } else {
                is_np_word(doc, u - 1)
                    .then(|| object_ending(doc, u, s.range))
                    .flatten()
            }
            .or_else(|| (w == "by").then(|| moved_object(doc, u, s.range)).flatten())
            // "The charge is €2,000, though the government cut it by €500": what "it" is,
            // the figure before in the sentence.
            .or_else(|| {
                let it = u > s.range.start && matches!(doc.token_lower(u - 1), "it" | "them");
                it.then_some(s.earlier.in_sentence)
                    .flatten()
                    .map(|b| b.trim_start_matches("earlier ").to_string())
                    .filter(|b| !b.is_empty())
            });
            // "cut the risk of stroke by 26%": the verb before the object need not be one of
            // change; what changed is named all the same.
            if object.is_some() && !within_reach_of_change_verb(doc, u, s.range) {
                return Some(change_words(doc, s, changes::Change::Move, object, link));
            }
        }
        // "rose by 18% last year, to 642", "fell 2% on Monday to": past a time adverbial.
        // "rose 38p in a year, to £3.65": past "in" and a determiner before a time.
        let time_at = |k: usize| k < s.range.end && lexicon::is_time_word(doc.token_lower(k));
        // "doubled in the past month to": an adjective of order before a time.
        let order_of_time = lex::is_order_adjective(w) && time_at(u + 1);
        let time = lexicon::is_time_word(w)
            || order_of_time
            || (matches!(w, "on" | "in" | "over" | "within")
                && (time_at(u + 1)
                    || (lex::is_determiner(doc.token_lower(u + 1))
                        && (time_at(u + 2) || time_at(u + 3)))));
        // "grew just 0.3%", "rose only slightly, by 2%".
        // "fell another 7%", "rose a further 2%".
        // "rose by an annual 2.9%", "by an estimated 4%".
        let adverb = matches!(
            w,
            "just"
                | "only"
                | "barely"
                | "still"
                | "some"
                | "another"
                | "further"
                | "a"
                | "an"
                | "annual"
                | "annualised"
                | "annualized"
                | "estimated"
        ) || (w.len() > 4 && w.ends_with("ly"))
            // "in the past month": an article before a time.
            || (w == "the" && (time_at(u + 1) || time_at(u + 2)))
            // "prices fell furthest, by 5%", "rose most": a superlative after the verb.
            || ((matches!(w, "most" | "least") || (w.len() > 5 && w.ends_with("est")))
                && u > s.range.start
                && changes::change_verb(doc.token_lower(u - 1)).is_some());
        let between_words =
            doc.is_word(u) && (lex::is_change_link(w) || w == "or" || w == "at" || time || adverb);
        let comma = doc.is_punct(u, ',');
        let unit = doc.is_word(u)
            && ((u > s.range.start && is_number_part(doc, u - 1))
                || (u > s.range.start + 1 && doc.is_word(u - 1) && is_number_part(doc, u - 2)));
        let earlier_value =
            currencies::is_currency_symbol(doc.token_text(u)) || is_number_part(doc, u);
        if !between_words && !earlier_value && !unit && !comma {
            // "a 12% fall in first-half profit on Tuesday, to £184m": the level reached by
            // what a noun of change named earlier.
            let object = object.or_else(|| {
                (link == "to")
                    .then(|| changed_in(doc, start, s.range))
                    .flatten()
            });
            // "grows spending by 9%": the verb right before the object says which way.
            let way = (u > s.range.start)
                .then(|| changes::change_verb(doc.token_lower(u - 1)))
                .flatten()
                .unwrap_or(changes::Change::Move);
            return object.map(|np| change_words(doc, s, way, Some(np), link));
        }
    }
    None
}

/// "The median house price rose again in October, rising 1.2 per cent to $904,000": a
/// participle after a comma says more of the subject of the clause's own verb, the first verb
/// of change or of level after the words opening the sentence.
fn main_subject(doc: &Doc, participle: usize, range: &Range<usize>) -> Option<String> {
    let w = doc.token_lower(participle);
    if participle < range.start + 2 || !w.ends_with("ing") || !doc.is_punct(participle - 1, ',') {
        return None;
    }
    let verb = (range.start + 1..participle - 1).rev().find(|&v| {
        let w = doc.token_lower(v);
        doc.is_word(v)
            && !doc.is_capitalized(v)
            && (changes::change_verb(w).is_some() || changes::is_level_verb(w))
    })?;
    // Not "signed him for £46m, rising to £52m": the clause must itself be one of change or
    // level.
    subject_before(doc, verb, range)
}

/// The start of "a record", "a new record high of", "an all-time low of" written right before
/// the number at `start` ("rose to a record 412,000"), or `start`.
fn past_record(doc: &Doc, start: usize, range: &Range<usize>) -> usize {
    let mut u = start;
    let mut record = false;
    while u > range.start && start - u < 6 {
        let w = doc.token_lower(u - 1);
        if !matches!(
            w,
            "a" | "an"
                | "new"
                | "fresh"
                | "record"
                | "all-time"
                | "high"
                | "low"
                | "of"
                | "average"
                | "peak"
                | "total"
        ) {
            break;
        }
        // "rose 6.8% to an average of £1,274", "to a peak of 51C": the level all the same.
        record |= matches!(w, "record" | "all-time" | "average" | "peak" | "total");
        u -= 1;
    }
    // Back to the article, which opens the phrase.
    match record && u < start && matches!(doc.token_lower(u), "a" | "an") {
        true => u,
        false => start,
    }
}

/// Is the particle at `u` one of change ("shares up 3%", "closed down", "is up", "will go up"),
/// not of a phrasal verb ("give up", "set up")?
fn particle_of_change(doc: &Doc, u: usize, range: &Range<usize>) -> bool {
    if u <= range.start || !doc.is_word(u - 1) {
        return true;
    }
    let w = doc.token_lower(u - 1);
    let auxiliary_before = u - 1 > range.start && lex::is_auxiliary(doc.token_lower(u - 2));
    doc.is_capitalized(u - 1)
        || (w.ends_with('s') && !w.ends_with("ss"))
        || w.ends_with("ed")
        || lex::is_irregular_past(w)
        || lex::is_auxiliary(w)
        || auxiliary_before
        // "the index closing down 1.2%", "ending up 3%": a market's close.
        || matches!(w, "closing" | "ending" | "finishing" | "trading")
        || matches!(w, "went" | "was" | "were" | "is" | "are")
}

/// "bringing the total since January to 318", "pushing the death toll to 45", "officials put
/// the damage at $40m": the object of a verb that brings something to the level the figure is.
pub(super) fn brought_to(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    let link = start.checked_sub(1).filter(|&p| p > s.range.start)?;
    if !matches!(doc.token_lower(link), "to" | "at") {
        return None;
    }
    // "will rise by 8.5 per cent, taking it to £221.20": "it" is what the change before was of.
    let it = link > s.range.start + 1
        && doc.token_lower(link - 1) == "it"
        && changes::is_causative_verb(doc.token_lower(link - 2))
        && !changes::is_valuing_verb(doc.token_lower(link - 2));
    if it {
        return s.earlier.last_in_sentence.map(|b| {
            super::borrowed::changed_thing(b)
                .trim_start_matches("the ")
                .to_string()
        });
    }
    // "Fares were raised to £3", "the fee was cut to $40": a passive's subject was moved.
    let passive = link >= s.range.start + 2
        && (changes::is_causative_verb(doc.token_lower(link - 1))
            || matches!(
                doc.token_lower(link - 1),
                "cut"
                    | "reduced"
                    | "lowered"
                    | "increased"
                    | "capped"
                    | "frozen"
                    | "fixed"
                    | "doubled"
                    | "halved"
                    | "trimmed"
                    | "slashed"
                    | "hiked"
            ))
        && super::np::passive_before(doc, link - 1, s.range);
    if passive {
        if let Some(np) = subject_before(doc, link - 1, s.range) {
            return Some(np);
        }
    }
    let object = moved_object(doc, link, s.range)?;
    // "valuing the company at $2bn": the worth of what the verb values.
    let from = s.range.start.max(link.saturating_sub(10));
    let valued = (from..link)
        .rev()
        .find(|&v| changes::is_causative_verb(doc.token_lower(v)))
        .is_some_and(|v| changes::is_valuing_verb(doc.token_lower(v)));
    Some(match valued {
        true => format!("value of the {object}"),
        false => object,
    })
}

/// The object of a verb that moves it, between the verb and `link` ("bringing the total since
/// January to", "cut their profit forecast for next year by").
fn moved_object(doc: &Doc, link: usize, range: &Range<usize>) -> Option<String> {
    let from = range.start.max(link.saturating_sub(10));
    // "raised its growth estimate to 2.1%": the nearest verb's word with an object after it
    // ("estimate" there is a noun of the object).
    (from..link)
        .rev()
        .filter(|&v| changes::is_causative_verb(doc.token_lower(v)))
        .find_map(|verb| object_of(doc, verb, link))
}

/// The object between a verb at `verb` and `link`, if the words there are one.
fn object_of(doc: &Doc, verb: usize, link: usize) -> Option<String> {
    let mut tokens = verb + 1..link;
    while tokens.start < link && lex::is_determiner(doc.token_lower(tokens.start)) {
        tokens.start += 1;
    }
    // "the total since January": the object ends where a time or a clause begins.
    let end = tokens
        .clone()
        .find(|&u| {
            !doc.is_word(u)
                || matches!(
                    doc.token_lower(u),
                    "since" | "so" | "for" | "there" | "here" | "by" | "unchanged" | "steady"
                )
        })
        .unwrap_or(link);
    let object: Vec<usize> = (tokens.start..end).collect();
    let pronoun = object.len() == 1 && matches!(doc.token_lower(object[0]), "it" | "them");
    // "Membership has expanded this year to 20,000": a time is no object; "estimate output
    // this season at 44 million bags": the object ends where its time begins.
    let time = object.iter().position(|&u| {
        let w = doc.token_lower(u);
        crate::lexicon::is_time_word(w) || matches!(w, "this" | "last" | "next")
    });
    let object = &object[..time.unwrap_or(object.len())];
    // "raise hourly pay to £12.85": after the verb, "pay" and "cost" are nouns, and so is
    // any word after a noun ("their profit forecast").
    let nouns = object.iter().enumerate().all(|(i, &u)| {
        let w = doc.token_lower(u);
        is_np_word(doc, u)
            || lex::is_inner_preposition(w)
            || (doc.is_word(u) && changes::money_verb(w).is_some())
            || (i > 0 && doc.is_word(u) && !lex::is_determiner(w) && lex::number_word(w).is_none())
    });
    (!object.is_empty() && object.len() <= 6 && nouns && !pronoun).then(|| words(doc, object))
}

/// What a noun of change a few words before `start` names: "a fall in first-half profit".
fn changed_in(doc: &Doc, start: usize, range: &Range<usize>) -> Option<String> {
    let from = range.start.max(start.saturating_sub(12));
    // "a cut in the VAT rate to 9%", "a hike in fares to £3": nouns of a change made.
    // "a 75% jump in pre-tax profit to £2.76bn": nouns of a change that are no verb's form.
    let made = |w: &str| {
        matches!(
            w,
            "cut"
                | "cuts"
                | "hike"
                | "hikes"
                | "reduction"
                | "boost"
                | "jump"
                | "surge"
                | "leap"
                | "slump"
                | "plunge"
                | "dip"
        )
    };
    let at = (from..start.saturating_sub(2)).rev().find(|&u| {
        let w = doc.token_lower(u);
        (changes::change_verb(w).is_some() || made(w)) && doc.token_lower(u + 1) == "in"
    })?;
    let mut first = at + 2;
    while first < start && lex::is_determiner(doc.token_lower(first)) {
        first += 1;
    }
    let np: Vec<usize> = (first..start)
        .take(4)
        .take_while(|&u| is_np_word(doc, u) && !lex::is_period_word(doc.token_lower(u)))
        .collect();
    (!np.is_empty()).then(|| words(doc, &np))
}

/// Is a verb of change among the few words before `at` ("raised its rate" is not, "pushed
/// the yield up" would be)?
fn within_reach_of_change_verb(doc: &Doc, at: usize, range: &Range<usize>) -> bool {
    (range.start.max(at.saturating_sub(6))..at)
        .any(|v| changes::change_verb(doc.token_lower(v)).is_some())
}

/// The words of a change: the value reached, the earlier value, the range of values, or the
/// change itself, of the subject when there is one.
pub(super) fn change_words(
    doc: &Doc,
    s: &Subject,
    c: changes::Change,
    subject: Option<String>,
    link: &str,
) -> String {
    // "rose from $1,910 to $2,050" is one range: the values the subject took.
    let both_ends = s.number.qualifier == Qualifier::Range;
    match (subject, link) {
        (Some(np), "from") if both_ends => np,
        (Some(np), "from") => format!("earlier {np}"),
        // "rents rose 6.8% to an average of £1,274": the average rent.
        (Some(np), "to" | "at") if averaged(doc, s) => format!("average {np}"),
        (Some(np), "to" | "at") => np,
        // "fall in Marlowe's shares": a possessive name is determiner enough.
        // "fall in Marlowe's shares": a possessive name is determiner enough; "rise in
        // inflation", "fall in sterling": "the" only where the text had one.
        (Some(np), _) if had_article(doc, s, &np) => format!("{} in the {np}", c.noun()),
        (Some(np), _) => format!("{} in {np}", c.noun()),
        (None, "from") if both_ends => "level".to_string(),
        (None, "from") => "earlier value".to_string(),
        (None, "to" | "at") => "level".to_string(),
        (None, _) => c.noun().to_string(),
    }
}

/// Did the text write the noun phrase `np` of the figure's sentence after an article or a
/// possessive pronoun ("the bond yield rose", "its shares fell"), or with none ("Shares fell")?
fn had_article(doc: &Doc, s: &Subject, np: &str) -> bool {
    // "S&P 500": the phrase's first word may span tokens.
    let first = np.split(' ').next().unwrap_or_default();
    (s.range.start + 1..s.range.end)
        .find(|&u| {
            let text = &doc.chars[doc.tokens[u].start..];
            text.len() >= first.chars().count()
                && first
                    .chars()
                    .zip(text)
                    .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
        })
        .is_some_and(|u| {
            matches!(
                doc.token_lower(u - 1),
                "the" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
            )
        })
}

/// Is the token a part of the earlier value between a change verb and the later value (its
/// digits or percent sign)?
pub(super) fn is_number_part(doc: &Doc, u: usize) -> bool {
    let w = doc.token_lower(u);
    w.starts_with(|c: char| c.is_ascii_digit())
        || doc.is_punct(u, '%')
        // "+5%": a sign.
        || (doc.is_punct(u, '+') && u + 1 < doc.tokens.len() && doc.tokens[u].end == doc.tokens[u + 1].start)
        || lex::number_word(w).is_some()
        || w == "one"
}

/// Does "an average of" come right before the figure ("to an average of £1,274")?
fn averaged(doc: &Doc, s: &Subject) -> bool {
    let start = s.number.tokens.start;
    start >= s.range.start + 2
        && doc.token_lower(start - 1) == "of"
        && doc.token_lower(start - 2) == "average"
}
