//! What a figure counts, in words a reader understands: the counted noun and its event ("prisoners
//! sent to X"), what an amount of money is ("cost of the new stadium"), what a percentage is a
//! share or change of ("share of voters undecided", "rise in the bond yield"), and, when the
//! text names nothing, a phrase built from the unit ("speed", "amount of money").

use std::ops::Range;

use super::counted::Phrase;
use super::Event;
use crate::attribution::ArticleAnalysis;
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
    /// The figure of the same kind in the sentence before, when this one opens its sentence or
    /// stands for "it" ("70,000 were expected. Fewer than 25,000 did.", "Organisers put it at
    /// 80,000").
    pub previous: Option<&'a str>,
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
        percentage(doc, s)
    } else if n.money {
        money(doc, s)
    } else {
        thing(doc, s)
    };
    let mut out = refer_back(noun, &s.earlier);
    if let Some(e) = event {
        out.push(' ');
        out.push_str(e.words());
    }
    if !destination.is_empty() {
        out.push_str(" to ");
        out.push_str(destination);
    }
    out
}

/// A fallback replaced by what an earlier figure counts: its value repeated, or the figure of the
/// same kind before it in the sentence ("up from €5.2m": the earlier revenue).
fn refer_back(noun: String, earlier: &Earlier) -> String {
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
        (_, _, Some(before)) => before.to_string(),
        _ => earlier.previous.map(String::from).unwrap_or(noun),
    }
}

