//! What a length measures: a speed when a unit of time divides it ("14 km per second",
//! "90km/h"), or the dimension the sentence names ("7.1mm thick", "38 km across", "its thinnest
//! phone yet at 7.1mm", "1,400 feet below the surface": depth); and what a unit written out
//! measures when its clause says so (a change, a level reached, a verb of measure).

use super::change::change;
use super::describe::{measured_before, Subject};
use super::np::{is_np_word, subject_before, the};
use crate::lexicon::quantities as lex;
use crate::lexicon::{changes, units};
use crate::text::Doc;

/// The quantity `unit` measures in this figure's sentence.
pub(super) fn quantity(doc: &Doc, s: &Subject, unit: &str) -> Option<&'static str> {
    let q = units::unit_quantity(unit)?;
    Some(named(doc, s, q).unwrap_or(q))
}

/// What a figure in `unit` counts, given the noun phrase `np` the sentence says it measures:
/// that phrase's speed or dimension when the sentence names one ("The wall is 4m high": height
/// of the wall), else the phrase itself.
pub(super) fn of_what(doc: &Doc, s: &Subject, unit: &str, np: Option<String>) -> Option<String> {
    let named = units::unit_quantity(unit).and_then(|q| named(doc, s, q));
    // "a path about 14 miles long", "an asteroid about 140 metres across": the noun right
    // before the figure is what has the dimension.
    let np = np.or_else(|| {
        let p = s.number.tokens.start.checked_sub(1)?;
        let noun = p >= s.range.start
            && named.is_some()
            && is_np_word(doc, p)
            && !doc.is_capitalized(p)
            && !["ly", "ing", "ed"]
                .iter()
                .any(|e| doc.token_lower(p).ends_with(e));
        noun.then(|| doc.token_lower(p).to_string())
    });
    // "The truck was travelling at 60mph", "Winds reached 90mph": what goes at a speed has it;
    // "winds of up to 110 mph" and "winds above 45mph" name it right before.
    let start = s.number.tokens.start;
    let named_before = |np: &str| {
        start > s.range.start
            && (doc.token_lower(start - 1) == "of"
                || np.rsplit(' ').next() == Some(doc.token_lower(start - 1)))
    };
    let speed = units::unit_quantity(unit) == Some("speed");
    match (named, np) {
        (Some(d), Some(np)) if !np.contains(d) && !np.starts_with(d) => {
            Some(format!("{d} of the {np}"))
        }
        (None, Some(np))
            if speed && !np.contains("speed") && !np.contains(" of the ") && !named_before(&np) =>
        {
            // "moving north at 40mph": a direction is no mover; "The limit on the motorway is
            // 70mph", "The record stands at 267mph": a speed of its own.
            let head = np.split(' ').next().unwrap_or(&np);
            Some(match head {
                "north" | "south" | "east" | "west" => "speed".to_string(),
                "limit" | "record" | "average" => np,
                _ => format!("speed of the {np}"),
            })
        }
        (_, Some(np)) => Some(np),
        (Some(d), None) => Some(d.to_string()),
        (None, None) => None,
    }
}

/// The speed or dimension a figure in `unit` measures here, when the sentence says one.
pub(super) fn named_for(doc: &Doc, s: &Subject, unit: &str) -> Option<&'static str> {
    named(doc, s, units::unit_quantity(unit)?)
}

/// The speed or dimension a length (quantity `q`) measures here, when the sentence says.
fn named(doc: &Doc, s: &Subject, q: &str) -> Option<&'static str> {
    if q != "distance" {
        return None;
    }
    if per_time(doc, s) {
        return Some("speed");
    }
    named_dimension(doc, s)
}

/// "90km/h", "14 km per second", "30 miles an hour".
fn per_time(doc: &Doc, s: &Subject) -> bool {
    let k = s.phrase.end.max(s.number.tokens.end);
    if k + 1 >= s.range.end {
        return false;
    }
    let by = doc.token_lower(k);
    let glued_slash = by == "/" && doc.tokens[k + 1].start == doc.tokens[k].end;
    (glued_slash || matches!(by, "per" | "an" | "a" | "every"))
        && units::is_speed_divisor(doc.token_lower(k + 1))
}

