//! Resolution: candidates turned into entities in reading order (pronouns by salience and
//! gender, descriptions through appositions), and each quotation given its speaker.

use super::appositions::description_matches;
use super::memory::{Described, Memory};
use super::*;

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
type Speaker = (EntityIx, Option<Mention>);

/// Every cue of an article resolved, sentence by sentence.
struct CueResolution {
    speakers: Vec<Vec<Option<EntityIx>>>,
    mentions: Vec<Vec<Option<Mention>>>,
    subjects: Vec<Option<EntityIx>>,
    subject_mentions: Vec<Option<Mention>>,
}

impl CueResolution {
    fn speaker(&self, cue: CueRef) -> Option<Speaker> {
        let e = self.speakers[cue.sentence][cue.index]?;
        Some((e, self.mentions[cue.sentence][cue.index].clone()))
    }
}

/// Resolves every cue and quotation of article `ai` to entities.
pub(crate) fn resolve(art: &ArticleAnalysis, ai: usize, reg: &mut Registry) -> Resolved {
    let cues = resolve_cues(art, ai, reg);
    let quotes = attribute_quotes(art, &cues);
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
            // does not become a source.
            Candidate::Description { .. } => None,
            c => resolve_candidate(art, ai, reg, c, &memory, si, None)
                .filter(|(e, _)| reg.is_person(*e) || reg.is_group(*e)),
        };
        if let Some((e, _)) = &subject {
            memory.learn_gender(reg, &sentence.subject, *e);
        }
        if let Some(d) = described_person(&sentence.subject, si) {
            memory.described = Some(d);
        }
        out.subjects.push(subject.as_ref().map(|s| s.0));
        out.subject_mentions
            .push(subject.as_ref().and_then(|s| s.1.clone()));
        for &n in &names_by_sentence[si] {
            if let Some(e) = reg.entity_of_mention(ai, n).filter(|&e| reg.is_person(e)) {
                memory.note(art.names[n].start, e, false, si);
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
                speakers[ci] = statement_issuer(art, &out.speakers, si);
            }
        }
        memory.settle(si);
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
/// according to a statement from the board"; "the board said in a statement").
fn statement_issuer(
    art: &ArticleAnalysis,
    speakers: &[Vec<Option<EntityIx>>],
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
            .then(|| speakers[b].iter().rev().find_map(|&e| e))
            .flatten()
    })
}

