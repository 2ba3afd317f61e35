//! Memory: who the reader has in mind at each point of an article (salience), what a pronoun
//! there can point back to, and the gender a subject's own "his" or "herself" gives away.

use std::collections::HashMap;

use super::*;

/// Someone the reader has in mind at a point of the article: what a pronoun can point back to.
#[derive(Debug, Clone, Copy)]
struct Salience {
    /// Char offset of the mention.
    at: usize,
    entity: EntityIx,
    /// Mentioned as the subject of its sentence or as a speaker (more salient than in passing).
    subject: bool,
    /// Named inside what someone reported ("Aoife Hurley confirmed that Mary Breen was
    /// injured"): the reported person does not outrank the one who reported.
    reported: bool,
    sentence: usize,
}

/// What the reader holds in mind while reading an article in order.
#[derive(Default)]
pub(super) struct Memory {
    /// Who was mentioned, in text order.
    history: Vec<Salience>,
    /// Genders the article's own pronouns gave people ("she" for a Ruth), so that a later "he"
    /// does not point back to her.
    genders: HashMap<EntityIx, Gender>,
    /// Who put the question just before: the pronoun of an answer is someone else.
    pub asker: Option<EntityIx>,
    /// The latest sentence subject that is an unnamed person of known gender ("A spokeswoman
    /// for the family painted a bleak picture."), not yet a speaker: a "she" right after it
    /// means her.
    pub described: Option<Described>,
    /// The person who spoke last, and in which sentence: "she added" goes on from them.
    pub last_speaker: Option<(EntityIx, usize)>,
    /// The body a cue made speak last, and in which sentence: "…, the company said in a
    /// statement. “…,” it said".
    pub last_body: Option<(EntityIx, usize)>,
}

/// An unnamed person of known gender described as a sentence's subject.
#[derive(Clone)]
pub(super) struct Described {
    pub candidate: Candidate,
    pub at: usize,
    pub sentence: usize,
    pub gender: Gender,
}

impl Memory {
    /// Notes a mention of `e` at char `at` of sentence `sentence`.
    pub fn note(&mut self, at: usize, entity: EntityIx, subject: bool, sentence: usize) {
        self.history.push(Salience {
            at,
            entity,
            subject,
            reported: false,
            sentence,
        });
    }

    /// Notes a mention of `e` inside what the subject of sentence `sentence` reported.
    pub fn note_reported(&mut self, at: usize, entity: EntityIx, sentence: usize) {
        self.note(at, entity, false, sentence);
        if let Some(last) = self.history.last_mut() {
            last.reported = true;
        }
    }

    /// Keeps the history in text order once sentence `si` is read: only its own entries can
    /// be out of order.
    pub fn settle(&mut self, si: usize) {
        let tail = self
            .history
            .iter()
            .rposition(|h| h.sentence < si)
            .map(|i| i + 1)
            .unwrap_or(0);
        self.history[tail..].sort_by_key(|h| h.at);
    }

    /// Remembers the gender of a singular pronoun resolved to the person `e`.
    pub fn learn_gender(&mut self, reg: &Registry, candidate: &Candidate, e: EntityIx) {
        if let Candidate::Pronoun {
            gender: Some(g),
            plural: false,
            ..
        } = candidate
        {
            if reg.is_person(e) && reg.gender(e).is_none() {
                self.genders.entry(e).or_insert(*g);
            }
        }
    }

    /// Remembers `gender` for the person `e`, whom a possessive or reflexive pronoun in their
    /// own sentence named ("Coach Gustav Lind praised his captain").
    pub fn learn_person_gender(&mut self, reg: &Registry, e: EntityIx, gender: Gender) {
        if reg.is_person(e) && reg.gender(e).is_none() {
            self.genders.entry(e).or_insert(gender);
        }
    }

