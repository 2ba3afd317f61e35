//! Capitalised runs: where the run of capitals a name is read from starts and ends, over
//! particles ("van der Berkel"), ampersands ("Calloway & Rusk"), institutions' possessives and
//! nicknames in quotation marks ("Bartholomew “Barty” Quennell").

use std::ops::Range;

use super::mentions::{
    classify, ends_possessive, is_headline, is_org_final, is_title_word, strip_possessive,
};
use super::uses::TextUses;
use crate::lexicon::names::{is_connector, is_function_word};
use crate::lexicon::organisations::{is_org_word, is_possessive_institution_word};
use crate::names::NameMention;
use crate::text::Doc;

/// Finds name mentions outside quotations (`masked[t]` is true for tokens inside one).
///
/// `proper` says whether a capitalised word is a proper noun when it begins a sentence: we only
/// trust words seen capitalised in the middle of a sentence somewhere in the corpus.
pub(crate) fn find_mentions(
    doc: &Doc,
    masked: &[bool],
    proper: &dyn Fn(&str) -> bool,
) -> Vec<NameMention> {
    let mut out = Vec::new();
    let uses = TextUses::of(doc);
    let in_mask = |t: usize| masked[t];
    for range in &doc.paragraph_tokens {
        if is_headline(doc, range.clone()) {
            continue;
        }
        let mut t = range.start;
        while t < range.end {
            if !doc.is_capitalized(t) || in_mask(t) || glued(doc, t) {
                t += 1;
                continue;
            }
            // Extend over capitalised words, initials and name connectors on one line.
            let start = t;
            let mut end = t + 1;
            while end < range.end {
                // "Bartholomew “Barty” Quennell": a nickname in quotation marks inside a name.
                if let Some(len) = nickname_at(doc, end, range.end) {
                    end += len;
                    continue;
                }
                if in_mask(end) {
                    break;
                }
                let lower = doc.token_lower(end);
                let prev_possessive = ends_possessive(doc.token_text(end - 1));
                if prev_possessive && !possessive_in_institution(doc, start, end, range.end) {
                    break;
                }
                // "Okafor-whom" is a name run into the next word by a missing space.
                if glued(doc, end) {
                    break;
                }
                // "Harbour Workers’ Union": a plural possessive inside an organisation's name.
                let plural_possessive = crate::text::is_apostrophe(doc.first_char(end))
                    && doc.tokens[end].kind == crate::text::TokenKind::Punct
                    && doc.token_text(end - 1).ends_with('s')
                    && end + 1 < range.end
                    && doc.is_capitalized(end + 1)
                    && doc.tokens[end - 1].end == doc.tokens[end].start;
                if plural_possessive {
                    end += 1;
                    continue;
                }
                if doc.is_capitalized(end)
                    && (!is_function_word(lower)
                        || is_title_word(doc.token_text(end))
                        || capitalised_determiner(doc, end, range.end)
                        || final_syllable(doc, end, range.end))
                {
                    end += 1;
                } else if ((is_connector(lower) || lower == "&")
                    && end + 1 < range.end
                    && doc.is_capitalized(end + 1))
                    || org_of_place(doc, end, range.end, masked)
                    || org_and(doc, start, end, range.end)
                {
                    end += 2;
                } else if is_connector(lower)
                    && end + 2 < range.end
                    && is_connector(doc.token_lower(end + 1))
                    && doc.is_capitalized(end + 2)
                {
                    // "van der Berkel", "de la Cruz": two particles.
                    end += 3;
                } else if let Some(len) = slashed_particle(doc, end, range.end) {
                    // "Ganesh s/o Rajaratnam", "Kavitha a/p Muniandy": son or daughter of.
                    end += len + 1;
                } else {
                    break;
                }
            }
            t = end;
            out.extend(classify(doc, start..end, proper, &uses));
        }
    }
    call_by_nickname(doc, &mut out);
    out
}

/// "Reginald “Banjo” Briggs … Banjo admitted", "Patrick “Paddy” Rourke … Paddy Rourke": the
/// nickname a full name was written with names the same person later in the article, alone
/// or before the surname.
fn call_by_nickname(doc: &Doc, mentions: &mut [NameMention]) {
    let mut known: Vec<(String, Vec<String>)> = Vec::new();
    for m in mentions.iter() {
        if m.kind != crate::names::NameKind::Person || m.words.len() < 2 {
            continue;
        }
        let nick = m
            .tokens
            .clone()
            .find_map(|t| nickname_at(doc, t, m.tokens.end).map(|len| (t, len)));
        if let Some((t, len)) = nick {
            let words: Vec<&str> = (t + 1..t + len - 1).map(|u| doc.token_text(u)).collect();
            known.push((words.join(" "), m.words.clone()));
        }
    }
    for m in mentions.iter_mut() {
        let surname = m.words.last().cloned().unwrap_or_default();
        let called = known.iter().find(|(nick, full)| {
            let alone = m.words.len() == 1 && m.words[0] == *nick;
            let with_surname = m.words.len() == 2
                && m.words[0] == *nick
                && full.last().is_some_and(|s| *s == surname);
            alone || with_surname
        });
        if let Some((_, full)) = called {
            m.words = full.clone();
            m.kind = crate::names::NameKind::Person;
        }
    }
}