/// A count or measure: the counted noun, the class, a noun phrase the number measures ("a top
/// speed of 70mph"), the unit's quantity, or "number".
fn thing(doc: &Doc, s: &Subject) -> String {
    if !s.head.is_empty() {
        let head = s.head.to_lowercase();
        // "nine dead", "55 missing": people in a state; the event says which.
        if s.class == "people" && !head.ends_with('s') && lex::event_of(&head).is_some() {
            return "people".to_string();
        }
        // "15 mph": an abbreviated unit says what it measures, unless a noun phrase before
        // names it ("winds of up to 120 mph").
        if let Some(q) = lex::unit_quantity(&head).filter(|_| !head.ends_with('s')) {
            return measured_before(doc, s).unwrap_or_else(|| q.to_string());
        }
        return head;
    }
    if s.number.unit.is_some() {
        if let Some(np) = measured_before(doc, s) {
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
    if !s.class.is_empty() {
        return s.class.to_string();
    }
    if let Some(np) = measured_before(doc, s) {
        return np;
    }
    // "from 12 minutes to 40": a unit written out in full is what the figure counts; an
    // abbreviation says its quantity ("70mph": speed).
    if is_age(doc, s) {
        return "age".to_string();
    }
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
        return lex::unit_quantity(u)
            .filter(|_| !written_out)
            .unwrap_or(u)
            .to_string();
    }
    "number".to_string()
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
    let aged = before(1) == Some("aged");
    let copula = matches!(before(1), Some("was" | "is"));
    let pronoun = matches!(before(2), Some("he" | "she"));
    s.number.qualifier != Qualifier::Vague && (aged || (copula && pronoun))
}

/// An amount of money: the noun it is ("a $2.4bn deal"), what it is "in" or "for" ("$5m in
/// damages"), the noun phrase it measures ("an annual budget of $40m", "the deal is worth
/// $2.4bn"), what a verb makes it ("the stadium will cost $1.2bn": cost of the stadium), or
/// "amount of money".
fn money(doc: &Doc, s: &Subject) -> String {
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
        .all(|&u| lex::is_currency_word(doc.token_lower(u)));
    if !s.phrase.run.is_empty() && !s.phrase.partitive && !time && !currency {
        return words(doc, &s.phrase.run);
    }
    if let Some(c) = change(doc, s) {
        return c;
    }
    let start = s.number.tokens.start;
    if let Some((verb, at)) = verb_before(doc, start, s.range) {
        if let Some(noun) = lex::money_verb(verb) {
            return match subject_before(doc, at, s.range) {
                // "ticket prices range from £35 to £95": the subject is the money.
                Some(np) if noun.is_empty() => np,
                Some(np) if noun == "value" => format!("{np} value"),
                Some(np) if matches!(noun, "cost" | "sale price" | "price") => {
                    format!("{noun} of the {np}")
                }
                _ if noun.is_empty() => "amount of money".to_string(),
                _ => noun.to_string(),
            };
        }
    }
    if let Some((_, np)) = object_after(doc, s, &["in", "for"]) {
        return np;
    }
    if let Some(np) = measured_before(doc, s) {
        return np;
    }
    // "bought the tickets for $46": the price of the thing bought.
    if start > s.range.start + 1 && doc.token_lower(start - 1) == "for" {
        if let Some(np) = noun_phrase_ending(doc, start - 1, s.range) {
            return format!("price of the {np}");
        }
    }
    // "900 million pesos": nothing says what the money is, but the currency is named.
    if currency && !s.phrase.run.is_empty() {
        return format!("amount in {}", words(doc, &s.phrase.run));
    }
    "amount of money".to_string()
}

/// A percentage: a share of what follows "of" ("12% of voters remain undecided": share of voters
/// undecided), a change of what a verb says rose or fell ("the bond yield rose 0.3%": rise in the
/// bond yield), the noun it qualifies ("a 5% tax"), the phrase it measures ("turnout was 62%"),
/// or "percentage".
fn percentage(doc: &Doc, s: &Subject) -> String {
    if s.phrase.partitive && !s.phrase.run.is_empty() {
        let mut out = format!("share of {}", words(doc, &s.phrase.run));
        if let Some(state) = predicate_after(doc, s.phrase.end, s.range) {
            out.push(' ');
            out.push_str(state);
        }
        return out;
    }
    if let Some(c) = change(doc, s) {
        return c;
    }
    if !s.phrase.run.is_empty() {
        let noun = words(doc, &s.phrase.run);
        return match object_after(doc, s, &["in", "of"]) {
            Some((prep, of)) => format!("{noun} {prep} {of}"),
            None => noun,
        };
    }
    if let Some(np) = measured_before(doc, s) {
        return np;
    }
    if let Some(tally) = super::tally::counts(doc, s.number, s.range) {
        return tally;
    }
    // "6% of those on the drug", "2% on placebo": the group is named by where it is.
    let group = object_after(doc, s, &["on", "in", "among", "with"]);
    match group {
        Some((prep, np)) if s.phrase.partitive => format!("share of those {prep} {np}"),
        Some((prep, np)) => format!("share {prep} {np}"),
        None => "percentage".to_string(),
    }
}

/// "rose 0.3%", "fell by $12", "climbed from $1,910 to $2,050", "fell to 3.9%", "settled down
/// 2.3% at $81.40": the change of the verb's subject. The word before the figure says which
/// value it is: after "to" or "at" the level reached (the subject itself), after "from" the
/// earlier level, otherwise the change. "raised its rate by 25 basis points to 4.5%": what
/// changed is the object before "by".
fn change(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    let link = start
        .checked_sub(1)
        .filter(|&p| p >= s.range.start)
        .map(|p| doc.token_lower(p))
        .unwrap_or("");
    let mut u = start;
    let mut object = None;
    // Back over "by", "from X to", "to", "or", an earlier value with its unit (up to two words:
    // "25 basis points"), a few tokens at most.
    while u > s.range.start && start - u < 9 {
        u -= 1;
        let w = doc.token_lower(u);
        if let Some(c) = lex::change_verb(w) {
            let subject = object.take().or_else(|| subject_before(doc, u, s.range));
            return Some(change_words(c, subject, link, s.number.qualifier));
        }
        // "raised rents from $1,350 to $1,720": what took the range of values.
        let from_range = w == "from" && s.number.qualifier == Qualifier::Range;
        let infinitive = u > s.range.start + 1 && doc.token_lower(u - 2) == "to";
        if (w == "by" || from_range)
            && object.is_none()
            && u > s.range.start
            && is_np_word(doc, u - 1)
            && !infinitive
        {
            object = noun_phrase_ending(doc, u, s.range);
            // "cut the risk of stroke by 26%": the verb before the object need not be one of
            // change; what changed is named all the same.
            if object.is_some() && !within_reach_of_change_verb(doc, u, s.range) {
                return Some(change_words(
                    lex::Change::Move,
                    object,
                    link,
                    s.number.qualifier,
                ));
            }
        }
        let between_words = doc.is_word(u) && (lex::is_change_link(w) || w == "or" || w == "at");
        let comma = doc.is_punct(u, ',');
        let unit = doc.is_word(u)
            && ((u > s.range.start && is_number_part(doc, u - 1))
                || (u > s.range.start + 1 && doc.is_word(u - 1) && is_number_part(doc, u - 2)));
        let earlier_value = lex::is_currency_symbol(doc.token_text(u)) || is_number_part(doc, u);
        if !between_words && !earlier_value && !unit && !comma {
            // "a 12% fall in first-half profit on Tuesday, to £184m": the level reached by
            // what a noun of change named earlier.
            let object = object.or_else(|| {
                (link == "to")
                    .then(|| changed_in(doc, start, s.range))
                    .flatten()
            });
            return object
                .map(|np| change_words(lex::Change::Move, Some(np), link, s.number.qualifier));
        }
    }
    None
}

/// What a noun of change a few words before `start` names: "a fall in first-half profit".
fn changed_in(doc: &Doc, start: usize, range: &Range<usize>) -> Option<String> {
    let from = range.start.max(start.saturating_sub(12));
    let at = (from..start.saturating_sub(2)).rev().find(|&u| {
        lex::change_verb(doc.token_lower(u)).is_some() && doc.token_lower(u + 1) == "in"
    })?;
    let np: Vec<usize> = (at + 2..start)
        .take(4)
        .take_while(|&u| is_np_word(doc, u) && !lex::is_period_word(doc.token_lower(u)))
        .collect();
    (!np.is_empty()).then(|| words(doc, &np))
}

/// Is a verb of change among the few words before `at` ("raised its rate" is not, "pushed
/// the yield up" would be)?
fn within_reach_of_change_verb(doc: &Doc, at: usize, range: &Range<usize>) -> bool {
    (range.start.max(at.saturating_sub(6))..at)
        .any(|v| lex::change_verb(doc.token_lower(v)).is_some())
}

/// The words of a change: the value reached, the earlier value, the range of values, or the
/// change itself, of the subject when there is one.
fn change_words(c: lex::Change, subject: Option<String>, link: &str, q: Qualifier) -> String {
    // "rose from $1,910 to $2,050" is one range: the values the subject took.
    let both_ends = q == Qualifier::Range;
    match (subject, link) {
        (Some(np), "from") if both_ends => np,
        (Some(np), "from") => format!("earlier {np}"),
        (Some(np), "to" | "at") => np,
        // "fall in Marlowe's shares": a possessive name is determiner enough.
        (Some(np), _) if np.starts_with(char::is_uppercase) && np.contains("'s ") => {
            format!("{} in {np}", c.noun())
        }
        (Some(np), _) => format!("{} in the {np}", c.noun()),
        (None, "from") => "earlier value".to_string(),
        (None, "to" | "at") => "level".to_string(),
        (None, _) => c.noun().to_string(),
    }
}

/// Is the token a part of the earlier value between a change verb and the later value (its
/// digits or percent sign)?
fn is_number_part(doc: &Doc, u: usize) -> bool {
    doc.token_lower(u).starts_with(|c: char| c.is_ascii_digit()) || doc.is_punct(u, '%')
}

/// A state after a share's noun ("of voters remain undecided" → "undecided").
fn predicate_after<'a>(doc: &'a Doc, k: usize, range: &Range<usize>) -> Option<&'a str> {
    if k + 1 >= range.end {
        return None;
    }
    let link = doc.token_lower(k);
    let state = doc.token_lower(k + 1);
    let ends = k + 2 >= range.end
        || !doc.is_word(k + 2)
        || lex::ends_counted_phrase(doc.token_lower(k + 2));
    (lex::is_state_link(link)
        && doc.is_word(k + 1)
        && !doc.is_capitalized(k + 1)
        && !lex::ends_counted_phrase(state)
        && !state.ends_with("ly")
        && ends)
        .then_some(state)
}