/// For each sentence, the cue of a quotation in it that asks a question.
fn question_cues(art: &ArticleAnalysis) -> Vec<Option<usize>> {
    let mut out = vec![None; art.sentences.len()];
    for q in &art.quotes {
        let asks = art
            .doc
            .slice(q.span.start..q.span.end)
            .trim_end()
            .ends_with('?');
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

/// Gives each quotation its speaker: its cue's, or one the passage around it implies.
fn attribute_quotes(art: &ArticleAnalysis, cues: &CueResolution) -> Vec<ResolvedQuote> {
    let mut quotes: Vec<ResolvedQuote> = Vec::with_capacity(art.quotes.len());
    for (qi, q) in art.quotes.iter().enumerate() {
        let mut rq = ResolvedQuote {
            start: q.span.start,
            end: q.span.end,
            speaker: None,
            mention: None,
            cue: None,
            continues: None,
            sentence: q.sentence,
        };
        if let Some(c) = q.cue {
            rq.cue = Some(art.sentences[c.sentence].cues[c.index].text.clone());
        }
        let own = q.cue.and_then(|c| cues.speaker(c));
        if q.span.continues_previous && qi > 0 {
            continue_paragraphs(&mut quotes, &mut rq, own);
        } else if let Some(speaker) = own {
            rq.set_speaker(Some(speaker));
        } else if q.cue.is_none() && !art.is_display_line(q.span.paragraph) {
            let implied = introduced_by_colon(art, cues, q)
                .or_else(|| turn_in_exchange(art, &quotes, q))
                .or_else(|| carried_over(art, &quotes, &mut rq))
                .or_else(|| announced_before(art, cues, qi))
                .or_else(|| subject_before(art, cues, q));
            rq.set_speaker(implied);
        }
        quotes.push(rq);
    }
    quotes
}

impl ResolvedQuote {
    fn set_speaker(&mut self, speaker: Option<Speaker>) {
        if let Some((e, m)) = speaker {
            self.speaker = Some(e);
            self.mention = m;
        }
    }
}

/// A quotation running over paragraphs is one statement, attributed at its end or its start:
/// a speaker found at the end is given back to the paragraphs before that had none.
fn continue_paragraphs(quotes: &mut [ResolvedQuote], rq: &mut ResolvedQuote, own: Option<Speaker>) {
    let p = quotes.len() - 1;
    match own {
        Some(speaker) => {
            rq.set_speaker(Some(speaker));
            let mut back = Some(p);
            while let Some(b) = back {
                if quotes[b].speaker.is_some() {
                    break;
                }
                quotes[b].speaker = rq.speaker;
                quotes[b].mention = rq.mention.clone();
                back = quotes[b].continues;
            }
        }
        None => {
            rq.speaker = quotes[p].speaker;
            rq.mention = quotes[p].mention.clone();
        }
    }
    rq.continues = Some(p);
}

/// Two people trading lines, one paragraph each (an interview, a courtroom exchange): a bare
/// quotation paragraph goes to the speaker before the last one, when the exchange has
/// questions in it. Without a question, a writer keeps one speaker going.
fn turn_in_exchange(
    art: &ArticleAnalysis,
    quotes: &[ResolvedQuote],
    q: &RawQuote,
) -> Option<Speaker> {
    let [.., two_back, last] = quotes else {
        return None;
    };
    let paragraph = |r: &ResolvedQuote| art.sentences[r.sentence].paragraph;
    let consecutive =
        paragraph(two_back) + 1 == paragraph(last) && paragraph(last) + 1 == q.span.paragraph;
    // A turn's cue may carry a short description ("replied Neil Ashburn, a security guard at
    // the retail park").
    let turns = art.quote_is_turn(q.span.paragraph, 0)
        && art.quote_is_turn(paragraph(last), 14)
        && art.quote_is_turn(paragraph(two_back), 14);
    let two_people = matches!((two_back.speaker, last.speaker), (Some(a), Some(b)) if a != b);
    let question = |start: usize, end: usize| art.doc.slice(start..end).trim_end().ends_with('?');
    let asks = question(two_back.start, two_back.end)
        || question(last.start, last.end)
        || question(q.span.start, q.span.end);
    if consecutive && turns && two_people && asks {
        return Some((two_back.speaker.unwrap(), two_back.mention.clone()));
    }
    answer_to_question(art, quotes, q)
}

/// "“On a sticky note? For four years?” Ms Ellery asked." then "“Yes.”": a bare quotation
/// paragraph right after a question is the answer of the last one who spoke before the asker.
fn answer_to_question(
    art: &ArticleAnalysis,
    quotes: &[ResolvedQuote],
    q: &RawQuote,
) -> Option<Speaker> {
    let last = quotes.last()?;
    let asker = last.speaker?;
    let paragraph = |r: &ResolvedQuote| art.sentences[r.sentence].paragraph;
    let asked = art
        .doc
        .slice(last.start..last.end)
        .trim_end()
        .ends_with('?');
    let follows = paragraph(last) + 1 == q.span.paragraph && art.quote_is_turn(q.span.paragraph, 0);
    if !asked || !follows {
        return None;
    }
    quotes
        .iter()
        .rev()
        .skip(1)
        .take(4)
        .take_while(|r| paragraph(r) + 3 >= paragraph(last))
        .find(|r| r.speaker.is_some_and(|e| e != asker))
        .map(|r| (r.speaker.unwrap(), r.mention.clone()))
}

/// A quotation standing alone continues whoever spoke in the sentence just before it. One
/// inside a sentence of narration ("“Not on my watch” — the mood was defiant") is not a
/// continuation: the sentence is about something else.
fn carried_over(
    art: &ArticleAnalysis,
    quotes: &[ResolvedQuote],
    rq: &mut ResolvedQuote,
) -> Option<Speaker> {
    let p = quotes.len().checked_sub(1)?;
    let prev = &quotes[p];
    let narration = art.sentences[rq.sentence]
        .tokens
        .clone()
        .filter(|&t| art.in_quote[t].is_none() && art.doc.is_word(t))
        .take(5)
        .count();
    if prev.sentence + 1 < rq.sentence || prev.speaker.is_none() || narration > 4 {
        return None;
    }
    let same_paragraph_or_next =
        art.sentences[prev.sentence].paragraph + 1 >= art.sentences[rq.sentence].paragraph;
    if same_paragraph_or_next {
        rq.continues = Some(p);
    }
    Some((prev.speaker?, prev.mention.clone()))
}

/// A sentence just before the quotation that announces a speaker ("..., she stressed:",
/// "Okafor continued:"): a cue that no quotation of its own sentence hangs on.
fn announced_before(art: &ArticleAnalysis, cues: &CueResolution, qi: usize) -> Option<Speaker> {
    let before = art.quotes[qi].sentence.checked_sub(1)?;
    let index = cues.speakers[before].iter().rposition(Option::is_some)?;
    let taken = art.quotes[..qi]
        .iter()
        .rev()
        .take_while(|q| q.sentence >= before)
        .any(|q| {
            q.cue
                .is_some_and(|c| c.sentence == before && c.index == index)
        });
    if taken {
        return None;
    }
    cues.speaker(CueRef {
        sentence: before,
        index,
    })
}

/// "Varga, in her acceptance speech: “…”", "Reader Tomás Quill sends this from the seafront:
/// “…”": a quotation after a colon in a sentence about a person is that person's.
fn introduced_by_colon(
    art: &ArticleAnalysis,
    cues: &CueResolution,
    q: &RawQuote,
) -> Option<Speaker> {
    let doc = &art.doc;
    let first = doc.token_at_or_after(q.span.start);
    let colon = (art.sentences[q.sentence].tokens.start..first)
        .rev()
        .find(|&t| art.in_quote[t].is_none() && !art.is_mark(t))?;
    if !doc.is_punct(colon, ':') {
        return None;
    }
    let e = cues.subjects[q.sentence]?;
    Some((e, cues.subject_mentions[q.sentence].clone()))
}

/// A quotation standing alone right after a sentence of narration about someone, in the same
/// paragraph ("The Speaker, Sir Ivo Lamb, rose to calm the chamber. “Order! Order!”"): the
/// writer lets the person just introduced speak.
fn subject_before(art: &ArticleAnalysis, cues: &CueResolution, q: &RawQuote) -> Option<Speaker> {
    let before = q.sentence.checked_sub(1)?;
    let (prev, own) = (&art.sentences[before], &art.sentences[q.sentence]);
    let narration = own
        .tokens
        .clone()
        .filter(|&t| art.in_quote[t].is_none() && art.doc.is_word(t))
        .take(5)
        .count();
    let quoted_before = prev.tokens.clone().any(|t| art.in_quote[t].is_some());
    if prev.paragraph != own.paragraph || narration > 0 || quoted_before {
        return None;
    }
    let e = cues.subjects[before]?;
    Some((e, cues.subject_mentions[before].clone()))
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
            // A name nobody else shares becomes an entity only when it speaks.
            let e = reg.entity_of_mention(ai, *n).or_else(|| {
                cue.map(|_| {
                    let place_like = art.place_like(name.tokens.start);
                    reg.speaker_for_unknown_name(ai, *n, &name.text(), place_like)
                })
            })?;
            (e, name.start..name.end)
        }
        Candidate::Pronoun {
            token,
            gender,
            plural,
        } => {
            let tok = art.doc.tokens[*token];
            let described = memory.described_antecedent(tok.start, *gender, sentence);
            let e = if *plural {
                // "it said": the body that spoke last, else the last one named.
                let it = art.doc.token_lower(*token) == "it";
                reg.latest_group(ai, tok.start).or_else(|| {
                    it.then(|| last_body_named(art, ai, reg, tok.start))
                        .flatten()
                })?
            } else if let Some(d) = described.filter(|_| cue.is_some()) {
                description_speaker(art, ai, reg, d)?
            } else {
                memory.antecedent(reg, tok.start, *gender, sentence)?
            };
            (e, tok.start..tok.end)
        }
        // "the 26-year-old said": the person the passage is about, as "he" or "she" would be.
        Candidate::Description {
            span, head, plural, ..
        } if head.ends_with("-year-old") && !*plural => {
            let e = memory
                .antecedent(reg, span.start, None, sentence)
                .or_else(|| description_speaker(art, ai, reg, candidate))?;
            (e, span.clone())
        }
        Candidate::Description { span, .. } => {
            (description_speaker(art, ai, reg, candidate)?, span.clone())
        }
        Candidate::Subject | Candidate::None => return None,
    };
    let mention = Mention {
        text: art.doc.slice(span.clone()),
        start: span.start,
        end: span.end,
    };
    Some((e, Some(mention)))
}

