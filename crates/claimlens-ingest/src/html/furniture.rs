//! Which rendered lines are the page's furniture rather than its article: labels left by ads and
//! widgets, bylines, lines that only give a date or a time, copyright lines.
//!
//! These are judged line by line, after rendering, because pages mark them up every way there
//! is (`<div class="byline">`, `<font size=2><i>By …</i><br>`, a bare `<span>`), while what the
//! line says is the same.

/// Lines that are only a label left between paragraphs by an ad or a widget (compared in lower
/// case, without the punctuation around them). Ad labels are given in the languages of the
/// pages we read most.
const LABEL_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "skip advertisement",
    "story continues",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "continue reading the main story",
    "read more",
    "related",
    "share",
    "share this article",
    // French, Spanish, Italian, German, Dutch, Portuguese.
    "publicité",
    "publicidad",
    "pubblicità",
    "anzeige",
    "werbung",
    "advertentie",
    "publicidade",
];

/// Words that open a byline, in English and the languages of [`LABEL_LINES`].
const BYLINE_WORDS: &[&str] = &["by", "par", "por", "di", "von", "door"];

/// Participles that may come before *by* in a byline (`Submitted by newsdesk on …`).
const BYLINE_PARTICIPLES: &[&str] = &["posted", "submitted", "written", "reported", "words"];

/// A byline or a date line is short: longer lines are sentences that happen to start alike.
const MAX_FURNITURE_LINE_WORDS: usize = 14;

/// Words that may fill a line that only says when: publishing verbs, connectives, relative
/// times, reading times and time zones. Month and weekday names are read by `dates`.
const DATE_LINE_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "last",
    "first",
    "on",
    "at",
    "and",
    "ago",
    "hour",
    "hours",
    "min",
    "mins",
    "minute",
    "minutes",
    "second",
    "seconds",
    "day",
    "days",
    "read",
    "reading",
    "time",
    "am",
    "pm",
    "a",
    "m",
    "p",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "eet",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "aest",
    "aedt",
    "acst",
    "awst",
    "nzst",
    "nzdt",
    "ist",
    "sast",
    "wat",
    "eat",
    "today",
    "yesterday",
    // French: "04.05.2015 à 13h36 • Mis à jour le 05.05.2015", "Publié le 5 juin".
    "à",
    "le",
    "mis",
    "jour",
    "publié",
    "publiée",
];

/// Whether a rendered line is page furniture rather than article text. A heading that only
/// gives a date is a timeline's entry, not furniture.
pub fn is_furniture(line: &str, in_heading: bool) -> bool {
    // "By Hana Kobayashi, Business Reporter | email | Published 9:14 a.m.": a byline whose
    // parts are joined by bars, as a table row's cells are.
    if let Some((first, _)) = line.split_once(" | ") {
        let first_words = self::words(first);
        if first_words.len() <= MAX_FURNITURE_LINE_WORDS && is_byline(first, &first_words) {
            return true;
        }
    }
    if line.len() > 400 || is_plain_sentence(line) {
        return false;
    }
    if is_signed_and_dated(line) {
        return true;
    }
    let words = words(line);
    // A table row (cells joined by " | ") is the story's data, whatever its cells hold.
    if words.is_empty() || words.len() > MAX_FURNITURE_LINE_WORDS * 2 || line.contains(" | ") {
        return false;
    }
    is_label(&words) || is_copyright(line, &words) || is_source_credit(line, &words) || {
        words.len() <= MAX_FURNITURE_LINE_WORDS
            && (is_byline(line, &words)
                || (!in_heading && (is_date_line(&words) || is_dated_credit(line))))
    }
}

/// A line of more than five words that ends like a sentence and does not open like a copyright
/// line: most of an article's lines, told apart without splitting them into words.
fn is_plain_sentence(line: &str) -> bool {
    let trimmed = line.trim();
    let ends_sentence = trimmed
        .trim_end_matches(['"', '”', '’', '»', ')'])
        .ends_with(['.', '!', '?']);
    if !ends_sentence || trimmed.starts_with('©') {
        return false;
    }
    let opening: String = trimmed
        .chars()
        .take(9)
        .flat_map(char::to_lowercase)
        .collect();
    if opening.starts_with("copyright") || opening.starts_with("all right") {
        return false;
    }
    let mut words = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty());
    words.nth(5).is_some()
}

