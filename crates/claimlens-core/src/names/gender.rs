//! Gender of names and nouns, and the one check of whether two genders can be one person.

use crate::lexicon::gendered_names;
use crate::lexicon::given_names::{
    FEMALE_SURNAME_ENDINGS, MALE_GIVEN_NAMES_IN_A, MALE_SURNAME_ENDINGS,
};
use crate::names::to_latin;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Can two mentions whose genders are known (or not) be one person? Only two known, different
/// genders rule it out: an unknown gender says nothing either way. Every gender check of names,
/// pronouns and descriptions goes through here.
pub(crate) fn compatible(a: Option<Gender>, b: Option<Gender>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Gender implied by a surname's ending, where Slavic and Baltic languages mark it.
pub(crate) fn surname_gender(surname: &str) -> Option<Gender> {
    let full = to_latin(surname).to_lowercase();
    // "Holroyd-Bain": a compound surname's last part is the one with an ending.
    let s = full.rsplit('-').next().unwrap_or(&full);
    // "Sava", "Silva", "Nova": a short name ending like a Slavic feminine form is no such form.
    if s.chars().count() < 6 {
        return None;
    }
    // "Hebblethwaite", "Braithwaite": English surnames in "-waite" end like a Lithuanian
    // woman's "-aitė" only once the accent is gone.
    let english = s.ends_with("waite");
    // "Villanueva", "Casanueva": Spanish "nueva" ends like a Slavic "-eva" but marks no one.
    let spanish = s.ends_with("ueva");
    if FEMALE_SURNAME_ENDINGS.iter().any(|e| s.ends_with(e)) && !english && !spanish {
        Some(Gender::Female)
    } else if MALE_SURNAME_ENDINGS.iter().any(|e| s.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Gender suggested by a given name: a common given name of either, else the "a" that many
/// languages end women's given names in.
pub(crate) fn given_gender(given: &str) -> Option<Gender> {
    let s = to_latin(given).to_lowercase();
    // "Marie-Claude", "Jean-Pierre", "Anne-Marie": the parts that are known given names, when
    // they agree.
    if let Some((a, b)) = s.split_once(['-', '‐', '‑']) {
        return match (listed(a), listed(b)) {
            (Some(x), Some(y)) if x != y => None,
            (x, y) => x.or(y),
        };
    }
    if s.len() < 2 || !s.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    // Other endings say nothing either way.
    listed(&s).or_else(|| {
        // "Dharmendra", "Rajendra", "Ravindra": the Sanskrit "-indra" of men's names.
        let indra = (s.ends_with("endra") || s.ends_with("indra")) && s.len() >= 7;
        (s.ends_with('a') && !indra && !MALE_GIVEN_NAMES_IN_A.contains(&s.as_str()))
            .then_some(Gender::Female)
    })
}

/// The gender of a common given name of one gender: known, where an ending only suggests.
pub(crate) fn listed_given_gender(given: &str) -> Option<Gender> {
    listed(&to_latin(given).to_lowercase())
}

fn listed(lower: &str) -> Option<Gender> {
    if gendered_names::MEN.binary_search(&lower).is_ok() {
        Some(Gender::Male)
    } else if gendered_names::WOMEN.binary_search(&lower).is_ok() {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gendered_surnames_differ() {
        assert_eq!(surname_gender("Sokolovsky"), Some(Gender::Male));
        assert_eq!(surname_gender("Sakalouskaya"), Some(Gender::Female));
        assert_eq!(surname_gender("Hrushava"), Some(Gender::Female));
        assert_eq!(surname_gender("Villanueva"), None);
        assert_eq!(given_gender("Dharmendra"), None);
        assert_eq!(given_gender("Sandra"), Some(Gender::Female));
        assert_eq!(given_gender("Kendra"), Some(Gender::Female));
        assert_eq!(surname_gender("Shevchenko"), None);
        assert_eq!(surname_gender("Sava"), None);
        assert_eq!(given_gender("Natalya"), Some(Gender::Female));
        assert_eq!(surname_gender("Hebblethwaite"), None);
        assert_eq!(surname_gender("Jankauskaitė"), Some(Gender::Female));
        assert_eq!(given_gender("Katrin"), None);
    }
}
