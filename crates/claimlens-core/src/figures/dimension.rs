//! What a length measures: a speed when a unit of time divides it ("14 km per second",
//! "90km/h"), or the dimension the sentence names ("7.1mm thick", "38 km across", "its thinnest
//! phone yet at 7.1mm", "1,400 feet below the surface": depth).

use super::describe::Subject;
use super::np::is_np_word;
use crate::lexicon::units;
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
    match (named, np) {
        (Some(d), Some(np)) if !np.contains(d) && !np.starts_with(d) => {
            Some(format!("{d} of the {np}"))
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