/// The line's words: runs of letters and digits, lower case.
fn words(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn is_label(words: &[String]) -> bool {
    words.len() <= 5 && LABEL_LINES.contains(&words.join(" ").as_str())
}

/// `© 2026 Lakeside Media`, `Copyright 2026 Valley Gazette. Reproduction without permission is
/// prohibited.`, `All rights reserved.`
fn is_copyright(line: &str, words: &[String]) -> bool {
    let line = line.trim_start();
    let year_follows = words
        .get(1)
        .is_some_and(|word| word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()));
    line.starts_with('©')
        || (words[0] == "copyright" && (year_follows || line.contains('©')))
        || (words.len() <= 4 && words.join(" ").starts_with("all rights reserved"))
}

/// `By Jane Doe`, `By Walt Kimbrough, Staff Writer`, `Par Claire Bouvier · Publié le 5 juin`:
/// an opening word of [`BYLINE_WORDS`], then a capitalised word, and no sentence's end.
fn is_byline(line: &str, words: &[String]) -> bool {
    let line = line.trim();
    if words.len() >= 3 && BYLINE_PARTICIPLES.contains(&words[0].as_str()) && words[1] == "by" {
        let rest = line
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_start_matches(char::is_alphanumeric)
            .trim_start();
        return is_byline(rest, &words[1..]);
    }
    if words.len() < 2 || !BYLINE_WORDS.contains(&words[0].as_str()) {
        return false;
    }
    if line.ends_with(['.', '!', '?', ':', '"', '”']) {
        return false;
    }
    let after = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches(char::is_alphanumeric)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    // "By 2030 the plant …" is a sentence; "By science reporter Tayla Nguyen" is a byline whose
    // capitals come later.
    after.chars().next().is_some_and(char::is_alphabetic) && after.chars().any(char::is_uppercase)
}

/// A line that only says when: `Wed 14 Jan 2026 07.30 GMT`, `Updated 6:40 p.m. PDT, Aug. 28,
/// 2026`, `2 hours ago`, `4 min read`. It needs a number, and every word must be a number, a
/// month, a weekday or one of [`DATE_LINE_WORDS`].
fn is_date_line(words: &[String]) -> bool {
    let mut has_number = false;
    for word in words {
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            has_number = true;
            let suffix = &word[digits..];
            let is_number = suffix.is_empty()
                || matches!(suffix, "am" | "pm" | "h" | "st" | "nd" | "rd" | "th")
                || suffix
                    .strip_prefix('h')
                    .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()));
            if !is_number {
                return false;
            }
            continue;
        }
        let word = word.as_str();
        if !(crate::dates::month_number(word).is_some()
            || crate::dates::is_weekday(word)
            || DATE_LINE_WORDS.contains(&word))
        {
            return false;
        }
    }
    has_number
}

/// Labels that open a line naming where a story or a picture comes from.
const SOURCE_LABELS: &[&str] = &["from", "source", "sources", "credit", "credits"];

/// At most this many words in a source line: a name, not a sentence.
const MAX_SOURCE_LINE_WORDS: usize = 6;

/// `From: Lakeside Herald`, `Source: Supplied`: a label of [`SOURCE_LABELS`] with its colon, then
/// a short name; no sentence.
fn is_source_credit(line: &str, words: &[String]) -> bool {
    let line = line.trim();
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    SOURCE_LABELS.contains(&label.as_str())
        && words.len() <= MAX_SOURCE_LINE_WORDS
        && !line.ends_with(['.', '!', '?'])
        && rest.trim().chars().next().is_some_and(char::is_uppercase)
}

/// `Valley Post | 12.03.2026 à 09h15 • Mis à jour le 12.03.2026 | Par Claire Bouvier`: a byline
/// and a date among short labels, in any order, joined by bars or the separators of a credit
/// line. A table row joins its cells with bars too, but a cell is seldom a byline.
fn is_signed_and_dated(line: &str) -> bool {
    let mut parts: Vec<&str> = line.split(" | ").collect();
    for separator in CREDIT_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|part| part.split(separator))
            .collect();
    }
    if parts.len() < 2 {
        return false;
    }
    let (mut signed, mut dated) = (false, false);
    for part in parts {
        let words = words(part);
        if words.is_empty() {
            continue;
        }
        if is_date_line(&words) {
            dated = true;
        } else if words.len() <= MAX_FURNITURE_LINE_WORDS && is_byline(part, &words) {
            signed = true;
        } else if words.len() > 3 || part.trim_end().ends_with(['.', '!', '?']) {
            return false;
        }
    }
    signed && dated
}

