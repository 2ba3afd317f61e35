//! Speakers described rather than named ("the skipper", "a spokeswoman for the council",
//! "another analyst"): the person an earlier or later description or title names, the body the
//! description's noun names, the speaker just before, or an unnamed source of its own.

use super::appositions::description_matches;
use super::*;
use crate::lexicon::quantities::number_word;

/// The entity a description speaks for: a name the text linked it to by apposition (here or
/// earlier), an organisation named before whose name ends in its head ("the union" after "the
/// Harbour Workers’ Union"), or else an unnamed source of its own.
pub(super) fn description_speaker(
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
    // "A motorcyclist who identified himself as Emeka said": the one name the person gave.
    let doc = &art.doc;
    let (from, to) = (
        doc.token_at_or_after(span.start),
        doc.token_at_or_after(span.end),
    );
    let first = art.names.partition_point(|n| n.tokens.start < from);
    let given_name = (first..art.names.len())
        .take_while(|&n| art.names[n].tokens.start < to + 12)
        .find(|&n| super::appositions::named_only_as(doc, art.names[n].tokens.start));
    if let Some(n) = given_name {
        let text = art.names[n].text();
        return Some(
            reg.entity_of_mention(ai, n)
                .unwrap_or_else(|| reg.speaker_for_unknown_name(ai, n, &text, false)),
        );
    }
    let lower = text.to_lowercase();
    // "Another analyst said", "a second surgeon said": someone other than the one before.
    if is_other(&lower) {
        return Some(reg.description_entity(ai, span.start, text, head, *plural));
    }
    if let Some(e) = linked_person(art, ai, reg, candidate) {
        return Some(e);
    }
    let apps_before = art
        .appositions
        .partition_point(|a| a.span.start < span.start);
    // "His wife, Efua, said … “…,” his wife said": the one-word name given to the same words.
    let given = art.appositions[..apps_before]
        .iter()
        .rev()
        .take(100)
        .find(|app| app.description == lower && art.names[app.name].kind == NameKind::Single);
    if let Some(app) = given {
        let text = art.names[app.name].text();
        return Some(reg.speaker_for_unknown_name(ai, app.name, &text, false));
    }
    let definite = lower.starts_with("the ");
    let usable = |app: &&Apposition| definite || !app.in_front;
    // "“…,” admitted the firm’s founder. … The founder, Raj Patel, started it": a description
    // the next lines name, when nothing before did.
    // Only a person's role looks ahead ("the founder", not "the company"), and never to
    // "another lawyer, Tom Reyes".
    // "A Treasury spokesperson said" introduces someone new: never the person named later.
    let role = definite
        && (crate::lexicon::names::is_role_noun(head)
            || crate::lexicon::roles::is_title_any_case(head));
    let ahead = art.appositions[apps_before..]
        .iter()
        .take_while(|app| role && app.span.start < span.end + 600)
        .filter(usable)
        .find(|app| {
            let another = app
                .description
                .split_whitespace()
                .any(|w| matches!(w, "another" | "other" | "fellow" | "second" | "also"));
            app.span.start >= span.end
                && !another
                && description_matches(&app.description, head, modifiers)
        });
    if let Some(e) = ahead.and_then(|app| reg.entity_of_mention(ai, app.name)) {
        return Some(e);
    }
    if let Some(e) = named_after_lede(art, ai, reg, span, &lower, head) {
        return Some(e);
    }
    let names_before = art.names.partition_point(|n| n.end <= span.start);
    // "His club said": someone's own body, not the last firm named.
    let owned = matches!(
        lower.split(' ').next(),
        Some("his" | "her" | "their" | "its")
    );
    // "the investment trust Northmoor Growth said … “…,” the trust said": the body named right
    // after the same noun.
    if !owned && !*plural && crate::lexicon::organisations::is_org_head(head) {
        let noun_before_name = (0..names_before).rev().take(200).find(|&n| {
            let t = art.names[n].tokens.start;
            t > 0
                && art.names[n].title.is_none()
                && art.doc.is_word(t - 1)
                && !art.doc.is_capitalized(t - 1)
                && art.lower(t - 1) == head
        });
        if let Some(n) = noun_before_name {
            let text = art.names[n].text();
            let e = reg
                .entity_of_mention(ai, n)
                .unwrap_or_else(|| reg.speaker_for_unknown_name(ai, n, &text, true));
            return Some(e);
        }
    }
    // "Skylane, the low-cost airline, reported … The airline said": the body the same noun
    // described in apposition.
    if !owned && !*plural && crate::lexicon::organisations::is_org_head(head) {
        if let Some(n) = described_body(art, names_before, head) {
            let text = art.names[n].text();
            return Some(
                reg.entity_of_mention(ai, n)
                    .unwrap_or_else(|| reg.speaker_for_unknown_name(ai, n, &text, true)),
            );
        }
    }
    let firm_noun = !owned && crate::lexicon::organisations::is_company_noun(head);
    let agency_noun = !owned && crate::lexicon::organisations::is_agency_noun(head);
    let named = art.names[..names_before]
        .iter()
        .enumerate()
        .rev()
        .take(300)
        .filter(|(_, n)| n.kind == NameKind::Organization)
        // "In a Facebook post, the rail operator said": a platform named as the medium.
        .filter(|(_, n)| {
            let next = n.tokens.end;
            next >= art.doc.tokens.len() || !crate::lexicon::speech::is_medium_noun(art.lower(next))
        })
        // "Tomasz Wierzbicki, an analyst at Hollis & Crane": a commentator's employer is not
        // the company the story is about.
        // "Prairie Gate partner Denise Okafor-Hale" too.
        .filter(|(_, n)| {
            let t = n.tokens.start;
            let after = n.tokens.end;
            let at_employer = t >= 2
                && matches!(art.lower(t - 1), "at" | "with")
                && crate::lexicon::roles::is_role_head(art.lower(t - 2));
            let employer_before = after < art.doc.tokens.len()
                && art.doc.is_word(after)
                && !art.doc.is_capitalized(after)
                && crate::lexicon::roles::is_role_head(art.lower(after));
            // "Greyrock Transit, owned by the Halden Group, said": a firm named as the agent
            // of a participle (owned, backed, run by) or as what another is part of is named
            // in passing.
            let p = if t >= 1 && art.lower(t - 1) == "the" {
                t - 1
            } else {
                t
            };
            let agent = p >= 2
                && matches!(art.lower(p - 1), "by" | "of")
                && (crate::lexicon::quantities::is_past_form(art.lower(p - 2))
                    || matches!(
                        art.lower(p - 2),
                        "subsidiary" | "part" | "unit" | "division"
                    ));
            !(firm_noun && (at_employer || employer_before || agent))
        })
        .find(|(_, n)| {
            // "the board" after "the Competition Board of Aldria": the head before "of".
            let before_of = n.words.iter().take_while(|w| w.to_lowercase() != "of");
            // "the developer" after "Drumcar Developments", "the insurer" after "Harbour
            // Insurance": the agent noun's stem opens the name's last word.
            let stem = head
                .strip_suffix("er")
                .or_else(|| head.strip_suffix("or"))
                .filter(|stem| stem.len() >= 5);
            let named = [n.words.last(), before_of.last()]
                .into_iter()
                .flatten()
                .any(|w| {
                    let w = w.to_lowercase();
                    w == *head || stem.is_some_and(|stem| w.starts_with(stem))
                });
            if named {
                return true;
            }
            let kinds = || crate::entities::org_kinds(&n.words);
            // "the company said" after "Greywell Appliances": a firm whose name says no other
            // kind of body; "the regulator said" after "The Office of Rail and Road".
            // "RBC Capital Markets": a firm by one of its words is one whatever the others.
            (firm_noun
                && (kinds().iter().all(|k| k == "company" || k == head)
                    || kinds().iter().any(|k| k == "company")))
                || (agency_noun && kinds().iter().any(|k| k == "agency"))
        });
    // "Furrowly now sells sensors … a round led by Prairie Gate Ventures … “…,” the company
    // said": the firm the story's sentences are about before one named in passing.
    if definite && firm_noun {
        if let Some(e) = one_word_firm(art, ai, reg, span.start) {
            return Some(e);
        }
    }
    if let Some(e) = named.and_then(|(n, _)| reg.entity_of_mention(ai, n)) {
        return Some(e);
    }
    if definite && !*plural {
        if let Some(e) = super::variation::speaker_just_before(art, ai, reg, span.start, head)
            .filter(|&e| !super::variation::spoken_to(art, ai, reg, span.end, e))
        {
            return Some(e);
        }
    }
    Some(reg.description_entity(ai, span.start, text, head, *plural))
}

