//! Noun phrases around a figure: the verb before it, that verb's subject and the phrase ending
//! at a token (their words as a reader sees them are `wording`'s).

use std::ops::Range;

pub(super) use super::wording::words;
use crate::lexicon::changes;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// The verb right before a figure, past auxiliaries and "for"/"at" ("will cost", "sold for").
pub(super) fn verb_before<'a>(
    doc: &'a Doc,
    start: usize,
    range: &Range<usize>,
) -> Option<(&'a str, usize)> {
    let mut u = start;
    while u > range.start {
        u -= 1;
        let w = doc.token_lower(u);
        // "sold for", "owe a combined": past prepositions, determiners and quantifiers.
        // "amounting to": the verb of a total takes "to".
        let amounting_to =
            w == "to" && u > range.start && doc.token_lower(u - 1).starts_with("amount");
        // "owe an average of £1,480": past the aggregate, which `money` keeps.
        let aggregate = (w == "of"
            && u > range.start
            && lex::is_aggregate_noun(doc.token_lower(u - 1)))
            || (lex::is_aggregate_noun(w) && u + 1 < range.end && doc.token_lower(u + 1) == "of");
        // "will receive an extra £3.5bn".
        // "valuing it at 9.4 billion kroner": past the object pronoun too.
        // "worth a reported €2.5m": past what says how the amount is known.
        let filler = matches!(
            w,
            "for"
                | "at"
                | "from"
                | "extra"
                | "additional"
                | "it"
                | "them"
                | "reported"
                | "estimated"
                | "rumoured"
                | "rumored"
        ) || amounting_to
            || aggregate
            || lex::is_determiner(w)
            || lex::is_not_a_noun_before(w);
        let quote_mark = doc.token_text(u).chars().all(crate::quotes::is_quote_mark);
        if filler || quote_mark {
            continue;
        }
        if !doc.is_word(u) {
            return None;
        }
        if changes::money_verb(w).is_some() {
            return Some((w, u));
        }
        // "will cost the hospitals a combined $310m", "fined the app Zipcab 48 million euros":
        // past the object naming who pays, to the verb.
        let payer = (range.start.max(u.saturating_sub(4))..u)
            .rev()
            .find(|&v| changes::takes_payer_first(doc.token_lower(v)))
            .filter(|&v| {
                (v + 1..=u).all(|x| {
                    doc.is_word(x)
                        && !lex::is_auxiliary(doc.token_lower(x))
                        && !lex::ends_counted_phrase(doc.token_lower(x))
                        || lex::is_determiner(doc.token_lower(x))
                })
            });
        return Some(payer.map_or((w, u), |v| (doc.token_lower(v), v)));
    }
    None
}

