//! Interview transcripts, whose turns are quotations without quotation marks: a paragraph
//! opening with a speaker's label and a colon ("Q: Is that realistic?", "A: It’s ambitious.",
//! "WHITLOCK: Why should they?", "CALLER (Dev, Brinsley): Sort the water out.").

use super::QuoteSpan;
use crate::text::{is_space, Doc};

/// Who a turn's label says is speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// "Q:": the interviewer.
    Question,
    /// "A:": the person interviewed.
    Answer,
    /// A name in capitals, or a role with a bracketed name ("WHITLOCK:", "CALLER (Dev):").
    Named,
}

/// The turns of a transcript: the text after each label, to the end of its paragraph. A text
/// is a transcript when it has questions and answers, or two turns or more labelled with names
/// in capitals; paragraphs that hold quotation marks of their own are left to them.
pub(crate) fn find(doc: &Doc, spans: &[QuoteSpan]) -> Vec<QuoteSpan> {
    let turns: Vec<(usize, Label, usize)> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(pi, _)| !spans.iter().any(|s| s.paragraph == *pi))
        .filter_map(|(pi, p)| {
            let (label, len) = label(&doc.chars[p.clone()])?;
            Some((pi, label, p.start + len))
        })
        .collect();
    let has = |l: Label| turns.iter().filter(|t| t.1 == l).count();
    // "Q: …" then "Smith: …": questions answered under the person's name.
    let interview =
        has(Label::Question) >= 1 && (has(Label::Answer) >= 1 || has(Label::Named) >= 1);
    let named = has(Label::Named) >= 2;
    // "INGRID SOLBERG, CEO: We saw …": one turn is enough under a full name in capitals and a
    // role (a dateline in capitals, "KUALA LUMPUR:", has none); whether it names someone the
    // speaker's cue decides.
    let full_name = |pi: usize| {
        let p = &doc.paragraphs[pi];
        let chars = &doc.chars[p.clone()];
        let colon = chars.iter().take(40).position(|&c| c == ':').unwrap_or(0);
        let head: String = chars[..colon].iter().collect();
        let Some((name, role)) = head.trim_matches(['*', '_']).split_once(", ") else {
            return false;
        };
        let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        (2..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-'))
            && is_role(role)
    };
    turns
        .into_iter()
        .filter(|&(pi, l, _)| match l {
            Label::Named => named || interview || full_name(pi),
            _ => interview,
        })
        .filter_map(|(pi, _, start)| {
            let p = &doc.paragraphs[pi];
            // "**FK: Is the battle lost?**": a turn in bold ends before the closing stars.
            let end = (start..p.end)
                .rev()
                .find(|&i| !is_space(doc.chars[i]) && !matches!(doc.chars[i], '*' | '_'))
                .map(|i| i + 1)?;
            // "Saurashtra: Chirag Jani (c), Harvik Desai, Sheldon Jackson, …": a list of names
            // under a label is a squad or a line-up, not words said.
            let text: String = doc.chars[start..end].iter().collect();
            let words: Vec<&str> = text.split_whitespace().collect();
            let capitalised = words
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            let listed = text.matches(',').count() >= 3 && capitalised * 10 >= words.len() * 6;
            // The first line is the headline ("Ranji Trophy: Vidarbha eye hat-trick").
            (end > start && !listed && pi > 0).then_some(QuoteSpan {
                start,
                end,
                paragraph: pi,
                continues_previous: false,
                continued: false,
            })
        })
        .collect()
}

/// The label opening a paragraph and where its text starts (past the colon and spaces).
pub(crate) fn label(chars: &[char]) -> Option<(Label, usize)> {
    let colon = chars.iter().take(40).position(|&c| c == ':')?;
    // "**Smith:** Yes.", "__Q:__ Why?": a label in Markdown's bold or italics.
    let emphasis = |c: &&char| matches!(**c, '*' | '_');
    let closing = chars[colon + 1..].iter().take_while(emphasis).count();
    let spaces = chars[colon + 1 + closing..]
        .iter()
        .take_while(|c| is_space(**c))
        .count();
    let text_start = colon + 1 + closing + spaces;
    if spaces == 0 || text_start >= chars.len() {
        return None;
    }
    let head: String = chars[..colon].iter().collect();
    let head = head.trim().trim_matches(['*', '_']).trim();
    let label = match head {
        "Q" => Label::Question,
        "A" => Label::Answer,
        _ => {
            // "INGRID SOLBERG, CEO": a name in capitals, then a role of a few words.
            let head = match head.split_once(", ") {
                Some((name, role))
                    if name.chars().all(|c| !c.is_lowercase())
                        && role.split(' ').count() <= 4
                        && is_role(role) =>
                {
                    name
                }
                _ => head,
            };
            // "CALLER (Dev, Brinsley)": a role in capitals with a bracketed name.
            let name = head.split_once(" (").map_or(
                head,
                |(n, rest)| {
                    if rest.ends_with(')') {
                        n
                    } else {
                        ""
                    }
                },
            );
            let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
            // "WHITLOCK", or a surname written as names are ("Smith"); which labels name
            // someone the speaker's cue decides.
            let capitals = name
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’' | '.'));
            // "Smith", "Dube-Hartley", "Esther Chebet", "The Pulse": words written as names
            // are.
            let proper = |w: &str| {
                w.split(['-', '\'', '’']).all(|part| {
                    let mut cs = part.chars();
                    cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
                })
            };
            let surname = name.split(' ').all(proper);
            let shaped = capitals || surname;
            // "EC:", "WO:": initials, two letters or more.
            let initials = capitals && !name.contains(' ') && letters.len() >= 2;
            if (letters.len() < 3 && !initials) || !shaped || name.split(' ').count() > 3 {
                return None;
            }
            Label::Named
        }
    };
    Some((label, text_start))
}

/// A role after a label's name: "CEO", "chief executive", "Finance Minister"; not a country
/// or a date ("KUALA LUMPUR, Malaysia:", "MUMBAI, Dec 8:").
fn is_role(role: &str) -> bool {
    !role.contains(|c: char| c.is_ascii_digit())
        && role.split(' ').next_back().is_some_and(|w| {
            (w.len() >= 2 && w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
                || crate::lexicon::roles::is_role_head(&w.to_lowercase())
        })
}
