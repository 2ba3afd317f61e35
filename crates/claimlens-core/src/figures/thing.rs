//! What a count or measure is, when no verb of change or money says it: the counted noun, the
//! class, a noun phrase the number measures ("a top speed of 70mph"), the stuff a measure is of
//! ("20 inches of rain"), a sentence, an age, an exchange rate, or "number".

use super::change::change;
use super::describe::{clause_subject, measure_of_subject, measured_before, Subject};
use super::np::{is_np_word, words};
use crate::lexicon::names::head_gender;
use crate::lexicon::quantities as lex;
use crate::lexicon::{changes, currencies};
use crate::model::Qualifier;
use crate::text::Doc;

/// A count or measure: the counted noun, the class, a noun phrase the number measures ("a top
/// speed of 70mph"), the unit's quantity, or "number".
pub(super) fn thing(doc: &Doc, s: &Subject) -> String {
    // "at age four", "children of age 12": whatever follows, the number is an age.
    let start = s.number.tokens.start;
    if start > s.range.start
        && doc.token_lower(start - 1) == "age"
        && lex::unit_quantity(&s.head.to_lowercase()).is_none()
    {
        return "age".to_string();
    }
    // "a mother of three", "father-of-two": a parent's children.
    if start > s.range.start + 1
        && doc.token_lower(start - 1) == "of"
        && matches!(
            doc.token_lower(start - 2),
            "mother" | "father" | "mum" | "dad" | "parent" | "grandmother" | "grandfather"
        )
        && s.head.is_empty()
    {
        return "children".to_string();
    }
    // "a magnitude 6.8 earthquake": the scale named before the number.
    if start > s.range.start && doc.token_lower(start - 1) == "magnitude" {
        return match s.head.to_lowercase() {
            h if h.is_empty() => "magnitude".to_string(),
            h => format!("magnitude of the {h}"),
        };
    }
    if let Some(margin) = super::tally::margin(doc, s.number, s.range) {
        return margin;
    }
    if let Some(result) = super::tally::result_line(doc, s.number, s.range) {
        return result;
    }
    if !s.head.is_empty() {
        return measure_named(doc, s);
    }
    if s.number.unit.is_some() {
        let q = (s.number.unit.as_deref()).and_then(|u| super::dimension::quantity(doc, s, u));
        let of_subject = || match q {
            Some(q) => measure_of_subject(doc, s, q),
            None => clause_subject(doc, s),
        };
        // "the driver was travelling at 103mph": a person's speed, not the person.
        let np = measured_before(doc, s).or_else(of_subject).map(|np| {
            let head = np.rsplit(' ').next().unwrap_or(&np);
            let person = lex::is_people_noun(&super::lemma(head))
                || crate::lexicon::names::is_role_noun(head);
            match q {
                Some(q) if person && !np.contains(" of the ") => format!("{q} of the {np}"),
                _ => np,
            }
        });
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
    // "2.1 million people. Daily cases have fallen to about 300": a bare number that a
    // change of its own subject reached counts that, not the people before it.
    let bare = s.head.is_empty() && s.phrase.run.is_empty();
    if bare && s.class == "people" && s.earlier.in_sentence.is_none() {
        if let Some(c) = change(doc, s) {
            // "death toll from the storm": the head before its preposition.
            let head = c
                .split(' ')
                .take_while(|w| !crate::lexicon::speech::is_preposition(w))
                .last()
                .unwrap_or(&c);
            let own = c.contains(' ') || !super::describe::is_fallback(&c);
            let aggregate = matches!(
                head,
                "number" | "figure" | "count" | "tally" | "total" | "toll"
            );
            let named = c.split(' ').any(|w| w.starts_with(char::is_uppercase));
            if own
                && c != "level"
                && !aggregate
                && !named
                && !lex::is_people_noun(&super::lemma(head))
            {
                return c;
            }
        }
    }
    if let Some(more) = more_of_what_was_counted(doc, s) {
        return more;
    }
    if !s.class.is_empty() {
        return group_named_before(s).unwrap_or(s.class).to_string();
    }
    if let Some(rate) = exchange_rate(doc, s) {
        return rate;
    }
    // "rose by 18% last year, to 642", "bringing the total to 318"; "by 112 votes to 87" is
    // a tally, read from its first figure.
    // "fell 41,000 to 7.5 million": the level a change reached, though the change is near.
    let to_level = start > s.range.start
        && doc.token_lower(start - 1) == "to"
        // "fell 1.7%, or 93.4 points, to 5,412.06": past the change restated in commas.
        && (s.range.start.max(start.saturating_sub(11))..start)
            .any(|u| crate::lexicon::changes::change_verb(doc.token_lower(u)).is_some());
    if let Some(c) = change(doc, s).filter(|_| s.earlier.coordinated.is_none() || to_level) {
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
    // "40,000 took part", "212 required hospital treatment": a bare count that is the subject
    // of a verb with an object counts the people who did it.
    if s.phrase.run.is_empty()
        && !s.number.money
        && !s.number.percent
        && super::phrase_end::verb_with_object(doc, after, s.range)
    {
        let object = (after + 1..s.range.end.min(after + 4))
            .take_while(|&u| is_np_word(doc, u) || lex::is_determiner(doc.token_lower(u)));
        let clause: Vec<usize> = std::iter::once(after).chain(object).collect();
        return format!("people who {}", words(doc, &clause));
    }
    "number".to_string()
}

/// What a count or measure with a noun of its own is: a sentence, a span of what a verb makes
/// it, the stuff a measure is of, people in a state, points of what changed, or the unit's
/// quantity or the noun itself.
fn measure_named(doc: &Doc, s: &Subject) -> String {
    let start = s.number.tokens.start;
    let head = s.head.to_lowercase();
    // "3 billion light years from Earth": a distance, though its unit is named by a time.
    let light = s.phrase.run.iter().any(|&u| doc.token_lower(u) == "light");
    if light
        && matches!(
            head.as_str(),
            "years" | "year" | "light years" | "light-years"
        )
    {
        return "distance".to_string();
    }
    // "The lake covers 640 square kilometres": a length squared is an area, of the subject.
    let square = s.phrase.run.iter().any(|&u| doc.token_lower(u) == "square");
    if square && lex::unit_quantity(&head) == Some("distance") {
        return measure_of_subject(doc, s, "area").unwrap_or_else(|| "area".to_string());
    }
    // "Container ships now wait 6.5 days for a berth": a span waited is a wait.
    let waited = start > s.range.start
        && matches!(
            doc.token_lower(start - 1),
            "wait" | "waits" | "waited" | "waiting"
        );
    if waited && lex::is_time_unit(&head) {
        return format!("wait in {head}");
    }
    // "the 1,480kg craft", "a 120MW plant": a unit written tight before a thing measures it
    // ("a 70mph limit" is the limit).
    let measure = s.number.unit.as_deref().and_then(lex::unit_quantity);
    // Only measures a thing has whole (weight, power, energy, storage), before a noun that is
    // no adjective or participle ("as much as 30cm possible", "30–45min depending").
    let thing_after = !s.phrase.partitive
        && !s.head.contains(' ')
        && super::lemma(&head) == head
        && !lex::is_irregular_past(&head)
        && !["ing", "al", "ible", "able", "ous", "ive", "ed"]
            .iter()
            .any(|e| head.ends_with(e));
    let whole = |q: &&str| matches!(*q, "weight" | "power" | "energy" | "storage capacity");
    if let Some(q) = measure.filter(whole).filter(|_| thing_after) {
        let named = matches!(
            head.as_str(),
            "limit" | "zone" | "cap" | "threshold" | "target" | "record" | "mark" | "barrier"
        );
        // "a 120MW battery": a plant's or a store's power is its capacity.
        let q = match s.number.unit.as_deref() {
            Some("kw" | "mw" | "gw") => "capacity",
            _ => q,
        };
        if !named && !s.head.starts_with(char::is_uppercase) {
            return format!("{q} of the {head}");
        }
    }
    // "19 clear of Castellanos", "three ahead of the leader": a lead over whoever follows.
    if matches!(head.as_str(), "clear" | "ahead") {
        let of = s.phrase.end;
        let rival: Vec<usize> = (of + 1..s.range.end.min(of + 4))
            .take_while(|&u| doc.is_word(u) && doc.is_capitalized(u))
            .collect();
        return match rival.is_empty() || doc.token_lower(of) != "of" {
            true => "lead".to_string(),
            false => format!("lead over {}", words(doc, &rival)),
        };
    }
    // "Life expectancy rose to 81.3 years", "Screen time averaged seven hours a day": a
    // span of time that a verb makes a level or an amount is of the verb's subject.
    if lex::is_time_unit(&head) {
        // "jailed for 14 years", "sentenced to six months", "faces up to 140 years in
        // prison", "six months behind bars": a sentence, in the text's own word for it.
        let of_sentence = |w: &str| match w {
            "jail" | "gaol" => Some("jail sentence"),
            "prison" | "bars" | "custody" => Some("prison sentence"),
            "imprisonment" => Some("term of imprisonment"),
            _ => None,
        };
        // "jailed for a total of 41 years": past "a total of" too.
        let before = s.range.start.max(start.saturating_sub(5))..start;
        let after = s.phrase.end..s.range.end.min(s.phrase.end + 3);
        let kind = before
            .map(|u| match doc.token_lower(u) {
                "jailed" => Some("jail sentence"),
                "imprisoned" => Some("prison sentence"),
                "sentenced" => Some("sentence"),
                w => of_sentence(w),
            })
            .chain(after.map(|u| of_sentence(doc.token_lower(u))))
            .flatten()
            .next();
        if let Some(kind) = kind {
            return kind.to_string();
        }
        // "Former executive gets 14 years for $73 million fraud", "Prosecutors had sought 20
        // years": years a court gives or is asked for, in a sentence of crime or court.
        let given = start > s.range.start
            && matches!(
                doc.token_lower(start - 1),
                "gets" | "got" | "given" | "handed" | "sought" | "seeks" | "faces" | "facing"
            )
            && matches!(head.as_str(), "years" | "year" | "months" | "month")
            && s.range
                .clone()
                .any(|u| crate::lexicon::events::is_court_word(doc.token_lower(u)));
        if given {
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
    // "20 inches of rain", "two million litres of water": a measure of the stuff named
    // after "of" ("12 years of coalition government" is a span, "within 212 km of the
    // asteroid" a distance).
    let within = (s.range.start.max(start.saturating_sub(1))..=start)
        .any(|u| doc.token_lower(u) == "within");
    // "38 acres of the former foundry site": an area of a place is no stuff ("2,300 hectares
    // of rice" is).
    let area = lex::unit_quantity(&head) == Some("area")
        && s.phrase.end + 1 < s.range.end
        && doc.token_lower(s.phrase.end) == "of"
        && lex::is_determiner(doc.token_lower(s.phrase.end + 1));
    if lex::unit_quantity(&head).is_some() && !lex::is_time_unit(&head) && !within && !area {
        if let Some(np) = stuff_after_of(doc, s) {
            return np;
        }
    }
    // "nine dead", "55 missing": people in a state; the event says which.
    if s.class == "people" && !head.ends_with('s') && lex::event_of(&head).is_some() {
        return "people".to_string();
    }
    // "14 basis points", "3.5 percentage points": points of what changed or is measured
    // ("yields fell 14 basis points", "a margin of error of 3.5 percentage points").
    // "lifts Brandvold to 212 points", "the Bulls are two points outside": a name alone is
    // whose points they are, not what they measure.
    if matches!(head.as_str(), "points" | "point") {
        return match change(doc, s).or_else(|| measured_before(doc, s)) {
            Some(np) if np.split(' ').all(|w| w.starts_with(char::is_uppercase)) => {
                format!("points of {np}")
            }
            Some(np) => np,
            None => words(doc, &s.phrase.run),
        };
    }
    // "15 mph": an abbreviated unit says what it measures, unless a noun phrase before
    // names it ("winds of up to 120 mph").
    if let Some(q) = super::dimension::quantity(doc, s, &head).filter(|_| !head.ends_with('s')) {
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
        if let Some(np) = measured_before(doc, s).filter(|np| linked_by_of(doc, s) && !how(np)) {
            return np;
        }
    }
    // "The bridge is 1.2 miles long": a unit written out names itself, unless the sentence
    // says which dimension or speed it measures.
    // "the sea had risen by about 21 centimetres since 1960 at …, the longest record": a
    // change says what the length is, before any size named elsewhere in the sentence.
    if super::dimension::named_for(doc, s, &head).is_some() && change(doc, s).is_none() {
        let np = measured_before(doc, s).or_else(|| clause_subject(doc, s));
        if let Some(np) = super::dimension::of_what(doc, s, &head, np) {
            return np;
        }
    }
    if let Some(np) = measure_borrowed(doc, s, &head) {
        return np;
    }
    super::dimension::unit_measures(doc, s, &head).unwrap_or(head)
}

/// A measure in a unit written out that names nothing of its own: the earlier value of what
/// the figure before measured ("262.4 lakh tonnes of wheat, up from 187.9 lakh tonnes"), the
/// same measure of another ("Punjab 121.2 lakh tonnes of wheat, Haryana 71.5 lakh tonnes"), or
/// the level a change reached ("Output rose to 1.61 million barrels").
fn measure_borrowed(doc: &Doc, s: &Subject, head: &str) -> Option<String> {
    if !lex::is_measure_word(head) {
        return None;
    }
    let e = &s.earlier;
    let what = |b: &str| b.trim_start_matches("earlier ").to_string();
    if e.after_from || e.compared {
        if let Some(b) = e.same_measure {
            return Some(format!("earlier {}", what(b)));
        }
    }
    let start = s.number.tokens.start;
    let level = start > s.range.start && matches!(doc.token_lower(start - 1), "to" | "at");
    // "rose by 200,000 tonnes to 1.4 million tonnes": the level reached, not a second change.
    if let Some(b) = e.same_measure.filter(|_| e.coordinated.is_some() && !level) {
        return Some(what(b));
    }
    // "followed by Haryana at 71.5 lakh tonnes": a name alone is whose the measure is.
    let name = |np: &String| np.split(' ').all(|w| w.starts_with(char::is_uppercase));
    let reached = level
        .then(|| change(doc, s))
        .flatten()
        .filter(|np| np.to_lowercase() != head);
    match reached {
        Some(np) if name(&np) => e.same_measure.map(what).or(Some(np)),
        other => other,
    }
}

/// "37 homes were destroyed and dozens more damaged": a crowd of more is of what the figure it
/// is coordinated with counts (its noun, without what was done to it), unless people undergo
/// something after it ("dozens more were injured").
fn more_of_what_was_counted(doc: &Doc, s: &Subject) -> Option<String> {
    let after = s.number.tokens.end;
    let more = s.number.qualifier == crate::model::Qualifier::Vague
        && s.head.is_empty()
        && after < s.range.end
        && matches!(doc.token_lower(after), "more" | "others")
        && !(after + 1..s.range.end.min(after + 4))
            .any(|u| crate::lexicon::events::befalls_people(doc.token_lower(u)));
    let before = s.earlier.coordinated.filter(|_| more)?;
    let noun = match before.rsplit_once(' ') {
        Some((noun, done)) if lex::is_past_form(done) => noun,
        _ => before,
    };
    (noun != "people" && !noun.starts_with("earlier ")).then(|| noun.to_string())
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

/// The noun phrase after "of" that ends a measure's phrase ("20 inches of rain": rain).
fn stuff_after_of(doc: &Doc, s: &Subject) -> Option<String> {
    let of = s.phrase.end;
    if of + 1 >= s.range.end || doc.token_lower(of) != "of" {
        return None;
    }
    let mut first = of + 1;
    // "620 kilometres of them unsealed": a pointer back names nothing here.
    if matches!(
        doc.token_lower(first),
        "them" | "those" | "these" | "it" | "which"
    ) {
        return None;
    }
    while first < s.range.end && lex::is_determiner(doc.token_lower(first)) {
        first += 1;
    }
    let np: Vec<usize> = (first..s.range.end)
        .take_while(|&u| {
            let w = doc.token_lower(u);
            is_np_word(doc, u) && !lex::is_period_word(w) && !crate::lexicon::is_time_word(w)
        })
        .take(3)
        .collect();
    (!np.is_empty()).then(|| words(doc, &np))
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
    // "aged 17", "aged just 14", "at the age of 88".
    let just = usize::from(matches!(before(1), Some("just" | "only" | "barely")));
    let aged = before(1 + just) == Some("aged")
        || (before(1) == Some("age") && matches!(before(2), Some("at" | "of")));
    let copula = matches!(before(1), Some("was" | "is"));
    // "he was 17", "I was 30", "who is 27", "the oldest of whom was 97".
    let pronoun = matches!(
        before(2),
        Some("he" | "she" | "i" | "who" | "whom" | "oldest" | "youngest")
    );
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
        && ((doc.is_capitalized(end + 1)
            && !crate::lexicon::names::is_function_word(doc.token_lower(end + 1)))
            || matches!(doc.token_lower(end + 1), "he" | "she" | "i" | "we"));
    // "— Peter Kamau, matatu driver, 41": the age closing a vox pop's name line.
    let line_end = end >= s.range.end || (end + 1 == s.range.end && doc.is_punct(end, '.'));
    let signed = before(1) == Some(",")
        && line_end
        && (s.range.start..start)
            .any(|u| doc.is_punct(u, '—') || doc.is_punct(u, '―') || doc.is_punct(u, '–'));
    // "died at 87", "was groomed at 13", "left school at 16": the age a life's event came at.
    // "made his debut at 23 and", "took up swimming at 71 after": "at" a small number, with the
    // person the clause is about before it and no level ("the toll stood at 14").
    let at_end = closed || matches!(doc.token_lower(end), "and" | "after" | "in" | "when" | "to");
    let personal = (1..=12)
        .filter_map(before)
        .take_while(|w| !matches!(*w, "." | ";" | "“" | "\""))
        .any(|w| matches!(w, "he" | "she" | "his" | "her" | "i" | "my"));
    let level = (2..=5).filter_map(before).any(|w| {
        changes::change_verb(w).is_some()
            // "made his debut at 23": a verb of money only as often as not.
            || (changes::money_verb(w).is_some()
                && !matches!(w, "made" | "makes" | "get" | "gets" | "got"))
            || changes::is_level_verb(w)
            || changes::is_causative_verb(w)
            || changes::is_amount_verb(w)
    });
    let life_event = before(1) == Some("at")
        && ((2..=3).filter_map(before).any(changes::is_life_event_verb) || (personal && !level))
        && at_end
        && s.number.unit.is_none()
        && !s.number.percent
        && !s.number.money;
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
