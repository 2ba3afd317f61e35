//! Claims: figures across articles that measure the same quantity, and the conflicts between
//! them. A conflict is flagged only when the intervals cannot all be true.

use std::collections::{BTreeMap, BTreeSet};

use crate::entities::{EntityIx, Registry};
use crate::figures::{ClaimKey, RawFigure, Scope};
use crate::model::{Claim, ClaimValue, Qualifier, Ref};

/// One value asserted for a claim: a figure, or a sum of parts.
struct Member {
    article: usize,
    /// Figures behind the value (two for a sum of parts).
    figures: Vec<usize>,
    low: Option<f64>,
    high: Option<f64>,
    /// Exclusive lower bound ("more than").
    low_open: bool,
    high_open: bool,
    label: String,
    precise: bool,
    holder: Option<EntityIx>,
}

#[derive(Clone, Copy)]
struct Interval {
    low: f64,
    low_open: bool,
    high: f64,
    high_open: bool,
}

impl Interval {
    fn of(m: &Member) -> Interval {
        Interval {
            low: m.low.unwrap_or(f64::NEG_INFINITY),
            low_open: m.low_open,
            high: m.high.unwrap_or(f64::INFINITY),
            high_open: m.high_open,
        }
    }

    fn intersect(self, o: Interval) -> Option<Interval> {
        let (low, low_open) = if self.low > o.low {
            (self.low, self.low_open)
        } else if o.low > self.low {
            (o.low, o.low_open)
        } else {
            (self.low, self.low_open || o.low_open)
        };
        let (high, high_open) = if self.high < o.high {
            (self.high, self.high_open)
        } else if o.high < self.high {
            (o.high, o.high_open)
        } else {
            (self.high, self.high_open || o.high_open)
        };
        let empty = low > high || (low == high && (low_open || high_open));
        (!empty).then_some(Interval {
            low,
            low_open,
            high,
            high_open,
        })
    }
}

pub(crate) fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let s = format!("{}", v as i64);
        // Thousands separators for readability.
        let (sign, digits) = s.strip_prefix('-').map(|d| ("-", d)).unwrap_or(("", &s));
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        format!("{sign}{out}")
    } else {
        format!("{v}")
    }
}

fn value_label(f: &RawFigure) -> String {
    // "61.3%": a share keeps its sign.
    let sign = if f.key.as_ref().is_some_and(|k| k.percent) {
        "%"
    } else {
        ""
    };
    let n = format!("{}{sign}", format_number(f.value));
    match f.qualifier {
        Qualifier::Exact => n,
        Qualifier::Approximate => format!("about {n}"),
        Qualifier::MoreThan => format!("more than {n}"),
        Qualifier::AtLeast => format!("at least {n}"),
        Qualifier::LessThan => format!("fewer than {n}"),
        Qualifier::AtMost => format!("at most {n}"),
        Qualifier::Range => format!(
            "{}–{}{sign}",
            format_number(f.low.unwrap_or(f.value)),
            format_number(f.high.unwrap_or(f.value))
        ),
        Qualifier::Vague => format!("{} (vague)", f.counts.split(' ').next().unwrap_or("many")),
    }
}

/// Groups figures into claims. Returns the claims and, per article, each figure's claim id.
///
/// `reprint_of` gives, per article, the article it reprints (`reprints::find`): a value's
/// reports are counted once per original.
pub(crate) fn group(
    figs: &[Vec<RawFigure>],
    reg: &Registry,
    article_ids: &[String],
    reprint_of: &[Option<usize>],
) -> (Vec<Claim>, Vec<Vec<Option<String>>>) {
    let context = Context {
        figs,
        reg,
        article_ids,
        reprint_of,
    };
    let mut claims: Vec<Claim> = members_by_key(figs)
        .into_iter()
        .filter(|(key, members)| !key.by_counts || articles_of(members).len() > 1)
        .map(|(key, members)| claim_of(&key, members, &context))
        .collect();
    claims.sort_by(|a, b| {
        b.conflict
            .cmp(&a.conflict)
            .then(b.figures.len().cmp(&a.figures.len()))
            .then(a.label.cmp(&b.label))
    });
    let figure_claims = assign_ids(&mut claims, figs, article_ids);
    (claims, figure_claims)
}