/// Separators between the parts of a credit line.
const CREDIT_SEPARATORS: [&str; 5] = [" - ", " – ", " — ", " · ", " • "];

/// `Staff reporter - 12/03/2026`, `Wire desk · Sunday, 4 May 2026`: a date and, apart
/// from it, only short labels (three words at most, no sentence).
fn is_dated_credit(line: &str) -> bool {
    let mut parts = vec![line];
    for separator in CREDIT_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|part| part.split(separator))
            .collect();
    }
    if parts.len() < 2 {
        return false;
    }
    let mut dated = false;
    for part in parts {
        let words = words(part);
        if is_date_line(&words) {
            dated = true;
        } else if words.len() > 3 || part.trim_end().ends_with(['.', '!', '?']) {
            return false;
        }
    }
    dated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_are_furniture_and_sentences_are_not() {
        for line in [
            "By Jane Doe",
            "By Walt Kimbrough, Staff Writer",
            "By science reporter Tayla Nguyen",
            "By Grace Oduya, Health Reporter · 2 hours ago",
            "Par Claire Bouvier · Publié le 5 juin 2026 à 18h45",
            "Submitted by newsdesk on Mon, 03/09/2026 - 10:00",
            "By Hana Kobayashi, Business Reporter | hk@star.example | Updated 11:02 a.m.",
        ] {
            assert!(is_furniture(line, false), "{line}");
        }
        for line in [
            "By 2030 the plant will make 120 million doses",
            "By contrast, the north gained.",
            "By Monday evening, all 40 homes had been cleared.",
            "by the river",
            "Bypass opens",
            "Written by hand in 1911, the letters were found in a loft.",
        ] {
            assert!(!is_furniture(line, false), "{line}");
        }
    }

    #[test]
    fn date_lines_are_furniture_and_dated_sentences_are_not() {
        for line in [
            "Wed 14 Jan 2026 07.30 GMT",
            "Updated 6:40 p.m. PDT, Aug. 28, 2026",
            "1.05pm GMT",
            "2 hours ago",
            "Published Jan 28, 2026 • Last updated Jan 29, 2026 • 3 minute read",
            "12/05/2026 - 13:40",
            "Staff reporter - 12/03/2026",
        ] {
            assert!(is_furniture(line, false), "{line}");
        }
        for line in [
            "The vote is on March 3.",
            "Overnight rainfall figures",
            "2025/26 | 2024/25",
            "Paris - the mayor resigned on 3 May 2026",
            "Result - 3 May 2026 - council votes to close two libraries",
        ] {
            assert!(!is_furniture(line, false), "{line}");
        }
    }

    #[test]
    fn labels_and_copyright_lines_are_furniture() {
        for line in [
            "ADVERTISEMENT",
            "Story continues below",
            "Publicité",
            "© 2026 Lakeside Media",
            "Copyright 2026 Valley Gazette. Reproduction without permission is prohibited.",
        ] {
            assert!(is_furniture(line, false), "{line}");
        }
        assert!(!is_furniture(
            "Copyrights of song lyrics are held by publishers, the court found, and that settles the matter for this case.",
            false
        ));
    }

    #[test]
    fn a_signed_and_dated_line_is_furniture_whatever_order_its_parts_come_in() {
        for line in [
            "Valley Post | 12.03.2026 à 09h15 • Mis à jour le 12.03.2026 à 18h02 | Par Claire Bouvier (avec Paul Mercier)",
            "Lakeside Herald | Updated 4 May 2026 | By Dana Kell",
        ] {
            assert!(is_furniture(line, false), "{line}");
        }
        // A table row with a date and a name in it is the story's data.
        for line in [
            "Dravenna | 3 May 2026 | Mayor Ana Duarte",
            "2025/26 | 2024/25",
        ] {
            assert!(!is_furniture(line, false), "{line}");
        }
    }

    #[test]
    fn a_short_source_line_is_furniture_and_a_sentence_naming_a_source_is_not() {
        for line in [
            "From: Lakeside Herald",
            "Source: Supplied",
            "Credit: Valley Post wire desk",
        ] {
            assert!(is_furniture(line, false), "{line}");
        }
        for line in [
            "From: the dam to the sea",
            "Source: a council officer who asked not to be named said the gates had failed twice before.",
            "From the archive",
        ] {
            assert!(!is_furniture(line, false), "{line}");
        }
    }
}