/// The subject of the verb at `verb`: the noun phrase before it, past auxiliaries ("the new
/// stadium will cost" → "new stadium").
pub(super) fn subject_before(doc: &Doc, verb: usize, range: &Range<usize>) -> Option<String> {
    let mut u = verb;
    // "Bitcoin briefly hit", "the index was sharply lower": past adverbs and auxiliaries.
    // "the euro was little changed": "little" too; "Futures later pared": "later".
    // "Inflation is seen averaging", "rents are expected to average": past an expectation
    // to what is expected of.
    let expected = |w: &str| {
        matches!(
            w,
            "seen" | "expected" | "forecast" | "projected" | "predicted" | "likely" | "set" | "due"
        )
    };
    while u > range.start && {
        let w = doc.token_lower(u - 1);
        let before = (u >= range.start + 2).then(|| doc.token_lower(u - 2));
        lex::is_auxiliary(w)
            || (w.len() > 4 && w.ends_with("ly"))
            || matches!(
                w,
                "little" | "now" | "still" | "already" | "also" | "there" | "later" | "then"
            )
            || (expected(w) && before.is_some_and(lex::is_auxiliary))
            || (w == "to" && before.is_some_and(expected))
    } {
        u -= 1;
    }
    u = past_sentence_adverb(doc, u, range);
    // "Attendance over the four days was put at 212,000": past a span of time after the
    // subject.
    if u > range.start && lex::is_time_unit(doc.token_lower(u - 1)) {
        let mut v = u - 1;
        while v > range.start && {
            let w = doc.token_lower(v - 1);
            lex::is_determiner(w)
                || lex::number_word(w).is_some()
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(w, "first" | "last" | "past" | "next")
        } {
            v -= 1;
        }
        if v > range.start + 1
            && matches!(
                doc.token_lower(v - 1),
                "over" | "during" | "across" | "throughout"
            )
        {
            u = v - 1;
        }
    }
    // "the average rise this year is 7.6%": past a time between the subject and its verb.
    if u > range.start + 2
        && lex::is_period_word(doc.token_lower(u - 1))
        && matches!(doc.token_lower(u - 2), "this" | "last" | "next")
    {
        u -= 2;
    }
    u = past_trailing_modifiers(doc, u, range);
    // "waiting lists, which stand at": the noun the relative clause is about.
    if u > range.start + 1
        && lex::is_relative_pronoun(doc.token_lower(u - 1))
        && doc.is_punct(u - 2, ',')
    {
        u -= 2;
    }
    // "Brent settled down 2.3%", "shares closed up": the particle's verb stands before it.
    // "Shares in Lynx, the parent company, fell 9%": past an apposition to its noun; "The
    // basic pension, paid to those who retired before 2016, would rise": or a clause.
    if u > range.start + 1 && doc.is_punct(u - 1, ',') {
        let from = range.start.max(u.saturating_sub(8));
        let clause_from = range.start.max(u.saturating_sub(14));
        // Not "X, the software maker, reported revenue of $3.2bn, up 14%": a particle's
        // change is of what the clause reported.
        let particle = matches!(doc.token_lower(verb), "up" | "down");
        let clause = (clause_from..u - 1)
            .rfind(|&v| doc.is_punct(v, ','))
            .filter(|&v| {
                let w = doc.token_lower(v + 1);
                w.ends_with("ed") || lex::is_irregular_participle(w) || lex::is_relative_pronoun(w)
            })
            .filter(|_| !particle);
        if let Some(open) = (from..u - 1).rfind(|&v| doc.is_punct(v, ',')).or(clause) {
            u = open;
        } else if u == verb && doc.token_lower(verb).ends_with("ing") {
            // "salary arrears, totalling": a participle after a comma is about the noun before.
            u -= 1;
        }
    }
    // "shares closed up", "passes will go up": the particle's verb, and its auxiliaries.
    let particle = matches!(doc.token_lower(verb), "up" | "down");
    let verb_before_particle = u > range.start && doc.is_word(u - 1) && {
        let w = doc.token_lower(u - 1);
        w.ends_with("ed")
            || lex::is_irregular_past(w)
            || matches!(w, "closing" | "ending" | "finishing" | "trading")
            // "Car parking in the town centre goes up 20p": a verb of motion in any tense.
            || matches!(
                w,
                "go" | "goes" | "going" | "gone" | "come" | "comes" | "coming" | "move" | "moves"
            )
            || (u - 1 > range.start && lex::is_auxiliary(doc.token_lower(u - 2)))
    };
    if particle && u == verb && verb_before_particle {
        u -= 1;
        while u > range.start && lex::is_auxiliary(doc.token_lower(u - 1)) {
            u -= 1;
        }
        u = past_sentence_adverb(doc, u, range);
    }
    // "The death toll from the earthquake that struck the north on Sunday rose": the noun the
    // relative clause is about, when the clause runs up to the verb.
    let from = range.start.max(u.saturating_sub(14));
    // Not "said on Thursday that ...": "that" after a report opens what was said.
    let reported = |v: usize| {
        (v.saturating_sub(4).max(range.start)..v)
            .any(|x| lex::is_reporting_verb(doc.token_lower(x)))
    };
    let relative = (from..u).rev().find(|&v| {
        matches!(doc.token_lower(v), "that" | "which")
            && v > range.start
            && is_np_word(doc, v - 1)
            && !crate::lexicon::is_time_word(doc.token_lower(v - 1))
            && !doc.is_punct(v - 1, ',')
            && !reported(v)
    });
    if let Some(v) = relative.filter(|&v| {
        (v + 1..u).all(|x| doc.is_word(x) && !lex::is_reporting_verb(doc.token_lower(x)))
    }) {
        if let Some(np) = noun_phrase_ending(doc, v, range) {
            return Some(np);
        }
    }
    if let Some(things) = counted_and_done_to(doc, u, range) {
        return Some(things);
    }
    let np = subject_ending(doc, u, range).map(|np| match things_counted(&np) {
        Some(things) => things.to_string(),
        None => np,
    });
    super::opening::opening_head(doc, np, u, range)
}

