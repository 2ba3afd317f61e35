//! Elegant variation: a definite description of a role standing for the person who spoke just
//! before it in the same paragraph ("Friedrich Merz called the deal “a fresh start”. “…,” the
//! party leader told reporters").

use super::*;
use crate::lexicon::names::head_gender;

/// The person whose quotation comes last before char `pos` in the same paragraph, named by the
/// cue of that quotation, when nothing the text said of them could conflict with the role `head`:
/// no title and no apposition anywhere in the article ("Transport Secretary Ana Obi" is not "the
/// prime minister"), and no gender the role's noun rules out.
pub(super) fn speaker_just_before(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    pos: usize,
    head: &str,
) -> Option<EntityIx> {
    let epithet = crate::lexicon::roles::is_epithet_noun(head);
    if !super::appositions::is_role_head(head) && !epithet {
        return None;
    }
    let paragraph = art.doc.paragraph_of(pos);
    let cue_of = |q: &RawQuote| q.cue.map(|c| &art.sentences[c.sentence].cues[c.index]);
    // Past the quotations this description itself speaks.
    let own = |q: &RawQuote| {
        matches!(cue_of(q), Some(Cue { candidate: Candidate::Description { span, .. }, .. })
            if span.start == pos)
    };
    let before = art
        .quotes
        .iter()
        .rev()
        .filter(|q| q.span.end <= pos && !own(q))
        .find(|q| art.doc.paragraph_of(q.span.start) == paragraph);
    // "“…,” Doyle said. “…,” the defendant said": a party to a trial or a family answering
    // the speaker before is someone else.
    let party = matches!(
        head,
        "defendant"
            | "accused"
            | "claimant"
            | "plaintiff"
            | "complainant"
            | "suspect"
            | "mother"
            | "wife"
            | "husband"
            | "daughter"
            | "widow"
            | "widower"
    );
    let n = match before.and_then(cue_of).map(|c| &c.candidate) {
        Some(Candidate::Name(_)) if party => return None,
        Some(Candidate::Name(n)) => *n,
        Some(_) => return None,
        // With no quotation before, the subject of the sentence before, for a word that is
        // surely a role ("the corner-forward", not "the government").
        None if is_surely_role(head) || epithet => subject_just_before(art, pos)?,
        None => return None,
    };
    let e = reg.entity_of_mention(ai, n).filter(|&e| reg.is_person(e))?;
    let same = |m: usize| reg.entity_of_mention(ai, m) == Some(e);
    // What the text said of the person, in a bounded stretch around here, so that an article of
    // thousands of names stays linear.
    let at = art.names.partition_point(|m| m.end <= pos);
    let names = at.saturating_sub(300)..art.names.len().min(at + 300);
    let at = art.appositions.partition_point(|a| a.span.start < pos);
    let appositions = &art.appositions[at.saturating_sub(300)..art.appositions.len().min(at + 300)];
    // "Mr Juma Odhiambo … the elderly farmer": a courtesy title or an honorific ("Alhaji",
    // "Mzee") is no office.
    let office_title = |t: &str| {
        t.split(' ')
            .any(|w| !crate::lexicon::speech::is_courtesy_title(&w.to_lowercase()))
    };
    let titled = names
        .clone()
        .any(|m| art.names[m].title.as_deref().is_some_and(office_title) && same(m));
    // "Gareth Olowe, 44,": an age says nothing a role could conflict with, nor an honorific.
    let described = appositions.iter().any(|app| {
        same(app.name)
            && !app
                .description
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ')
            && office_title(&app.description)
    });
    let gender = crate::names::gender_compatible(head_gender(head), reg.gender(e));
    // "Sen. Carla Burns … the Oklahoma Republican": a party is no office a title could
    // conflict with.
    let party = matches!(
        head,
        "democrat" | "republican" | "conservative" | "tory" | "socialist"
    );
    // "Lead actress Paloma Ruiz … the Spanish-born actress": the role the text gave the person,
    // with a fact of its own.
    // "His brief, Jon Ferrars, … the lawyer said": a role of the same kind, when no office
    // ("the prime minister" is no "Transport Secretary").
    let office = |w: &str| crate::lexicon::roles::is_title_any_case(w);
    let group = match office(head) {
        true => 0,
        false => crate::lexicon::roles::role_synonym_group(head),
    };
    let last_word = |words: &str| {
        words.rsplit(' ').next().is_some_and(|w| {
            let w = w.trim_end_matches(',');
            w == head
                || (group != 0
                    && !office(w)
                    && crate::lexicon::roles::role_synonym_group(w) == group)
        })
    };
    let same_role = names
        .into_iter()
        .any(|m| art.names[m].title.as_deref().is_some_and(last_word) && same(m))
        || appositions
            .iter()
            .any(|app| same(app.name) && last_word(&app.description));
    // "Striker Theo Adeyemi … the Englishman": an epithet is no office a title could
    // conflict with.
    ((epithet || party || same_role || (!titled && !described)) && gender).then_some(e)
}