/// "Halvex blamed a software update. “…,” the company said": a one-word name that no person
/// bears, or a name none of whose words is a given name ("Ridgeway Meats"), the subject of this
/// sentence or the one before, is the firm.
fn one_word_firm(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    pos: usize,
) -> Option<EntityIx> {
    let doc = &art.doc;
    let si = art.sentence_of_token[doc.token_at_or_after(pos).min(doc.tokens.len() - 1)];
    // The nearest of the last few sentences' subjects: "Furrowly now sells … " three
    // paragraphs before "the company said".
    let n = (si.saturating_sub(12)..=si)
        .rev()
        .find_map(|s| match art.sentences[s].subject {
            // "Ridgeway Meats said …": a name of words that are no given names, untitled.
            Candidate::Name(n)
                if art.names[n].kind == NameKind::Person
                    && art.names[n].title.is_none()
                    && art.names[n].end <= pos
                    && reg
                        .entity_of_mention(ai, n)
                        .is_some_and(|e| reg.named_like_a_firm(e)) =>
            {
                Some(n)
            }
            Candidate::Name(n)
                if art.names[n].kind == NameKind::Organization
                    && art.names[n].end <= pos
                    && reg.entity_of_mention(ai, n).is_some_and(|e| {
                        crate::entities::org_kinds(&art.names[n].words)
                            .iter()
                            .any(|k| k == "company")
                            && reg.is_group(e)
                    }) =>
            {
                Some(n)
            }
            Candidate::Name(n)
                if art.names[n].kind == NameKind::Single
                    && art.names[n].end <= pos
                    && reg
                        .entity_of_mention(ai, n)
                        .is_none_or(|e| reg.is_group(e) || reg.known_by_one_word(e)) =>
            {
                Some(n)
            }
            _ => None,
        })?;
    let text = art.names[n].text();
    let e = reg
        .entity_of_mention(ai, n)
        .unwrap_or_else(|| reg.speaker_for_unknown_name(ai, n, &text, true));
    // "Unilever said …. “…,” the company said": the one word was a firm's name all along.
    reg.make_firm(e);
    Some(e)
}

