//! A claim's values in the order they were first reported, and when each appeared, for the
//! claim's page ("first reported by") and its small timeline.

use claimlens_core::{sort, Claim, ClaimValue};
use claimlens_export::ArticleOrder;

use crate::state::story::Story;

/// When a value was first reported, and the outlets that reported it that day.
pub type First = (String, Vec<String>);

/// One value of a claim and when it was reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Traced<'c> {
    pub value: &'c ClaimValue,
    /// The first report's date and outlets, when an article reporting it is dated.
    pub first: Option<First>,
    /// Each date the value appeared on (`YYYY-MM-DD`), with how many articles, earliest first.
    pub dates: Vec<(String, usize)>,
}

/// A claim's values, the first reported first (values never dated last, in their order).
pub fn trace<'c>(story: &Story, claim: &'c Claim) -> Vec<Traced<'c>> {
    let order = ArticleOrder::of(&story.analysis);
    order
        .values_by_first_report(claim)
        .into_iter()
        .map(|value| {
            let first = order.first_report(value).map(|f| {
                let outlets = f.articles.iter().map(|&ai| story.outlet(ai)).collect();
                (f.date, dedup(outlets))
            });
            let mut articles: Vec<usize> = value
                .figures
                .iter()
                .filter_map(|r| order.index(&r.article))
                .collect();
            sort::sort_dedup(&mut articles);
            let mut dates: Vec<(String, usize)> = Vec::new();
            let mut days: Vec<&str> = articles.iter().filter_map(|&ai| order.date(ai)).collect();
            sort::sort(&mut days);
            for day in days {
                let day = &day[..10];
                match dates.last_mut() {
                    Some((last, n)) if last == day => *n += 1,
                    _ => dates.push((day.to_string(), 1)),
                }
            }
            Traced {
                value,
                first,
                dates,
            }
        })
        .collect()
}

fn dedup(mut items: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    items.retain(|i| {
        let new = !seen.contains(i);
        seen.push(i.clone());
        new
    });
    items
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (the proleptic Gregorian calendar), for
/// placing dates on a line.
pub fn day_number(date: &str) -> Option<i64> {
    let year: i64 = date.get(0..4)?.parse().ok()?;
    let month: i64 = date.get(5..7)?.parse().ok()?;
    let day: i64 = date.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{analyze, ArticleInput};

    #[test]
    fn days_count_from_the_epoch() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-12-13"), Some(20_435));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(day_number("Dec 13"), None);
    }

    #[test]
    fn values_come_in_the_order_they_were_first_reported() {
        let input = |id: &str, outlet: &str, date: &str, text: &str| ArticleInput {
            id: id.into(),
            outlet: Some(outlet.into()),
            date: Some(date.into()),
            text: text.into(),
            ..Default::default()
        };
        let analysis = analyze(&[
            input(
                "a",
                "Ledger",
                "2026-03-15",
                "Mayor Ana Duarte said 48 people were rescued.",
            ),
            input(
                "b",
                "Courier",
                "2026-03-14",
                "Police chief Petar Holm said 61 people were rescued.",
            ),
            input(
                "c",
                "Post",
                "2026-03-16",
                "Officials said 48 people were rescued.",
            ),
        ]);
        let story = Story::new(None, analysis);
        let claim = story
            .analysis
            .claims
            .iter()
            .find(|c| c.conflict)
            .expect("48 against 61");
        let traced = trace(&story, claim);
        let labels: Vec<&str> = traced.iter().map(|t| t.value.label.as_str()).collect();
        assert_eq!(labels, ["61", "48"]);
        assert_eq!(
            traced[0].first,
            Some(("2026-03-14".into(), vec!["Courier".into()]))
        );
        assert_eq!(
            traced[1].dates,
            [("2026-03-15".to_string(), 1), ("2026-03-16".to_string(), 1)]
        );
    }
}