    /// The described subject a pronoun of `gender` at `pos` in `sentence` points to: one in
    /// this sentence or the one before, with no named subject since.
    pub fn described_antecedent(
        &self,
        pos: usize,
        gender: Option<Gender>,
        sentence: usize,
    ) -> Option<&Candidate> {
        let d = self.described.as_ref()?;
        let since = self
            .history
            .iter()
            .rev()
            .take(200)
            .take_while(|h| h.at > d.at)
            .any(|h| h.subject && h.at < pos);
        let near = d.sentence + 1 >= sentence && d.at < pos;
        (near && !since && gender == Some(d.gender)).then_some(&d.candidate)
    }

    /// The gender of `e`, as the registry or the text so far says.
    pub fn gender(&self, reg: &Registry, e: EntityIx) -> Option<Gender> {
        reg.gender(e).or_else(|| self.genders.get(&e).copied())
    }

    /// "“…,” said Dr Fiona Ross. … Victoria Hale announced money. … “…,” she added": a verb
    /// that goes on ("added", "continued") goes on from the person who spoke last, when the
    /// pronoun fits them and they spoke a few sentences before.
    pub fn continued_speaker(
        &self,
        reg: &Registry,
        pos: usize,
        gender: Option<Gender>,
        sentence: usize,
    ) -> Option<EntityIx> {
        let (e, at) = self.last_speaker?;
        // "Dancourt … said she had felt a problem. “…,” she added": a person subject of this
        // sentence or the one before is whom the pronoun continues.
        let subject_near = self.history.iter().rev().take(50).any(|h| {
            h.subject
                && h.at < pos
                && h.sentence + 1 >= sentence
                && reg.is_person(h.entity)
                && gender_compatible(gender, self.gender(reg, h.entity))
        });
        (!subject_near && at + 6 >= sentence && gender.is_some() && self.gender(reg, e) == gender)
            .then_some(e)
    }

    /// "A council spokesperson said … They added:": whom a "they" with no group before it stands
    /// for: the subject of this sentence or the one before, when that is someone of no known
    /// gender and the only person there (a body there is more likely the object of what "they"
    /// did).
    pub fn singular_they(&self, reg: &Registry, pos: usize, sentence: usize) -> Option<EntityIx> {
        let near = || {
            self.history
                .iter()
                .rev()
                .take(50)
                .filter(move |h| h.at < pos && h.sentence + 1 >= sentence && !h.reported)
        };
        let subject = near()
            .find(|h| h.subject && (reg.is_group(h.entity) || reg.is_person(h.entity)))
            .filter(|h| reg.is_person(h.entity) && self.gender(reg, h.entity).is_none())?;
        // "Jordan Lee and Casey Moore opened the cafe. “…,” they said": two people are "they".
        let alone = near().all(|h| h.entity == subject.entity || !reg.is_person(h.entity));
        alone.then_some(subject.entity)
    }

    /// The person a singular pronoun at `pos` points back to: the latest compatible subject of
    /// the last sentences, or else the latest compatible person mentioned. Right after a
    /// question, someone other than the asker when there is such a person.
    pub fn antecedent(
        &self,
        reg: &Registry,
        pos: usize,
        gender: Option<Gender>,
        sentence: usize,
    ) -> Option<EntityIx> {
        let answerer = self
            .asker
            .and_then(|asker| self.find(reg, pos, gender, sentence, Some(asker)));
        answerer.or_else(|| self.find(reg, pos, gender, sentence, None))
    }