/// "Another analyst", "a second surgeon": someone other than the one before.
fn is_other(lower: &str) -> bool {
    let mut opening = lower.split_whitespace();
    match (opening.next(), opening.next()) {
        (Some("another" | "other" | "fellow"), _) => true,
        (Some("a" | "one"), Some("second" | "third" | "fourth" | "fellow" | "other")) => true,
        // "One councillor, who asked not to be named, said": one of many, not the one named.
        (Some("one"), Some(w)) => w != "of",
        _ => false,
    }
}

/// The person a description names through an apposition: one it overlaps or repeats ("the
/// captain, Rhys Hale"), or an earlier one it matches ("the skipper" after "captain Jack
/// Tremayne"), when a team or party it names agrees. Only looks: creates no entity.
pub(super) fn linked_person(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    candidate: &Candidate,
) -> Option<EntityIx> {
    let Candidate::Description {
        span,
        text,
        head,
        modifiers,
        ..
    } = candidate
    else {
        return None;
    };
    let lower = text.to_lowercase();
    if is_other(&lower) {
        return None;
    }
    // Appositions and names are in text order: look back from here, a bounded distance.
    let apps_before = art.appositions.partition_point(|a| a.span.start < span.end);
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
    let definite = lower.starts_with("the ");
    // "the Rovers boss": a capitalised modifier (a team, a party, a place) must agree with
    // what the text said of the person ("Rovers manager Stuart Kerr").
    let proper_of = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| w.trim_end_matches(['’', '\'', 's', ',']).to_lowercase())
            .filter(|w| {
                w.len() > 1
                    && !w.contains('.')
                    && !crate::lexicon::speech::is_determiner(w)
                    && !crate::lexicon::names::is_role_noun(w)
                    && !crate::lexicon::roles::is_title_any_case(w)
            })
            .collect()
    };
    let proper: Vec<String> = proper_of(text).into_iter().filter(|w| w != head).collect();
    // A description of the person naming another team or party ("Dalby boss Frank Ilori") is
    // not "the Rovers boss"; one naming none ("the captain, Rhys Hale") may be.
    // Their own capitalised words are read only when ours name a team or party.
    // "A department spokesperson said" after "Hannah Quist, a spokesperson for the
    // department,": an indefinite description introduces someone new.
    let indefinite = matches!(lower.split(' ').next(), Some("a" | "an"));
    let usable = |app: &&Apposition| {
        (definite || !app.in_front)
            && !indefinite
            && (proper.is_empty() || {
                let theirs = proper_of(&art.doc.slice(app.span.clone()));
                theirs.is_empty() || proper.iter().all(|p| theirs.contains(p))
            })
    };
    let matching = || {
        art.appositions[..apps_before]
            .iter()
            .rev()
            .take(100)
            .filter(usable)
            .filter(|app| description_matches(&app.description, head, modifiers))
    };
    // "the manager" after "Ashgrove manager Pete Calloway … Dunmore boss Kenny Adeyemi": the
    // person described by the very word before one described by a word of the same sense,
    // in this paragraph or the one before.
    let paragraph = art.doc.paragraph_of(span.start);
    let same_word = matching()
        .take_while(|app| art.doc.paragraph_of(app.span.start) + 1 >= paragraph)
        .find(|app| app.description.split_whitespace().any(|w| w == head));
    // "Magpies coach Trent Haverfield … Eagles coach Ngaire Brennan … “…,” Haverfield said.
    // Asked …, the coach said": of two the description fits, the one who just spoke.
    let before = art.quotes.partition_point(|q| q.span.end <= span.start);
    let just_spoke = art.quotes[..before]
        .iter()
        .rev()
        .take_while(|q| art.doc.paragraph_of(q.span.start) == paragraph)
        .take(20)
        .find_map(|q| q.cue)
        .and_then(
            |c| match art.sentences[c.sentence].cues[c.index].candidate {
                Candidate::Name(n) => reg.entity_of_mention(ai, n),
                _ => None,
            },
        );
    if let Some(e) =
        just_spoke.filter(|&e| matching().any(|app| reg.entity_of_mention(ai, app.name) == Some(e)))
    {
        return Some(e);
    }
    // "Calloway confirmed that … “…,” the manager said": or the one the sentence before, in
    // this paragraph, is about.
    let si = art.sentence_of_token[art
        .doc
        .token_at_or_after(span.start)
        .min(art.doc.tokens.len() - 1)];
    let about = (si.saturating_sub(1)..=si)
        .rev()
        .filter(|&k| art.sentences[k].paragraph == art.sentences[si].paragraph)
        .find_map(|k| match art.sentences[k].subject {
            Candidate::Name(n) if art.names[n].end <= span.start => reg.entity_of_mention(ai, n),
            _ => None,
        });
    if let Some(e) =
        about.filter(|&e| matching().any(|app| reg.entity_of_mention(ai, app.name) == Some(e)))
    {
        return Some(e);
    }
    let linked = same_word.or_else(|| matching().next());
    linked.and_then(|app| reg.entity_of_mention(ai, app.name))
}

