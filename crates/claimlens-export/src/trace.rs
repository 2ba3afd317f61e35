//! Trace: when each value of a claim was first reported, and by whom (issue 17, item 4).
//!
//! Articles carry a day (`YYYY-MM-DD`, as the index builder normalises dates), sometimes a time
//! after it (`T06:45`, then `Z` or an offset `+02:00`). Reports are ordered by day, then, within
//! a day, by time, brought to UTC when the offset is known. A report of the day with no time may
//! have come at any hour: it is not put after a timed one, and when the first day holds one, all
//! that day's reports are the first. An article without a date is never "first".

use std::collections::HashMap;

use claimlens_core::{sort, Analysis, Claim, ClaimValue};

/// Articles by id with their dates, for following a claim's references.
pub struct ArticleOrder {
    index: HashMap<String, usize>,
    /// Each article's date, when it is one to compare.
    dates: Vec<Option<String>>,
}

/// When a value was first reported and in which articles (several when they share the day, or
/// the minute).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstReport {
    /// The day, or the first article's day and time as it gives them.
    pub date: String,
    /// Article indexes, in article order.
    pub articles: Vec<usize>,
}

impl ArticleOrder {
    pub fn of(analysis: &Analysis) -> ArticleOrder {
        ArticleOrder {
            index: analysis
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.clone(), i))
                .collect(),
            dates: analysis
                .articles
                .iter()
                .map(|a| a.date.clone().filter(|d| is_iso_date(d)))
                .collect(),
        }
    }

    pub fn index(&self, article: &str) -> Option<usize> {
        self.index.get(article).copied()
    }

    /// Whether any article is dated (the explorer hides its timeline otherwise).
    pub fn any_dated(&self) -> bool {
        self.dates.iter().any(Option::is_some)
    }

    /// An article's date, when it is one to compare.
    pub fn date(&self, article: usize) -> Option<&str> {
        self.dates.get(article)?.as_deref()
    }

    /// A claim's values, the first reported first; values never dated keep their order, last.
    pub fn values_by_first_report<'c>(&self, claim: &'c Claim) -> Vec<&'c ClaimValue> {
        let mut values: Vec<&ClaimValue> = claim.values.iter().collect();
        sort::sort_by_cached_key(&mut values, |v| {
            let first = self.first_report(v);
            (first.is_none(), first.map(|f| Moment::of(&f.date)))
        });
        values
    }

    /// When `value` was first reported, if any of its articles is dated.
    pub fn first_report(&self, value: &ClaimValue) -> Option<FirstReport> {
        let mut dated: Vec<(Moment, usize)> = value
            .figures
            .iter()
            .filter_map(|r| self.index(&r.article))
            .filter_map(|ai| Some((Moment::of(self.date(ai)?), ai)))
            .collect();
        sort::sort(&mut dated);
        dated.dedup_by_key(|(_, ai)| *ai);
        let (first, first_article) = dated.first()?.clone();
        // A first day with an untimed report: every report of that day is first.
        let same = |m: &Moment| match first.minute {
            None => m.day == first.day,
            Some(_) => *m == first,
        };
        let mut articles: Vec<usize> = dated
            .iter()
            .filter(|(m, _)| same(m))
            .map(|&(_, ai)| ai)
            .collect();
        sort::sort_dedup(&mut articles);
        let date = match first.minute {
            None => first.day.clone(),
            Some(_) => self.date(first_article).unwrap_or_default().to_string(),
        };
        Some(FirstReport { date, articles })
    }
}

/// When an article appeared, for ordering: its day as written, then its time of day in minutes
/// from that day's midnight, in UTC when the date gives an offset (`None`: no time, first).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Moment {
    day: String,
    minute: Option<i32>,
}

impl Moment {
    fn of(date: &str) -> Moment {
        let day = date.get(..10).unwrap_or(date).to_string();
        let minute = date.get(10..).and_then(minute_of_day);
        Moment { day, minute }
    }
}

/// `T06:45+02:00` → 285 (04:45 UTC); `T06:45` → 405. `None` when there is no time.
fn minute_of_day(time: &str) -> Option<i32> {
    let time = time.strip_prefix('T')?;
    let number = |s: Option<&str>| s?.parse::<i32>().ok();
    let local = number(time.get(0..2))? * 60 + number(time.get(3..5))?;
    let offset = match time.get(5..6) {
        Some(sign @ ("+" | "-")) => {
            let minutes = number(time.get(6..8))? * 60 + number(time.get(9..11)).unwrap_or(0);
            if sign == "+" {
                minutes
            } else {
                -minutes
            }
        }
        _ => 0,
    };
    Some(local - offset)
}

/// A date for a person: `2026-04-11T06:45+02:00` → `2026-04-11 06:45 UTC+02:00`,
/// `2026-04-11T06:45Z` → `2026-04-11 06:45 UTC`, `2026-04-11T06:45` → `2026-04-11 06:45`;
/// anything else as it is.
pub fn readable_date(date: &str) -> String {
    let Some((day, time)) = date.split_once('T').filter(|(day, _)| is_iso_date(day)) else {
        return date.to_string();
    };
    match time.get(5..) {
        Some("Z") => format!("{day} {} UTC", &time[..5]),
        Some(offset) if !offset.is_empty() => format!("{day} {} UTC{offset}", &time[..5]),
        _ => format!("{day} {time}"),
    }
}