/// "Average weekly earnings including bonuses stood at £705", "The library's operating budget
/// for 2025 is $3.2m": the end of the noun phrase before what it includes or leaves out, or
/// the year it is for, which ends at `u`; else `u`.
pub(super) fn past_trailing_modifiers(doc: &Doc, u: usize, range: &Range<usize>) -> usize {
    // "for 2025", "for 2024-25": a year or a financial year.
    let year = |k: usize| {
        let w: Vec<char> = doc.token_text(k).chars().collect();
        let digits = |cs: &[char]| cs.iter().all(char::is_ascii_digit);
        w.len() >= 4
            && matches!(w[0], '1' | '2')
            && digits(&w[..4])
            && (w.len() == 4 || (w.len() == 7 && matches!(w[4], '-' | '/') && digits(&w[5..])))
    };
    if u >= range.start + 3 && year(u - 1) && matches!(doc.token_lower(u - 2), "for" | "in") {
        return u - 2;
    }
    // "Borrowing in the financial year to date reached", "Sales so far this year rose".
    let so_far = u >= range.start + 3
        && matches!(
            (doc.token_lower(u - 2), doc.token_lower(u - 1)),
            ("to", "date") | ("so", "far")
        );
    if so_far {
        return u - 2;
    }
    (range.start.max(u.saturating_sub(5))..u)
        .find(|&p| matches!(doc.token_lower(p), "including" | "excluding"))
        .filter(|&p| p > range.start && (p + 1..u).all(|k| is_np_word(doc, k)))
        .unwrap_or(u)
}

/// Is the verb at `at` a passive's ("will be paid", "were paid", "got paid")?
pub(super) fn passive_before(doc: &Doc, at: usize, range: &Range<usize>) -> bool {
    at > range.start
        && matches!(
            doc.token_lower(at - 1),
            "be" | "been" | "being" | "is" | "are" | "was" | "were" | "get" | "got" | "gets"
        )
}

/// "Burglaries, however, went up by 312": `u`, or the token before a sentence adverb in commas
/// that ends just before it.
fn past_sentence_adverb(doc: &Doc, u: usize, range: &Range<usize>) -> usize {
    let adverb = u > range.start + 3
        && doc.is_punct(u - 1, ',')
        && doc.is_punct(u - 3, ',')
        && matches!(
            doc.token_lower(u - 2),
            "however" | "meanwhile" | "though" | "too" | "also" | "nonetheless" | "nevertheless"
        );
    if adverb {
        u - 3
    } else {
        u
    }
}

/// "The number of homes destroyed rose", "the number of people displaced by the floods has
/// reached": a count's noun with a participle after what it counts, which says what was done to
/// them ("homes destroyed"), whatever phrase follows the participle before the verb at `end`.
fn counted_and_done_to(doc: &Doc, end: usize, range: &Range<usize>) -> Option<String> {
    let from = range.start.max(end.saturating_sub(12));
    let of = (from + 1..end).rev().find(|&v| {
        doc.token_lower(v) == "of"
            && matches!(
                doc.token_lower(v - 1),
                "number" | "total" | "tally" | "count"
            )
    })?;
    let participle = |u: usize| {
        let w = doc.token_lower(u);
        (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")) || lex::is_irregular_past(w)
    };
    let first = (of + 1..end)
        .find(|&u| !lex::is_determiner(doc.token_lower(u)))
        .unwrap_or(end);
    let done = (first..end).find(|&u| participle(u) || !is_np_word(doc, u))?;
    let rest_is_phrase = (done + 1..end).all(|u| doc.is_word(u));
    (done > first && participle(done) && rest_is_phrase)
        .then(|| words(doc, &(first..=done).collect::<Vec<_>>()))
}

/// "number of homes destroyed", "the total number of cases": the things a count's own noun
/// counts, if the phrase is only that noun and its "of".
pub(super) fn things_counted(np: &str) -> Option<&str> {
    [
        "number of ",
        "total number of ",
        "total of ",
        "tally of ",
        "count of ",
    ]
    .iter()
    .find_map(|p| np.strip_prefix(p))
    .filter(|rest| !rest.is_empty())
}

/// The noun phrase whose last word is just before `end`: up to eight tokens, joined by "of", "on",
/// "in", "at", "for", "from", "across" or "among" ("price of gold", "traffic on the ferry route",
/// "the death toll from the earthquake", "turnout across the city"), without its determiner.
pub(super) fn noun_phrase_ending(doc: &Doc, end: usize, range: &Range<usize>) -> Option<String> {
    phrase_ending(doc, end, range, PhraseRole::Noun)
}

/// The subject of a verb ending just before `end`: a noun phrase, where a lone word in -ing
/// opening the clause is a noun ("Spending would rise by 15%").
pub(super) fn subject_ending(doc: &Doc, end: usize, range: &Range<usize>) -> Option<String> {
    phrase_ending(doc, end, range, PhraseRole::Subject)
}

/// The object of a verb ending just before `end` ("cut rural ambulance funding by 8%"): a
/// noun phrase, where a last word in -ing after a noun is a noun too.
pub(super) fn object_ending(doc: &Doc, end: usize, range: &Range<usize>) -> Option<String> {
    phrase_ending(doc, end, range, PhraseRole::Object)
}

/// What a phrase ending before a token is to its verb, which says whether a last word in -ing
/// is a noun.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PhraseRole {
    /// Any noun phrase: "-ing" is a noun only after a determiner ("the spending").
    Noun,
    /// A verb's object: "-ing" after a noun is a noun too ("rural ambulance funding").
    Object,
    /// A verb's subject: a lone "-ing" word opening its clause is one too ("Spending will rise").
    Subject,
}

