//! Titles in front of a name: what is split off before the name proper ("Deputy Mayor",
//! "Harbormaster", "Nana", a demonym), and the honorific's gender.

use std::ops::Range;

use super::folding::is_demonym;
use super::mentions::{is_role_word, name_after, proper_first_name_position};
use super::runs::name_tokens;
use super::uses::TextUses;
use super::{given_gender, Gender};
use crate::lexicon::names::{head_gender, is_connector, is_function_word};
use crate::lexicon::roles::title_gender;
use crate::text::Doc;

/// Titles split off the front of a name ("Deputy Mayor", "Kenyan").
pub(super) struct TitleSplit {
    /// First token of the name proper.
    pub name_start: usize,
    /// Gender implied by an honorific or title.
    pub honorific: Option<Gender>,
    /// The title words, lower case.
    pub words: Vec<String>,
}

/// Splits off titles: the name is what follows the last title or role word, and words before
/// it go with it ("Defeated MP"); a demonym in front of a name is a description, not a first
/// name ("Ukrainian Oksana Melnyk"; before a lone surname, "Kenyan Otieno", only when the
/// article names the country or its people: "Julian Grant" is a name).
pub(super) fn split_title(doc: &Doc, run: Range<usize>, uses: &TextUses) -> TitleSplit {
    let mut split = TitleSplit {
        name_start: run.start,
        honorific: None,
        words: Vec::new(),
    };
    // A nickname in quotation marks is no title ("Darnell “Bishop” Pruitt").
    for t in name_tokens(doc, run.clone()) {
        let text = doc.token_text(t);
        // "Rozana Hj. Ismail": a pilgrim's honorific after a given name is part of the name.
        // "Abdullahi Sheikh Mohamed": so is "Sheikh" inside a Somali or Arabic name.
        let patronymic = t > run.start
            && matches!(
                text.trim_end_matches('.'),
                "Hj" | "Haji" | "Hajah" | "Hjh" | "Hajjah" | "Sheikh" | "Shaikh"
            )
            && !is_role_word(doc.token_text(t - 1));
        // "Harbormaster Glen Tobiassen", "Shopkeeper Ana Ruiz": a trade in "-master" or
        // "-keeper" before a full name is what the person is.
        let lower = text.to_lowercase();
        let trade = t == run.start
            && run.len() >= 3
            && ["master", "keeper"]
                .iter()
                .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end));
        // "Topper Shreya Iyer", "Protester Hannah Kowalski", "Evacuee Lorna Bagtas": a word in
        // an agent's ending
        // before a given name and a surname is what the person is.
        let agent = t == run.start
            && run.len() >= 3
            && lower.len() > 5
            && given_gender(text).is_none()
            // An agent in "-ee" is no name whatever follows it.
            && (crate::lexicon::roles::is_agent_in_ee(&lower)
                || (["er", "or", "ist", "ian", "ant", "ent"]
                    .iter()
                    .any(|end| lower.ends_with(end))
                    && given_gender(doc.token_text(t + 1)).is_some()));
        // "Postmistress Janet Cole", "Comrade Thabo Nkosi", "Archdeacon Ruth Lowe": any word
        // that is no given name before a well-known given name and a surname.
        // "Tanvir Ahmed Chowdhury": a word shaped like no calling is a first given name.
        // "Actors Paolo Villaflor and Bea Santillan": a calling in the plural before a pair.
        let calling = crate::lexicon::roles::is_role_head(&lower)
            || lower
                .strip_suffix('s')
                .is_some_and(crate::lexicon::roles::is_role_noun)
            || ["ess", "ade", "con", "ant"]
                .iter()
                .any(|e| lower.ends_with(e));
        let before_given = t == run.start
            && run.len() >= 3
            && lower.len() > 4
            && calling
            && given_gender(text).is_none()
            && super::listed_given_gender(doc.token_text(t + 1)).is_some()
            && doc.is_capitalized(t + 2);
        // "Nana Kwame Boakye-Ansah II", "Puan Kavitha Subramaniam", "Mama Esther Chebet":
        // honorifics that are also given names are titles only before a full name.
        let honorific = (t == run.start || is_role_word(doc.token_text(t - 1)))
            && run.end >= t + 3
            && matches!(
                text,
                "Nana" | "Puan" | "Tun" | "Encik" | "Cik" | "Togbe" | "Oba" | "Mama" | "Baba"
            );
        // "Lt Gen Ian Moyo", "Brig Gen Ana Cruz": a rank that is also a name, after a rank;
        // "Air Commodore", "Air Vice-Marshal": an air force's ranks.
        let rank = (t > run.start
            && matches!(text, "Gen" | "Col" | "Maj" | "Sen")
            && is_role_word(doc.token_text(t - 1)))
            || (text == "Air"
                && t + 1 < run.end
                && matches!(
                    doc.token_text(t + 1),
                    "Commodore" | "Marshal" | "Vice-Marshal" | "Chief"
                ));
        // "Operator CalMac", "Carmaker Stellantis": a kind of business opening the run.
        // "Developer Hartwell Homes", "Publisher Ashdown Books": a trade a person may ply too,
        // before a name ending in a plural, as firms' names do.
        let firm_shaped = run.end > t + 2
            && doc
                .token_lower(run.end - 1)
                .strip_suffix('s')
                .is_some_and(|stem| stem.len() > 2 && !stem.ends_with('s'));
        let business = t == run.start
            && (crate::lexicon::organisations::names_a_firm_in_capitals(&lower)
                || (firm_shaped
                    && matches!(
                        lower.as_str(),
                        "developer"
                            | "publisher"
                            | "maker"
                            | "broadcaster"
                            | "builder"
                            | "housebuilder"
                            | "homebuilder"
                    )));
        // "Puan Sri Faridah Hamid", "Tan Sri Ahmad Said": a Malaysian honour of two words.
        let honour = matches!(text, "Tan" | "Puan" | "Toh")
            && t + 1 < run.end
            && matches!(doc.token_text(t + 1), "Sri" | "Seri" | "Puan")
            && (t == run.start || is_role_word(doc.token_text(t - 1)))
            && run.end >= t + 3;
        let honour_second = t > run.start
            && matches!(text, "Sri" | "Seri" | "Puan")
            && matches!(
                doc.token_text(t - 1),
                "Tan" | "Puan" | "Toh" | "Datuk" | "Dato" | "Datin"
            );
        let role = !patronymic
            && (is_role_word(text)
                || honour
                || honour_second
                || business
                || trade
                || agent
                || before_given
                || honorific
                || rank
                || (t == run.start && described_by_text(doc, run.clone(), uses)));
        if role && name_after(doc, t, run.end) {
            let gender = title_gender(text)
                .flatten()
                .or_else(|| head_gender(&text.to_lowercase()));
            split.name_start = t + 1;
            split.honorific = split.honorific.or(gender);
            split.words = (run.start..=t)
                .map(|u| doc.token_text(u).to_lowercase())
                .collect();
        }
    }
    // After a title a demonym-shaped word is a given name ("MP Julian Grant"): news puts the
    // nationality before the title ("Kenyan President ...").
    let after_title = !split.words.is_empty();
    while !after_title
        && split.name_start + 1 < run.end
        && is_demonym(doc.token_text(split.name_start))
        && !proper_first_name_position(doc, split.name_start)
        && (split.name_start + 2 < run.end || uses.is_nationality(doc.token_text(split.name_start)))
    {
        split
            .words
            .push(doc.token_text(split.name_start).to_lowercase());
        split.name_start += 1;
    }
    split
}

