//! Currencies written as one or more letters glued to an amount ("Sh400", "Rs 500", "R1.2bn"):
//! where the tokenizer splits the letters off as a word of their own, and which one-letter signs
//! a text uses for money.

use super::is_space;

/// The one-letter currency signs (`PrefixKind::Letter`: rand, naira, peso) a text writes
/// before an amount that can only be money ("R1,600", "R1.2bn", "R350 billion"): there, the
/// same letter before any amount is that currency ("The fine is R200").
pub(super) fn letter_currencies(chars: &[char]) -> Vec<char> {
    let mut used = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = i == 0 || !chars[i - 1].is_alphanumeric();
        if !matches!(c, 'R' | 'N' | 'P')
            || used.contains(&c)
            || !starts
            || !chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            i += 1;
            continue;
        }
        // The amount's own characters: digits, separators, a scale; each is read once.
        let end = (i + 1..chars.len())
            .find(|&k| !(chars[k].is_alphanumeric() || matches!(chars[k], '.' | ',' | '-')))
            .unwrap_or(chars.len());
        let word = &chars[i + 1..end];
        let word = match word.last() {
            Some('.' | ',') => &word[..word.len() - 1],
            _ => word,
        };
        if money_shaped(word, &chars[end..]) {
            used.push(c);
        }
        i = end.max(i + 1);
    }
    used
}

/// Do the digits after a one-letter currency sign look like money whatever the letter: a
/// decimal point or a thousands separator, a scale written tight or as a word after
/// ("R1.2bn", "R350-billion", "R350 billion")?
fn money_shaped(digits: &[char], rest: &[char]) -> bool {
    let tail: String = digits.iter().collect::<String>().to_lowercase();
    let separated = tail.contains('.') || tail.contains(',');
    let tight_scale = [
        "bn",
        "m",
        "k",
        "tn",
        "trn",
        "-million",
        "-billion",
        "-trillion",
    ]
    .iter()
    .any(|s| {
        tail.ends_with(s) && tail[..tail.len() - s.len()].ends_with(|c: char| c.is_ascii_digit())
    });
    let next: String = rest
        .iter()
        .skip_while(|c| is_space(**c))
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let scale_word = matches!(next.as_str(), "million" | "billion" | "trillion");
    separated || tight_scale || scale_word
}

/// How many letters of `word` are a currency's prefix before its digits, if they are one; `rest`
/// is the text after the word, `before` the text before it, `letters` the one-letter signs the
/// text uses for money elsewhere.
pub(super) fn currency_letters(
    word: &[char],
    rest: &[char],
    before: &[char],
    letters: &[char],
) -> Option<usize> {
    use crate::lexicon::currencies::{currency_prefix, PrefixKind};
    let len = word.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let digits = &word[len..];
    if len == 0 || !digits.first().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let prefix: String = word[..len].iter().collect();
    match currency_prefix(&prefix)? {
        PrefixKind::Letters => Some(len),
        PrefixKind::Letter => {
            let shaped = money_shaped(digits, rest);
            // "rise by roughly R180", "costs N500": after a word that leads to an amount
            // ("the N95 mask", "a P45 form" name things).
            let mut back = before.len();
            while back > 0 && is_space(before[back - 1]) {
                back -= 1;
            }
            let from = before[..back]
                .iter()
                .rposition(|c| !c.is_alphabetic())
                .map_or(0, |p| p + 1);
            let previous: String = before[from..back].iter().collect::<String>().to_lowercase();
            // "The fine is R200" in copy that writes "R1,600" elsewhere; "the R62", "on the R62
            // and R72", "selling N95 masks" stay roads and things.
            let next_word: String = rest
                .iter()
                .skip_while(|c| is_space(**c))
                .take_while(|c| c.is_alphabetic())
                .collect();
            let before_noun = next_word.starts_with(char::is_lowercase)
                && !matches!(
                    next_word.as_str(),
                    "a" | "an"
                        | "per"
                        | "for"
                        | "on"
                        | "to"
                        | "in"
                        | "each"
                        | "from"
                        | "more"
                        | "less"
                        | "was"
                        | "is"
                        | "will"
                        | "would"
                        | "were"
                        | "are"
                );
            let in_use = letters.contains(&word[0])
                && !matches!(
                    previous.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "and"
                        | "or"
                        | "on"
                        | "via"
                        | "route"
                        | "routes"
                        | "road"
                        | "roads"
                )
                && !before_noun
                && digits.iter().all(|c| c.is_ascii_digit());
            let leads_to_amount = matches!(
                previous.as_str(),
                "roughly"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "only"
                    | "just"
                    | "by"
                    | "of"
                    | "cost"
                    | "costs"
                    | "pay"
                    | "pays"
                    | "paid"
                    | "earn"
                    | "earns"
                    | "extra"
                    | "another"
                    | "than"
                    | "charge"
                    | "charges"
                    | "fined"
                    | "worth"
                    | "up"
                    | "down"
            ) && digits.iter().all(|c| c.is_ascii_digit());
            // "to R5 200 a tonne": thousands set off by a space after the digits.
            let grouped = rest.len() >= 4
                && rest[0] == ' '
                && rest[1..4].iter().all(char::is_ascii_digit)
                && !rest.get(4).is_some_and(char::is_ascii_digit);
            (shaped || leads_to_amount || grouped || in_use).then_some(len)
        }
    }
}