fn phrase_ending(doc: &Doc, end: usize, range: &Range<usize>, role: PhraseRole) -> Option<String> {
    // "profit before tax", "earnings before interest": a measure of accounts.
    let inner = |w: &str| {
        lex::is_inner_preposition(w)
            || matches!(
                w,
                "from" | "across" | "among" | "before" | "outside" | "near" | "off" | "by"
            )
    };
    let mut u = end;
    while u > range.start && end - u < 12 {
        let p = u - 1;
        let w = doc.token_lower(p);
        // A preposition or determiner inside the phrase needs a noun on its left.
        // "risk of heart attack and stroke": "and" joins nouns after an "of".
        let and_after_of = w == "and"
            && (p.saturating_sub(4).max(range.start)..p).any(|v| doc.token_lower(v) == "of");
        // "knife crime in England and Wales": "and" between two names is inside one.
        let names_joined = w == "and"
            && u < end
            && p > range.start
            && doc.is_capitalized(p - 1)
            && doc.is_capitalized(p + 1);
        // "my drive to the hospital": "to" before a determiner joins a noun to its goal.
        let to_the =
            |k: usize| doc.token_lower(k) == "to" && lex::is_determiner(doc.token_lower(k + 1));
        // "Delia Marsh opens on hospital waiting lists": a lowercase word right after a name
        // is its verb, not a noun the preposition joins. A capitalised word opening the
        // sentence or following a dash is no name.
        // "The Central share of": after a determiner the capitalised word is an adjective.
        let verb_after_name = |k: usize| {
            k > range.start + 1
                && !doc.is_capitalized(k)
                && doc.is_capitalized(k - 1)
                && doc.is_word(k - 2)
                && !lex::is_determiner(doc.token_lower(k - 2))
        };
        // "asked for deposits of": a past tense before the preposition is the verb, not a noun
        // it joins ("the speed of" is a noun).
        let past = |k: usize| {
            let w = doc.token_lower(k);
            w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !doc.is_capitalized(k)
        };
        // "profit for the year to March", "turnout in last week's election": a time closing
        // the phrase after "to", and "last" or "next" before one.
        let time_at = |k: usize| {
            k < end && {
                let w = doc.token_lower(k);
                crate::lexicon::is_time_word(w.trim_end_matches("’s").trim_end_matches("'s"))
            }
        };
        let to_time = w == "to" && time_at(p + 1);
        // "people out of work": a preposition of two words.
        let out_of = (w == "out" && u < end && doc.token_lower(p + 1) == "of")
            || (w == "of" && p > range.start + 1 && doc.token_lower(p - 1) == "out");
        let last_time = matches!(w, "last" | "next" | "this")
            && time_at(p + 1)
            && p > range.start
            && inner(doc.token_lower(p - 1));
        let joins = u < end
            && p > range.start
            && (last_time
                || (w == "of" && out_of && is_np_word(doc, p - 2))
                || ((inner(w) || and_after_of || names_joined || to_the(p) || to_time || out_of)
                    && is_np_word(doc, p - 1)
                    && !past(p - 1)
                    && !verb_after_name(p - 1))
                || (lex::is_determiner(w)
                    // "people at a cost of", "sold at a price of": "at a" opens a phrase of
                    // its own ("the toll from a storm" is one).
                    && !(matches!(w, "a" | "an") && doc.token_lower(p - 1) == "at")
                    && (inner(doc.token_lower(p - 1)) || to_the(p - 1))
                    && p - 1 > range.start
                    && is_np_word(doc, p - 2)));
        // "the Nikkei 225": a number glued to a capitalised word is part of a name; "a
        // magnitude 6.9 earthquake": a number between nouns is part of the phrase.
        let digits = doc
            .token_lower(p)
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
        let name_number = p > range.start
            && digits
            && ((doc.is_capitalized(p - 1) && !lex::is_sentence_opener(doc.token_lower(p - 1)))
                || (u < end && is_np_word(doc, p - 1) && is_np_word(doc, p + 1)));
        // "a budget that cut rural funding by 8%": a verb that brings something to a level,
        // with a noun after it, ends the phrase; "a tax cut" is a noun.
        let verb_inside = u < end
            && changes::is_causative_verb(w)
            && !(p > range.start
                && matches!(doc.token_lower(p - 1), "a" | "an" | "the" | "its" | "their"));
        // "S&P 500", "AT&T": an ampersand between capitals inside a name.
        let ampersand = doc.is_punct(p, '&')
            && p > range.start
            && u < end
            && doc.is_capitalized(p - 1)
            && doc.is_capitalized(p + 1);
        // "Retail sales fell": a word that could be a verb of money opening the sentence before
        // a noun modifies it.
        let modifier = p == range.start
            && u < end
            && doc.is_word(p)
            && changes::money_verb(w).is_some()
            && is_np_word(doc, p + 1);
        // "the yield on the 10-year bond": a number compound before a noun modifies it.
        let compound =
            u < end && doc.is_word(p) && crate::numbers::compound_unit(doc.token_text(p)).is_some();
        let time_possessive = crate::names::ends_possessive(doc.token_text(p)) && time_at(p);
        // "is demanding increases of": a participle after an auxiliary is the verb whose object
        // the phrase is; "was heading east in the westbound lanes": with a preposition after
        // it, the words are the verb's own phrase, and no noun's.
        let progressive = u < end
            && p > range.start
            && w.len() > 4
            && w.ends_with("ing")
            && lex::is_auxiliary(doc.token_lower(p - 1));
        if progressive {
            if (p + 1..end).any(|v| doc.token_lower(v) != "of" && inner(doc.token_lower(v))) {
                return None;
            }
            break;
        }
        if !(is_np_word(doc, p)
            || joins
            || name_number
            || ampersand
            || modifier
            || compound
            || time_possessive)
            || verb_inside
        {
            break;
        }
        // The capitals before the ampersand belong to the name, whatever word they spell
        // ("AT" of "AT&T").
        u = if ampersand { p - 1 } else { p };
    }
    while u < end && (inner(doc.token_lower(u)) || lex::is_determiner(doc.token_lower(u))) {
        u += 1;
    }
    let mut tokens: Vec<usize> = (u..end).collect();
    // "profit forecast for next year", "profit on Thursday": a time after the noun says when.
    let is_time = |v: usize| crate::lexicon::is_time_word(doc.token_lower(v));
    while tokens
        .last()
        .is_some_and(|&v| is_time(v) || lex::is_determiner(doc.token_lower(v)))
    {
        tokens.pop();
        if tokens
            .last()
            .is_some_and(|&v| inner(doc.token_lower(v)) || doc.token_lower(v) == "to")
        {
            tokens.pop();
        }
    }
    let last = doc.token_lower(*tokens.last()?);
    // "rural ambulance funding", "the spending": a word in -ing after a noun or a determiner
    // is a noun; alone it is a participle.
    let opened = u > range.start && {
        let before = doc.token_text(u - 1);
        lex::is_determiner(&before.to_lowercase()) || crate::names::ends_possessive(before)
    };
    // "Spending would rise", "said spending would rise", "while sterling slipped": the clause
    // opens with the word.
    let opens_clause = u == range.start || !doc.is_word(u - 1) || {
        let before = doc.token_lower(u - 1);
        matches!(
            before,
            "that" | "while" | "whereas" | "and" | "but" | "as" | "although" | "though"
        ) || lex::is_reporting_verb(before)
    };
    // "grows spending by 12%": the object of a verb of change.
    let after_change_verb = role == PhraseRole::Object
        && u > range.start
        && changes::change_verb(doc.token_lower(u - 1)).is_some();
    let noun_in_ing = last.ends_with("ing")
        && ((role != PhraseRole::Noun && tokens.len() >= 2)
            || (tokens.len() == 1
                && (opened || after_change_verb || (role == PhraseRole::Subject && opens_clause))));
    // "Oakridge Living", "Coralline Mining": a name is no verb.
    let name = doc.is_capitalized(*tokens.last()?) && tokens.len() >= 2;
    let verb_like = ["ly", "ing", "ed"].iter().any(|e| last.ends_with(e)) && !noun_in_ing && !name;
    (!verb_like).then(|| words(doc, &tokens))
}