/// Whether a date is one to compare: it starts with `YYYY-MM-DD`.
pub fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{Article, Ref};

    fn value(label: &str, articles: &[&str]) -> ClaimValue {
        ClaimValue {
            label: label.into(),
            low: None,
            high: None,
            figures: articles
                .iter()
                .map(|a| Ref {
                    article: a.to_string(),
                    index: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn values_are_ordered_by_their_first_report() {
        let dated = |id: &str, outlet: &str, date: Option<&str>| Article {
            id: id.into(),
            outlet: Some(outlet.into()),
            date: date.map(Into::into),
            ..Article::default()
        };
        let analysis = Analysis {
            articles: vec![
                dated("a", "Ledger", Some("2025-03-03")),
                dated("b", "Courier", Some("2025-03-02")),
                dated("c", "Post", Some("2025-03-02")),
                dated("d", "Herald", Some("March, some day")),
            ],
            ..Analysis::default()
        };
        let claim = Claim {
            id: "c1".into(),
            label: "people rescued".into(),
            conflict: true,
            explanation: String::new(),
            figures: Vec::new(),
            values: vec![
                value("48", &["a"]),
                value("12", &["d"]),
                value("61", &["c", "a", "b"]),
            ],
        };
        let order = ArticleOrder::of(&analysis);
        let labels: Vec<&str> = order
            .values_by_first_report(&claim)
            .iter()
            .map(|v| v.label.as_str())
            .collect();
        assert_eq!(labels, ["61", "48", "12"]);
        let first = order.first_report(&claim.values[2]).unwrap();
        assert_eq!(first.date, "2025-03-02");
        assert_eq!(first.articles, [1, 2]);
        assert_eq!(order.first_report(&claim.values[1]), None);
        assert!(order.any_dated());
    }

    #[test]
    fn within_a_day_the_time_orders_reports_on_one_clock() {
        let dated = |id: &str, date: &str| Article {
            id: id.into(),
            date: Some(date.into()),
            ..Article::default()
        };
        let analysis = Analysis {
            articles: vec![
                dated("a", "2025-03-02T09:00+02:00"), // 07:00 UTC
                dated("b", "2025-03-02T06:30Z"),
                dated("c", "2025-03-02T08:30"),
                dated("d", "2025-03-02T06:30Z"),
                dated("e", "2025-03-01T23:50-05:00"), // the day before, as its publisher saw it
                dated("f", "2025-03-03"),
            ],
            ..Analysis::default()
        };
        let claim = Claim {
            id: "c1".into(),
            label: "people rescued".into(),
            conflict: true,
            explanation: String::new(),
            figures: Vec::new(),
            values: vec![
                value("8", &["c"]),
                value("48", &["a", "f"]),
                value("61", &["d", "a", "b"]),
                value("12", &["e", "a"]),
            ],
        };
        let order = ArticleOrder::of(&analysis);
        let labels: Vec<&str> = order
            .values_by_first_report(&claim)
            .iter()
            .map(|v| v.label.as_str())
            .collect();
        assert_eq!(labels, ["12", "61", "48", "8"]);
        let first = order.first_report(&claim.values[2]).unwrap();
        assert_eq!(
            (first.date.as_str(), first.articles),
            ("2025-03-02T06:30Z", vec![1, 3])
        );
        let first = order.first_report(&claim.values[1]).unwrap();
        assert_eq!(
            (first.date.as_str(), first.articles),
            ("2025-03-02T09:00+02:00", vec![0])
        );
    }

    #[test]
    fn a_report_of_the_day_without_a_time_is_not_put_after_a_timed_one() {
        let analysis = Analysis {
            articles: vec![
                Article {
                    id: "a".into(),
                    date: Some("2025-03-02T06:30Z".into()),
                    ..Article::default()
                },
                Article {
                    id: "b".into(),
                    date: Some("2025-03-02".into()),
                    ..Article::default()
                },
            ],
            ..Analysis::default()
        };
        let first = ArticleOrder::of(&analysis)
            .first_report(&value("48", &["a", "b"]))
            .unwrap();
        assert_eq!(
            (first.date.as_str(), first.articles),
            ("2025-03-02", vec![0, 1])
        );
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(
            readable_date("2026-04-11T06:45+02:00"),
            "2026-04-11 06:45 UTC+02:00"
        );
        assert_eq!(readable_date("2026-04-11T06:45Z"), "2026-04-11 06:45 UTC");
        assert_eq!(readable_date("2026-04-11T06:45"), "2026-04-11 06:45");
        assert_eq!(readable_date("2026-04-11"), "2026-04-11");
        assert_eq!(readable_date("March, some day"), "March, some day");
        assert_eq!(readable_date("2026-04-11T0"), "2026-04-11 0");
    }
}