/// Is the first word of `run` a description of the person named by the two or more words after
/// it, by how the article writes it? A word the article also uses as a lower-case noun ("the
/// beekeeper", then "Beekeeper Tilde Marsh"), or a word in capitals opening a paragraph before a
/// name in ordinary case, the tabloid way ("PENSIONER Edna Pryce"). Names that begin with a
/// particle ("Bill de Blasio") are left whole.
fn described_by_text(doc: &Doc, run: Range<usize>, uses: &TextUses) -> bool {
    let t = run.start;
    let rest: Vec<usize> = (t + 1..run.end).filter(|&u| doc.is_word(u)).collect();
    let name_follows = rest.len() >= 2
        && rest
            .iter()
            .all(|&u| doc.is_capitalized(u) && !is_connector(doc.token_lower(u)));
    if !name_follows || is_function_word(doc.token_lower(t)) {
        return false;
    }
    let text = doc.token_text(t);
    let in_capitals = |u: usize| {
        let letters: Vec<char> = doc
            .token_text(u)
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let paragraph_start = doc.paragraph_start(t) == t;
    let tabloid = paragraph_start && in_capitals(t) && !in_capitals(rest[0]);
    let common_noun = !in_capitals(t) && uses.lower_nouns.contains(&text.to_lowercase());
    tabloid || common_noun
}

/// The capitalised title whose "for" or "of" the run at `start` follows ("Minister for",
/// "Secretary of State for", "Commissioner for Budget and"), if any.
pub(super) fn title_before_portfolio(doc: &Doc, start: usize) -> Option<usize> {
    let mut t = start;
    let mut crossed = false;
    for _ in 0..8 {
        t = t.checked_sub(1)?;
        let lower = doc.token_lower(t);
        if lower == "for" || lower == "of" {
            crossed = true;
        } else if lower == "and" || lower == "&" || (lower == "the" && !crossed) {
            // "Leader of the Opposition Sunanda Kulkarni": the article of the portfolio.
            continue;
        } else if !doc.is_word(t) || !doc.is_capitalized(t) {
            return None;
        } else if crossed && super::mentions::is_title_word(doc.token_text(t)) {
            return Some(t);
        }
    }
    None
}

/// The last title or role word of a run that has a word after it ("Secretary" in "Treasury
/// Secretary Ilse Varn").
pub(super) fn last_title_before_name(doc: &Doc, run: Range<usize>) -> Option<usize> {
    (run.start..run.end)
        .rev()
        .find(|&t| is_role_word(doc.token_text(t)) && name_after(doc, t, run.end))
}

/// The tokens of a person's full name closing a run after a body's last name word: a known
/// given name, then one or two capitalised words none of which belongs to a body's name.
pub(super) fn officer_after_body(doc: &Doc, run: Range<usize>) -> Option<Range<usize>> {
    let words: Vec<usize> = run.clone().filter(|&t| doc.is_word(t)).collect();
    let body_word = |t: usize| super::mentions::is_org_final(doc.token_text(t));
    let last_body = words.iter().rposition(|&t| body_word(t))?;
    let rest = &words[last_body + 1..];
    let given = *rest.first()?;
    let person = (2..=3).contains(&rest.len())
        && crate::names::listed_given_gender(doc.token_text(given)).is_some()
        && rest.iter().all(|&t| doc.is_capitalized(t));
    person.then_some(given..run.end)
}