/// The name that is the subject of the sentence before the one at char `pos`, in the same
/// paragraph or, for a sentence opening its paragraph, the paragraph before ("Ciarán Dowd was
/// typically modest. “…,” the corner-forward said").
fn subject_just_before(art: &ArticleAnalysis, pos: usize) -> Option<usize> {
    let doc = &art.doc;
    let si = art
        .sentences
        .partition_point(|s| doc.tokens[s.tokens.start].start <= pos)
        .checked_sub(1)?;
    let before = art.sentences.get(si.checked_sub(1)?)?;
    if before.paragraph + 1 < art.sentences[si].paragraph {
        return None;
    }
    match before.subject {
        Candidate::Name(n) => Some(n),
        // "Nalini Farouk has played many roles. Nothing, she says, prepared her for this. “…,”
        // the 41-year-old actress said": past a sentence whose subject is a person's pronoun,
        // to the name it stands for.
        Candidate::Pronoun { plural: false, .. } => {
            let earlier = art.sentences.get(si.checked_sub(2)?)?;
            match earlier.subject {
                Candidate::Name(n) if earlier.paragraph + 1 >= before.paragraph => Some(n),
                _ => None,
            }
        }
        // "Nguyen Van Tam steers his boat in. The hold is a quarter full. “…,” the 58-year-old
        // fisherman says": past one sentence that names no one and speaks of no one.
        _ if names_no_one(art, before) => {
            let earlier = art.sentences.get(si.checked_sub(2)?)?;
            match earlier.subject {
                Candidate::Name(n) if earlier.paragraph + 1 >= before.paragraph => Some(n),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Does the sentence name no one and hold no pronoun for a person?
fn names_no_one(art: &ArticleAnalysis, sentence: &Sentence) -> bool {
    // A long sentence is no aside (and is not read whole for each description).
    sentence.tokens.len() <= 60
        && sentence.tokens.clone().all(|t| {
            art.name_at(t).is_none()
                && !matches!(
                    art.lower(t),
                    "he" | "she" | "him" | "her" | "his" | "they" | "them" | "i" | "we"
                )
        })
}

/// A role by the words for roles and titles, or a compound whose last part is one ("the
/// corner-forward"), not by a word's ending alone.
fn is_surely_role(head: &str) -> bool {
    let last = head.rsplit('-').next().unwrap_or(head);
    [head, last].into_iter().any(|w| {
        crate::lexicon::names::is_role_noun(w) || crate::lexicon::roles::is_title_any_case(w)
    })
}

/// Is the person `e` the one spoken to by the verb after char `end` ("“…,” the officer told
/// Reid", "told him"): then the description before the verb is someone else.
pub(super) fn spoken_to(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    end: usize,
    e: EntityIx,
) -> bool {
    let doc = &art.doc;
    let verb = doc.token_at_or_after(end);
    let listener = verb + 1;
    if listener >= doc.tokens.len()
        || !crate::lexicon::speech::is_finite_speech_verb(doc.token_lower(verb))
    {
        return false;
    }
    if let Some(n) = art.name_at(listener) {
        return reg.entity_of_mention(ai, n) == Some(e);
    }
    let gender = match doc.token_lower(listener) {
        "him" => crate::names::Gender::Male,
        "her" => crate::names::Gender::Female,
        _ => return false,
    };
    // "the judge told him" after "Darren Mulhearn, 34,": a person whose gender the text never
    // gave may be "him" all the same.
    crate::names::gender_compatible(Some(gender), reg.gender(e))
}