/// The dimension an adjective right after the figure or a comparison in its sentence names.
fn named_dimension(doc: &Doc, s: &Subject) -> Option<&'static str> {
    let k = s.phrase.end.max(s.number.tokens.end);
    if k < s.range.end {
        let after = doc.token_lower(k);
        if let Some(d) = units::dimension_of(after) {
            return Some(d);
        }
        // "1,400 feet below the surface", "300m underground".
        let surface = k + 2 < s.range.end
            && matches!(after, "below" | "beneath" | "under")
            && matches!(
                doc.token_lower(k + 2),
                "surface" | "ground" | "seabed" | "sea"
            );
        if surface || after == "underground" {
            return Some("depth");
        }
    }
    // "its thinnest phone yet at 7.1mm", "the deepest mine in Europe": a comparison of size.
    s.range
        .clone()
        .filter(|&u| doc.is_word(u) && !s.number.tokens.contains(&u))
        .map(|u| doc.token_lower(u))
        .filter(|w| w.ends_with("est") || w.ends_with("er"))
        .find_map(units::dimension_of)
}

/// What a unit written out measures when the clause says it: a change ("the river rose 3.2
/// metres": rise in the river), a level after a copula ("the median wait was 14.2 weeks"), a
/// verb of measure ("the phone weighs 215 grams": weight of the phone; "the strike lasted 19
/// days": length of the strike), a race won or run "in" a time.
pub(super) fn unit_measures(doc: &Doc, s: &Subject, head: &str) -> Option<String> {
    let time = lex::is_time_unit(head) || lex::unit_quantity(head) == Some("duration");
    if lex::unit_quantity(head).is_none() && !time {
        return None;
    }
    // "three years old", "3.5 miles away", "340 metres from its target": the word after the
    // figure says what it measures.
    let next = s.phrase.end.max(s.number.tokens.end);
    if next < s.range.end && crate::lexicon::units::is_measure_adverb(doc.token_lower(next)) {
        return None;
    }
    let mut verb = s
        .number
        .tokens
        .start
        .checked_sub(1)
        .filter(|&p| p >= s.range.start)?;
    // "set to reach a record 166.3 million tonnes": past the level's own words.
    while verb > s.range.start
        && matches!(
            doc.token_lower(verb),
            "a" | "an" | "record" | "new" | "fresh" | "all-time"
        )
    {
        verb -= 1;
    }
    // The verb of change right before the figure, or before "by" or "to" ("fell by 20
    // kilograms"); a span of time in a sentence about a change is only a span ("rose over
    // two years").
    let changed = |u: usize| changes::change_verb(doc.token_lower(u)).is_some();
    // "fell 18% to 2.5 million tonnes": past the change's own amount to its verb.
    // "cut its rice import estimate by 200,000 tonnes": a verb that moves its object.
    let moved_by = doc.token_lower(verb) == "by" && !time && change(doc, s).is_some();
    let moved = changed(verb)
        || moved_by
        || (matches!(doc.token_lower(verb), "by" | "to")
            && (s.range.start.max(verb.saturating_sub(4))..verb)
                .rev()
                .take_while(|&u| !doc.is_punct(u, ','))
                .any(changed));
    if moved && !time {
        // "I've lost 9 pounds": a change with no subject named is a change in what the unit
        // measures.
        let c = change(doc, s)?;
        let last = c.rsplit(' ').next().unwrap_or(&c);
        let bare = !c.contains(' ') || crate::lexicon::grammar::is_personal_pronoun(last);
        return Some(match (bare, lex::unit_quantity(head)) {
            (true, Some(q)) => format!("{} in {q}", c.split(' ').next().unwrap_or(&c)),
            _ => c,
        });
    }
    let measure = match doc.token_lower(verb) {
        "weighs" | "weighed" | "weigh" | "weighing" => "weight",
        "lasted" | "lasts" | "last" | "lasting" => "length",
        "is" | "was" | "are" | "were" | "be" | "been" => return measured_before(doc, s),
        // "Rainfall in Sydney reached 193 millimetres", "the river peaked at 5.35 metres": a
        // level its subject reached.
        w if reaches_level(w) => return reached_by(doc, verb, s),
        "at" if verb > s.range.start && changes::is_level_verb(doc.token_lower(verb - 1)) => {
            return reached_by(doc, verb - 1, s);
        }
        // "won the 100 metres in 9.79 seconds", "finished the course in 2 hours".
        "in" if time
            && !matches!(
                head.trim_end_matches('s'),
                "day" | "week" | "month" | "year" | "decade" | "season"
            ) =>
        {
            let run = (s.range.start..verb)
                .map(|u| doc.token_lower(u))
                .find(|w| {
                    matches!(
                        *w,
                        "won"
                            | "wins"
                            | "ran"
                            | "runs"
                            | "finished"
                            | "clocked"
                            | "swam"
                            | "completed"
                    )
                })?;
            return Some(
                if matches!(run, "won" | "wins") {
                    "winning time"
                } else {
                    "time"
                }
                .to_string(),
            );
        }
        _ => return None,
    };
    // "talks brokered by diplomats that lasted 11 weeks": people have no length.
    let np = subject_before(doc, verb, s.range)?;
    let head_noun = np.rsplit(' ').next().unwrap_or(&np).to_lowercase();
    let person = lex::is_people_noun(&super::lemma(&head_noun))
        || crate::lexicon::names::is_role_noun(&super::lemma(&head_noun));
    if measure == "length" && person {
        return None;
    }
    Some(format!("{measure} of {}", the(&np)))
}