/// The organisation named last before `pos` in article `ai`, unless a document was mentioned
/// since ("read a statement on behalf of the family. “…,” it said": the statement speaks).
fn last_body_named(
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

/// The entity a description speaks for: a name the text linked it to by apposition (here or
/// earlier), an organisation named before whose name ends in its head ("the union" after "the
/// Harbour Workers’ Union"), or else an unnamed source of its own.
fn description_speaker(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    candidate: &Candidate,
) -> Option<EntityIx> {
    let Candidate::Description {
        span,
        text,
        head,
        modifiers,
        plural,
    } = candidate
    else {
        return None;
    };
    // "the former" and "the latter": the first and second of the last two people named.
    if matches!(head.as_str(), "former" | "latter") && !*plural {
        let names_before = art.names.partition_point(|n| n.end <= span.start);
        let mut people: Vec<EntityIx> = Vec::new();
        for n in (0..names_before).rev().take(60) {
            let Some(e) = reg.entity_of_mention(ai, n).filter(|&e| reg.is_person(e)) else {
                continue;
            };
            if !people.contains(&e) {
                people.push(e);
            }
            if people.len() == 2 {
                break;
            }
        }
        if let [latter, former] = people[..] {
            return Some(if head == "latter" { latter } else { former });
        }
    }
    // Appositions and names are in text order: look back from here, a bounded distance.
    let apps_before = art.appositions.partition_point(|a| a.span.start < span.end);
    let lower = text.to_lowercase();
    for app in art.appositions[..apps_before].iter().rev().take(100) {
        let overlaps =
            !app.span.is_empty() && app.span.start < span.end && span.start < app.span.end;
        if overlaps || app.description == lower {
            if let Some(e) = reg.entity_of_mention(ai, app.name) {
                return Some(e);
            }
        }
    }
    let apps_before = art
        .appositions
        .partition_point(|a| a.span.start < span.start);
    let linked = art.appositions[..apps_before]
        .iter()
        .rev()
        .take(100)
        .find(|app| description_matches(&app.description, head, modifiers));
    if let Some(e) = linked.and_then(|app| reg.entity_of_mention(ai, app.name)) {
        return Some(e);
    }
    let names_before = art.names.partition_point(|n| n.end <= span.start);
    let named = art.names[..names_before]
        .iter()
        .enumerate()
        .rev()
        .take(300)
        .filter(|(_, n)| n.kind == NameKind::Organization)
        .find(|(_, n)| {
            // "the board" after "the Competition Board of Aldria": the head before "of".
            let before_of = n.words.iter().take_while(|w| w.to_lowercase() != "of");
            let named = [n.words.last(), before_of.last()]
                .into_iter()
                .flatten()
                .any(|w| w.to_lowercase() == *head);
            // "the company said" after "Greywell Appliances": a firm whose name says no other
            // kind of body.
            let firm = crate::lexicon::organisations::is_company_noun(head) && {
                let kinds = crate::entities::org_kinds(&n.words);
                kinds.iter().all(|k| k == "company" || k == head)
            };
            named || firm
        });
    if let Some(e) = named.and_then(|(n, _)| reg.entity_of_mention(ai, n)) {
        return Some(e);
    }
    Some(reg.description_entity(ai, span.start, text, head, *plural))
}