/// The tokens of a patronymic particle written with a slash at `t` ("s/o", "d/o", "a/l",
/// "a/p"), glued together and followed by a capitalised name.
fn slashed_particle(doc: &Doc, t: usize, limit: usize) -> Option<usize> {
    if t + 3 >= limit || !doc.is_punct(t + 1, '/') {
        return None;
    }
    let glued = |a: usize| doc.tokens[a].end == doc.tokens[a + 1].start;
    let particle = matches!(
        (doc.token_lower(t), doc.token_lower(t + 2)),
        ("s" | "d", "o") | ("a", "l" | "p")
    );
    (particle && glued(t) && glued(t + 1) && doc.is_capitalized(t + 3)).then_some(3)
}

/// A nickname in quotation marks between a given name and a surname: an opening mark, one or
/// two capitalised words, a closing mark, then a capitalised word. Returns the nickname's tokens
/// with its marks.
pub(super) fn nickname_at(doc: &Doc, t: usize, limit: usize) -> Option<usize> {
    let mark = |k: usize| {
        doc.tokens[k].kind == crate::text::TokenKind::Punct
            && crate::quotes::is_quote_mark(doc.first_char(k))
    };
    let word = |k: usize| doc.is_word(k) && doc.is_capitalized(k);
    if t == 0 || !doc.is_capitalized(t - 1) || t + 3 >= limit || !mark(t) || !word(t + 1) {
        return None;
    }
    // "Emmanuel “Coach Emma” Adeoye-Smith": one or two words between the marks.
    let words = if mark(t + 2) {
        1
    } else if t + 4 < limit && word(t + 2) && mark(t + 3) {
        2
    } else {
        return None;
    };
    let after = t + words + 2;
    (after < limit && word(after)).then_some(words + 2)
}

/// "Bank of Estoria", "Competition Board of Aldria", "Department for Transport": "of" or "for"
/// and a capitalised word after an organisation word continue its name.
fn org_of_place(doc: &Doc, of: usize, limit: usize, masked: &[bool]) -> bool {
    matches!(doc.token_lower(of), "of" | "for")
        && of + 1 < limit
        && !masked[of + 1]
        && doc.is_capitalized(of + 1)
        && !is_function_word(doc.token_lower(of + 1))
        && is_org_word(doc.token_text(of - 1))
}

/// "University Hospitals of Derby and Burton NHS Foundation Trust": "and" inside an
/// organisation's name, when the capitalised words after it end in an organisation's word.
/// "Ministry of Environment and Rural Affairs", "Union of Food and Allied Workers": "and"
/// joining the fields an organisation word names after "of" or "for", up to three capitalised
/// words that end the name.
fn org_and(doc: &Doc, start: usize, and: usize, limit: usize) -> bool {
    if doc.token_lower(and) != "and" {
        return false;
    }
    let mut k = and + 1;
    while k < limit && k < and + 6 && doc.is_word(k) && doc.is_capitalized(k) {
        k += 1;
    }
    if k > and + 2 && super::mentions::is_org_final(doc.token_text(k - 1)) {
        return true;
    }
    let of_fields = (start + 1..and)
        .any(|u| matches!(doc.token_lower(u), "of" | "for") && is_org_word(doc.token_text(u - 1)));
    let ends_name = k >= limit || !doc.is_word(k) || !doc.is_capitalized(k);
    of_fields
        && (and + 2..=and + 4).contains(&k)
        && ends_name
        && !ends_possessive(doc.token_text(k - 1))
}

/// "Save Our Rivers", "Hands Off Our Homes": a capitalised possessive determiner inside a
/// campaign's name, between capitalised words.
fn capitalised_determiner(doc: &Doc, t: usize, limit: usize) -> bool {
    matches!(doc.token_text(t), "Our" | "Your" | "My" | "Their")
        && t + 1 < limit
        && doc.is_capitalized(t + 1)
        && !is_function_word(doc.token_lower(t + 1))
}