    fn find(
        &self,
        reg: &Registry,
        pos: usize,
        gender: Option<Gender>,
        sentence: usize,
        not: Option<EntityIx>,
    ) -> Option<EntityIx> {
        // "he" and "she" are people: never a body, whatever was the subject before.
        // "said her community had warned … “…,” she said": a community is no "she".
        let compatible = |e: EntityIx| {
            Some(e) != not
                && reg.is_person(e)
                && gender_compatible(gender, self.gender(reg, e))
                && !(gender.is_some() && reg.is_collective(e))
        };
        // Bounded look-back keeps hostile texts (thousands of pronouns, no antecedent) linear.
        // The subject just before may be "he" though a given name's ending guessed "she"
        // ("Chukwuemeka Obi … Obi joined the club. “…,” he said").
        let surely_compatible = |e: EntityIx| {
            Some(e) != not
                && reg.is_person(e)
                && !(gender.is_some() && reg.is_collective(e))
                && gender_compatible(
                    gender,
                    reg.sure_gender(e).or_else(|| self.genders.get(&e).copied()),
                )
        };
        // "The court heard from Mina Osei, a neighbour. “…,” she said": the one person the
        // sentence before named, when its subject was no person and her gender is the
        // pronoun's, is whom it introduced.
        let before: Vec<&Salience> = self
            .history
            .iter()
            .rev()
            .take(50)
            .skip_while(|h| h.sentence >= sentence)
            .take_while(|h| h.sentence + 1 == sentence)
            .collect();
        let introduced = match before[..] {
            [only]
                if !only.subject
                    && compatible(only.entity)
                    && gender.is_some()
                    && self.gender(reg, only.entity) == gender =>
            {
                Some(only.entity)
            }
            // "Coach Gustav Lind praised his captain, Maria Okoye. “…,” she said": a subject
            // the pronoun cannot be leaves the one person of its gender the sentence named.
            _ => {
                let subject_fits = before
                    .iter()
                    .any(|h| h.subject && surely_compatible(h.entity));
                let has_subject = before.iter().any(|h| h.subject);
                let mut fits: Vec<EntityIx> = before
                    .iter()
                    .filter(|h| !h.subject && compatible(h.entity))
                    .filter(|h| gender.is_some() && self.gender(reg, h.entity) == gender)
                    .map(|h| h.entity)
                    .collect();
                fits.dedup();
                match fits[..] {
                    [one] if has_subject && !subject_fits => Some(one),
                    _ => None,
                }
            }
        };
        let recent_subject = self
            .history
            .iter()
            .rev()
            .take_while(|h| h.sentence + 2 >= sentence)
            .find(|h| h.at < pos && h.subject && surely_compatible(h.entity))
            .map(|h| h.entity);
        // "Sen. Dale Pruett criticised the bill, and Sen. Margaret Ellory defended it. “…,” she
        // said": a subject whose gender is unknown yields to a person of the sentence or the
        // one before whom the pronoun's gender is known to fit.
        let known_fit = |e: EntityIx| {
            gender.is_some()
                && reg.sure_gender(e).or_else(|| self.genders.get(&e).copied()) == gender
        };
        // "Peter Wright keeps bees. Anna Marsh sells the honey. “…,” he said": a subject whose
        // name's ending only suggests another gender yields to a recent person who fits it.
        let guessed_otherwise = |e: EntityIx| {
            gender.is_some() && self.gender(reg, e).is_some_and(|g| Some(g) != gender)
        };
        let recent_subject = match recent_subject {
            Some(e) if guessed_otherwise(e) => self
                .history
                .iter()
                .rev()
                .take_while(|h| h.sentence + 2 >= sentence)
                .filter(|h| h.at < pos && compatible(h.entity))
                .max_by_key(|h| (h.subject, h.at))
                .map_or(Some(e), |h| Some(h.entity)),
            Some(e) if gender.is_some() && self.gender(reg, e).is_none() => self
                .history
                .iter()
                .rev()
                .take_while(|h| h.sentence + 1 >= sentence)
                .find(|h| h.at < pos && !h.reported && compatible(h.entity) && known_fit(h.entity))
                .map_or(Some(e), |h| Some(h.entity)),
            other => other,
        };
        introduced.or(recent_subject).or_else(|| {
            self.history
                .iter()
                .rev()
                .take(200)
                .find(|h| h.at < pos && compatible(h.entity))
                .map(|h| h.entity)
        })
    }
}

