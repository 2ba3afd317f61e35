//! Spotting proper-name mentions in text: capitalised runs split into titles and names and
//! classified as people, single names or organisations.

use std::ops::Range;

use super::folding::is_demonym;
use super::runs::{double_barrelled, inner_capital, name_tokens, nickname_at, run_words};
use super::things::names_a_thing;
use super::titles::{
    last_title_before_name, officer_after_body, split_title, title_before_portfolio, TitleSplit,
};
use super::uses::TextUses;
use crate::lexicon::names::{
    is_connector, is_function_word, is_name_suffix, is_postnominal, is_role_noun,
};
use crate::lexicon::organisations::{is_org_final_word, is_org_word};
use crate::lexicon::roles::title_gender;
use crate::lexicon::speech::is_determiner;
use crate::names::Gender;
use crate::text::Doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameKind {
    /// Two or more name tokens, or one token with an honorific.
    Person,
    /// A single capitalised token that may be a surname, a place or an organisation.
    Single,
    Organization,
}

/// A proper-name mention outside quotations.
#[derive(Debug, Clone)]
pub(crate) struct NameMention {
    /// Char span of the name itself (titles and honorifics excluded).
    pub start: usize,
    pub end: usize,
    /// Token range of the name.
    pub tokens: std::ops::Range<usize>,
    /// Name words as written, without honorifics and titles.
    pub words: Vec<String>,
    pub kind: NameKind,
    /// Gender implied by an honorific or title in front ("Ms.", "Queen").
    pub honorific: Option<Gender>,
    /// Title words in front ("Moldovan President"), lowercased.
    pub title: Option<String>,
    /// Char span of the title words as written ("Deputy Mayor"), for showing them to readers.
    pub title_span: Option<std::ops::Range<usize>>,
    /// Followed by a possessive ’s.
    pub possessive: bool,
}

