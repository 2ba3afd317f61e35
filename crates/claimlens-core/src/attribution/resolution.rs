//! Resolution: candidates turned into entities in reading order (pronouns by salience and
//! gender, descriptions through appositions), and each quotation given its speaker.

use super::bodies;
use super::descriptions::{description_speaker, person_of_age, spoke_as, tells_more};
use super::memory::{Described, Memory};
use super::*;
use crate::lexicon::quantities::number_word;

/// A quotation with its resolved speaker, ready for output.
#[derive(Debug, Clone)]
pub(crate) struct ResolvedQuote {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<EntityIx>,
    pub mention: Option<Mention>,
    pub cue: Option<String>,
    /// Index of the previous quote of this article that this one continues (same statement).
    pub continues: Option<usize>,
    pub sentence: usize,
}

/// Per-article resolution results that figures need too.
pub(crate) struct Resolved {
    pub quotes: Vec<ResolvedQuote>,
    /// For each sentence, each cue's resolved speaker.
    pub cue_speakers: Vec<Vec<Option<EntityIx>>>,
    /// For each sentence, its resolved subject.
    pub subjects: Vec<Option<EntityIx>>,
}

/// The resolved speaker of a cue and the words of the text it rests on.
pub(super) type Speaker = (EntityIx, Option<Mention>);

/// Every cue of an article resolved, sentence by sentence.
pub(super) struct CueResolution {
    pub speakers: Vec<Vec<Option<EntityIx>>>,
    pub mentions: Vec<Vec<Option<Mention>>>,
    pub subjects: Vec<Option<EntityIx>>,
    pub subject_mentions: Vec<Option<Mention>>,
}

impl CueResolution {
    pub(super) fn speaker(&self, cue: CueRef) -> Option<Speaker> {
        let e = self.speakers[cue.sentence][cue.index]?;
        Some((e, self.mentions[cue.sentence][cue.index].clone()))
    }
}

/// Resolves every cue and quotation of article `ai` to entities.
pub(crate) fn resolve(art: &ArticleAnalysis, ai: usize, reg: &mut Registry) -> Resolved {
    let cues = resolve_cues(art, ai, reg);
    let quotes = super::passages::attribute_quotes(art, ai, reg, &cues);
    Resolved {
        quotes,
        cue_speakers: cues.speakers,
        subjects: cues.subjects,
    }
}