/// A verb whose object is the level its subject reached ("reached", "hit", "topped",
/// "totalled").
fn reaches_level(w: &str) -> bool {
    let link = lex::is_measure_link(w) && !matches!(w, "of" | "at" | "is" | "was" | "are" | "were");
    link || changes::is_amount_verb(w)
}

/// What reached the level a unit written out measures: the subject of the verb at `verb`,
/// unless it is a person ("the driver hit 160 kilometres an hour" says nothing of the driver).
fn reached_by(doc: &Doc, verb: usize, s: &Subject) -> Option<String> {
    // "since the season began on Oct. 1 have totalled": a date is no subject.
    let np = subject_before(doc, verb, s.range).filter(|np| !np.contains(char::is_numeric))?;
    let head = super::lemma(&np.rsplit(' ').next().unwrap_or(&np).to_lowercase());
    let person = lex::is_people_noun(&head)
        || crate::lexicon::names::is_role_noun(&head)
        || np.starts_with(char::is_uppercase) && !np.contains(' ');
    (!person).then_some(np)
}

/// What a number joined to a unit by a hyphen counts, given the noun after it.
pub(super) fn compound_counts(unit: &str, noun: &str) -> String {
    let unit = unit.to_lowercase();
    if lex::is_time_unit(&unit) {
        return format!("length of the {noun}");
    }
    let margin = matches!(
        noun.to_lowercase().as_str(),
        "lead" | "margin" | "advantage" | "deficit" | "win" | "victory" | "defeat" | "majority"
    );
    let quantity = lex::unit_quantity(&unit).or_else(|| lex::unit_quantity(&format!("{unit}s")));
    // "a 14-inch machine", "a 40-tonne truck", "a 2,000-litre tank": the size, weight or
    // capacity of the thing.
    // "a 15-kilometre line", "a 400-metre stretch": the length of what runs from one end to
    // another.
    let runs = matches!(
        noun.to_lowercase().as_str(),
        "line"
            | "road"
            | "route"
            | "track"
            | "railway"
            | "pipeline"
            | "tunnel"
            | "stretch"
            | "trail"
            | "canal"
            | "bridge"
            | "wall"
            | "fence"
            | "border"
            | "coastline"
            | "river"
            | "extension"
            | "cable"
            | "journey"
            | "course"
            | "motorway"
            | "highway"
            | "corridor"
            | "runway"
            | "walk"
            | "swim"
            | "ride"
            | "drive"
            | "trek"
            | "march"
    );
    let of_thing = match quantity {
        Some("distance") if runs => Some("length"),
        Some("distance") => Some("size"),
        Some("weight") => Some("weight"),
        Some("volume") => Some("capacity"),
        _ => None,
    };
    if let Some(q) = of_thing.filter(|_| !margin) {
        return format!("{q} of the {noun}");
    }
    if quantity.is_some() || unit.len() < 3 {
        return format!("{unit} {noun}");
    }
    let plural = if unit.ends_with('s') || unit.ends_with('x') || unit.ends_with("ch") {
        format!("{unit}es")
    } else if unit.ends_with('y') && !unit.ends_with("ey") && !unit.ends_with("ay") {
        format!("{}ies", &unit[..unit.len() - 1])
    } else {
        format!("{unit}s")
    };
    if margin {
        format!("{noun} in {plural}")
    } else {
        format!("{plural} in the {noun}")
    }
}