impl NameMention {
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

pub(crate) fn surname_of(words: &[String]) -> &str {
    words
        .iter()
        .rev()
        .find(|w| !is_suffix(w) && !is_initial(w))
        .or(words.last())
        .map(String::as_str)
        .unwrap_or("")
}

/// The given name: the first word that is not an initial, a suffix or a particle ("Van Oost"
/// has none; "Pieter Van Oost" has "Pieter").
pub(crate) fn given_of(words: &[String]) -> Option<&str> {
    let surname = surname_of(words);
    words
        .iter()
        .map(String::as_str)
        .find(|w| !is_initial(w) && !is_suffix(w) && *w != surname)
        .filter(|w| !is_connector(&w.to_lowercase()))
}

fn is_suffix(w: &str) -> bool {
    is_name_suffix(w)
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Is the paragraph a headline or a subhead (mostly capitalised words, no final stop)?
pub(crate) fn is_headline(doc: &Doc, tokens: std::ops::Range<usize>) -> bool {
    // "— Dana Whitlow, 34, Ashby": a line opening with a dash names the speaker of a quotation
    // (vox pops, lists of reactions), and its capitalised words are names, not a headline's.
    let dashed = doc.tokens.get(tokens.start).is_some_and(|tok| {
        tok.kind == crate::text::TokenKind::Punct
            && crate::lexicon::speech::is_attribution_dash(doc.chars[tok.start])
    });
    // "“Volumes fell.” — CEO Marcus Quinn": a quotation signed with a dash is no headline.
    let is_dash = |t: usize| {
        doc.tokens[t].kind == crate::text::TokenKind::Punct
            && crate::lexicon::speech::is_attribution_dash(doc.chars[doc.tokens[t].start])
    };
    let signed = tokens
        .clone()
        .skip(1)
        .take(60)
        .any(|t| is_dash(t) && (doc.is_punct(t - 1, '”') || doc.is_punct(t - 1, '"')));
    if dashed || signed {
        return false;
    }
    let words: Vec<usize> = tokens
        .clone()
        .filter(|&t| doc.is_word(t) && doc.first_char(t).is_alphabetic())
        .collect();
    if words.is_empty() {
        return false;
    }
    // "The Prime Minister, Eleanor Whitford:": a line introducing what follows is no headline.
    let ends_with_stop = tokens.clone().last().is_some_and(|t| {
        doc.is_punct(t, '.') || doc.is_punct(t, '”') || doc.is_punct(t, '"') || doc.is_punct(t, ':')
    });
    let long: Vec<&usize> = words
        .iter()
        .filter(|&&t| !is_function_word(doc.token_lower(t)))
        .collect();
    let capitalised = long.iter().filter(|&&&t| doc.is_capitalized(t)).count();
    !ends_with_stop && words.len() <= 20 && (long.len() <= 1 || capitalised * 10 >= long.len() * 7)
}

pub(super) fn is_title_word(word: &str) -> bool {
    title_gender(word).is_some()
}

/// A title, or a role, office or occupation written before a name ("Sheriff", "Businessman").
pub(crate) fn is_role_word(word: &str) -> bool {
    is_title_word(word) || is_role_noun(word) || compound_title(word) || shared_role(word)
}

/// "Co-star", "Co-founder", "co-host": a role shared with someone.
fn shared_role(word: &str) -> bool {
    let Some(rest) = word
        .strip_prefix("Co-")
        .or_else(|| word.strip_prefix("co-"))
    else {
        return false;
    };
    is_role_noun(rest)
        || matches!(
            rest,
            "star" | "host" | "chair" | "author" | "founder" | "owner" | "pilot" | "worker"
        )
}

/// "Secretary-General", "Attorney-General", "Editor-in-Chief": a title joined by hyphens whose
/// first part is a title and whose last is "General" or "Chief".
fn compound_title(word: &str) -> bool {
    let first = word.split('-').next().unwrap_or_default();
    let last = word.rsplit('-').next().unwrap_or_default();
    if first.len() == word.len() {
        return false;
    }
    matches!(last, "General" | "general" | "Chief" | "chief")
        && (is_title_word(first) || is_role_noun(first) || matches!(first, "Governor" | "Editor"))
}

/// Is the word at `t` one that ends an organisation's name ("Center", "Telecom")?
pub(super) fn is_org_final(word: &str) -> bool {
    let bare = strip_possessive(word);
    is_org_word(&bare) || is_org_final_word(&bare)
}

pub(crate) fn ends_possessive(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.ends_with("’s") || lower.ends_with("'s") || lower.ends_with("ʼs")
}

pub(super) fn strip_possessive(word: &str) -> String {
    if ends_possessive(word) {
        word.chars().take(word.chars().count() - 2).collect()
    } else {
        word.to_string()
    }
}

fn sentence_initial(doc: &Doc, t: usize) -> bool {
    if t == doc.paragraph_start(t) {
        return true;
    }
    let prev = t - 1;
    if doc.tokens[prev].kind != crate::text::TokenKind::Punct {
        return false;
    }
    match doc.first_char(prev) {
        '.' | '!' | '?' | ':' | '•' | '…' | '|' | '·' => true,
        // An opening mark touches the word it opens; a closing one is followed by a space.
        '“' | '"' | '«' | '‘' | '„' => doc.tokens[prev].end == doc.tokens[t].start,
        _ => false,
    }
}

/// "Kim, 27, a software engineer, said": an age in commas after a word makes it a name.
pub(super) fn age_follows(doc: &Doc, t: usize) -> bool {
    t + 2 < doc.tokens.len()
        && doc.is_punct(t, ',')
        && doc.is_punct(t + 2, ',')
        && doc
            .token_text(t + 1)
            .parse::<u32>()
            .is_ok_and(|age| (1..=110).contains(&age))
}

/// "Vantel said on Thursday that …": a lone capitalised word opening its sentence right before a
/// verb of speech names a speaker, unless it is a plural ("Officials said") or a collective
/// noun ("Police said", "Everyone says"). Not a verb that ends the sentence: "Well said.",
/// "Enough said!" are idioms.
fn speaks_as_a_name(doc: &Doc, t: usize, lower: &str) -> bool {
    let ends = t + 1 >= doc.tokens.len() || doc.is_punct(t + 1, '.') || doc.is_punct(t + 1, '!');
    t < doc.tokens.len()
        && !ends
        && doc.is_word(t)
        && !doc.is_capitalized(t)
        && crate::lexicon::speech::is_finite_speech_verb(doc.token_lower(t))
        && !lower.ends_with('s')
        && !crate::lexicon::names::is_collective_noun(lower)
}

/// Turns a capitalised token run into at most one name mention.
pub(super) fn classify(
    doc: &Doc,
    run: Range<usize>,
    proper: &dyn Fn(&str) -> bool,
    uses: &TextUses,
) -> Option<NameMention> {
    let first = name_start_in_run(doc, run.clone(), proper, uses)?;
    let run = first..run.end;
    let words = run_words(doc, run.clone());
    let possessive = ends_possessive(words.last()?);
    // "Treasury Secretary Ilse Varn", "County Sheriff Dana Roe": an organisation or a place
    // before a title is the title's, and the name after it is a person's. Only the words after
    // the last title say what the run names ("General Motors", "Vice Media" stay companies).
    let after_title =
        last_title_before_name(doc, run.clone()).map_or(run.clone(), |t| t + 1..run.end);
    let named = run_words(doc, after_title.clone());
    // "the MP said", "the CEO told staff", "the SSP said": a role or a title written in capitals
    // after an article is the role, not a body's initials.
    let after_article = run.start > 0
        && matches!(
            doc.token_lower(run.start - 1),
            "the" | "a" | "an" | "local" | "our"
        );
    // "the SSP said": a rank's initials too.
    if words.len() == 1
        && after_article
        && (crate::lexicon::roles::is_role_noun(&words[0])
            || crate::lexicon::roles::title_gender(&words[0]).is_some())
    {
        return None;
    }
    // "secretary of the Nurses Welfare Association Evans Kiprono said": a body's name and,
    // in the same run, the full name of its officer, a known given name and a surname.
    if let Some(tail) = officer_after_body(doc, after_title.clone()) {
        return classify(doc, tail, proper, uses);
    }
    // Not a given name and a surname spelt like a firm's word ("Mike Air", "Dana Homes").
    let given_then_surname =
        named.len() == 2 && crate::names::listed_given_gender(&named[0]).is_some();
    let ends_in_org_word = words.len() >= 2
        && !given_then_surname
        && is_org_final_word(&strip_possessive(named.last()?));
    if named.iter().any(|w| is_org_word(&strip_possessive(w)))
        || ends_in_org_word
        || named.iter().all(|w| is_acronym(w))
        || words.iter().any(|w| w == "&")
    {
        return Some(organization_mention(doc, run, &words, possessive));
    }
    if names_a_thing(doc, after_title, &named, uses) {
        return None;
    }
    if super::things::lettered_kind(doc, run.clone(), &named) {
        return None;
    }
    // Checked after the things: "said on Monday" is a day, not a platform.
    if words.len() == 1 && uses.platforms.contains(&strip_possessive(&words[0])) {
        return Some(organization_mention(doc, run, &words, possessive));
    }
    // "Cllr Tom Barraclough (Lib Dem, Holmbridge West)": a party and a ward noted in brackets
    // after a person's name are no one.
    if in_annotation(doc, run.start) {
        return Some(organization_mention(doc, run, &words, possessive));
    }
    let mut titled = split_title(doc, run.clone(), uses);
    // "a bakery on Queen Street": a street, not a queen.
    let street =
        |t: &String| named.len() == 1 && crate::lexicon::names::is_street_after_rank(t, &named[0]);
    if titled.words.last().is_some_and(street) {
        return None;
    }
    // "Minister for Economic Planning", "Secretary of State Marco Rubio": the words after a
    // title's "for" or "of" name its portfolio; a person's name, when one follows in the same
    // run, is its last two words.
    let Some(title) = titled
        .words
        .is_empty()
        .then(|| title_before_portfolio(doc, run.start))
        .flatten()
    else {
        return person_mention(doc, run, titled, possessive);
    };
    let words: Vec<usize> = name_tokens(doc, run.clone())
        .into_iter()
        .filter(|&t| doc.is_word(t))
        .collect();
    if words.len() < 3 {
        return None;
    }
    titled.name_start = words[words.len() - 2];
    titled.words = (title..titled.name_start)
        .filter(|&t| doc.is_word(t))
        .map(|t| doc.token_lower(t).to_string())
        .collect();
    let mut mention = person_mention(doc, run, titled, possessive)?;
    // The whole title is the description: "Secretary of State", not "State".
    if let Some(span) = &mut mention.title_span {
        span.start = doc.tokens[title].start;
    }
    Some(mention)
}

/// Is there a name word after `t` (before `end`), not just a suffix ("King Jr.")?
pub(super) fn name_after(doc: &Doc, t: usize, end: usize) -> bool {
    (t + 1..end).any(|u| {
        let w = doc.token_text(u);
        doc.is_word(u) && !is_suffix(w) && !is_initial(w)
    })
}

/// Does a colon follow token `t` in its sentence before any verb of speech?
fn colon_before_verb(doc: &Doc, t: usize) -> bool {
    (t..doc.tokens.len().min(t + 25))
        .take_while(|&u| !doc.is_punct(u, '.') && !crate::quotes::is_quote_mark(doc.first_char(u)))
        .find(|&u| {
            doc.is_punct(u, ':')
                || crate::lexicon::speech::is_finite_speech_verb(doc.token_lower(u))
        })
        .is_some_and(|u| doc.is_punct(u, ':'))
}

/// The first word of a run that belongs to a name: a capitalised first word of a sentence is
/// only part of a name if it is a proper noun.
fn name_start_in_run(
    doc: &Doc,
    run: Range<usize>,
    proper: &dyn Fn(&str) -> bool,
    uses: &TextUses,
) -> Option<usize> {
    let mut first = run.start;
    while first < run.end {
        let text = doc.token_text(first);
        let lower = doc.token_lower(first);
        // A first word followed by another name word is a given name ("Oksana Melnyk"),
        // unless it reads like a verb or an adjective ("Freed Kenyan nationals").
        // Past a nickname in quotation marks ("Darnell “Bishop” Pruitt").
        let after = first + 1 + nickname_at(doc, first + 1, run.end).unwrap_or(0);
        let next_is_name = after < run.end && {
            let next = doc.token_text(after);
            !is_demonym(next) && !is_title_word(next) && !is_function_word(doc.token_lower(after))
        };
        // A demonym-shaped word before a lone surname is a given name ("Brian Cox") unless
        // the article names its country (`TextUses::is_nationality`).
        let nationality = is_demonym(text) && (first + 2 < run.end || uses.is_nationality(text));
        // "Says Donna Reyes:": a verb of speech in the present opening a feature's line.
        // "Said Santiago:", "Said Jerome Santiago, the director:": the past too, when a colon
        // follows with no verb of speech of its own ("Said Ahmed, a farmer, said:" names him).
        let speech = (lower.ends_with('s') && crate::lexicon::speech::is_finite_speech_verb(lower))
            || (lower == "said" && sentence_initial(doc, first) && colon_before_verb(doc, run.end));
        let verb_like = (["ed", "ing", "ly"].iter().any(|s| lower.ends_with(s))
            && !crate::lexicon::given_names::is_given_name_like_verb(lower))
            || nationality
            || speech;
        // "Today Miller, 38, leads a crew": a time opening the sentence is no given name.
        let time = sentence_initial(doc, first)
            && matches!(
                lower,
                "today" | "yesterday" | "tonight" | "tomorrow" | "nowadays" | "overnight" | "later"
            );
        // "Athens-based Argonaut Shipping", "Lagos-born Ada Obi": a compound ending in a
        // participle is an adjective before the name.
        let adjective = lower.rsplit_once('-').is_some_and(|(_, p)| {
            matches!(
                p,
                "based" | "born" | "owned" | "led" | "backed" | "listed" | "funded" | "run"
            )
        });
        let keep = is_title_word(text)
            || (!is_function_word(lower)
                && !time
                && (!sentence_initial(doc, first)
                    || proper(&strip_possessive(text))
                    || double_barrelled(&strip_possessive(text))
                    || inner_capital(&strip_possessive(text))
                    || (next_is_name && !verb_like)
                    // "Dyfed Steel Ltd said", "Tessaly Foods confirmed": a firm's name keeps
                    // its first word whatever it looks like.
                    || (next_is_name
                        && is_org_final(doc.token_text(run.end - 1))
                        && (first + 2 < run.end
                            || !(lower.ends_with("ed") || lower.ends_with("ing")))
                        && !crate::lexicon::quantities::is_sentence_opener(lower))
                    || (first + 1 == run.end && age_follows(doc, run.end))
                    // "Coroner warns of failings": a headline's role without its article.
                    || (first + 1 == run.end
                        && speaks_as_a_name(doc, run.end, lower)
                        && !is_role_noun(lower))));
        if keep && !adjective {
            return Some(first);
        }
        first += 1;
    }
    None
}

fn organization_mention(
    doc: &Doc,
    run: Range<usize>,
    words: &[String],
    possessive: bool,
) -> NameMention {
    NameMention {
        start: doc.tokens[run.start].start,
        end: doc.tokens[run.end - 1].end - if possessive { 2 } else { 0 },
        tokens: run,
        words: words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i + 1 == words.len() {
                    strip_possessive(w)
                } else {
                    w.clone()
                }
            })
            .collect(),
        kind: NameKind::Organization,
        honorific: None,
        title: None,
        title_span: None,
        possessive,
    }
}