/// "said Nguyen Van An.": a short capitalised word that could be a function word ends a name
/// when nothing but punctuation follows it (an article or a preposition would have its noun).
fn final_syllable(doc: &Doc, t: usize, limit: usize) -> bool {
    matches!(doc.token_text(t), "An" | "Le" | "Do" | "Ha")
        && (t + 1 >= limit || !doc.is_word(t + 1))
}

/// "Okafor-whom": a name run into the next word by a missing space is not a name token. A
/// romanised Korean or Chinese given name ("Jae-myung", "Jong-un", "Ing-wen", "Young-soo",
/// "Byoung-sam", "Jae-in") is: two short syllables, the second in lower case.
fn glued(doc: &Doc, t: usize) -> bool {
    // "Park Ji-yeon's shop": a possessive after the syllables.
    let text = strip_possessive(doc.token_text(t));
    let parts: Vec<&str> = text.split(['-', '‑']).collect();
    // "Jae-in": a syllable that spells "in" after one ending in a vowel ("Sit-in", "Walk-in"
    // end in consonants).
    let vowel_syllable =
        |first: &str, second: &str| second == "in" && first.ends_with(['a', 'e', 'i', 'o', 'u']);
    let syllables = matches!(&parts[..], [first, second]
        if first.chars().count() <= 6
            && (2..=5).contains(&second.chars().count())
            && (!is_function_word(second) || vowel_syllable(first, second))
            && !crate::lexicon::speech::is_finite_speech_verb(second));
    !syllables
        && parts[1..]
            .iter()
            .any(|part| part.starts_with(char::is_lowercase))
}

/// "St. Agnes’s Memorial Hospital", "Children’s Hospital": a possessive ending the word before
/// `end` stays inside the run when the run is an institution named after a saint or a group of
/// people and the capitalised words after it end in an organisation word. Other possessives
/// end the run ("Aldana’s Security Council" names a person and a body).
fn possessive_in_institution(doc: &Doc, start: usize, end: usize, limit: usize) -> bool {
    let possessor = strip_possessive(doc.token_text(end - 1));
    let saint = matches!(
        doc.token_text(start),
        "St" | "St." | "Saint" | "Ste" | "Ste."
    );
    if !saint && !is_possessive_institution_word(&possessor) {
        return false;
    }
    let mut k = end;
    while k < limit && doc.is_capitalized(k) && !ends_possessive(doc.token_text(k)) {
        k += 1;
    }
    k > end && is_org_final(doc.token_text(k - 1))
}

/// The tokens of a run without a nickname in quotation marks and its marks.
pub(super) fn name_tokens(doc: &Doc, run: Range<usize>) -> Vec<usize> {
    let mut out = Vec::with_capacity(run.len());
    let mut t = run.start;
    while t < run.end {
        if let Some(len) = nickname_at(doc, t, run.end) {
            t += len;
            continue;
        }
        out.push(t);
        t += 1;
    }
    out
}

/// The run's words as written, punctuation tokens glued to the word before ("Jr.").
pub(super) fn run_words(doc: &Doc, run: Range<usize>) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for t in name_tokens(doc, run) {
        match words.last_mut() {
            // "Calloway & Rusk": the ampersand of a firm's name is a word of it.
            Some(last)
                if doc.tokens[t].kind == crate::text::TokenKind::Punct
                    && doc.token_text(t) != "&" =>
            {
                last.push_str(doc.token_text(t))
            }
            _ => words.push(doc.token_text(t).to_string()),
        }
    }
    words
}

/// "Obi-Nnamdi", "Babatunde-Okoro": a word of capitalised parts joined by hyphens is a
/// double-barrelled name even opening a sentence, unless its first part is a prefix of
/// peoples and positions ("Anglo-French", "Pro-Russian") or its last a demonym.
pub(super) fn double_barrelled(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '‑']).collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            p.chars().count() >= 2
                && p.starts_with(char::is_uppercase)
                && p.chars().skip(1).all(char::is_lowercase)
        })
        && !matches!(
            parts[0],
            "Anglo"
                | "Pro"
                | "Anti"
                | "Sino"
                | "Afro"
                | "Euro"
                | "Franco"
                | "Indo"
                | "Austro"
                | "Pan"
                | "Trans"
                | "Non"
                | "Ex"
                | "Neo"
                | "Post"
                | "Pre"
                | "Mid"
                | "Co"
                | "Vice"
        )
        && !super::is_demonym(parts[parts.len() - 1])
}

/// "SkyVista", "McAllister", "DeShawn": a capital inside a word written in lower case is a
/// name's, wherever the word stands.
pub(super) fn inner_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && chars
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
}