/// Every keyed figure as a member of its key's group, and each sum of parts as a member of the
/// whole group's key.
fn members_by_key(figs: &[Vec<RawFigure>]) -> BTreeMap<ClaimKey, Vec<Member>> {
    let mut groups: BTreeMap<ClaimKey, Vec<Member>> = BTreeMap::new();
    for (ai, list) in figs.iter().enumerate() {
        for (fi, f) in list.iter().enumerate() {
            let Some(key) = &f.key else { continue };
            groups
                .entry(key.clone())
                .or_default()
                .push(Member::of_figure(ai, fi, f));
            if let Some(sum) = f
                .part_of_sum_with
                .and_then(|other| Member::of_sum(ai, fi, f, other, &list[other]))
            {
                // A sum of parts stands for the whole group, without nationality.
                let mut whole = key.clone();
                whole.nationality = String::new();
                whole.scope = Scope::Story;
                groups.entry(whole).or_default().push(sum);
            }
        }
    }
    groups
}

impl Member {
    fn of_figure(article: usize, fi: usize, f: &RawFigure) -> Member {
        let (low, high, label) = match f.total {
            Some(total) => (
                Some(total),
                Some(total),
                format!("{} ({} + 1)", format_number(total), format_number(f.value)),
            ),
            None => (f.low, f.high, value_label(f)),
        };
        Member {
            article,
            figures: vec![fi],
            low,
            high,
            low_open: f.qualifier == Qualifier::MoreThan,
            high_open: f.qualifier == Qualifier::LessThan,
            label,
            precise: matches!(f.qualifier, Qualifier::Exact | Qualifier::Range)
                || f.total.is_some(),
            holder: f.holder,
        }
    }

    /// The sum of the parts `f` (figure `fi`) and `g` (figure `other`), when both are bounded.
    fn of_sum(
        article: usize,
        fi: usize,
        f: &RawFigure,
        other: usize,
        g: &RawFigure,
    ) -> Option<Member> {
        let (a, b) = (f.low.zip(f.high)?, g.low.zip(g.high)?);
        let total = a.0 + b.0;
        Some(Member {
            article,
            figures: vec![fi, other],
            low: Some(total),
            high: Some(a.1 + b.1),
            low_open: false,
            high_open: false,
            label: format!(
                "{} ({} + {})",
                format_number(total),
                format_number(f.value),
                format_number(g.value)
            ),
            precise: true,
            holder: f.holder.or(g.holder),
        })
    }
}

/// Members whose intervals can all be true together: one value of the claim each.
struct ValueGroup {
    interval: Interval,
    members: Vec<usize>,
}

/// Partitions members into values: each member joins the first value it is compatible with.
fn value_groups(members: &mut [Member]) -> Vec<ValueGroup> {
    // Precise values first, so that bounds join the value they are compatible with.
    members.sort_by(|a, b| {
        b.precise.cmp(&a.precise).then(
            a.low
                .partial_cmp(&b.low)
                .unwrap_or(std::cmp::Ordering::Equal),
        )
    });
    let mut groups: Vec<ValueGroup> = Vec::new();
    for (mi, m) in members.iter().enumerate() {
        let iv = Interval::of(m);
        match groups
            .iter_mut()
            .find_map(|g| g.interval.intersect(iv).map(|joint| (g, joint)))
        {
            Some((g, joint)) => {
                g.interval = joint;
                g.members.push(mi);
            }
            None => groups.push(ValueGroup {
                interval: iv,
                members: vec![mi],
            }),
        }
    }
    // Most supported value first.
    groups.sort_by_key(|g| {
        std::cmp::Reverse(
            g.members
                .iter()
                .map(|&m| members[m].article)
                .collect::<BTreeSet<_>>()
                .len(),
        )
    });
    groups
}

/// What every claim is read against: the figures, the entities, the articles.
struct Context<'a> {
    figs: &'a [Vec<RawFigure>],
    reg: &'a Registry,
    article_ids: &'a [String],
    reprint_of: &'a [Option<usize>],
}

/// The articles `members` come from.
fn articles_of(members: &[Member]) -> BTreeSet<usize> {
    members.iter().map(|m| m.article).collect()
}

