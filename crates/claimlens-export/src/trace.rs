//! Trace: when each value of a claim was first reported, and by whom (issue 17, item 4).
//!
//! Articles carry a day (`YYYY-MM-DD`, as the index builder normalises dates), sometimes a time
//! after it; ISO dates sort as strings. An article without a date is never "first".

use std::collections::HashMap;

use claimlens_core::{Analysis, Claim, ClaimValue};

/// Articles by id with their dates, for following a claim's references.
pub struct ArticleOrder {
    index: HashMap<String, usize>,
    /// Each article's date, when it is one to compare.
    dates: Vec<Option<String>>,
}

/// When a value was first reported and in which articles (several when they share the day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstReport {
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
        values.sort_by_cached_key(|v| {
            let first = self.first_report(v);
            (first.is_none(), first.map(|f| f.date))
        });
        values
    }

    /// When `value` was first reported, if any of its articles is dated.
    pub fn first_report(&self, value: &ClaimValue) -> Option<FirstReport> {
        let mut first: Option<FirstReport> = None;
        for r in &value.figures {
            let Some(ai) = self.index(&r.article) else {
                continue;
            };
            let Some(date) = self.date(ai) else {
                continue;
            };
            match &mut first {
                Some(f) if f.date.as_str() < date => {}
                Some(f) if f.date == date => {
                    if !f.articles.contains(&ai) {
                        f.articles.push(ai);
                    }
                }
                _ => {
                    first = Some(FirstReport {
                        date: date.to_string(),
                        articles: vec![ai],
                    })
                }
            }
        }
        if let Some(f) = &mut first {
            f.articles.sort_unstable();
        }
        first
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
}