/// The last name before the name `names_before` that is no person's and is followed in commas by
/// a description headed by `head` ("Skylane, the low-cost airline,").
fn described_body(art: &ArticleAnalysis, names_before: usize, head: &str) -> Option<usize> {
    let doc = &art.doc;
    (0..names_before).rev().take(200).find(|&n| {
        let name = &art.names[n];
        let t = name.tokens.end;
        if name.kind == NameKind::Person || name.possessive || t + 2 >= doc.tokens.len() {
            return false;
        }
        let opens = doc.is_punct(t, ',') && matches!(art.lower(t + 1), "the" | "a" | "an");
        opens
            && (t + 2..doc.tokens.len().min(t + 6))
                .take_while(|&u| doc.is_word(u) || doc.is_punct(u, '-'))
                .any(|u| art.lower(u) == head && !doc.is_word(u + 1))
    })
}

/// "A man accused of murdering his neighbour told police he “lost control” … Daniel Price, 38,
/// denies murdering Keith Bolton": a lede's indefinite description of a person is the person
/// the next paragraph's first sentence names, when it tells the same (a word of the description
/// again, before the name or in what the person does).
fn named_after_lede(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    span: &Range<usize>,
    lower: &str,
    head: &str,
) -> Option<EntityIx> {
    let doc = &art.doc;
    let indefinite = lower.starts_with("a ") || lower.starts_with("an ");
    let person = crate::lexicon::names::head_gender(head).is_some()
        || crate::lexicon::names::is_role_noun(head)
        || crate::lexicon::quantities::is_people_noun(head);
    let paragraph = doc.paragraph_of(span.start);
    // The lede: the first paragraph of text, or the second after a headline.
    if !indefinite || !person || paragraph > 1 {
        return None;
    }
    let next = doc.paragraph_tokens.get(paragraph + 1)?;
    let sentence_end = (next.clone())
        .find(|&u| doc.is_punct(u, '.'))
        .unwrap_or(next.end);
    // The first person the next paragraph's first sentence names ("Giving evidence, warehouse
    // worker Liam Rafferty said").
    let n = art.names.iter().position(|m| {
        m.tokens.start >= next.start && m.tokens.start < sentence_end && m.kind == NameKind::Person
    })?;
    let name = &art.names[n];
    let k = name.tokens.end;
    // "Corinne Walcott-Ames, 46, of Orchard Rise": an age in commas after an untitled name,
    // for a lede that describes no office and with no other description after the age ("A
    // coroner has said … Tobias Lindqvist, 29, a software engineer, fell": no coroner).
    let aged = name.title.is_none()
        && !crate::lexicon::titles::is_title_any_case(head)
        && k + 2 < next.end
        && doc.is_punct(k, ',')
        && doc.token_text(k + 1).parse::<u32>().is_ok_and(|a| a < 120)
        && doc.is_punct(k + 2, ',')
        && !(k + 3 < next.end && matches!(doc.token_lower(k + 3), "a" | "an" | "the"));
    // The same words before the name or in what the person does, not in what someone reports
    // of them ("Tom Hale said the teenager was stable").
    let reported = (k..sentence_end)
        .find(|&u| crate::lexicon::speech::speech_verb(doc.token_lower(u)).is_some())
        .unwrap_or(sentence_end);
    let told: Vec<&str> = lower.split(' ').filter(|w| w.len() >= 5).collect();
    let same = (next.start..reported).any(|u| told.contains(&doc.token_lower(u)));
    if !(aged || same) {
        return None;
    }
    reg.entity_of_mention(ai, n).filter(|&e| reg.is_person(e))
}