/// The claim of one key's members.
fn claim_of(key: &ClaimKey, mut members: Vec<Member>, cx: &Context) -> Claim {
    let groups = value_groups(&mut members);
    // Figures from other periods or parts of groups are kept together for reading, but they
    // measure different things, so they never conflict. Figures keyed by what they count alone
    // conflict only across articles: two values in one article are two things.
    let across_articles = || {
        let per_value: Vec<BTreeSet<usize>> = groups
            .iter()
            .map(|g| g.members.iter().map(|&m| members[m].article).collect())
            .collect();
        per_value
            .iter()
            .enumerate()
            .all(|(i, a)| per_value[i + 1..].iter().all(|b| a.is_disjoint(b)))
    };
    let conflict =
        groups.len() > 1 && key.scope == Scope::Story && (!key.by_counts || across_articles());
    let mut values = Vec::new();
    let mut explanation = Vec::new();
    let mut all_refs = BTreeSet::new();
    for g in &groups {
        let (value, who) = value_of(g, &members, cx);
        all_refs.extend(value.figures.iter().cloned());
        explanation.push(format!("{}: {}", value.label, who));
        values.push(value);
    }
    Claim {
        id: String::new(),
        label: claim_label(key, &members, cx.figs, cx.reg),
        conflict,
        explanation: explanation.join("; "),
        figures: all_refs.into_iter().collect(),
        values,
    }
}

/// The claim's label: the most common `counts` of its figures, with whose and which scope.
fn claim_label(
    key: &ClaimKey,
    members: &[Member],
    figs: &[Vec<RawFigure>],
    reg: &Registry,
) -> String {
    let mut heads: BTreeMap<&str, usize> = BTreeMap::new();
    for m in members {
        for &fi in &m.figures {
            *heads
                .entry(figs[m.article][fi].counts.as_str())
                .or_default() += 1;
        }
    }
    let mut label = heads
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|h| h.0.to_string())
        .unwrap_or_default();
    if let Some(p) = key.person {
        label = format!("{label} ({})", reg.name(p));
    }
    if let Some(scope) = key.scope.words() {
        label = format!("{label} ({scope})");
    }
    label
}

/// One value of a claim and who gives it ("2 reports, Ana Lind"; "2 independent reports (3
/// articles), Ana Lind" when one of three articles reprints another).
fn value_of(g: &ValueGroup, members: &[Member], cx: &Context) -> (ClaimValue, String) {
    let (reg, article_ids) = (cx.reg, cx.article_ids);
    let first = &members[g.members[0]];
    let mut refs = Vec::new();
    let mut seen_refs = BTreeSet::new();
    let mut voice_articles = BTreeSet::new();
    let mut holders: Vec<String> = Vec::new();
    let mut seen_holders = BTreeSet::new();
    for &m in &g.members {
        let m = &members[m];
        for &fi in &m.figures {
            let r = Ref {
                article: article_ids[m.article].clone(),
                index: fi,
            };
            if seen_refs.insert(r.clone()) {
                refs.push(r);
            }
        }
        match m.holder {
            Some(h) if seen_holders.insert(h) => holders.push(reg.name(h)),
            Some(_) => {}
            None => {
                voice_articles.insert(m.article);
            }
        }
    }
    let mut who = Vec::new();
    if !voice_articles.is_empty() {
        who.push(reports(&voice_articles, cx.reprint_of));
    }
    who.extend(holders);
    let value = ClaimValue {
        label: first.label.clone(),
        low: first.low,
        high: first.high,
        figures: refs,
    };
    (value, who.join(", "))
}

/// "3 reports", or "2 independent reports (3 articles)" when some articles reprint others.
fn reports(articles: &BTreeSet<usize>, reprint_of: &[Option<usize>]) -> String {
    let independent = articles
        .iter()
        .map(|&a| reprint_of.get(a).copied().flatten().unwrap_or(a))
        .collect::<BTreeSet<_>>()
        .len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if independent == articles.len() {
        format!("{independent} report{}", plural(independent))
    } else {
        format!(
            "{independent} independent report{} ({} articles)",
            plural(independent),
            articles.len()
        )
    }
}

/// Numbers the claims in order ("c1", ...) and returns, per article, each figure's claim id.
fn assign_ids(
    claims: &mut [Claim],
    figs: &[Vec<RawFigure>],
    article_ids: &[String],
) -> Vec<Vec<Option<String>>> {
    let mut figure_claims: Vec<Vec<Option<String>>> =
        figs.iter().map(|l| vec![None; l.len()]).collect();
    let index: BTreeMap<&str, usize> = article_ids
        .iter()
        .enumerate()
        .map(|(i, a)| (a.as_str(), i))
        .collect();
    for (ci, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{}", ci + 1);
        for r in &claim.figures {
            let ai = index[r.article.as_str()];
            if figure_claims[ai][r.index].is_none() {
                figure_claims[ai][r.index] = Some(claim.id.clone());
            }
        }
    }
    figure_claims
}
