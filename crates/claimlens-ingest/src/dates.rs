//! Reading the dates articles carry: ISO timestamps and written dates, brought to `YYYY-MM-DD`,
//! with the time of day after a `T` when the value gives one (`YYYY-MM-DDTHH:MM`, then `Z` or an
//! offset `±HH:MM` when it says which clock): a claim's page orders first reports by it (issue 17).
//!
//! Search filters compare dates from their start, `YYYY-MM-DD`, so a date that can be read
//! completely (year, month and day) is written that way; anything else is kept as written.

/// `2026-04-11T06:45:00+02:00` → `2026-04-11T06:45+02:00` (the day as the publisher's clock
/// showed it, and the time), `Sat, 11 Apr 2026 06:45:00 GMT` → `2026-04-11T06:45Z`, `April 11,
/// 2026` → `2026-04-11`; a date that cannot be read completely is returned trimmed, as written.
/// `None` for an empty value.
pub fn normalise(value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let (day, rest) = match iso_prefix(value).filter(|_| is_iso_timestamp(value)) {
        Some(day) => (day, &value[10..]),
        None => match parse_written(value) {
            Some(date) => (date.iso, &value[date.len..]),
            None => return Some(value.to_owned()),
        },
    };
    Some(match time_of_day(rest) {
        Some(time) => format!("{day}T{time}"),
        None => day,
    })
}

/// The time a date is followed by (`T06:45:00+02:00`, ` 06:45:00 GMT`, ` 9:30 p.m.`), as
/// `HH:MM` with `Z` or `±HH:MM` when the value names the clock. Seconds are dropped. Midnight
/// exactly is no time: it is what publishing systems write for a day given without one.
fn time_of_day(rest: &str) -> Option<String> {
    let rest = rest
        .strip_prefix(['T', 't'])
        .unwrap_or(rest)
        .trim_start_matches([' ', ',']);
    let rest = rest.strip_prefix("at ").unwrap_or(rest);
    let (hour, rest) = digits(rest, 1, 2)?;
    let rest = rest.strip_prefix(':')?;
    let (minute, mut rest) = digits(rest, 2, 2)?;
    let mut second = 0;
    if let Some((s, after)) = rest.strip_prefix(':').and_then(|r| digits(r, 2, 2)) {
        second = s;
        rest = after.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    }
    let (hour, rest) = twelve_hour(hour, rest);
    if hour > 23 || minute > 59 || second > 60 || (hour, minute, second) == (0, 0, 0) {
        return None;
    }
    Some(format!(
        "{hour:02}:{minute:02}{}",
        zone(rest).unwrap_or_default()
    ))
}

/// `n` to `m` ASCII digits at the start of `s`, read, and what follows them.
fn digits(s: &str, n: usize, m: usize) -> Option<(u32, &str)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len < n || len > m {
        return None;
    }
    Some((s[..len].parse().ok()?, &s[len..]))
}

/// The two ASCII digits `s` starts with, read, and what follows them.
fn two_digits(s: &str) -> Option<(u32, &str)> {
    let head = s
        .get(..2)
        .filter(|h| h.bytes().all(|b| b.is_ascii_digit()))?;
    Some((head.parse().ok()?, &s[2..]))
}

/// An hour followed by `a.m.` or `pm` on a 24-hour clock, and what follows the marker.
fn twelve_hour(hour: u32, rest: &str) -> (u32, &str) {
    let trimmed = rest.trim_start();
    for (marker, pm) in [("a.m.", false), ("am", false), ("p.m.", true), ("pm", true)] {
        let Some(head) = trimmed.get(..marker.len()) else {
            continue;
        };
        let after = &trimmed[marker.len()..];
        if head.eq_ignore_ascii_case(marker) && !after.starts_with(|c: char| c.is_alphanumeric()) {
            if !(1..=12).contains(&hour) {
                return (99, after);
            }
            return ((hour % 12) + if pm { 12 } else { 0 }, after);
        }
    }
    (hour, rest)
}

/// The clock a time is on: `Z`, `GMT` and `UTC` are `Z`, `+02:00`, `+0200` and `-05` an offset.
/// Zone abbreviations (`CEST`, `EST`) are ambiguous and left out.
fn zone(rest: &str) -> Option<String> {
    let rest = rest.trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let after_word = &rest[word.len()..];
    if word == "Z" || word.eq_ignore_ascii_case("GMT") || word.eq_ignore_ascii_case("UTC") {
        if !after_word.starts_with(['+', '-']) {
            return Some("Z".into());
        }
    } else if !word.is_empty() {
        return None;
    }
    let sign = after_word
        .chars()
        .next()
        .filter(|c| matches!(c, '+' | '-'))?;
    // `+0200` runs hours and minutes together: two digits each.
    let (hours, after) = two_digits(&after_word[1..])?;
    let after = after.strip_prefix(':').unwrap_or(after);
    let minutes = two_digits(after).map_or(0, |(m, _)| m);
    if hours > 14 || minutes > 59 {
        return None;
    }
    Some(if (hours, minutes) == (0, 0) {
        "Z".into()
    } else {
        format!("{sign}{hours:02}:{minutes:02}")
    })
}

/// The `YYYY-MM-DD` a value starts with, when those ten bytes are a valid calendar day.
fn iso_prefix(value: &str) -> Option<String> {
    let head = value.get(..10)?;
    let bytes = head.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10)) {
        return None;
    }
    let month: u32 = head[5..7].parse().ok()?;
    let day: u32 = head[8..10].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| head.to_owned())
}

/// A bare ISO date, or one followed by a time (`T` or a space, then a digit).
fn is_iso_timestamp(value: &str) -> bool {
    let rest = &value[10..];
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('T' | 't' | ' ') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => false,
    }
}

