//! Names: spotting proper-name mentions in text (`mentions`), folding spellings so that
//! transliterations of one name compare equal (`folding`), and what a name or a noun says of a
//! person's gender (`gender`), with what the article's wording says of its capitalised words
//! (`uses`). The vocabulary these rules use lives in `lexicon::names`.

mod folding;
mod gender;
mod mentions;
mod runs;
mod things;
mod titles;
mod uses;

#[cfg(feature = "transliterate")]
pub use folding::latin_table;
pub(crate) use folding::{demonym_of, is_demonym, is_demonym_plural, same_folded, Folded};
pub use folding::{fold_name, learn_latin, to_latin};
pub(crate) use gender::{
    compatible as gender_compatible, given_gender, listed_given_gender, surname_gender, Gender,
};
pub(crate) use mentions::{
    ends_possessive, given_of, is_headline, is_role_word, surname_of, NameKind, NameMention,
};
pub(crate) use runs::find_mentions;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Doc;

    fn names(text: &str) -> Vec<(String, NameKind)> {
        let doc = Doc::new(text);
        find_mentions(&doc, &vec![false; doc.tokens.len()], &|w| w != "Freed")
            .into_iter()
            .map(|m| (m.text(), m.kind))
            .collect()
    }

    fn person(name: &str) -> (String, NameKind) {
        (name.to_string(), NameKind::Person)
    }

    #[test]
    fn titles_and_honorifics_are_split_off() {
        assert_eq!(
            names("Moldovan President Ilinca Rusu met Ms. Varga and the Danish Refugee Council."),
            [
                person("Ilinca Rusu"),
                person("Varga"),
                ("Danish Refugee Council".to_string(), NameKind::Organization)
            ]
        );
        assert_eq!(
            names("Freed Kenyan nationals went home."),
            [("Kenyan".to_string(), NameKind::Single)]
        );
        assert_eq!(
            names("Aldana’s chief of staff, Marisol Pena, said."),
            [
                ("Aldana".to_string(), NameKind::Single),
                person("Marisol Pena")
            ]
        );
    }

    #[test]
    fn the_texts_wording_marks_platforms_awards_and_places() {
        assert_eq!(
            names("The council wrote on Chirpline and said on Monday that it met in Santa Irena."),
            [("Chirpline".to_string(), NameKind::Organization)]
        );
        assert_eq!(
            names("Osaka chose an Ostrander laureate. Santa Irena wept in Santa Irena."),
            [("Osaka".to_string(), NameKind::Single)]
        );
    }

    #[test]
    fn genders_are_compatible_unless_both_known_and_different() {
        assert!(gender_compatible(None, Some(Gender::Female)));
        assert!(gender_compatible(Some(Gender::Male), Some(Gender::Male)));
        assert!(!gender_compatible(Some(Gender::Male), Some(Gender::Female)));
    }

    #[test]
    fn demonyms_meet_their_countries_by_morphology() {
        for (d, p) in [
            ("Moldovan", "Moldova"),
            ("Ukrainian", "Ukraine"),
            ("Japanese", "Japan"),
            ("Kenyan", "Kenya"),
            ("Israeli", "Israel"),
            ("German", "Germany"),
            ("Polish", "Poland"),
            ("Syrian", "Syria"),
        ] {
            assert!(demonym_of(d, p), "{d} / {p}");
        }
        for (d, p) in [
            ("Austrian", "Australia"),
            ("Ugandan", "Kenya"),
            ("Iranian", "Iraq"),
        ] {
            assert!(!demonym_of(d, p), "{d} / {p}");
        }
    }
}