/// Is token `t` inside brackets opened right after a capitalised name ("Jean Roe (Lib Dem,
/// Holmbridge East)", "Sen. Ana Ruiz (D-Ohio)"), a few words in at most?
fn in_annotation(doc: &Doc, t: usize) -> bool {
    let open = (t.saturating_sub(6)..t)
        .rev()
        .take_while(|&u| !doc.is_punct(u, ')'))
        .find(|&u| doc.is_punct(u, '('));
    open.is_some_and(|o| o > 0 && doc.is_word(o - 1) && doc.is_capitalized(o - 1))
}

/// The person or single name left once titles are split off.
fn person_mention(
    doc: &Doc,
    run: Range<usize>,
    titled: TitleSplit,
    possessive: bool,
) -> Option<NameMention> {
    let name_start = titled.name_start;
    // "Imelda Keough KC", "Dana Pryce MP": letters after a name are honours, not the name.
    let mut run = run;
    let written_end = run.end;
    while run.end > name_start + 1 && is_postnominal(doc.token_text(run.end - 1)) {
        run.end -= 1;
    }
    let mut name_words: Vec<String> = Vec::new();
    for t in name_tokens(doc, name_start..run.end) {
        let word = strip_possessive(doc.token_text(t));
        // "s/o": a particle written with a slash is one word.
        let glued = t > name_start && doc.tokens[t - 1].end == doc.tokens[t].start;
        match name_words.last_mut() {
            Some(last) if glued && (word == "/" || last.ends_with('/')) => last.push_str(&word),
            _ => name_words.push(word),
        }
    }
    if name_words.is_empty() || name_words.iter().all(|w| is_initial(w)) {
        return None;
    }
    // A run ending in a title is no name ("the Governor"); one ending in a role noun may be a
    // surname ("Alderman said").
    if is_title_word(doc.token_text(run.end - 1)) {
        return None;
    }
    // "the council’s Registrar", "its Commissioner": a role after a determiner or an owner is
    // the role, not a surname.
    let owned = run.start > 0 && {
        let p = doc.token_text(run.start - 1);
        ends_possessive(p) || is_determiner(&p.to_lowercase())
    };
    // "the Head of Examinations", "the Chair for Schools": one capitalised word between a
    // determiner and "of" or "for" is an office.
    let office = run.end < doc.tokens.len() && matches!(doc.token_lower(run.end), "of" | "for");
    if owned && name_words.len() == 1 && (is_role_noun(&name_words[0]) || office) {
        return None;
    }
    let preceded_by_the = run.start > 0 && {
        let p = doc.token_lower(run.start - 1);
        p == "the" && doc.tokens[run.start - 1].end + 1 >= doc.tokens[run.start].start
    };
    // "the Rev. Al Sharpton", "the Hon. Jane Obi", "the Rt Rev Ann Hale": titles that house
    // styles write after "the".
    let the_title = titled.words.first().is_some_and(|w| {
        matches!(
            w.trim_end_matches('.'),
            "rev"
                | "reverend"
                | "hon"
                | "honourable"
                | "honorable"
                | "very"
                | "right"
                | "rt"
                | "most"
        )
    });
    // "the Labour MP", "the Green MEP": a party and an office after "the" describe someone.
    let described = run.end < written_end;
    // "the Opposition Sunanda Kulkarni" after "Leader of": a portfolio before the name.
    let portfolio = titled.words.iter().any(|w| w == "of" || w == "for");
    if preceded_by_the && (name_words.len() >= 2 || described) && !the_title && !portfolio {
        return None;
    }
    // "Operator CalMac", "Airline Qantas": a name after a kind of business is the business's.
    // "Retailer Anjali Prasad": a business a person may be (an agent in -er or -or) before a
    // given name and a surname is the person's trade.
    let personal = |w: &str| {
        (w.ends_with("er") || w.ends_with("or"))
            && !w.ends_with("maker")
            && !matches!(
                w,
                "manufacturer" | "lender" | "insurer" | "carrier" | "operator"
            )
            && name_words.len() >= 2
            && super::given_gender(&name_words[0]).is_some()
    };
    let business = titled.words.last().is_some_and(|w| {
        crate::lexicon::organisations::names_a_firm_in_capitals(w) && !personal(w)
    });
    let kind = if business {
        NameKind::Organization
    } else if name_words.len() >= 2 || honorific_like(&titled.words) {
        NameKind::Person
    } else {
        NameKind::Single
    };
    Some(NameMention {
        start: doc.tokens[name_start].start,
        end: doc.tokens[run.end - 1].end - if possessive { 2 } else { 0 },
        tokens: name_start..run.end,
        words: name_words,
        kind,
        honorific: titled.honorific,
        title_span: (!titled.words.is_empty())
            .then(|| doc.tokens[run.start].start..doc.tokens[name_start - 1].end),
        title: (!titled.words.is_empty()).then(|| titled.words.join(" ")),
        possessive,
    })
}

fn capitalize(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// Titles that make a single word a person's surname ("Mr. Ellery", "President Aldana").
fn honorific_like(title_words: &[String]) -> bool {
    title_words
        .iter()
        .any(|w| title_gender(&capitalize(w)).is_some() || is_role_noun(w))
}

/// A demonym-shaped word can still be a first name when nothing adjectival follows it; we keep
/// it as a first name only if the next word is an initial.
pub(super) fn proper_first_name_position(doc: &Doc, t: usize) -> bool {
    t + 1 < doc.tokens.len() && is_initial(doc.token_text(t + 1))
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !w.contains('.')
}