/// A date read from words, with what was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenDate {
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// How many bytes of the input the date took, from its start.
    pub len: usize,
}

/// Reads a written date at the start of `value`: `April 11, 2026`, `11 April 2026`,
/// `Sat. Apr 11th, 2026`, `Saturday 11 April 2026`, or an ISO `2026-04-11`. What follows the
/// date is not looked at; [`WrittenDate::len`] says where it ends.
pub fn parse_written(value: &str) -> Option<WrittenDate> {
    if let Some(iso) = iso_prefix(value) {
        let ends = !value[10..].starts_with(|c: char| c.is_alphanumeric());
        return ends.then_some(WrittenDate { iso, len: 10 });
    }
    let mut words = Words::new(value);
    let mut word = words.next()?;
    if is_weekday(word.text) {
        word = words.next()?;
    }
    let (month, day) = if let Some(month) = month_number(word.text) {
        let day = day_number(words.next()?.text)?;
        (month, day)
    } else {
        let day = day_number(word.text)?;
        let next = words.next()?;
        let next = if next.text.eq_ignore_ascii_case("of") {
            words.next()?
        } else {
            next
        };
        (month_number(next.text)?, day)
    };
    let year_word = words.next()?;
    let year = year_word.text;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(WrittenDate {
        iso: format!("{year}-{month:02}-{day:02}"),
        len: year_word.end,
    })
}

/// A month name or its abbreviation (`Sept`, `Dec.`), as a number.
pub fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let position = MONTHS
        .iter()
        .position(|month| *month == word || (word.len() <= 4 && month.starts_with(&word)))?;
    Some(position as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = word.trim_end_matches('.').to_lowercase();
    word.len() >= 3
        && DAYS
            .iter()
            .any(|day| *day == word || (word.len() <= 4 && day.starts_with(&word)))
}

/// `11`, `11th`, `1st`: a day of the month.
pub fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(
        suffix.to_ascii_lowercase().as_str(),
        "" | "st" | "nd" | "rd" | "th"
    ) {
        return None;
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// Words separated by spaces and commas, with their end offsets.
struct Words<'a> {
    text: &'a str,
    pos: usize,
}

struct Word<'a> {
    text: &'a str,
    end: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        Words { text, pos: 0 }
    }

    fn next(&mut self) -> Option<Word<'a>> {
        let is_gap = |c: char| c.is_whitespace() || c == ',';
        let rest = &self.text[self.pos..];
        let start = self.pos + (rest.len() - rest.trim_start_matches(is_gap).len());
        let word_len = self.text[start..]
            .find(is_gap)
            .unwrap_or(self.text.len() - start);
        if word_len == 0 {
            return None;
        }
        self.pos = start + word_len;
        Some(Word {
            text: &self.text[start..self.pos],
            end: self.pos,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_timestamps_keep_their_time_to_the_minute() {
        for (given, kept) in [
            ("2026-04-11T06:45:00+02:00", "2026-04-11T06:45+02:00"),
            ("2026-04-11T06:45:00.123-0500", "2026-04-11T06:45-05:00"),
            ("2026-04-11T06:45:00Z", "2026-04-11T06:45Z"),
            ("2026-04-11T06:45+00:00", "2026-04-11T06:45Z"),
            ("2026-04-11 23:10", "2026-04-11T23:10"),
            (" 2026-04-11 ", "2026-04-11"),
            // Midnight exactly is a day without a time; a time that is none is left out.
            ("2026-04-11T00:00:00Z", "2026-04-11"),
            ("2026-04-11T25:10:00Z", "2026-04-11"),
            ("2026-04-11T06:45:00+99:00", "2026-04-11T06:45"),
        ] {
            assert_eq!(normalise(given).as_deref(), Some(kept), "{given}");
        }
        // Not a calendar date, or something other than a time after it: kept as written.
        assert_eq!(normalise("2026-13-11").as_deref(), Some("2026-13-11"));
        assert_eq!(normalise("2026-04-11abc").as_deref(), Some("2026-04-11abc"));
        assert_eq!(normalise("  "), None);
    }

    #[test]
    fn written_dates_are_read_in_either_order() {
        for (written, iso) in [
            ("April 11, 2026", "2026-04-11"),
            ("11 April 2026", "2026-04-11"),
            ("Sun. Dec 14th, 2025", "2025-12-14"),
            ("Saturday 11 April 2026", "2026-04-11"),
            ("Sat, 11 Apr 2026 06:45:00 GMT", "2026-04-11T06:45Z"),
            ("Sat, 11 Apr 2026 06:45:00 +0200", "2026-04-11T06:45+02:00"),
            ("April 11, 2026 at 9:30 p.m.", "2026-04-11T21:30"),
            ("April 11, 2026 12:05 am EST", "2026-04-11T00:05"),
            ("April 11, 2026, page 4", "2026-04-11"),
            ("Sept. 3, 2025", "2025-09-03"),
            ("3rd of May 2024", "2024-05-03"),
        ] {
            assert_eq!(normalise(written).as_deref(), Some(iso), "{written}");
        }
        for partial in ["Dec 13", "April 2026", "May the 4th", "Monday"] {
            assert_eq!(normalise(partial).as_deref(), Some(partial), "{partial}");
        }
    }

    #[test]
    fn the_length_of_a_written_date_is_reported() {
        let date = parse_written("April 11, 2026 at 9:30 a.m.").unwrap();
        assert_eq!(date.iso, "2026-04-11");
        assert_eq!(date.len, "April 11, 2026".len());
        assert_eq!(parse_written("Mayor Varga said"), None);
        assert_eq!(parse_written("March 40, 2026"), None);
    }
}