/// Does a definite description tell more of someone already named, by an age before its noun
/// ("the 34-year-old accountant") or children after a parent ("the father of two")? Not of
/// someone's relative ("the 34-year-old's mother").
pub(super) fn tells_more(text: &str, head: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(rest) = lower.strip_prefix("the ") else {
        return false;
    };
    if crate::names::ends_possessive(rest) || rest.contains("'s ") || rest.contains("’s ") {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    let aged = words.len() == 2 && words[0].ends_with("-year-old") && words[1] == head;
    let parent = matches!(
        words.as_slice(),
        ["father" | "mother", "of", n] if number_word(n).is_some()
            || n.parse::<u32>().is_ok()
    );
    // "Prosecutor Jane Reid told the court … the 19-year-old victim said": a party to a case
    // is someone other than the person who spoke of them.
    let party = matches!(
        head,
        "victim"
            | "witness"
            | "defendant"
            | "accused"
            | "suspect"
            | "complainant"
            | "claimant"
            | "plaintiff"
    );
    (aged || parent) && !party
}

/// The person last named before `pos` with an age ("O’Rourke-Baines, 19,") that fits the
/// epithet `head`: the age itself for "the 19-year-old", 13 to 19 for "the teenager".
pub(super) fn person_of_age(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &Registry,
    pos: usize,
    head: &str,
) -> Option<EntityIx> {
    let fits = |age: f64| match head.strip_suffix("-year-old") {
        Some(n) => n.parse::<f64>().ok().or_else(|| number_word(n)) == Some(age),
        None => matches!(head, "teenager" | "teen") && (13.0..=19.0).contains(&age),
    };
    let doc = &art.doc;
    art.names
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, n)| n.end <= pos)
        .find(|(_, n)| {
            let k = n.tokens.end;
            k + 1 < doc.tokens.len()
                && doc.is_punct(k, ',')
                && doc.token_text(k + 1).parse::<f64>().is_ok_and(fits)
        })
        .and_then(|(i, _)| reg.entity_of_mention(ai, i))
        .filter(|&e| reg.is_person(e))
}

/// "“I was terrified,” the 41-year-old actress said. … The actress laughed off a feud": the
/// person a definite description with the same head spoke as earlier in the article.
pub(super) fn spoke_as(
    art: &ArticleAnalysis,
    out: &super::resolution::CueResolution,
    si: usize,
    head: &str,
) -> Option<EntityIx> {
    (0..si).rev().find_map(|b| {
        art.sentences[b]
            .cues
            .iter()
            .zip(&out.speakers[b])
            .find_map(|(cue, &e)| match &cue.candidate {
                Candidate::Description {
                    head: h,
                    text,
                    plural: false,
                    ..
                } if h == head && text.to_lowercase().starts_with("the ") => e,
                _ => None,
            })
    })
}
