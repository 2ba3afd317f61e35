//! The opening lines of a plain-text article: its headline, a byline, a date line and a dateline.
//!
//! Text copied from a web page keeps what the page showed above the story: `By Jane Doe`,
//! `by · NY Times`, `Sun. Dec 14th, 2025`, and wire datelines such as
//! `MINSK, Dec 13 (Reuters) -` or `VILNIUS, Lithuania —`. What they say goes into the article's
//! metadata; the lines themselves stay in the text, so offsets still point into the file as
//! written (docs/json.md, "How files become articles").

use crate::dates;

/// How many non-empty lines at the top are searched: headline, caption, standfirst, byline,
/// date and the first paragraph fit in this.
const HEADER_LINES: usize = 8;

/// A byline longer than this is a sentence that happens to start with "By".
const MAX_BYLINE_CHARS: usize = 80;

/// What the opening lines of a text say about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// The first line set in title case ("Dam Gives Way Above Dravenna"), else the first
    /// non-empty line that is not a byline or a date line.
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    /// From a date line (`YYYY-MM-DD` when complete), else from a dateline, as written.
    pub date: Option<String>,
}

/// Reads the header of `text`.
pub fn header(text: &str) -> Header {
    let mut header = Header::default();
    let mut dateline_date = None;
    // A page copied as text often opens with a photo caption; a line set in title case below
    // it is the headline.
    let mut headline = None;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(HEADER_LINES)
    {
        if let Some(byline) = byline(line) {
            if header.author.is_none() && header.outlet.is_none() {
                header.author = byline.author;
                header.outlet = byline.outlet;
            }
            continue;
        }
        if let Some(date) = date_line(line) {
            header.date.get_or_insert(date);
            continue;
        }
        if let Some(dateline) = dateline(line) {
            if header.outlet.is_none() {
                header.outlet = dateline.outlet;
            }
            if dateline_date.is_none() {
                dateline_date = dateline.date;
            }
        }
        if headline.is_none() && is_title_case(line) {
            headline = Some(line.to_owned());
        }
        if header.title.is_none() {
            header.title = Some(line.to_owned());
        }
    }
    header.title = headline.or(header.title);
    header.date = header.date.or(dateline_date);
    header
}

/// Short words a title-case headline leaves in lower case.
const HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "as", "by",
    "with", "from", "after", "amid", "over", "into", "vs", "via", "per", "is", "are",
];

