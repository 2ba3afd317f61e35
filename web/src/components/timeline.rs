//! A claim's small timeline: one row per value, a dot on each day it was reported (larger for
//! more articles). Nothing is drawn when no article reporting the claim is dated.

use yew::prelude::*;

use crate::state::timeline::{day_number, Traced};

#[derive(PartialEq, Properties)]
pub struct TimelineProps {
    /// The claim's values with their dates, as `state::timeline::trace` gives them.
    pub rows: Vec<TimelineRow>,
}

/// One value's row: its label and the days it was reported on, with how many articles.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    pub label: String,
    pub dates: Vec<(String, usize)>,
}

impl TimelineRow {
    pub fn of(traced: &Traced) -> TimelineRow {
        TimelineRow {
            label: traced.value.label.clone(),
            dates: traced.dates.clone(),
        }
    }
}

/// The drawing's width in user units, its label column, a row's height and the axis's: drawn
/// at about its own size on a desktop (style.css caps it at 28rem) and three quarters of it on
/// a 360 px phone, so its text stays readable on both.
const WIDTH: f64 = 400.0;
const LABELS: f64 = 90.0;
const RIGHT: f64 = 24.0;
const ROW: f64 = 24.0;
const AXIS: f64 = 26.0;
/// The most rows drawn: a claim of a large story has hundreds of values.
const MAX_ROWS: usize = 12;

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let rows: Vec<&TimelineRow> = props
        .rows
        .iter()
        .filter(|r| !r.dates.is_empty())
        .take(MAX_ROWS)
        .collect();
    let days: Vec<i64> = rows
        .iter()
        .flat_map(|r| r.dates.iter().filter_map(|(d, _)| day_number(d)))
        .collect();
    let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
        return html! {};
    };
    let span = (last - first).max(1) as f64;
    let x = |day: i64| -> f64 {
        if first == last {
            LABELS + (WIDTH - LABELS - RIGHT) / 2.0
        } else {
            LABELS + (day - first) as f64 / span * (WIDTH - LABELS - RIGHT)
        }
    };
    let height = ROW * rows.len() as f64 + AXIS;
    let date_of = |day: i64| {
        rows.iter()
            .flat_map(|r| &r.dates)
            .find(|(d, _)| day_number(d) == Some(day))
            .map(|(d, _)| d.clone())
            .unwrap_or_default()
    };
    let (from, to) = (date_of(first), date_of(last));
    html! {
        <figure class="timeline">
            <svg viewBox={format!("0 0 {} {}", px(WIDTH), px(height))} role="img" aria-label={format!("When each value was reported, {from} to {to}")}>
                { for rows.iter().enumerate().map(|(n, row)| {
                    let y = ROW * n as f64 + ROW / 2.0;
                    let xs: Vec<f64> = row.dates.iter().filter_map(|(d, _)| day_number(d)).map(x).collect();
                    let (lo, hi) = (xs.iter().cloned().fold(f64::MAX, f64::min), xs.iter().cloned().fold(f64::MIN, f64::max));
                    html! {
                        <g class="timeline-row">
                            <text class="timeline-label" x={px(LABELS - 10.0)} y={px(y + 4.0)} text-anchor="end">{ row.label.clone() }</text>
                            <line class="timeline-span" x1={px(lo)} x2={px(hi)} y1={px(y)} y2={px(y)} />
                            { for row.dates.iter().filter_map(|(date, n)| day_number(date).map(|d| (date, n, x(d)))).map(|(date, n, cx)| html! {
                                <circle class="timeline-dot" cx={px(cx)} cy={px(y)} r={px(4.0 + (*n).min(4) as f64)}>
                                    <title>{ format!("{}: {date}, {n} article{}", row.label, if *n == 1 { "" } else { "s" }) }</title>
                                </circle>
                            }) }
                        </g>
                    }
                }) }
                <line class="timeline-axis" x1={px(LABELS)} x2={px(WIDTH - RIGHT)} y1={px(height - AXIS + 4.0)} y2={px(height - AXIS + 4.0)} />
                <text class="timeline-date" x={px(LABELS)} y={px(height - 6.0)} text-anchor="start">{ from.clone() }</text>
                if first != last {
                    <text class="timeline-date" x={px(WIDTH - RIGHT)} y={px(height - 6.0)} text-anchor="end">{ to.clone() }</text>
                }
            </svg>
        </figure>
    }
}

/// A coordinate in whole user units: finer is invisible at this size, and shorter to write.
fn px(value: f64) -> String {
    (value.round() as i64).to_string()
}
