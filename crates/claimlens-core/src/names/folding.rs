//! Folding names for comparison: Latin letters for any script, and the letter groups that vary
//! between romanisations, so that "Kovalenkova" and "Kavalenkava" compare equal.

use crate::lexicon::peoples::{COUNTRY_STEM_ENDINGS, DEMONYM_ENDINGS, DEMONYM_STEM_ENDINGS};

/// `text` in Latin letters: with the `transliterate` feature, any script through deunicode; without
/// it, ASCII as it is and other chars through what [`learn_latin`] was given (a char it was not
/// given stays as it is, and the name folding below then drops it).
pub fn to_latin(text: &str) -> std::borrow::Cow<'_, str> {
    #[cfg(feature = "transliterate")]
    {
        deunicode::deunicode_with_tofu_cow(text, "[?]")
    }
    #[cfg(not(feature = "transliterate"))]
    {
        if text.is_ascii() {
            return std::borrow::Cow::Borrowed(text);
        }
        let learned = LEARNED.read().unwrap_or_else(|e| e.into_inner());
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match learned.get(&c) {
                Some(latin) if !c.is_ascii() => out.push_str(latin),
                _ => out.push(c),
            }
        }
        std::borrow::Cow::Owned(out)
    }
}

#[cfg(not(feature = "transliterate"))]
static LEARNED: std::sync::RwLock<std::collections::BTreeMap<char, String>> =
    std::sync::RwLock::new(std::collections::BTreeMap::new());

/// Teaches [`to_latin`] the Latin form of some chars, for builds without the `transliterate`
/// feature: a bundle carries the entries for every char of its corpus (see [`latin_table`]), and
/// the engine that opens it passes them here. Entries only add up (the same char always has the
/// same form), so bundles opened side by side do not disturb each other. With the feature this
/// does nothing: every char is known.
pub fn learn_latin(entries: &[(char, String)]) {
    #[cfg(not(feature = "transliterate"))]
    {
        let mut learned = LEARNED.write().unwrap_or_else(|e| e.into_inner());
        for (c, latin) in entries {
            learned.entry(*c).or_insert_with(|| latin.clone());
        }
    }
    #[cfg(feature = "transliterate")]
    let _ = entries;
}

/// The Latin form of every non-ASCII char in `texts`, and of the Cyrillic and Greek alphabets
/// (so that a name typed in either script finds its romanised spellings), sorted by char: what
/// a bundle carries for [`learn_latin`].
#[cfg(feature = "transliterate")]
pub fn latin_table<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<(char, String)> {
    let alphabets = ('\u{0386}'..='\u{03ce}').chain('\u{0400}'..='\u{045f}');
    let chars: std::collections::BTreeSet<char> = texts
        .into_iter()
        .flat_map(str::chars)
        .chain(alphabets)
        .filter(|c| !c.is_ascii())
        .collect();
    chars
        .into_iter()
        .filter_map(|c| Some((c, deunicode::deunicode_char(c)?.to_string())))
        .collect()
}

/// Folds a name for comparison across transliterations: ASCII, lowercase, and rewriting of the
/// letter groups that vary between romanisations of Cyrillic and other scripts.
///
/// ```
/// use claimlens_core::fold_name;
/// assert_eq!(fold_name("Sakalouskaya"), fold_name("Sakalovskaya"));
/// assert_eq!(fold_name("Kavalyonak"), fold_name("Kavalionak"));
/// assert_ne!(fold_name("Sokolovsky"), fold_name("Sokolovskaya"));
/// ```
pub fn fold_name(name: &str) -> String {
    let ascii = to_latin(name).to_lowercase();
    let letters: String = ascii.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let mut s = letters;
    for (from, to) in [
        ("shch", "s"),
        ("sch", "s"),
        ("kh", "h"),
        ("zh", "z"),
        ("ch", "c"),
        ("sh", "s"),
        ("ts", "t"),
        ("tz", "t"),
        ("x", "ks"),
        ("ph", "f"),
        ("w", "v"),
        ("j", "i"),
        ("y", "i"),
        ("ck", "k"),
        ("q", "k"),
    ] {
        s = s.replace(from, to);
    }
    // Belarusian "ou"/"au" before a consonant is Russian "ov"/"av" (Sakalouskaya/Sokolovskaya).
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let vowel = |c: char| "aeiou".contains(c);
        if c == 'u' && i > 0 && vowel(chars[i - 1]) && chars.get(i + 1).is_some_and(|&n| !vowel(n))
        {
            out.push('v');
        } else if i > 0 && chars[i - 1] == c {
            // Double letters vary between spellings.
        } else if c == 'i' && i > 0 && chars[i - 1] == 'i' {
        } else {
            out.push(c);
        }
    }
    out
}