/// The preposition and noun phrase right after the figure ("$5m in damages"), unless the
/// phrase is a time ("in the third quarter").
fn object_after<'a>(doc: &'a Doc, s: &Subject, preps: &[&str]) -> Option<(&'a str, String)> {
    let k = s.phrase.end;
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
    while u < s.range.end
        && u < first + 4
        && doc.is_word(u)
        && !lex::ends_counted_phrase(doc.token_lower(u))
        && !lex::is_irregular_past(doc.token_lower(u))
        && !doc.token_lower(u).starts_with(|c: char| c.is_ascii_digit())
    {
        u += 1;
    }
    let time = (first..u).any(|v| {
        let w = doc.token_lower(v);
        lex::is_period_word(w)
    });
    (u > first && !time).then(|| (prep, words(doc, &(first..u).collect::<Vec<_>>())))
}

/// The noun phrase a number measures through a link before it: "an annual budget of $40m",
/// "turnout was 62%", "a top speed of 70mph", "revenue reached €3.2 billion".
fn measured_before(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    let mut u = start;
    let mut linked = false;
    while u > s.range.start && lex::is_measure_link(doc.token_lower(u - 1)) && start - u < 3 {
        u -= 1;
        linked = true;
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
        return noun
            .filter(|_| bound)
            .map(|p| words(doc, &[p]))
            .filter(|w| !["ly", "ing", "ed"].iter().any(|e| w.ends_with(e)));
    }
    if let Some(np) = noun_phrase_ending(doc, u, s.range) {
        return Some(np);
    }
    let link = doc.token_lower(u);
    let before = u.checked_sub(1).filter(|&v| v >= s.range.start)?;
    let w = doc.token_lower(before);
    let ing = w.len() > 4 && w.ends_with("ing");
    match link {
        // "borrowing of roughly £92bn": a noun in -ing before "of".
        "of" => (ing && doc.is_word(before)).then(|| w.to_string()),
        // "the yen traded at 148.20", "bitcoin was trading at $71,000": the subject of the
        // verb before "at".
        "at" if ing || (w.len() > 4 && w.ends_with("ed")) => subject_before(doc, before, s.range),
        // "revenue to reach €9m": past the auxiliaries to the subject.
        _ => subject_before(doc, u, s.range),
    }
}

