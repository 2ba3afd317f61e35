//! The body "it" stands for before a verb of speech ("Toyota issued a statement. “…,” it
//! said"): the body the sentence before is about, or the organisation named last.

use super::descriptions::description_speaker;
use super::*;
use crate::lexicon::organisations::is_org_head;

/// The body "it" at token `it` of `sentence` stands for: the subject of its own sentence before
/// it ("The airline said it would …, which it called “…”"), else of the sentence before, in the
/// same or the previous paragraph. A body is an organisation's name, a single capitalised name
/// that is no person ("Toyota issued a statement"), or a description headed by a body noun
/// ("The union rejected the offer").
pub(super) fn subject_before(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    sentence: usize,
    it: usize,
) -> Option<EntityIx> {
    let own = &art.sentences[sentence].subject;
    let own_before_it = match own {
        Candidate::Name(n) => art.names[*n].tokens.end <= it,
        Candidate::Description { span, .. } => art.doc.token_at_or_after(span.end) <= it,
        _ => false,
    };
    if own_before_it {
        if let Some(e) = body_of(art, ai, reg, own) {
            return Some(e);
        }
    }
    let before = &art.sentences[sentence.checked_sub(1)?];
    if before.paragraph + 1 < art.sentences[sentence].paragraph {
        return None;
    }
    body_of(art, ai, reg, &before.subject)
}

/// The body a sentence's subject names, if it names one.
fn body_of(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    subject: &Candidate,
) -> Option<EntityIx> {
    match subject {
        Candidate::Name(n) => {
            let name = &art.names[*n];
            if name.kind == NameKind::Person || name.possessive {
                return None;
            }
            let e = reg
                .entity_of_mention(ai, *n)
                .unwrap_or_else(|| reg.speaker_for_unknown_name(ai, *n, &name.text(), true));
            // "Toyota said it would …": a one-word name that spoke before "it" did, taken then
            // for someone known by one name, is the same speaker.
            let one_word = !name.text().contains(' ') && reg.gender(e).is_none();
            (reg.is_group(e) || one_word).then_some(e)
        }
        c @ Candidate::Description {
            head,
            plural: false,
            ..
        } if is_org_head(head) => description_speaker(art, ai, reg, c),
        _ => None,
    }
}

/// The organisation named last before `pos` in the sentence before `sentence`, when the
/// writers opened that sentence asking it ("We asked the Transport Authority for a statement.
/// They said:"); "Residents met Kettleby Council" and "The Greens and Labour signed a deal with
/// the Harbour Board" are about others.
pub(super) fn named_just_before(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    sentence: usize,
    pos: usize,
) -> Option<EntityIx> {
    let before = &art.sentences[sentence.saturating_sub(1)];
    let from = before.tokens.start;
    let names_before = art.names.partition_point(|n| n.end <= pos);
    let e = (0..names_before)
        .rev()
        .take_while(|&n| art.names[n].tokens.start >= from)
        .find_map(|n| reg.entity_of_mention(ai, n).filter(|&e| reg.is_group(e)))?;
    let we = art.doc.token_lower(from) == "we";
    let coordinated = before
        .tokens
        .clone()
        .any(|t| art.doc.token_lower(t) == "and");
    (we && !coordinated).then_some(e)
}

/// The organisation named last before `pos` in article `ai`, unless a document was mentioned
/// since ("read a statement on behalf of the family. “…,” it said": the statement speaks).
pub(super) fn last_named(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    pos: usize,
) -> Option<EntityIx> {
    let names_before = art.names.partition_point(|n| n.end <= pos);
    let (n, e) = (0..names_before).rev().take(200).find_map(|n| {
        reg.entity_of_mention(ai, n)
            .filter(|&e| reg.is_group(e))
            .map(|e| (n, e))
    })?;
    let doc = &art.doc;
    let document = (art.names[n].tokens.end..doc.token_at_or_after(pos)).any(|t| {
        matches!(
            doc.token_lower(t),
            "statement" | "report" | "letter" | "document" | "filing" | "note" | "post"
        )
    });
    (!document).then_some(e)
}

/// "read a statement on behalf of Dr. Szabo's family. “…,” it said": the party a document
/// named in the sentence before "it" (or in its own sentence, before it) was issued for or
/// from, who speak through it ("a statement from the club", "a letter on behalf of the
/// residents"), up to the next preposition ("sent a letter by courier" names no one).
pub(super) fn issued_for(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    sentence: usize,
    it: usize,
) -> Option<EntityIx> {
    let from = art.sentences[sentence.saturating_sub(1)].tokens.start;
    let doc = &art.doc;
    let document = (from..it).rev().find(|&t| {
        art.in_quote[t].is_none()
            && matches!(doc.token_lower(t), "statement" | "letter" | "message")
    })?;
    let mut k = document + 1;
    if doc.token_lower(k) == "on"
        && doc.token_lower(k + 1) == "behalf"
        && doc.token_lower(k + 2) == "of"
    {
        k += 3;
    } else if doc.token_lower(k) == "from" {
        k += 1;
    } else {
        return None;
    }
    let party: Vec<usize> = (k..it)
        .take_while(|&t| {
            doc.is_word(t)
                && art.in_quote[t].is_none()
                && !crate::lexicon::speech::is_preposition(doc.token_lower(t))
        })
        .take(6)
        .collect();
    match art.np_in(&party) {
        Candidate::Name(n) => reg.entity_of_mention(ai, n),
        d @ Candidate::Description { .. } => description_speaker(art, ai, reg, &d),
        _ => None,
    }
}