/// The gender of "his", "himself" or "herself" after a named subject and before any other
/// name in its sentence, outside quotations ("Coach Gustav Lind praised his captain"), or of
/// the "he" or "she" a verb of speech of the subject's reports ("Ruaridh Reid says he knew",
/// "said that she would").
pub(super) fn own_pronoun_gender(
    art: &ArticleAnalysis,
    subject: &Candidate,
    tokens: Range<usize>,
) -> Option<Gender> {
    let Candidate::Name(n) = subject else {
        return None;
    };
    // "His daughter, Camille Santos, confirmed his death": a subject described through
    // someone's "his" or "her" leaves that someone the owner of the pronouns after it.
    let start = art.names[*n].tokens.start;
    let owned = (tokens.start.max(start.saturating_sub(8))..start)
        .any(|t| matches!(art.lower(t), "his" | "her"));
    if owned {
        return None;
    }
    let from = art.names[*n].tokens.end;
    // "Sarah Moss faces calls to quit. Jordan Blake said she must resign": with someone of
    // that gender (or of none known) named just before, a reported "he" or "she" may be theirs.
    let before = art.names.partition_point(|m| m.tokens.end <= start);
    // Only a person's name counts ("Emberlight", a film's title, do not).
    let other = (before > 0 && art.names[before - 1].tokens.end + 40 > start)
        .then(|| &art.names[before - 1])
        .filter(|m| m.kind == crate::names::NameKind::Person)
        .map(|m| {
            m.honorific
                .or_else(|| m.words.first().and_then(|w| crate::names::given_gender(w)))
        });
    let reported_as = |g: Gender| match other {
        None => true,
        Some(known) => known.is_some_and(|k| k != g),
    };
    (from..tokens.end)
        .take(40)
        .take_while(|&t| art.name_at(t).is_none() && art.in_quote[t].is_none())
        .find_map(|t| match art.lower(t) {
            // "Meenakshi Rao demanded his resignation": what is done to someone else.
            "his" if demanded(art, t, tokens.end) => None,
            "his" | "himself" => Some(Gender::Male),
            "herself" => Some(Gender::Female),
            "he" if reported_as(Gender::Male) && reported(art, t) => Some(Gender::Male),
            "she" if reported_as(Gender::Female) && reported(art, t) => Some(Gender::Female),
            _ => None,
        })
}

/// Is the pronoun at `t` the subject a finite verb of speech reports, right after it or its
/// "that" ("says he knew", "said that she would")?
fn reported(art: &ArticleAnalysis, t: usize) -> bool {
    let verb = match t.checked_sub(1).map(|u| art.lower(u)) {
        Some("that") => t.checked_sub(2),
        _ => t.checked_sub(1),
    };
    verb.is_some_and(|u| crate::lexicon::speech::is_finite_speech_verb(art.lower(u)))
}

/// "demanded his resignation", "called for his immediate arrest": a demand that something be
/// done to another, whose "his" is not the subject's.
fn demanded(art: &ArticleAnalysis, his: usize, end: usize) -> bool {
    let demand = (his.saturating_sub(2)..his).any(|u| {
        matches!(
            art.lower(u),
            "demanded"
                | "demands"
                | "demand"
                | "sought"
                | "urged"
                | "wants"
                | "want"
                | "for"
                | "welcomed"
                | "condemned"
                | "criticised"
                | "criticized"
                | "ordered"
                | "backed"
                | "opposed"
        )
    });
    demand
        && (his + 1..end.min(his + 3))
            .any(|u| crate::lexicon::events::is_done_to_another(art.lower(u)))
}

/// The gender a kinship word gives the person named right after it, in apposition or not,
/// past a description: "her father, Jago Treloar", "Her father, the bluegrass fiddler Amos
/// Truesdale", "his wife Anne".
pub(crate) fn kin_gender_before(art: &ArticleAnalysis, n: usize) -> Option<crate::names::Gender> {
    let doc = &art.doc;
    let start = art.names[n].tokens.start;
    let from = start.saturating_sub(6);
    let kin = (from..start).rev().find(|&u| {
        doc.is_word(u)
            && !doc.is_capitalized(u)
            && crate::lexicon::names::is_kin_noun(doc.token_lower(u))
    })?;
    // Only a comma, an article and the words of a description between them.
    // ("the widow of Dean Dunne" says nothing of Dean's gender.)
    let plain = (kin + 1..start).all(|u| {
        doc.is_punct(u, ',')
            || (doc.is_word(u)
                && !doc.is_capitalized(u)
                && !crate::lexicon::speech::is_preposition(doc.token_lower(u))
                && !crate::lexicon::speech::is_finite_speech_verb(doc.token_lower(u)))
    });
    // "Heffernan's son, Darragh", "the girl's stepfather, Dean": a possessive owns the kin as
    // "his" would.
    let owned = kin > 0
        && (matches!(
            doc.token_lower(kin - 1),
            "her" | "his" | "their" | "my" | "whose" | "our" | "the"
        ) || crate::names::ends_possessive(doc.token_text(kin - 1)));
    (plain && owned)
        .then(|| crate::lexicon::names::head_gender(doc.token_lower(kin)))
        .flatten()
}

