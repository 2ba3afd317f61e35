//! Word-level differences between wordings of one statement, for the speaker page: which words
//! of one outlet's version are not in the wording the others are compared with, found as the
//! longest common subsequence of their words (compared without case and punctuation).

/// A word of a version (with the spaces after it), and whether it differs from the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffWord {
    pub text: String,
    pub changed: bool,
}

/// Past this many words a version is shown without marks: the table is words × words.
const MAX_WORDS: usize = 400;

/// Past this many versions the longest is taken as the base instead of comparing every pair.
const MAX_VERSIONS: usize = 24;

/// Which version the others are compared with: the one sharing the most words, in order, with
/// the others (so a short fragment quoted by one outlet does not make every fuller version look
/// changed), the longest when there are too many to compare; ties go to the first.
pub fn base_version(texts: &[&str]) -> usize {
    let longest = || {
        (0..texts.len())
            .max_by_key(|&i| (texts[i].split_whitespace().count(), std::cmp::Reverse(i)))
            .unwrap_or(0)
    };
    if texts.len() > MAX_VERSIONS {
        return longest();
    }
    let keys: Vec<Vec<String>> = texts
        .iter()
        .map(|t| t.split_whitespace().map(key).collect())
        .collect();
    if keys.iter().any(|k| k.len() > MAX_WORDS) {
        return longest();
    }
    let shared = |i: usize| -> usize {
        (0..keys.len())
            .filter(|&j| j != i)
            .map(|j| common_words(&keys[i], &keys[j]))
            .sum()
    };
    let mut best = (0, 0);
    for i in 0..keys.len() {
        let score = shared(i);
        if score > best.1 {
            best = (i, score);
        }
    }
    best.0
}

/// The length of the longest common subsequence of two word lists.
fn common_words(a: &[String], b: &[String]) -> usize {
    lcs_table(a, b)[0][0] as usize
}

/// `table[i][j]`: the longest common subsequence of `a[i..]` and `b[j..]`.
fn lcs_table(a: &[String], b: &[String]) -> Vec<Vec<u16>> {
    let mut lcs = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    lcs
}

/// The words of `version`, each marked when it is not part of the longest run of words it
/// shares, in order, with `base`. `None` when the versions are too long to compare.
pub fn word_diff(base: &str, version: &str) -> Option<Vec<DiffWord>> {
    let a: Vec<String> = base.split_whitespace().map(key).collect();
    let words = words_with_spaces(version);
    let b: Vec<String> = words.iter().map(|w| key(w)).collect();
    if a.len() > MAX_WORDS || b.len() > MAX_WORDS {
        return None;
    }
    let lcs = lcs_table(&a, &b);
    let mut kept = vec![false; b.len()];
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            kept[j] = true;
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    Some(
        words
            .into_iter()
            .zip(kept)
            .map(|(text, kept)| DiffWord {
                changed: !kept && !key(&text).is_empty(),
                text,
            })
            .collect(),
    )
}

/// A word as compared: lower case, letters and digits only ("Goal," and "goal" are one word).
fn key(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a text, each keeping the white space after it, so they join back into the text.
fn words_with_spaces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_space = true;
    for c in text.chars() {
        let space = c.is_whitespace();
        if !space && in_space || out.is_empty() {
            out.push(String::new());
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
        in_space = space;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(base: &str, version: &str) -> String {
        word_diff(base, version)
            .unwrap()
            .iter()
            .map(|w| {
                if w.changed {
                    format!("[{}]", w.text.trim_end()) + &w.text[w.text.trim_end().len()..]
                } else {
                    w.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn the_words_a_version_changes_are_marked() {
        assert_eq!(
            marked(
                "This is a way to facilitate the process.",
                "This is a way to help the process."
            ),
            "This is a way to [help] the process."
        );
        assert_eq!(
            marked("We saved 48 people,", "we saved forty-eight people"),
            "we saved [forty-eight] people"
        );
        assert_eq!(marked("Same words.", "Same words."), "Same words.");
        assert_eq!(marked("", "All new"), "[All] [new]");
    }

    #[test]
    fn the_base_is_the_wording_the_others_share_most() {
        let fragment = "a way to help";
        let full = "This is a way to help the process.";
        let other = "This is a way to facilitate the process.";
        assert_eq!(base_version(&[fragment, full, other]), 1);
        assert_eq!(base_version(&["one", "two"]), 0);
        assert_eq!(base_version(&[]), 0);
    }

    #[test]
    fn versions_join_back_into_their_text_and_long_ones_are_not_compared() {
        let version = "  Two  spaces\tand a tab ";
        let joined: String = word_diff("x", version)
            .unwrap()
            .into_iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(joined, version);
        assert_eq!(word_diff(&"w ".repeat(MAX_WORDS + 1), "w"), None);
    }
}