/// The verb right before a figure, past auxiliaries and "for"/"at" ("will cost", "sold for").
fn verb_before<'a>(doc: &'a Doc, start: usize, range: &Range<usize>) -> Option<(&'a str, usize)> {
    let mut u = start;
    while u > range.start {
        u -= 1;
        let w = doc.token_lower(u);
        // "sold for", "owe a combined": past prepositions, determiners and quantifiers.
        let filler = matches!(w, "for" | "at" | "from")
            || lex::is_determiner(w)
            || lex::is_not_a_noun_before(w);
        if filler {
            continue;
        }
        return doc.is_word(u).then_some((w, u));
    }
    None
}

/// The subject of the verb at `verb`: the noun phrase before it, past auxiliaries ("the new
/// stadium will cost" → "new stadium").
fn subject_before(doc: &Doc, verb: usize, range: &Range<usize>) -> Option<String> {
    let mut u = verb;
    // "Bitcoin briefly hit", "the index was sharply lower": past adverbs and auxiliaries.
    while u > range.start && {
        let w = doc.token_lower(u - 1);
        lex::is_auxiliary(w) || (w.len() > 4 && w.ends_with("ly"))
    } {
        u -= 1;
    }
    // "Brent settled down 2.3%", "shares closed up": the particle's verb stands before it.
    // "Shares in Lynx, the parent company, fell 9%": past an apposition to its noun.
    if u > range.start + 1 && doc.is_punct(u - 1, ',') {
        let from = range.start.max(u.saturating_sub(8));
        if let Some(open) = (from..u - 1).rfind(|&v| doc.is_punct(v, ',')) {
            u = open;
        }
    }
    let particle = matches!(doc.token_lower(verb), "up" | "down");
    if particle && u == verb && u > range.start && doc.token_lower(u - 1).ends_with("ed") {
        u -= 1;
    }
    noun_phrase_ending(doc, u, range)
}