/// Walks the sentences in order, keeping what the reader has in mind, and resolves each
/// sentence's subject and cues.
fn resolve_cues(art: &ArticleAnalysis, ai: usize, reg: &mut Registry) -> CueResolution {
    let mut memory = Memory::default();
    let mut out = CueResolution {
        speakers: Vec::with_capacity(art.sentences.len()),
        mentions: Vec::with_capacity(art.sentences.len()),
        subjects: Vec::with_capacity(art.sentences.len()),
        subject_mentions: Vec::with_capacity(art.sentences.len()),
    };
    let mut names_by_sentence: Vec<Vec<usize>> = vec![Vec::new(); art.sentences.len()];
    for (n, name) in art.names.iter().enumerate() {
        let t = name.tokens.start;
        if t < art.sentence_of_token.len() {
            names_by_sentence[art.sentence_of_token[t]].push(n);
        }
    }
    let questions = question_cues(art);
    for (si, sentence) in art.sentences.iter().enumerate() {
        // An answer follows a question: its pronoun is not the one who asked.
        memory.asker = si
            .checked_sub(1)
            .and_then(|b| out.speakers[b][questions[b]?]);
        // The subject first, so that "He added ..." can be followed in the next sentence.
        let subject = match &sentence.subject {
            // Subjects only point at entities that exist; a description that never speaks
            // does not become a source, but one the text linked to a person stands for them
            // ("The deputy premier was cautious" after "The deputy premier, Joanna Keswick,").
            d @ Candidate::Description {
                span, head, text, ..
            } => {
                let definite = text.to_lowercase().starts_with("the ");
                super::descriptions::linked_person(art, ai, reg, d)
                    .or_else(|| definite.then(|| spoke_as(art, &out, si, head)).flatten())
                    .filter(|&e| reg.is_person(e))
                    .map(|e| (e, Some(mention_of(art, span.clone()))))
            }
            c => resolve_candidate(art, ai, reg, c, &memory, si, None)
                .filter(|(e, _)| reg.is_person(*e) || reg.is_group(*e)),
        };
        if let Some((e, _)) = &subject {
            memory.learn_gender(reg, &sentence.subject, *e);
            if let Some(g) =
                super::memory::own_pronoun_gender(art, &sentence.subject, sentence.tokens.clone())
            {
                memory.learn_person_gender(reg, *e, g);
            }
        }
        if let Some(d) = described_person(&sentence.subject, si) {
            memory.described = Some(d);
        }
        out.subjects.push(subject.as_ref().map(|s| s.0));
        out.subject_mentions
            .push(subject.as_ref().and_then(|s| s.1.clone()));
        for &n in &names_by_sentence[si] {
            // "Her nephew Thanawat, who manages the queue": a one-word name introduced as a
            // person is someone a later "he" may mean.
            if reg.entity_of_mention(ai, n).is_none()
                && art.names[n].kind == NameKind::Single
                && super::appositions::introduced_as_person(art, n)
            {
                let text = art.names[n].text();
                reg.speaker_for_unknown_name(ai, n, &text, false);
            }
            if let Some(e) = reg.entity_of_mention(ai, n).filter(|&e| reg.is_person(e)) {
                if let Some(g) = super::memory::kin_gender_before(art, n) {
                    memory.learn_person_gender(reg, e, g);
                }
                match reported_clause(art, n, &sentence.tokens) {
                    true => memory.note_reported(art.names[n].start, e, si),
                    false => memory.note(art.names[n].start, e, false, si),
                }
            }
        }
        if let Some((e, m)) = &subject {
            memory.note(m.as_ref().map(|m| m.start).unwrap_or(0), *e, true, si);
        }
        let (mut speakers, mentions) =
            resolve_sentence_cues(art, ai, reg, &mut memory, si, subject.as_ref());
        // "the statement said": whoever issued the statement the text mentioned before.
        for (ci, cue) in sentence.cues.iter().enumerate() {
            if is_document(&cue.candidate) {
                // "A provincial report counted 11 caribou. “…,” the report stated": with no
                // issuer named, the document itself.
                speakers[ci] =
                    statement_issuer(art, &out.speakers, &out.subjects, si).or(speakers[ci]);
            }
        }
        memory.settle(si);
        if let Some(&e) = speakers.iter().rev().flatten().find(|&&e| reg.is_group(e)) {
            memory.last_body = Some((e, si));
        }
        // Only one who said words quoted here: "announced an extra £250m" reports no words.
        if let Some(&e) = speakers.iter().rev().flatten().find(|&&e| reg.is_person(e)) {
            if sentence.tokens.clone().any(|t| art.in_quote[t].is_some()) {
                memory.last_speaker = Some((e, si));
            }
        }
        out.speakers.push(speakers);
        out.mentions.push(mentions);
    }
    out
}

/// A sentence subject describing one person of known gender ("A spokeswoman for the family").
fn described_person(subject: &Candidate, sentence: usize) -> Option<Described> {
    let Candidate::Description {
        span,
        head,
        plural: false,
        ..
    } = subject
    else {
        return None;
    };
    Some(Described {
        candidate: subject.clone(),
        at: span.start,
        sentence,
        gender: crate::lexicon::names::head_gender(head)?,
    })
}

/// A bare description of a document ("the statement", "the report"), which speaks for its
/// issuer; one that says whose it is ("the company's annual report") is a source of its own.
fn is_document(candidate: &Candidate) -> bool {
    matches!(candidate, Candidate::Description { head, modifiers, plural: false, .. }
        if modifiers.is_empty() && crate::lexicon::speech::is_statement_noun(head))
}

/// The speaker of the latest of the few sentences before `si` that mention a statement ("…,
/// according to a statement from the board"; "the board said in a statement"), or its subject
/// ("Mayor Ilse Varga issued a statement on Tuesday").
fn statement_issuer(
    art: &ArticleAnalysis,
    speakers: &[Vec<Option<EntityIx>>],
    subjects: &[Option<EntityIx>],
    si: usize,
) -> Option<EntityIx> {
    (si.saturating_sub(4)..si).rev().find_map(|b| {
        // A bounded read of each sentence keeps a hostile text linear.
        let mentions_statement = art.sentences[b].tokens.clone().take(400).any(|t| {
            art.in_quote[t].is_none()
                && art.doc.is_word(t)
                && crate::lexicon::speech::is_statement_noun(art.lower(t))
        });
        mentions_statement
            .then(|| speakers[b].iter().rev().find_map(|&e| e).or(subjects[b]))
            .flatten()
    })
}

