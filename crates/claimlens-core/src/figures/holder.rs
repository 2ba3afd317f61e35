//! Who asserts a figure: the speaker of the quotation it sits in, or the speaker of a reporting
//! cue in its sentence; `None` is the outlet's own voice.

use crate::attribution::{ArticleAnalysis, Resolved};
use crate::entities::EntityIx;
use crate::lexicon::quantities as lex;

/// The holder of the figure whose number token is `t` and whose number ends before `num_end`,
/// in sentence `si`.
pub(super) fn of(
    art: &ArticleAnalysis,
    resolved: &Resolved,
    si: usize,
    t: usize,
    num_end: usize,
) -> Option<EntityIx> {
    if let Some(qi) = art.in_quote[t] {
        return art
            .quotes
            .iter()
            .position(|q| q.index == qi)
            .and_then(|rq| resolved.quotes[rq].speaker);
    }
    let doc = &art.doc;
    let mut chosen = None;
    for (ci, cue) in art.sentences[si].cues.iter().enumerate() {
        if !cue.reports || art.in_quote[cue.token].is_some() {
            continue;
        }
        let Some(e) = resolved.cue_speakers[si][ci] else {
            continue;
        };
        if cue.token < t {
            chosen = Some(e);
            continue;
        }
        // After the figure only as "…, X said", not "after X indicated".
        let between = num_end..cue.token;
        let comma = between.clone().any(|u| doc.is_punct(u, ','));
        let subordinate = between
            .clone()
            .any(|u| lex::is_subordinator(doc.token_lower(u)));
        if chosen.is_none() && comma && !subordinate {
            chosen = Some(e);
        }
        break;
    }
    chosen
}