/// Consonant skeleton of a folded name: vowels vary most between transliterations.
pub(crate) fn skeleton(folded: &str) -> String {
    folded.chars().filter(|c| !"aeiou".contains(*c)).collect()
}

/// Edit distance, for comparing folded names.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A name word folded once, for repeated comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Folded {
    pub fold: String,
    pub skeleton: String,
}

impl Folded {
    pub fn new(word: &str) -> Folded {
        let fold = fold_name(word);
        let skeleton = skeleton(&fold);
        Folded { fold, skeleton }
    }
}

/// Do two spellings plausibly name the same word in different transliterations?
/// True for capitalised adjectives of nationality or place ("Moldovan", "Kenyan").
pub(crate) fn is_demonym(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && ((lower.len() >= 5
            && DEMONYM_ENDINGS.iter().any(|s| lower.ends_with(s))
            && !lower.ends_with("ski")
            // "Manish", "Harish": a given name of one gender is no adjective of a place.
            && crate::names::listed_given_gender(word).is_none())
            || crate::lexicon::peoples::is_nationality_noun(&lower))
}

/// A people counted by the plural of a demonym in "-i" ("8.6 lakh Pakistanis", "Somalis",
/// "Bangladeshis"): long enough, and not written as the surnames in "-is" are ("Francis",
/// "Harris").
pub(crate) fn is_demonym_plural(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && lower.chars().count() >= 7
        && lower.ends_with("is")
        && !["cis", "vis", "rris", "nnis", "tis"]
            .iter()
            .any(|e| lower.ends_with(e))
}

#[cfg(test)]
fn same_word(a: &str, b: &str) -> bool {
    same_folded(&Folded::new(a), &Folded::new(b))
}

pub(crate) fn same_folded(a: &Folded, b: &Folded) -> bool {
    let (fa, fb) = (&a.fold, &b.fold);
    if fa == fb {
        return true;
    }
    if fa.is_empty() || fb.is_empty() || a.skeleton != b.skeleton {
        return false;
    }
    // Short names differ by one letter too easily ("Maria" / "Marina"): they must fold equal.
    let longest = fa.len().max(fb.len());
    let allowed = if longest < 6 { 0 } else { (longest / 4).max(1) };
    edit_distance(fa, fb) <= allowed
}

/// Could `demonym` ("Moldovan") be the adjective of the place `place` ("Moldova")? Both are cut
/// back to a common stem by the usual English endings (`-an`, `-ian`, `-ese`, `-i` on one side;
/// `-a`, `-ia`, `-e`, `-y`, `-land` on the other): general morphology, so "Ukrainian" meets
/// "Ukraine" and "Japanese" meets "Japan" with no table of countries, while "Austrian" and
/// "Australia" stay apart. Irregular pairs ("French" / "France") are not recognised.
pub(crate) fn demonym_of(demonym: &str, place: &str) -> bool {
    // Plain Latin letters, not `fold_name`: its rewrites ("sh" to "s") would hide the endings.
    let plain = |w: &str| -> String {
        to_latin(w)
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect()
    };
    let d = plain(demonym);
    let p = plain(place);
    let stems = |word: &str, endings: &[&str]| -> Vec<String> {
        let mut out = vec![word.to_string()];
        for e in endings {
            if let Some(stem) = word.strip_suffix(e) {
                if stem.len() >= 3 {
                    out.push(stem.to_string());
                }
            }
        }
        out
    };
    let ds = stems(&d, DEMONYM_STEM_ENDINGS);
    stems(&p, COUNTRY_STEM_ENDINGS)
        .iter()
        .any(|s| ds.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_fold_together() {
        for (a, b) in [
            ("Kovalenkova", "Kavalenkava"),
            ("Kavalyonak", "Kavalionak"),
            ("Zhuravka", "Zhuravko"),
            ("Zhuravka", "Zhurauka"),
            ("Sakalouskaya", "Sokolovskaya"),
            ("Aleksandr", "Alexander"),
            ("Maksim", "Maxim"),
            ("Sviatlana", "Svetlana"),
            ("Maria", "Maryya"),
            ("Viktar", "Viktor"),
        ] {
            assert!(same_word(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Sergei", "Sviatlana"),
            ("Maria", "Marina"),
            ("Ivan", "Ilya"),
            ("Hale", "Hall"),
        ] {
            assert!(!same_word(a, b), "{a} / {b}");
        }
    }
}