/// For each sentence, the cue of a quotation in it that asks someone a question: one that
/// speaks to "you" ("Would you give up the route?"), not one the speaker asks of the world
/// ("What are we supposed to do now?").
fn question_cues(art: &ArticleAnalysis) -> Vec<Option<usize>> {
    let mut out = vec![None; art.sentences.len()];
    for q in &art.quotes {
        let text = art.doc.slice(q.span.start..q.span.end);
        let addressed = text.split(|c: char| !c.is_alphabetic()).any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "you" | "your" | "yours" | "yourself"
            )
        });
        let asks = addressed && text.trim_end().ends_with('?');
        if let Some(c) = q.cue.filter(|c| asks && c.sentence == q.sentence) {
            out[c.sentence] = Some(c.index);
        }
    }
    out
}

/// Resolves the cues of sentence `si`, whose subject resolved to `subject`.
fn resolve_sentence_cues(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    memory: &mut Memory,
    si: usize,
    subject: Option<&Speaker>,
) -> (Vec<Option<EntityIx>>, Vec<Option<Mention>>) {
    let sentence = &art.sentences[si];
    let mut speakers: Vec<Option<EntityIx>> = Vec::new();
    let mut mentions: Vec<Option<Mention>> = Vec::new();
    for (ci, cue) in sentence.cues.iter().enumerate() {
        let resolved = match cue.candidate {
            // A participle or a coordinated verb: the subject of the nearest finite cue
            // before it, or of the sentence.
            Candidate::Subject => {
                let finite = (0..ci)
                    .rev()
                    .find(|&k| !matches!(sentence.cues[k].candidate, Candidate::Subject));
                match finite {
                    Some(k) if speakers[k].is_some() => {
                        speakers[k].map(|e| (e, mentions[k].clone()))
                    }
                    _ => subject.cloned().or_else(|| match &sentence.subject {
                        d @ Candidate::Description { .. } => {
                            resolve_candidate(art, ai, reg, d, memory, si, Some(cue.token))
                        }
                        _ => None,
                    }),
                }
            }
            ref c => resolve_candidate(art, ai, reg, c, memory, si, Some(cue.token)),
        };
        if let Some((e, m)) = resolved.as_ref().filter(|(e, _)| reg.is_person(*e)) {
            memory.learn_gender(reg, &cue.candidate, *e);
            let at = m
                .as_ref()
                .map(|m| m.start)
                .unwrap_or(art.doc.tokens[cue.token].start);
            memory.note(at, *e, true, si);
        }
        speakers.push(resolved.as_ref().map(|r| r.0));
        mentions.push(resolved.and_then(|r| r.1));
    }
    (speakers, mentions)
}

/// Is name `n` inside a clause of reported speech in its sentence: after "that" right behind
/// a verb of speech ("confirmed that Mary Breen was injured", "said on Monday that …")?
fn reported_clause(art: &ArticleAnalysis, n: usize, sentence: &Range<usize>) -> bool {
    let first = art.names[n].tokens.start;
    let from = sentence.start.max(first.saturating_sub(12));
    (from..first).any(|u| {
        art.doc.token_lower(u) == "that"
            && (u.saturating_sub(4).max(sentence.start)..u)
                .any(|v| crate::lexicon::speech::speech_verb(art.doc.token_lower(v)).is_some())
    })
}