/// A headline in title case: three to twenty words, not ending in a full stop, every word but
/// the small ones (`of`, `as`, `after`, ...) capitalised or a number, one slip allowed.
/// "Belarus Frees Prominent Prisoners as U.S. Lifts Sanctions" is one; a caption ("Officials
/// shaking hands in Minsk") and a sentence are not.
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(3..=20).contains(&words.len()) || line.ends_with(['.', ',', ':', ';']) {
        return false;
    }
    let lower = words
        .iter()
        .filter(|w| !HEADLINE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .filter(|c| c.is_lowercase())
        .count();
    lower <= 1
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Byline {
    author: Option<String>,
    outlet: Option<String>,
}

/// `By Jane Doe`, `By Jane Doe and Ali Khan · The Courier`, `by · NY Times`, `BY JANE DOE`.
///
/// After "By" come names (capitalised words, initials, and `and`, `&`, `de`, `van`-style
/// particles) and optionally a separator (`·`, `|`, `•`, `—`, `–`) with the outlet after it.
/// "By Tuesday, the water had receded." is a sentence, not a byline: it has lower-case words.
fn byline(line: &str) -> Option<Byline> {
    if line.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    let rest = strip_prefix_ignore_case(line, "by")?;
    if !rest.starts_with([' ', ':', '\u{a0}']) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', ':', '\u{a0}']);
    let (names, outlet) = match rest.find(['·', '|', '•', '—', '–']) {
        Some(at) => {
            let separator_len = rest[at..].chars().next().map_or(1, char::len_utf8);
            (rest[..at].trim(), rest[at + separator_len..].trim())
        }
        None => (rest.trim(), ""),
    };
    if names.is_empty() && outlet.is_empty() {
        return None;
    }
    if !names.is_empty() && !is_name_list(names) {
        return None;
    }
    let some = |text: &str| (!text.is_empty()).then(|| text.to_owned());
    Some(Byline {
        author: some(names),
        outlet: some(outlet),
    })
}

fn is_name_list(names: &str) -> bool {
    const JOINERS: [&str; 14] = [
        "and", "&", "de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin",
    ];
    if names.ends_with(['.', '!', '?']) && !ends_with_initial(names) {
        return false;
    }
    let mut capitalised = 0;
    for word in names
        .split([' ', ',', '\u{a0}'])
        .filter(|word| !word.is_empty())
    {
        if JOINERS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        match word.chars().find(|c| c.is_alphabetic()) {
            Some(first) if first.is_uppercase() => capitalised += 1,
            _ => return false,
        }
    }
    capitalised > 0
}

/// `Jr.`, `J.`: a name may end with a full stop.
fn ends_with_initial(names: &str) -> bool {
    let last = names.rsplit(' ').next().unwrap_or(names);
    last.len() <= 3
}

/// A line that is only a date, possibly with a time after it and `Published`/`Updated` before.
fn date_line(line: &str) -> Option<String> {
    let mut rest = line;
    for prefix in ["published", "updated", "posted", "last updated"] {
        if let Some(after) = strip_prefix_ignore_case(rest, prefix) {
            rest = after.trim_start_matches([':', ' ']);
            break;
        }
    }
    let date = dates::parse_written(rest)?;
    let after = rest[date.len..].trim_start_matches([',', ' ']);
    let is_time = after.is_empty()
        || after.starts_with(|c: char| c.is_ascii_digit())
        || strip_prefix_ignore_case(after, "at ").is_some();
    // The time, when the line gives one, is kept: first reports are ordered by it.
    is_time.then(|| dates::normalise(rest).unwrap_or(date.iso))
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Dateline {
    date: Option<String>,
    outlet: Option<String>,
}

/// A wire dateline opening a paragraph: a place in capitals, optionally a region, a date and
/// the agency in parentheses, then a dash: `MINSK, Dec 13 (Reuters) -`, `VILNIUS, Lithuania —`,
/// `LONDON (AP) —`, or the agency alone: `(Reuters) -`. A place in ordinary case counts only with a date or an agency after it
/// (`Minsk, Dec 13 (Reuters) -`), so that `Yes — he said` is not a dateline.
fn dateline(line: &str) -> Option<Dateline> {
    // A dateline is short; only its first characters are looked at.
    let head: String = line.chars().take(120).collect();
    let dash = find_dash(&head)?;
    let before = head[..dash].trim_end();
    let (before, outlet) = match before.strip_suffix(')') {
        Some(inner) => {
            let open = inner.rfind('(')?;
            let outlet = inner[open + 1..].trim();
            if outlet.is_empty() || !outlet.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
            (inner[..open].trim_end(), Some(outlet.to_owned()))
        }
        None => (before, None),
    };
    // `(Reuters) -` with no place: the agency alone opens the story.
    if before.is_empty() {
        return outlet
            .filter(|agency| agency.split_whitespace().count() <= 3)
            .map(|agency| Dateline {
                date: None,
                outlet: Some(agency),
            });
    }
    let mut parts = before.split(',').map(str::trim);
    let place = parts.next()?;
    let mut date = None;
    for part in parts {
        if date.is_some() {
            return None;
        }
        if let Some(found) = dateline_date(part) {
            date = Some(found);
        } else if !is_capitalised_words(part) {
            return None;
        }
    }
    let shouting = is_upper_place(place);
    if !shouting && !(is_capitalised_words(place) && (date.is_some() || outlet.is_some())) {
        return None;
    }
    Some(Dateline { date, outlet })
}

/// The byte offset of the first ` - `, ` — `, ` – ` or ` -- ` (a dash with a space or `)` before
/// it and a space after it); a hyphen inside a word (`WINSTON-SALEM`) is not one.
fn find_dash(head: &str) -> Option<usize> {
    head.char_indices().find_map(|(at, c)| {
        if !matches!(c, '-' | '—' | '–') || !head[..at].ends_with([' ', '\u{a0}', ')']) {
            return None;
        }
        let after = &head[at + c.len_utf8()..];
        let after = after.strip_prefix('-').unwrap_or(after);
        (after.is_empty() || after.starts_with([' ', '\u{a0}'])).then_some(at)
    })
}

/// `Dec 13`, `Dec. 13`, `13 December`: the date a dateline gives, as written.
fn dateline_date(part: &str) -> Option<String> {
    let words: Vec<&str> = part.split_whitespace().collect();
    let is_date = match words.as_slice() {
        [first, second] => {
            let month_day =
                dates::month_number(first).is_some() && dates::day_number(second).is_some();
            let day_month =
                dates::day_number(first).is_some() && dates::month_number(second).is_some();
            month_day || day_month
        }
        _ => false,
    };
    is_date.then(|| part.to_owned())
}

/// `MINSK`, `NEW YORK`, `ST. PETERSBURG`, `SÃO PAULO`: one to four words in capitals.
fn is_upper_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | '/'))
}