/// A word that may be part of a noun phrase: not a function word, an auxiliary, a verb of
/// change or money, nor a number.
pub(super) fn is_np_word(doc: &Doc, u: usize) -> bool {
    let w = doc.token_lower(u);
    doc.is_word(u)
        && !lex::ends_counted_phrase(w)
        && !lex::is_contraction(w)
        && !lex::is_determiner(w)
        && !lex::is_auxiliary(w)
        // "a rise of 9%", "the fall in prices": a verb of change after an article is a noun;
        // so is one before "of" ("a pay rise of 12%").
        && (changes::change_verb(w).is_none()
            || (u > 0 && matches!(doc.token_lower(u - 1), "a" | "an" | "the"))
            || (u + 1 < doc.tokens.len() && doc.token_lower(u + 1) == "of"))
        // "its range of", "the cost of": a verb of money before "of" or after a determiner
        // ("the share of the cost is 90%") is a noun; so is one not in -ed right before a verb
        // of change or level ("Costs rose", "deal wins totalled").
        && (changes::money_verb(w).is_none()
            || (u + 1 < doc.tokens.len() && doc.token_lower(u + 1) == "of")
            || (u > 0 && lex::is_determiner(doc.token_lower(u - 1)))
            // "grows spending by 12%", "cut pay": the object of a verb of change.
            || (u > 0
                && !w.ends_with("ed")
                && (changes::change_verb(doc.token_lower(u - 1)).is_some()
                    || changes::is_causative_verb(doc.token_lower(u - 1))))
            // "Pay fell 30%", "real pay has fallen", "spending rose": so is a plain form or
            // one in -ing there.
            || (!w.ends_with("ed") && u + 1 < doc.tokens.len() && {
                let next = doc.token_lower(u + 1);
                changes::change_verb(next).is_some()
                    || lex::is_auxiliary(next)
                    || (lex::is_measure_link(next) && !matches!(next, "of" | "at"))
            }))
        // "sending yields down", "bringing the total to": a participle opens a clause.
        && !(w.ends_with("ing") && changes::is_causative_verb(w))
        && !lex::is_reporting_verb(w)
        && !lex::is_irregular_past(w)
        && lex::number_word(w).is_none()
        // "81 crore people at a cost of": a scale belongs to the number before it.
        && (w.len() < 4 || lex::scale_word(w).is_none())
        && w != "one"
        // "per cent" is the figure's own sign.
        && !(w == "cent" && u > 0 && doc.token_lower(u - 1) == "per")
        && !w.starts_with(|c: char| c.is_ascii_digit())
}

/// A noun phrase after "of": with "the" unless it is a name ("price of Beta") or has it.
pub(super) fn the(np: &str) -> String {
    let first = np.split(' ').next().unwrap_or(np);
    // "your average customer", "its staff": a phrase with a determiner of its own.
    let determined = np.contains(' ') && lex::is_determiner(first);
    if np.starts_with(char::is_uppercase) || np.starts_with("the ") || determined {
        np.to_string()
    } else {
        format!("the {np}")
    }
}