/// The noun phrase whose last word is just before `end`: up to eight tokens, joined by "of", "on",
/// "in", "at" or "for" ("price of gold", "traffic on the ferry route"), without its determiner.
fn noun_phrase_ending(doc: &Doc, end: usize, range: &Range<usize>) -> Option<String> {
    let inner = lex::is_inner_preposition;
    let mut u = end;
    while u > range.start && end - u < 8 {
        let p = u - 1;
        let w = doc.token_lower(p);
        // A preposition or determiner inside the phrase needs a noun on its left.
        // "risk of heart attack and stroke": "and" joins nouns after an "of".
        let and_after_of = w == "and"
            && (p.saturating_sub(4).max(range.start)..p).any(|v| doc.token_lower(v) == "of");
        let joins = u < end
            && p > range.start
            && (((inner(w) || and_after_of) && is_np_word(doc, p - 1))
                || (lex::is_determiner(w)
                    && inner(doc.token_lower(p - 1))
                    && p - 1 > range.start
                    && is_np_word(doc, p - 2)));
        // "the Nikkei 225": a number glued to a capitalised word is part of a name.
        let name_number = p > range.start
            && doc.token_lower(p).chars().all(|c| c.is_ascii_digit())
            && doc.is_capitalized(p - 1)
            && !lex::is_sentence_opener(doc.token_lower(p - 1));
        if !(is_np_word(doc, p) || joins || name_number) {
            break;
        }
        u = p;
    }
    while u < end && (inner(doc.token_lower(u)) || lex::is_determiner(doc.token_lower(u))) {
        u += 1;
    }
    let tokens: Vec<usize> = (u..end).collect();
    let last = doc.token_lower(*tokens.last()?);
    let verb_like = ["ly", "ing", "ed"].iter().any(|e| last.ends_with(e));
    (!verb_like).then(|| words(doc, &tokens))
}

/// A word that may be part of a noun phrase: not a function word, an auxiliary, a verb of
/// change or money, nor a number.
fn is_np_word(doc: &Doc, u: usize) -> bool {
    let w = doc.token_lower(u);
    doc.is_word(u)
        && !lex::ends_counted_phrase(w)
        && !lex::is_determiner(w)
        && !lex::is_auxiliary(w)
        && lex::change_verb(w).is_none()
        && lex::money_verb(w).is_none()
        && !lex::is_reporting_verb(w)
        && !lex::is_irregular_past(w)
        && lex::number_word(w).is_none()
        && !w.starts_with(|c: char| c.is_ascii_digit())
}

/// The words at `tokens`, lower case unless they are names, joined by spaces.
fn words(doc: &Doc, tokens: &[usize]) -> String {
    tokens
        .iter()
        .map(|&u| {
            let text = doc.token_text(u);
            let lower = doc.token_lower(u);
            let sentence_start = u == 0 || !doc.is_word(u - 1);
            if sentence_start && text.chars().skip(1).all(char::is_lowercase) {
                lower.to_string()
            } else if doc.is_capitalized(u) {
                text.to_string()
            } else {
                lower.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