/// Resolves one speaker candidate to an entity and the mention it rests on.
pub(super) fn resolve_candidate(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    candidate: &Candidate,
    memory: &Memory,
    sentence: usize,
    cue: Option<usize>,
) -> Option<Speaker> {
    let (e, span) = match candidate {
        Candidate::Name(n) => {
            let name = &art.names[*n];
            if let Some(e) = described_by_nationality(art, ai, reg, *n, memory, sentence) {
                return Some((e, Some(mention_of(art, name.start..name.end))));
            }
            // A name nobody else shares becomes an entity only when it speaks, or when the
            // text introduces it as a person ("Her daughter, Pam, 72, worries").
            let e = titled_by_initials(art, ai, reg, *n);
            let e = e.or_else(|| reg.entity_of_mention(ai, *n)).or_else(|| {
                (cue.is_some() || super::appositions::introduced_as_person(art, *n)).then(|| {
                    // "“…,” Moody's said": a firm named in the possessive form keeps it, and is
                    // a body.
                    let firm = name.possessive && name.words.len() == 1;
                    let text = if firm {
                        art.doc
                            .slice(name.start..art.doc.tokens[name.tokens.end - 1].end)
                    } else {
                        name.text()
                    };
                    let place_like = firm || art.place_like(name.tokens.start);
                    reg.speaker_for_unknown_name(ai, *n, &text, place_like)
                })
            })?;
            let e = super::memory::relative_by_gender(art, ai, reg, memory, *n, e, sentence);
            (
                super::memory::not_the_relative(art, ai, reg, *n, e),
                name.start..name.end,
            )
        }
        Candidate::Pronoun {
            token,
            gender,
            plural,
        } => {
            let tok = art.doc.tokens[*token];
            let described = memory.described_antecedent(tok.start, *gender, sentence);
            let e = if *plural {
                // "she had read 41 letters but that they described …": a counted plural noun
                // before "they" in its sentence is what "they" are.
                if counted_plural_before(art, sentence, *token) {
                    return None;
                }
                // "it said": the body the sentence before is about, or the party a statement
                // named there was issued for, else the body that spoke last, else the last one
                // named.
                let it = art.doc.token_lower(*token) == "it";
                let about = it
                    .then(|| {
                        bodies::subject_before(art, ai, reg, sentence, *token)
                            .or_else(|| bodies::issued_for(art, ai, reg, sentence, *token))
                    })
                    .flatten();
                // "Residents of Quay Street met the mayor. “…,” they said": the group the
                // sentence before, or this one, is about.
                let group_subject = (!it && cue.is_some())
                    .then(|| {
                        (sentence.saturating_sub(1)..=sentence)
                            .rev()
                            .find_map(|si| match &art.sentences[si].subject {
                                Candidate::Description {
                                    span,
                                    text,
                                    head,
                                    plural: true,
                                    ..
                                } if span.end <= tok.start => Some((span.start, text, head)),
                                _ => None,
                            })
                    })
                    .flatten()
                    .map(|(at, text, head)| reg.description_entity(ai, at, text, head, true));
                // "…, the company said in a statement. “…,” it said": the body a cue of this
                // sentence or the one before made speak.
                let body_spoke = memory
                    .last_body
                    .filter(|&(_, at)| it && at + 1 >= sentence)
                    .map(|(e, _)| e);
                about
                    .or(body_spoke)
                    .or(group_subject)
                    .or_else(|| reg.latest_group(ai, tok.start))
                    .or_else(|| {
                        // "… said hundreds of fans had queued. “…,” they said": a plural of
                        // people just before is "they", though no group was made of it.
                        let people = (art.sentences[sentence.saturating_sub(1)].tokens.start
                            ..*token)
                            .any(|u| {
                                let w = art.doc.token_lower(u);
                                let counted = u > 0 && {
                                    let b = art.doc.token_lower(u - 1);
                                    matches!(b, "of" | "many" | "several" | "some" | "other")
                                        || crate::lexicon::quantities::number_word(b).is_some()
                                        || b.starts_with(|c: char| c.is_ascii_digit())
                                };
                                w.len() > 3
                                    && w.ends_with('s')
                                    && !w.ends_with("ss")
                                    && !art.doc.is_capitalized(u)
                                    && (counted
                                        || crate::lexicon::quantities::is_people_noun(
                                            &crate::figures::lemma(w),
                                        ))
                            });
                        (!it && cue.is_some() && !people)
                            .then(|| {
                                memory.singular_they(reg, tok.start, sentence).or_else(|| {
                                    bodies::named_just_before(art, ai, reg, sentence, tok.start)
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        it.then(|| bodies::last_named(art, ai, reg, tok.start))
                            .flatten()
                    })?
            } else if let Some(d) = described.filter(|_| cue.is_some()) {
                description_speaker(art, ai, reg, d)?
            } else if let Some(e) = cue
                .filter(|&c| {
                    matches!(
                        art.doc.token_lower(c),
                        "added" | "adds" | "continued" | "continues"
                    )
                })
                .and_then(|_| memory.continued_speaker(reg, tok.start, *gender, sentence))
            {
                e
            } else {
                memory
                    .antecedent(reg, tok.start, *gender, sentence)
                    .or_else(|| named_next(art, ai, reg, tok.start, *gender))?
            };
            (e, tok.start..tok.end)
        }
        // "the 26-year-old said", "the teenager said": the person the passage is about, as "he"
        // or "she" would be.
        // "the 34-year-old accountant said", "the father of two said": a description that
        // gives the person just named an age or children tells more of them, as an epithet does.
        Candidate::Description {
            span,
            head,
            plural,
            text,
            ..
        } if !*plural && (crate::lexicon::names::is_epithet(head) || tells_more(text, head)) => {
            let age = text
                .split_whitespace()
                .find(|w| w.ends_with("-year-old"))
                .unwrap_or(head);
            let gender = crate::lexicon::names::head_gender(head);
            let e = person_of_age(art, ai, reg, span.start, age)
                .or_else(|| memory.antecedent(reg, span.start, gender, sentence))
                .or_else(|| description_speaker(art, ai, reg, candidate))?;
            (e, span.clone())
        }
        Candidate::Description { span, .. } => {
            (description_speaker(art, ai, reg, candidate)?, span.clone())
        }
        Candidate::Subject | Candidate::None => return None,
    };
    Some((e, Some(mention_of(art, span))))
}

pub(super) fn mention_of(art: &ArticleAnalysis, span: Range<usize>) -> Mention {
    Mention {
        text: art.doc.slice(span.clone()),
        start: span.start,
        end: span.end,
    }
}

/// "the Colombian said", "the Kenyan added": a nationality standing for the person the article
/// described by it ("Colombian climber Mateo Ruiz"), else the person the passage is about.
fn described_by_nationality(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    n: usize,
    memory: &Memory,
    sentence: usize,
) -> Option<EntityIx> {
    let name = &art.names[n];
    let t = name.tokens.start;
    let single = name.kind != NameKind::Person && name.tokens.len() == 1;
    // "the Scot", "the 21-year-old Englishman", "the young Kiwi".
    let after_the = t > 0
        && (art.lower(t - 1) == "the"
            || (t > 1
                && art.lower(t - 2) == "the"
                && art.doc.is_word(t - 1)
                && !art.doc.is_capitalized(t - 1)));
    if !single || !after_the || !names::is_demonym(&name.text()) {
        return None;
    }
    let demonym = name.text().to_lowercase();
    let apps_before = art
        .appositions
        .partition_point(|a| a.span.start < name.start);
    let described = art.appositions[..apps_before]
        .iter()
        .rev()
        .take(100)
        .filter(|app| {
            app.description
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == demonym)
        })
        .find_map(|app| reg.entity_of_mention(ai, app.name))
        .filter(|&e| reg.is_person(e));
    described.or_else(|| memory.antecedent(reg, name.start, None, sentence))
}

/// Is there a counted plural noun ("41 letters", "several witnesses") in `sentence` before the
/// pronoun at `token`, nearer to it than any name?
fn counted_plural_before(art: &ArticleAnalysis, sentence: usize, token: usize) -> bool {
    let doc = &art.doc;
    let start = art.sentences[sentence].tokens.start;
    let named = art
        .names
        .iter()
        .filter(|n| n.tokens.end <= token && n.tokens.start >= start)
        .map(|n| n.tokens.end)
        .max()
        .unwrap_or(start);
    (named.max(start) + 1..token).any(|t| {
        let word = doc.token_lower(t);
        let counter = doc.token_lower(t - 1);
        doc.is_word(t)
            && word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && (counter.starts_with(|c: char| c.is_ascii_digit())
                || number_word(counter).is_some_and(|n| n >= 2.0)
                || matches!(counter, "several" | "many" | "these" | "those" | "both"))
    })
}

/// "the CS tells MPs" after "Treasury Cabinet Secretary Njeri Kamau": a title's initials after
/// "the" stand for the person given that title.
fn titled_by_initials(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    n: usize,
) -> Option<EntityIx> {
    let name = &art.names[n];
    let [acronym] = name.words.as_slice() else {
        return None;
    };
    let the = name.tokens.start > 0 && art.doc.token_lower(name.tokens.start - 1) == "the";
    if !the || !(2..=4).contains(&acronym.len()) || !acronym.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let acronym = acronym.to_lowercase();
    let apps_before = art
        .appositions
        .partition_point(|a| a.span.start < name.start);
    art.appositions[..apps_before]
        .iter()
        .rev()
        .take(100)
        .find(|app| {
            let words: Vec<&str> = app.description.split_whitespace().collect();
            words.windows(acronym.len()).any(|w| {
                let initials: String = w.iter().filter_map(|x| x.chars().next()).collect();
                initials == acronym
                    && w.last().is_some_and(|last| {
                        crate::lexicon::roles::is_title_any_case(last)
                            || crate::lexicon::names::is_role_noun(last)
                    })
            })
        })
        .and_then(|app| reg.entity_of_mention(ai, app.name))
        .filter(|&e| reg.is_person(e))
}

/// "“It’s over,” she said. Mary Collins, 71, has lived there for 40 years": a pronoun with no
/// one before it is the person the next lines name first, when gender allows.
fn named_next(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    pos: usize,
    gender: Option<crate::names::Gender>,
) -> Option<EntityIx> {
    let first = art.names.partition_point(|n| n.start <= pos);
    art.names[first..]
        .iter()
        .enumerate()
        .take_while(|(_, n)| n.start < pos + 400)
        .filter_map(|(k, _)| reg.entity_of_mention(ai, first + k))
        .find(|&e| reg.is_person(e))
        .filter(|&e| crate::names::gender_compatible(gender, reg.gender(e)))
}
