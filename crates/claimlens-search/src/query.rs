//! The query language: `words`, `"quoted phrases"`, `-exclusions` and `field:value` filters
//! (`outlet:`, `speaker:`, `date:2025-12-13`, `date:2025-12-01..2025-12-31`). Parsing never
//! fails: anything that is not valid syntax is read as plain words.

use serde::Serialize;

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Query {
    /// Words or phrases that must match, in order.
    pub terms: Vec<Term>,
    /// Words or phrases that must not match.
    pub excluded: Vec<Term>,
    pub outlets: Vec<String>,
    pub speakers: Vec<String>,
    /// Inclusive date bounds (`YYYY-MM-DD` or a prefix of it), either may be open.
    pub dates: Vec<(Option<String>, Option<String>)>,
    /// The query ends in the middle of a word: the last word also matches as a prefix.
    pub open_end: bool,
    /// Filters that could not be read ("date:yesterday"), left out so the rest still searches.
    pub ignored: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Term {
    Word(String),
    Phrase(String),
}

impl Term {
    pub fn text(&self) -> &str {
        match self {
            Term::Word(w) | Term::Phrase(w) => w,
        }
    }
}

impl Query {
    /// True when the query has nothing to look for and nothing to filter.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.outlets.is_empty()
            && self.speakers.is_empty()
            && self.dates.is_empty()
    }
}

/// Parses a query string.
pub fn parse(input: &str) -> Query {
    let mut q = Query {
        open_end: !input.ends_with(char::is_whitespace) && !input.ends_with('"'),
        ..Query::default()
    };
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let negated = chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        if negated {
            i += 1;
        }
        // A quoted phrase; an unclosed quote runs to the end of the input.
        if matches!(chars[i], '"' | '“' | '”' | '«' | '„') {
            let start = i + 1;
            let mut end = start;
            while end < chars.len() && !matches!(chars[end], '"' | '“' | '”' | '»') {
                end += 1;
            }
            let phrase: String = chars[start..end]
                .iter()
                .collect::<String>()
                .trim()
                .to_string();
            if !phrase.is_empty() {
                let term = if phrase.contains(char::is_whitespace) {
                    Term::Phrase(phrase)
                } else {
                    Term::Word(phrase)
                };
                if negated {
                    q.excluded.push(term);
                } else {
                    q.terms.push(term);
                }
            }
            i = (end + 1).min(chars.len());
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() {
            // A filter value may be quoted: outlet:"The Ledger".
            if chars[i] == ':' && chars.get(i + 1) == Some(&'"') {
                i += 2;
                while i < chars.len() && chars[i] != '"' {
                    i += 1;
                }
            }
            i += 1;
        }
        let token: String = chars[start..i.min(chars.len())].iter().collect();
        if let Some((field, value)) = token.split_once(':') {
            let value = value.trim_matches('"').trim();
            let field = field.to_lowercase();
            let known = matches!(
                field.as_str(),
                "outlet" | "source" | "speaker" | "by" | "date"
            );
            let handled = match field.as_str() {
                // A filter still being typed ("water outlet:") narrows nothing yet.
                _ if value.is_empty() => known,
                "outlet" | "source" => {
                    q.outlets.push(value.to_string());
                    true
                }
                "speaker" | "by" => {
                    q.speakers.push(value.to_string());
                    true
                }
                "date" => {
                    match parse_dates(value) {
                        Some(range) => q.dates.push(range),
                        None => q.ignored.push(token.clone()),
                    }
                    true
                }
                _ => false,
            };
            if handled {
                continue;
            }
        }
        let term = Term::Word(token);
        if negated {
            q.excluded.push(term);
        } else {
            q.terms.push(term);
        }
    }
    // A trailing filter or phrase is complete; only a trailing plain word is open.
    q.open_end &= matches!(q.terms.last(), Some(Term::Word(_))) && !input.trim_end().ends_with(':');
    q
}

fn is_date_prefix(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 10
        && s.chars().all(|c| c.is_ascii_digit() || c == '-')
        && s.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn parse_dates(value: &str) -> Option<(Option<String>, Option<String>)> {
    if let Some((a, b)) = value.split_once("..") {
        let a = (!a.is_empty()).then(|| a.to_string());
        let b = (!b.is_empty()).then(|| b.to_string());
        if a.iter().chain(&b).all(|d| is_date_prefix(d)) && (a.is_some() || b.is_some()) {
            return Some((a, b));
        }
        return None;
    }
    if let Some(rest) = value.strip_prefix(">=").or_else(|| value.strip_prefix('>')) {
        return is_date_prefix(rest).then(|| (Some(rest.to_string()), None));
    }
    if let Some(rest) = value.strip_prefix("<=").or_else(|| value.strip_prefix('<')) {
        return is_date_prefix(rest).then(|| (None, Some(rest.to_string())));
    }
    is_date_prefix(value).then(|| (Some(value.to_string()), Some(value.to_string())))
}

/// Does an article date fall in an inclusive range of date prefixes ("2025-12" covers December)?
pub fn date_in(date: &str, range: &(Option<String>, Option<String>)) -> bool {
    let low_ok = range.0.as_ref().is_none_or(|low| date >= low.as_str());
    let high_ok = range
        .1
        .as_ref()
        .is_none_or(|high| date <= high.as_str() || date.starts_with(high.as_str()));
    low_ok && high_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_exclusions_and_filters() {
        let q = parse(
            r#"Krewitzki "ferry crew" -Morosk outlet:"The Ledger" speaker:Holm date:2025-12-01..2025-12-31 freed"#,
        );
        assert_eq!(
            q.terms,
            [
                Term::Word("Krewitzki".into()),
                Term::Phrase("ferry crew".into()),
                Term::Word("freed".into())
            ]
        );
        assert_eq!(q.excluded, [Term::Word("Morosk".into())]);
        assert_eq!(q.outlets, ["The Ledger"]);
        assert_eq!(q.speakers, ["Holm"]);
        assert_eq!(
            q.dates,
            [(Some("2025-12-01".into()), Some("2025-12-31".into()))]
        );
        assert!(q.open_end);
        assert!(!parse("freed ").open_end);
    }

    #[test]
    fn invalid_syntax_degrades_to_words() {
        let q = parse(r#"date:yesterday "unclosed phrase outlet: -"#);
        assert_eq!(q.terms, [Term::Phrase("unclosed phrase outlet: -".into())]);
        assert_eq!(q.ignored, ["date:yesterday"]);
        assert_eq!(parse("foo:bar").terms, [Term::Word("foo:bar".into())]);
        let q = parse(":::  -  \"\"");
        assert!(q.outlets.is_empty() && q.excluded.is_empty());
        // A filter whose value is still being typed is left out, not searched as a word.
        let q = parse("water outlet:");
        assert_eq!(q.terms, [Term::Word("water".into())]);
        assert!(q.outlets.is_empty() && q.ignored.is_empty());
        assert_eq!(parse("foo:").terms, [Term::Word("foo:".into())]);
    }

    #[test]
    fn date_ranges_match_prefixes() {
        assert!(date_in(
            "2025-12-13",
            &(Some("2025-12".into()), Some("2025-12".into()))
        ));
        assert!(!date_in("2025-11-30", &(Some("2025-12-01".into()), None)));
        assert!(date_in("2025-12-31", &(None, Some("2025-12-31".into()))));
    }
}