/// `Lithuania`, `N.Y.`, `Rio de Janeiro`: one to four words, the first capitalised.
fn is_capitalised_words(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && part
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wire_datelines() {
        let read = |line| dateline(line).unwrap_or_else(|| panic!("no dateline in {line:?}"));
        assert_eq!(
            read("MINSK, Dec 13 (Reuters) - Belarus said on Saturday"),
            Dateline {
                date: Some("Dec 13".into()),
                outlet: Some("Reuters".into())
            }
        );
        assert_eq!(
            read("VILNIUS, Lithuania — The plane landed"),
            Dateline::default()
        );
        assert_eq!(
            read("LONDON (AP) — Police said").outlet.as_deref(),
            Some("AP")
        );
        assert_eq!(read("ST. PETERSBURG, Fla. -- The city").outlet, None);
        assert_eq!(
            read("(Reuters) - Belarus freed prisoners")
                .outlet
                .as_deref(),
            Some("Reuters")
        );
        assert_eq!(dateline("(the rest of the story) - a note"), None);
        assert_eq!(dateline("(An Agency With A Long Name) - text"), None);
        assert_eq!(
            read("Minsk, Dec. 13 (Reuters) - Text").date.as_deref(),
            Some("Dec. 13")
        );
    }

    #[test]
    fn sentences_are_not_datelines() {
        for line in [
            "Yes — he said it twice.",
            "Residents said the water - brown and cold - rose fast.",
            "The mayor, Liesl Varga — who was there — said so.",
            "UN officials said. Then — nothing.",
            "Minsk — the capital — was quiet.",
        ] {
            assert_eq!(dateline(line), None, "{line}");
        }
    }

    #[test]
    fn reads_bylines() {
        let read = |line| byline(line).unwrap_or_else(|| panic!("no byline in {line:?}"));
        assert_eq!(read("By Jane Doe").author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            read("By Ilse Marten and Tomas Reyk · Lakeside Herald"),
            Byline {
                author: Some("Ilse Marten and Tomas Reyk".into()),
                outlet: Some("Lakeside Herald".into())
            }
        );
        assert_eq!(
            read("by · NY Times"),
            Byline {
                author: None,
                outlet: Some("NY Times".into())
            }
        );
        assert_eq!(read("BY JANE DOE").author.as_deref(), Some("JANE DOE"));
        assert_eq!(
            read("By: Jean de la Fontaine, Jr.").author.as_deref(),
            Some("Jean de la Fontaine, Jr.")
        );
        for sentence in [
            "By Tuesday, the water had receded.",
            "Bystanders ran",
            "By",
            "by the river",
        ] {
            assert_eq!(byline(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn the_header_fills_what_it_can_and_skips_bylines_for_the_title() {
        let text = "Sun. Dec 14th, 2025\nDam gives way above Dravenna\n\nBy Ilse Marten | Lakeside Herald\n\nDRAVENNA, April 11 (Orbis) - Water poured into the town.\n";
        assert_eq!(
            header(text),
            Header {
                title: Some("Dam gives way above Dravenna".into()),
                author: Some("Ilse Marten".into()),
                outlet: Some("Lakeside Herald".into()),
                date: Some("2025-12-14".into()),
            }
        );
        let wire = header("Dam gives way\nDRAVENNA, April 11 (Orbis) - Water poured in.\n");
        assert_eq!(wire.outlet.as_deref(), Some("Orbis"));
        assert_eq!(wire.date.as_deref(), Some("April 11"));
        assert_eq!(wire.title.as_deref(), Some("Dam gives way"));
    }

    #[test]
    fn a_date_line_keeps_its_time() {
        assert_eq!(
            date_line("Published: April 11, 2026 at 9:30 a.m.").as_deref(),
            Some("2026-04-11T09:30")
        );
        assert_eq!(
            date_line("Updated 11 April 2026, 14:05 GMT").as_deref(),
            Some("2026-04-11T14:05Z")
        );
        assert_eq!(
            date_line("Saturday 11 April 2026").as_deref(),
            Some("2026-04-11")
        );
        assert_eq!(date_line("April 11, 2026 was a Saturday"), None);
    }

    #[test]
    fn a_title_case_headline_below_a_caption_is_the_title() {
        let text = "Rescuers carrying a child ashore near the breached dam at dawn\n\nDam Gives Way Above Dravenna, Dozens Missing\n\nThe water rose fast.\n";
        assert_eq!(
            header(text).title.as_deref(),
            Some("Dam Gives Way Above Dravenna, Dozens Missing")
        );
        // Without one, the first line stays the title.
        let plain = "Dam gives way above Dravenna\n\nThe Water Rose Fast.\n";
        assert_eq!(
            header(plain).title.as_deref(),
            Some("Dam gives way above Dravenna")
        );
        for line in [
            "The End",
            "Officials shaking hands in Minsk",
            "The Mayor Said So.",
        ] {
            assert!(!is_title_case(line), "{line}");
        }
        assert!(is_title_case(
            "Belarus Frees Prisoners as U.S. Lifts Some Sanctions"
        ));
    }

    #[test]
    fn only_the_opening_lines_are_read() {
        let mut text = String::from("Headline\n");
        for n in 0..HEADER_LINES {
            text.push_str(&format!("Paragraph {n}.\n"));
        }
        text.push_str("By Jane Doe\n");
        assert_eq!(header(&text).author, None);
    }
}
