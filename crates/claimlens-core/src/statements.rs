//! Statements: the parts of one interrupted quotation, and the same words quoted by several
//! outlets in different wording (different translations), grouped as one statement.

use std::collections::{BTreeMap, BTreeSet};

use crate::attribution::ResolvedQuote;
use crate::entities::EntityIx;
use crate::lexicon::statements::{stopword, synonym_set};

/// Light stemming, enough to match "continues"/"continue" and "happiness"/"happy".
fn stem(w: &str) -> String {
    let mut s = w.to_string();
    for suffix in [
        "iness", "ness", "ing", "edly", "ed", "ies", "es", "ly", "s", "y",
    ] {
        if s.len() > suffix.len() + 3 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            break;
        }
    }
    // Translators' synonyms are beyond a stemmer: each word of a synonym set counts as the set.
    match s.as_str() {
        "hop" => "hope".into(),
        _ => synonym_set(&s).map_or(s, str::to_string),
    }
}

fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.replace('’', "'").to_lowercase())
        .filter(|w| w.chars().count() >= 3 && !stopword(w))
        .map(|w| stem(&w))
        .collect()
}

fn similar(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let shared = a.intersection(b).count();
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return false;
    }
    let overlap = shared as f64 / smaller as f64;
    if smaller == 1 {
        shared == 1
    } else if smaller <= 3 {
        shared >= 2
    } else {
        shared >= 3 && overlap >= 0.34
    }
}

/// A statement as grouped: its speaker, and its quotes as (article, index) pairs.
type Grouped = (Option<EntityIx>, Vec<(usize, usize)>);

/// Groups quotations into statements. `quotes[a][q]` is quote `q` of article `a` with its text.
/// Returns, for each statement, its speaker and quotes (article, index), in first-seen order.
pub(crate) fn group(quotes: &[Vec<(ResolvedQuote, String)>]) -> Vec<Grouped> {
    // Within an article: parts of one interrupted or multi-paragraph quotation.
    let mut local: Vec<(usize, Option<EntityIx>, Vec<usize>)> = Vec::new();
    for (ai, list) in quotes.iter().enumerate() {
        let mut owner: Vec<usize> = Vec::new();
        for (qi, (q, _)) in list.iter().enumerate() {
            match q.continues {
                Some(p) if p < qi => {
                    let s = owner[p];
                    local[s].2.push(qi);
                    owner.push(s);
                }
                _ => {
                    local.push((ai, q.speaker, vec![qi]));
                    owner.push(local.len() - 1);
                }
            }
        }
    }
    let words: Vec<BTreeSet<String>> = local
        .iter()
        .map(|(ai, _, qs)| {
            qs.iter()
                .flat_map(|&q| content_words(&quotes[*ai][q].1))
                .collect()
        })
        .collect();
    // Across articles: the same speaker saying recognisably the same thing.
    let mut parent: Vec<usize> = (0..local.len()).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        p[x] = r;
        r
    }
    // Most similar pairs first, so that each article's closest version joins a statement.
    // Candidates share the speaker and at least one uncommon word, found through an index so
    // that long stories do not compare every pair.
    let mut index: BTreeMap<(EntityIx, &str), Vec<usize>> = BTreeMap::new();
    for (i, (_, speaker, _)) in local.iter().enumerate() {
        if let Some(sp) = speaker {
            for w in &words[i] {
                index.entry((*sp, w.as_str())).or_default().push(i);
            }
        }
    }
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in index.values().filter(|l| l.len() <= 64) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if local[i].0 != local[j].0 {
                    candidates.insert((i, j));
                }
            }
        }
    }
    // Comparing the candidates is most of the work: spread it over the cores (`each` keeps the
    // order, and the pairs are sorted below anyway).
    let compared = crate::each(candidates.into_iter().collect(), |(i, j)| {
        similar(&words[i], &words[j]).then(|| (words[i].intersection(&words[j]).count(), i, j))
    });
    let mut pairs: Vec<(usize, usize, usize)> = compared.into_iter().flatten().collect();
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut articles: Vec<BTreeSet<usize>> = local.iter().map(|l| BTreeSet::from([l.0])).collect();
    for (_, i, j) in pairs {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        // One version per article in a statement: never fold two quotes of one article together.
        if ri != rj && articles[ri].is_disjoint(&articles[rj]) {
            let (lo, hi) = (ri.min(rj), ri.max(rj));
            parent[hi] = lo;
            let moved = std::mem::take(&mut articles[hi]);
            articles[lo].extend(moved);
        }
    }
    // Statements in first-seen order; each root's place found through a map, not a scan of the
    // statements so far (quadratic in a story's quotations).
    let mut out: Vec<Grouped> = Vec::new();
    let mut place: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, (ai, speaker, qs)) in local.iter().enumerate() {
        let root = find(&mut parent, i);
        let refs = qs.iter().map(|&q| (*ai, q));
        match place.get(&root) {
            Some(&at) => out[at].1.extend(refs),
            None => {
                place.insert(root, out.len());
                out.push((*speaker, refs.collect()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_of_one_statement_are_similar() {
        let a = content_words("But also we think of those who are not yet free. I wait for the moment when we can all hug each other.");
        let b = content_words("I'm thinking of those who are not yet free, and I'm looking forward to the moment when we can all embrace");
        assert!(similar(&a, &b));
        let c = content_words("Sanctions target structural change in the economy.");
        assert!(!similar(&a, &c));
        assert!(similar(
            &content_words("so our struggle continues."),
            &content_words("Our fight continues.")
        ));
    }
}
