//! Passages: each quotation given its speaker, by its own cue or, without one, by the passage
//! around it (a statement running over paragraphs, an exchange of turns, an answer to a
//! question, a speaker introduced by a colon or announced just before, the person a sentence
//! of narration is about).

use super::resolution::{CueResolution, ResolvedQuote, Speaker};
use super::*;

/// Gives each quotation its speaker: its cue's, or one the passage around it implies.
pub(super) fn attribute_quotes(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    cues: &CueResolution,
) -> Vec<ResolvedQuote> {
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
        // "‘We were told it was safe’: families demand answers": in a headline or a caption a
        // verb's subject attributes only if it names someone; a description there is the
        // story's subject. Dashes, name lines and colons attribute as anywhere.
        let display = art.is_display_line(q.span.paragraph);
        let named = |c: &CueRef| {
            let cue = &art.sentences[c.sentence].cues[c.index];
            matches!(cue.candidate, Candidate::Name(_)) || cue.kind != CueKind::Words
        };
        let own = q
            .cue
            .filter(|c| !display || named(c))
            .and_then(|c| cues.speaker(c));
        if q.span.continues_previous && qi > 0 {
            continue_paragraphs(&mut quotes, &mut rq, own);
        } else if let Some(speaker) = own {
            rq.set_speaker(Some(speaker));
        } else if q.cue.is_none() && display {
            rq.set_speaker(named_after_colon(art, ai, reg, q));
        } else if q.cue.is_none() {
            let implied = introduced_by_colon(art, cues, q)
                .or_else(|| name_line_with_colon(art, ai, reg, q))
                .or_else(|| answer_in_interview(art, ai, reg, q))
                .or_else(|| turn_in_exchange(art, &quotes, q))
                .or_else(|| carried_over(art, &quotes, &mut rq))
                .or_else(|| announced_before(art, cues, qi))
                .or_else(|| named_in_echo(art, ai, reg, q))
                .or_else(|| subject_before(art, reg, cues, q));
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
    // "He added that security agencies had assured the board": the sentence's own cue, not
    // one inside the words it reports, nor one in a relative clause ("A nurse at St Anselm's,
    // who asked not to be named, said").
    let relative = |ci: usize| {
        let t = art.sentences[before].cues[ci].token;
        t > 0 && matches!(art.doc.token_lower(t - 1), "who" | "which")
    };
    let index = (0..cues.speakers[before].len())
        .find(|&ci| cues.speakers[before][ci].is_some() && !relative(ci))?;
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
    let sentence = art.sentences[q.sentence].tokens.start;
    // Past the bold of a Markdown label ("**Grace Adebayo, 23:** “…”").
    let colon = (sentence..first).rev().find(|&t| {
        art.in_quote[t].is_none()
            && !art.is_mark(t)
            && !doc.is_punct(t, '*')
            && !doc.is_punct(t, '_')
    });
    if let Some(colon) = colon {
        if !doc.is_punct(colon, ':') {
            return None;
        }
        let e = cues.subjects[q.sentence]?;
        return Some((e, cues.subject_mentions[q.sentence].clone()));
    }
    // "He had a warning for school owners:" closing the paragraph before a quotation that
    // opens its own: the person the sentence is about.
    let before = q.sentence.checked_sub(1)?;
    let last = art.sentences[before].tokens.end.checked_sub(1)?;
    let opens_paragraph = art.sentences[before].paragraph < art.sentences[q.sentence].paragraph;
    if !opens_paragraph || !doc.is_punct(last, ':') || art.in_quote[last].is_some() {
        return None;
    }
    let e = cues.subjects[before]?;
    Some((e, cues.subject_mentions[before].clone()))
}

/// "The Prime Minister, Eleanor Whitford:" as a paragraph of its own before a paragraph that
/// opens with a quotation: the person the line names speaks it, as lists of reactions write.
fn name_line_with_colon(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    q: &RawQuote,
) -> Option<Speaker> {
    let doc = &art.doc;
    let before = q.sentence.checked_sub(1)?;
    let line = &art.sentences[before];
    let last = line.tokens.end.checked_sub(1)?;
    let opens_paragraph = line.paragraph < art.sentences[q.sentence].paragraph;
    // A line of its own, and the quotation opening the paragraph after it.
    let own_line = doc.paragraph_tokens[line.paragraph].start == line.tokens.start;
    let quote_opens = art.paragraph_opens_quoted(art.sentences[q.sentence].paragraph);
    if !opens_paragraph
        || !own_line
        || !quote_opens
        || !doc.is_punct(last, ':')
        || line.tokens.len() > 14
    {
        return None;
    }
    let n = art.name_of_token[last.checked_sub(1)?]?;
    let name = &art.names[n];
    // Only a name, with its title or role in capitals and commas before it.
    let plain = (line.tokens.start..name.tokens.start)
        .all(|u| doc.is_capitalized(u) || doc.is_punct(u, ',') || !doc.is_word(u));
    if name.kind != NameKind::Person || name.tokens.end != last || !plain {
        return None;
    }
    person_named(art, ai, reg, n)
}

/// An interview printed as questions in plain paragraphs and answers in quotation marks: a
/// quotation opening the paragraph after a question is the answer of the person the text says
/// was interviewed ("Novelist Ada Obi spoke to Tom Reyes. … What is next? … “A book.”").
fn answer_in_interview(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    q: &RawQuote,
) -> Option<Speaker> {
    let doc = &art.doc;
    let first = doc.token_at_or_after(q.span.start);
    let pi = doc.paragraph_of(q.span.start);
    if pi == 0 || !art.paragraph_opens_quoted(pi) {
        return None;
    }
    let question = &doc.paragraph_tokens[pi - 1];
    let asked = question.end > question.start
        && doc.is_punct(question.end - 1, '?')
        && question.len() <= 60
        && question
            .clone()
            .all(|t| art.in_quote[t].is_none() && !art.is_mark(t));
    if !asked {
        return None;
    }
    // The introduction names both: the one who asked ("spoke to Rosa Dale", not "spoke to
    // reporters") and the one who answers. Only an article's opening is read for them.
    let intro = first.min(art.doc.paragraph_tokens.get(3).map_or(first, |p| p.end));
    let (interviewed, interviewer) = art.interview_parties_before(intro)?;
    interviewer?;
    person_named(art, ai, reg, interviewed)
}

/// A quotation standing alone, then a sentence that says whose words they were: "That was how
/// Mereana Tapsell described the moment …", "So says Ana Roe, who …", "Those were the words of
/// …": the first person that sentence names.
fn named_in_echo(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    q: &RawQuote,
) -> Option<Speaker> {
    let next = art.sentences.get(q.sentence + 1)?;
    if next.paragraph > art.sentences[q.sentence].paragraph + 1 {
        return None;
    }
    let words: Vec<&str> = next
        .tokens
        .clone()
        .filter(|&t| art.doc.is_word(t))
        .take(5)
        .map(|t| art.lower(t))
        .collect();
    let echo = matches!(
        words.as_slice(),
        ["that", "was" | "is" | "’s" | "'s", "how", ..]
            | ["so", "says" | "said", ..]
            | ["those", "were", "the", "words", "of", ..]
            | ["such", "is", "the", "view", "of", ..]
    );
    if !echo {
        return None;
    }
    let first = art
        .names
        .partition_point(|n| n.tokens.start < next.tokens.start);
    (first..art.names.len())
        .take_while(|&n| art.names[n].tokens.start < next.tokens.end)
        .take(3)
        .find_map(|n| person_named(art, ai, reg, n))
}

/// The person the name `n` is a mention of, with the mention, as a quotation's speaker.
fn person_named(art: &ArticleAnalysis, ai: usize, reg: &Registry, n: usize) -> Option<Speaker> {
    let e = reg.entity_of_mention(ai, n).filter(|&e| reg.is_person(e))?;
    let name = &art.names[n];
    Some((
        e,
        Some(super::resolution::mention_of(art, name.start..name.end)),
    ))
}

/// "‘I wanted to make a film my grandmother would recognise’: Nadia Farouk on her new film": a
/// headline's quotation followed by a colon and a person's name is that person's.
fn named_after_colon(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    q: &RawQuote,
) -> Option<Speaker> {
    let doc = &art.doc;
    let mut t = doc.token_at_or_after(q.span.end);
    let end = art.sentences[q.sentence].tokens.end;
    while t < end && art.is_mark(t) {
        t += 1;
    }
    if t + 1 >= end || !doc.is_punct(t, ':') {
        return None;
    }
    let n = art.name_of_token[t + 1]?;
    let name = &art.names[n];
    if name.kind != NameKind::Person || name.tokens.start != t + 1 {
        return None;
    }
    person_named(art, ai, reg, n)
}

/// A quotation standing alone right after a sentence of narration about someone, in the same
/// paragraph ("The Speaker, Sir Ivo Lamb, rose to calm the chamber. “Order! Order!”"): the
/// writer lets the person just introduced speak. So too a paragraph that is all quotation after
/// a paragraph closing on a person ("Engineer Dr Noor Hassan, who reviewed the plans,
/// disagreed." then "“A dam can still fail.”"), not on a body or a thing.
fn subject_before(
    art: &ArticleAnalysis,
    reg: &Registry,
    cues: &CueResolution,
    q: &RawQuote,
) -> Option<Speaker> {
    let before = q.sentence.checked_sub(1)?;
    let (prev, own) = (&art.sentences[before], &art.sentences[q.sentence]);
    let narration = own
        .tokens
        .clone()
        .filter(|&t| art.in_quote[t].is_none() && art.doc.is_word(t))
        .take(5)
        .count();
    let quoted_before = prev.tokens.clone().any(|t| art.in_quote[t].is_some());
    if narration > 0 || quoted_before {
        return None;
    }
    let e = cues.subjects[before]?;
    let own_paragraph = prev.paragraph + 1 == own.paragraph
        && own.tokens.start == art.doc.paragraph_tokens[own.paragraph].start
        && art
            .sentences
            .get(q.sentence + 1)
            .is_none_or(|s| s.paragraph != own.paragraph)
        && reg.is_person(e);
    if prev.paragraph != own.paragraph && !own_paragraph {
        return None;
    }
    Some((e, cues.subject_mentions[before].clone()))
}
