//! Figures that are parts of one group ("five X and 38 Y"): summed in the claim, and on their
//! own only parts.

use super::{lemma, RawFigure, Scope};
use crate::text::Doc;

/// Marks adjacent figures of the sentence starting at `first` that are parts of one group: the
/// same class and event, different nationalities or nouns, joined by "and".
pub(super) fn mark_sums(doc: &Doc, out: &mut [RawFigure], first: usize) {
    for i in first..out.len().saturating_sub(1) {
        let (a, b) = (&out[i], &out[i + 1]);
        let (Some(ka), Some(kb)) = (&a.key, &b.key) else {
            continue;
        };
        let different_parts = ka.nationality != kb.nationality || lemma(&a.head) != lemma(&b.head);
        if doc.slice(a.end..b.start).trim() == "and"
            && ka.class == kb.class
            && different_parts
            && ka.event == kb.event
            && ka.scope == Scope::Story
        {
            out[i].part_of_sum_with = Some(i + 1);
            // The parts stand for the whole in the claim; on their own they are parts.
            for j in [i, i + 1] {
                if let Some(k) = out[j].key.as_mut() {
                    if k.nationality.is_empty() {
                        k.scope = Scope::PartOfGroup;
                    }
                }
            }
        }
    }
}
