//! Reprints: articles that are one story printed twice (a wire report run by several outlets),
//! so that a claim counts independent reports rather than copies (issue 17, item 5).
//!
//! Two articles are one report when most of the shorter one's word shingles (runs of
//! [`SHINGLE`] words) are also in the longer one: a reprint may trim a paragraph, add a line
//! or change the headline, and is still near-identical text. Two articles quoting the same long
//! statement share a few dozen shingles of hundreds, far below [`CONTAINMENT`].

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

use crate::model::ArticleInput;

/// Words per shingle: long enough that shared phrases ("the U.S. special envoy for") are rare.
const SHINGLE: usize = 5;
/// One shingle in [`SAMPLE`] is kept (those whose hash is a multiple of it): the share of
/// shingles two texts have in common is estimated from the same sample in both, and a large
/// corpus keeps a quarter of the postings.
const SAMPLE: u64 = 4;
/// Sampled shingles a text needs before it is compared at all: a few lines are not a story.
const MIN_SHINGLES: usize = 8;
/// The share of the shorter text's shingles the longer must hold.
const CONTAINMENT: f64 = 0.6;
/// A shingle in more articles than this is boilerplate ("leave a reply", a site's footer),
/// not evidence of copying; it is left out, which also bounds the pairs counted.
const MAX_POSTINGS: usize = 64;

/// For each article, the article it reprints: the earliest of its group of near-identical
/// texts (by date when both are dated `YYYY-MM-DD`, else by input order); `None` for an
/// original or an article reprinted by no one.
pub(crate) fn find(inputs: &[ArticleInput]) -> Vec<Option<usize>> {
    if inputs.len() < 2 {
        // One article is no one's reprint: its shingles need not be read.
        return vec![None; inputs.len()];
    }
    let shingles: Vec<HashSet<u64>> = inputs.iter().map(|a| shingles(&a.text)).collect();
    let mut groups = Groups::new(inputs.len());
    for ((a, b), shared) in shared_counts(&shingles) {
        let smaller = shingles[a].len().min(shingles[b].len());
        if smaller >= MIN_SHINGLES && shared as f64 >= CONTAINMENT * smaller as f64 {
            groups.join(a, b);
        }
    }
    let mut first: HashMap<usize, usize> = HashMap::new();
    for ai in 0..inputs.len() {
        let root = groups.root(ai);
        let entry = first.entry(root).or_insert(ai);
        if earlier(&inputs[ai], ai, &inputs[*entry], *entry) {
            *entry = ai;
        }
    }
    (0..inputs.len())
        .map(|ai| {
            let original = first[&groups.root(ai)];
            (original != ai).then_some(original)
        })
        .collect()
}

/// The sampled shingles of a text: lower-cased words, punctuation dropped.
fn shingles(text: &str) -> HashSet<u64> {
    // Each word hashed once, lower-cased as it is read (no string per word); a shingle's hash
    // is the hash of its words' hashes.
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h = DefaultHasher::new();
            for c in w.chars().flat_map(char::to_lowercase) {
                h.write_u32(c as u32);
            }
            h.finish()
        })
        .collect();
    words
        .windows(SHINGLE)
        .map(|run| {
            let mut h = DefaultHasher::new();
            run.hash(&mut h);
            h.finish()
        })
        .filter(|h| h % SAMPLE == 0)
        .collect()
}

/// For each pair of articles sharing a shingle, how many they share.
fn shared_counts(shingles: &[HashSet<u64>]) -> BTreeMap<(usize, usize), usize> {
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (ai, set) in shingles.iter().enumerate() {
        for &s in set {
            postings.entry(s).or_default().push(ai);
        }
    }
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for articles in postings.values().filter(|a| a.len() <= MAX_POSTINGS) {
        for (i, &a) in articles.iter().enumerate() {
            for &b in &articles[i + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    shared
}

/// Whether article `a` (at input position `ai`) came out before `b`.
fn earlier(a: &ArticleInput, ai: usize, b: &ArticleInput, bi: usize) -> bool {
    match (iso_day(a), iso_day(b)) {
        (Some(da), Some(db)) if da != db => da < db,
        _ => ai < bi,
    }
}

fn iso_day(a: &ArticleInput) -> Option<&str> {
    let date = a.date.as_deref()?.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then_some(date)
}

/// Union-find over article indexes.
struct Groups(Vec<usize>);

impl Groups {
    fn new(n: usize) -> Groups {
        Groups((0..n).collect())
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.0[ra.max(rb)] = ra.min(rb);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "OSTREL (Orbis) - Rescuers pulled 48 people from the water after the ferry Aurel capsized in a storm off the Varnetian coast on Sunday, the harbour authority said. The ferry was carrying at least 112 passengers and crew when it listed and overturned about two miles from the breakwater, according to the authority. Coast guard captain Elena Marsh said divers would resume the search at first light and that hopes of finding more survivors were fading. The Aurel, built in 1988, had passed its last inspection in March, the operator said in a statement. Relatives gathered at the ferry terminal through the night waiting for news.";

    fn input(id: &str, date: Option<&str>, text: &str) -> ArticleInput {
        ArticleInput {
            id: id.into(),
            date: date.map(Into::into),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_wire_story_run_twice_is_one_report_with_its_earliest_printing_first() {
        let trimmed = WIRE.rsplit_once(" Relatives").unwrap().0;
        let reprint = format!("Ferry disaster: the latest\n\n{trimmed}\n\nCopyright The Courier.");
        let own = "Petar Holm, the mayor of Ostrel, said 61 people had been rescued by fishing boats that reached the ferry before the coast guard did. He criticised the harbour authority for counting only those brought ashore by its own crews, and said he had asked the government for an inquiry into the delays. The Aurel's operator declined to comment on the numbers.";
        let found = find(&[
            input("courier", Some("2025-03-03"), &reprint),
            input("own", Some("2025-03-02"), own),
            input("wire", Some("2025-03-02"), WIRE),
        ]);
        assert_eq!(found, [Some(2), None, None]);
    }

    #[test]
    fn without_dates_the_first_in_input_order_is_the_original() {
        assert_eq!(
            find(&[input("a", None, WIRE), input("b", Some("2025-03-01"), WIRE)]),
            [None, Some(0)]
        );
    }

    #[test]
    fn short_texts_and_shared_quotations_are_not_reprints() {
        let quote = "“We will not stop searching until every family knows what happened to the people they love,” coast guard captain Elena Marsh said.";
        let a = format!("{quote} Divers worked through the night near the breakwater where the ferry overturned, and the harbour stayed closed to all traffic on Monday morning. Fishing crews who had joined the search said the water was too cold for anyone to last long. The mayor asked residents to keep the roads to the terminal clear for ambulances, and schools in the town stayed open as shelters for relatives arriving from the capital.");
        let b = format!("{quote} The operator's offices in the capital were shut, and a spokesman did not answer calls about the vessel's safety record or its crew. Inspectors had flagged a faulty bilge pump last year, according to documents seen by the Ledger, but the ship was cleared to sail after repairs. Opposition lawmakers demanded that the transport minister appear before parliament this week to explain why.");
        assert_eq!(
            find(&[input("a", None, &a), input("b", None, &b)]),
            [None, None]
        );
        assert_eq!(
            find(&[input("a", None, "Short."), input("b", None, "Short.")]),
            [None, None]
        );
    }
}