/// "Ramaswamy said of her work" when the article names a mother and a son of that surname: the
/// one whose gender the sentence's own "her" or "his" gives, when the surname went to the other.
pub(super) fn relative_by_gender(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    memory: &Memory,
    n: usize,
    e: EntityIx,
    sentence: usize,
) -> EntityIx {
    let name = &art.names[n];
    if name.kind != NameKind::Single || !reg.is_person(e) {
        return e;
    }
    // "said of her work", "spoke about his childhood": the speaker's own "her" or "his".
    let end = art.sentences[sentence].tokens.end;
    let of_own = (name.tokens.end..end.min(name.tokens.end + 6))
        .take_while(|&t| art.in_quote[t].is_none())
        .find(|&t| t > 0 && matches!(art.lower(t - 1), "of" | "about"))
        .and_then(|t| match art.lower(t) {
            "her" => Some(crate::names::Gender::Female),
            "his" => Some(crate::names::Gender::Male),
            _ => None,
        });
    let own = own_pronoun_gender(
        art,
        &Candidate::Name(n),
        art.sentences[sentence].tokens.clone(),
    )
    .or(of_own);
    let (Some(g), Some(has)) = (own, memory.gender(reg, e)) else {
        return e;
    };
    if g == has {
        return e;
    }
    namesakes_before(art, ai, reg, n)
        .map(|(_, other)| other)
        .find(|&other| other != e && memory.gender(reg, other) == Some(g))
        .unwrap_or(e)
}

/// The people named in full before the lone surname `n` whose surname it is, with their
/// entities, latest first; the last few hundred names only, so a text of many names stays
/// linear.
fn namesakes_before<'a>(
    art: &'a ArticleAnalysis,
    ai: usize,
    reg: &'a Registry,
    n: usize,
) -> impl Iterator<Item = (usize, EntityIx)> + 'a {
    let name = &art.names[n];
    let surname = name.words.last().map(|w| w.to_lowercase());
    let before = art.names.partition_point(|m| m.end <= name.start);
    (0..before)
        .rev()
        .take(300)
        .filter(|&m| art.names[m].kind == NameKind::Person)
        .filter(move |&m| art.names[m].words.last().map(|w| w.to_lowercase()) == surname)
        .filter_map(move |m| reg.entity_of_mention(ai, m).map(|x| (m, x)))
}

/// "Mokoena once told an interviewer" after "Thandiwe Mokoena … Her brother, Jabulani
/// Mokoena, said": a surname alone is the person the story is about, not a relative the text
/// introduced by their kinship, when the surname went to the relative.
pub(super) fn not_the_relative(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    n: usize,
    e: EntityIx,
) -> EntityIx {
    let name = &art.names[n];
    if name.kind != NameKind::Single || !reg.is_person(e) {
        return e;
    }
    // Earliest first: the story's subject is named before its relatives.
    let mut namesakes: Vec<(usize, EntityIx)> = namesakes_before(art, ai, reg, n).collect();
    namesakes.reverse();
    let kin = |m: usize| kin_gender_before(art, m).is_some();
    let relative = namesakes.iter().any(|&(m, x)| x == e && kin(m))
        && !namesakes.iter().any(|&(m, x)| x == e && !kin(m));
    if !relative {
        return e;
    }
    namesakes
        .iter()
        .find(|&&(m, x)| x != e && !kin(m))
        .map_or(e, |&(_, x)| x)
}
