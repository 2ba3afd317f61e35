//! How a label's words are written: lower case, except names, which keep their capitals
//! wherever they stand ("rise in the FTSE 100", "Wattlebrook ratepayers"), and tokens written
//! together, which stay together ("S&P").

use crate::text::Doc;

/// The words at `tokens`, lower case unless they are names, joined by spaces.
pub(super) fn words(doc: &Doc, tokens: &[usize]) -> String {
    let mut out = String::new();
    for (i, &u) in tokens.iter().enumerate() {
        // "S&P", "AT&T": tokens written together stay together.
        let glued = i > 0 && doc.tokens[tokens[i - 1]].end == doc.tokens[u].start;
        if i > 0 && !glued {
            out.push(' ');
        }
        out.push_str(&word(doc, u));
    }
    out
}

/// One token of a phrase: lower case unless it is a name.
fn word(doc: &Doc, u: usize) -> String {
    [u].iter()
        .map(|&u| {
            let text = doc.token_text(u);
            let lower = doc.token_lower(u);
            // "S&P": the letter after an ampersand opens nothing.
            let after_ampersand = u > 0 && doc.is_punct(u - 1, '&');
            // A paragraph's first word opens a sentence too, after a headline with no stop.
            let paragraph_start = u > 0 && doc.paragraph_start(u) == u;
            let sentence_start =
                u == 0 || paragraph_start || (!doc.is_word(u - 1) && !after_ampersand);
            // "Osk County" opening a sentence is a name; "Shares in ..." a common noun.
            let name_follows =
                u + 1 < doc.tokens.len() && (doc.is_capitalized(u + 1) || doc.is_punct(u + 1, '&'));
            // "Pre-tax profit": a hyphen is no capital.
            let rest_lower = text
                .chars()
                .skip(1)
                .filter(|c| c.is_alphabetic())
                .all(char::is_lowercase);
            // "Brazil's soybean harvest": a possessive opening the sentence is a name's.
            let possessive = crate::names::ends_possessive(text);
            // "Wattlebrook ratepayers will pay": a word the article writes as a name elsewhere.
            let name = rest_lower && doc.written_as_name(u);
            if sentence_start && !name_follows && rest_lower && !possessive && !name {
                lower.to_string()
            } else if doc.is_capitalized(u) {
                text.to_string()
            } else {
                lower.to_string()
            }
        })
        .collect()
}
