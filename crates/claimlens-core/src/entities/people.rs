//! Clustering named people: full names across spellings and articles, then single names
//! ("Rusu", "Ms. Rusu") onto the person they are the surname of.

use std::collections::HashMap;

use super::organisations::ShortOrgForms;
use super::{EntityData, EntityIx, Registry};
use crate::attribution::ArticleAnalysis;
use crate::model::EntityKind;
use crate::names::{
    gender_compatible, given_gender, given_of, listed_given_gender, same_folded, surname_gender,
    surname_of, Folded, Gender,
};

/// One person-name mention waiting to be clustered.
pub(super) struct PersonForm {
    pub article: usize,
    pub mention: usize,
    pub words: Vec<String>,
    pub honorific: Option<Gender>,
}

impl PersonForm {
    fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// A distinct spelling of a full name, clustered once however often it is written.
struct DistinctForm {
    text: String,
    words: Vec<String>,
    honorific: Option<Gender>,
}

/// A full name's parts, folded once.
#[derive(Debug, Clone)]
struct FormShape {
    surname: Folded,
    surname_gender: Option<Gender>,
    given: Option<Folded>,
}

impl FormShape {
    fn new(words: &[String]) -> FormShape {
        let surname = surname_of(words);
        FormShape {
            surname: Folded::new(surname),
            surname_gender: surname_gender(surname),
            given: given_of(words).map(Folded::new),
        }
    }
}

/// A person cluster: its surname and the full forms it holds.
struct PersonShape {
    surname: Folded,
    surname_text: String,
    forms: Vec<FormShape>,
}

/// The people clustered so far, bucketed by the consonant skeleton of their surname so that
/// clustering stays near linear in the number of names.
#[derive(Default)]
pub(super) struct People {
    shapes: HashMap<EntityIx, PersonShape>,
    by_skeleton: HashMap<String, Vec<EntityIx>>,
}

impl People {
    fn add(&mut self, e: EntityIx, surname: Folded, surname_text: String) {
        self.by_skeleton
            .entry(surname.skeleton.clone())
            .or_default()
            .push(e);
        self.shapes.insert(
            e,
            PersonShape {
                surname,
                surname_text,
                forms: Vec::new(),
            },
        );
    }

    fn bucket(&self, skeleton: &str) -> &[EntityIx] {
        self.by_skeleton.get(skeleton).map_or(&[], Vec::as_slice)
    }

    fn has_full_name(&self, e: EntityIx) -> bool {
        !self.shapes[&e].forms.is_empty()
    }

    /// Is `given` the given name of one of person `e`'s full forms?
    fn has_given(&self, e: EntityIx, given: &Folded) -> bool {
        self.shapes.get(&e).is_some_and(|shape| {
            shape
                .forms
                .iter()
                .any(|f| f.given.as_ref().is_some_and(|g| same_folded(g, given)))
        })
    }
}

/// A person's gender by their honorific, else their given name, else their surname's ending:
/// "Lisa Dombrowski" is a woman wherever her family's name comes from.
fn person_gender(words: &[String], honorific: Option<Gender>) -> Option<Gender> {
    honorific
        .or_else(|| given_of(words).and_then(given_gender))
        .or_else(|| surname_gender(surname_of(words)))
}

/// Full names (two or more words) cluster across articles: each distinct spelling joins the
/// first person it is compatible with, longer forms first so that full forms seed the clusters.
pub(super) fn cluster_full_names(reg: &mut Registry, full: &[PersonForm]) -> People {
    let mut people = People::default();
    let mut cluster_of: HashMap<String, EntityIx> = HashMap::new();
    let mut seen_forms: Vec<(Vec<String>, EntityIx)> = Vec::new();
    for form in distinct_forms(full) {
        let gender = person_gender(&form.words, form.honorific);
        let shape = FormShape::new(&form.words);
        // "Ferrán Ocampo" after "Luis Ferrán Ocampo": the last words of a longer name are its
        // compound surname.
        // "Nurul Aisyah" after "Nurul Aisyah Kamarudin", "Mohd Faizal" after "Mohd Faizal
        // Hashim": the given names of a name of three words or more, without the family's or
        // father's name, as Malay and many other names are shortened.
        let tail_of = seen_forms
            .iter()
            .find(|(words, _)| {
                words.len() > form.words.len()
                    && (words.ends_with(&form.words)
                        || (words.len() >= 3
                            && form.words.len() >= 2
                            && words.starts_with(&form.words)))
            })
            .map(|&(_, e)| e);
        let found = tail_of.or_else(|| {
            people
                .bucket(&shape.surname.skeleton)
                .iter()
                .copied()
                .find(|e| {
                    compatible_person(&people.shapes[e], &shape, gender, reg.entities[*e].gender)
                })
        });
        let e = found.unwrap_or_else(|| {
            let e = reg.push(EntityData::new(EntityKind::Person));
            people.add(
                e,
                shape.surname.clone(),
                surname_of(&form.words).to_string(),
            );
            e
        });
        if reg.entities[e].gender.is_none() {
            reg.entities[e].gender = gender;
            reg.entities[e].gender_guessed = form.honorific.is_none()
                && surname_gender(surname_of(&form.words)).is_none()
                && given_of(&form.words)
                    .and_then(listed_given_gender)
                    .is_none()
                && gender.is_some();
        }
        people.shapes.get_mut(&e).unwrap().forms.push(shape);
        if form.words.len() >= 2 {
            seen_forms.push((form.words.clone(), e));
        }
        cluster_of.insert(form.text, e);
    }
    for f in full {
        let e = cluster_of[&f.text()];
        reg.attach(f.article, f.mention, e, &f.text());
    }
    people
}

/// Each spelling once, with the first honorific seen with it; longer forms first, then
/// alphabetical, so the clustering is deterministic.
fn distinct_forms(full: &[PersonForm]) -> Vec<DistinctForm> {
    let mut distinct: Vec<DistinctForm> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for f in full {
        let text = f.text();
        match seen.get(&text) {
            Some(&d) => distinct[d].honorific = distinct[d].honorific.or(f.honorific),
            None => {
                seen.insert(text.clone(), distinct.len());
                distinct.push(DistinctForm {
                    text,
                    words: f.words.clone(),
                    honorific: f.honorific,
                });
            }
        }
    }
    distinct.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then(a.text.cmp(&b.text)));
    distinct
}

/// Can a full name join an existing person? Same surname across transliterations, and given
/// names and genders that do not conflict with any form already in the cluster.
fn compatible_person(
    person: &PersonShape,
    shape: &FormShape,
    gender: Option<Gender>,
    person_gender: Option<Gender>,
) -> bool {
    !person.forms.is_empty()
        && gender_compatible(gender, person_gender)
        && person.forms.iter().all(|other| {
            same_folded(&shape.surname, &other.surname)
                && gender_compatible(shape.surname_gender, other.surname_gender)
                && match (&shape.given, &other.given) {
                    (Some(a), Some(b)) => same_folded(a, b),
                    _ => true,
                }
        })
}

/// A single name's surname, folded, and the gender its honorific or ending says.
struct SingleName {
    surname: String,
    folded: Folded,
    gender: Option<Gender>,
    honorific: Option<Gender>,
}

impl SingleName {
    fn new(f: &PersonForm, folds: &mut HashMap<String, Folded>) -> SingleName {
        let surname = surname_of(&f.words).to_string();
        let folded = folds
            .entry(surname.clone())
            .or_insert_with(|| Folded::new(&surname))
            .clone();
        let gender = f.honorific.or_else(|| surname_gender(&surname));
        SingleName {
            surname,
            folded,
            gender,
            honorific: f.honorific,
        }
    }

    /// Could this single name be the surname of person `e`?
    fn fits(&self, e: EntityIx, reg: &Registry, people: &People) -> bool {
        self.fits_with(e, people, reg.entities[e].gender)
    }

    /// Could it, were a gender only guessed from a given name's ending not known ("Reverend
    /// Tevita Fonua … Mr Fonua")?
    fn fits_loosely(&self, e: EntityIx, reg: &Registry, people: &People) -> bool {
        let data = &reg.entities[e];
        self.fits_with(e, people, data.gender.filter(|_| !data.gender_guessed))
    }

    /// The person's gender is set against the single name's honorific; its ending only against
    /// the ending of the full name's surname: "Kowalski" shortens "Helen Kowalski" as it is
    /// spelt, and "Petrova" never shortens "Ivan Petrov".
    fn fits_with(&self, e: EntityIx, people: &People, gender: Option<Gender>) -> bool {
        let Some(shape) = people.shapes.get(&e) else {
            return false;
        };
        same_folded(&shape.surname, &self.folded)
            && gender_compatible(self.honorific, gender)
            && gender_compatible(
                surname_gender(&self.surname),
                surname_gender(&shape.surname_text),
            )
    }
}

/// Single names: the surname of someone named in the same article (the most recent one
/// before, else anyone), else of the only such person in the corpus; else, untitled, the short
/// form of an organisation ("Harwick" for "Harwick Telecom"); a titled single name with no full
/// name anywhere ("Mr. Ellery") is a person known by surname only.
pub(super) fn attach_single_names(
    reg: &mut Registry,
    arts: &[ArticleAnalysis],
    single: &[PersonForm],
    people: &mut People,
    short_orgs: &ShortOrgForms,
) {
    let mut folds: HashMap<String, Folded> = HashMap::new();
    for f in single {
        let name = SingleName::new(f, &mut folds);
        let titled = arts[f.article].names[f.mention].kind == crate::names::NameKind::Person;
        // "a spokesman for Corrigan": a name after a preposition is not someone's first name.
        let after_preposition = {
            let art = &arts[f.article];
            let t = art.names[f.mention].tokens.start;
            t > 0 && crate::lexicon::speech::is_preposition(art.doc.token_lower(t - 1))
        };
        let e = named_in_full(
            reg,
            f,
            &name,
            people,
            !after_preposition,
            &arts[f.article].names,
        )
        .or_else(|| {
            (!titled && f.words.len() == 1)
                .then(|| short_orgs.find(f.article, &f.words[0]))
                .flatten()
        })
        .or_else(|| titled.then(|| surname_only_person(reg, &name, people)));
        if let Some(e) = e {
            if reg.entities[e].gender.is_none() || reg.entities[e].gender_guessed {
                if let Some(g) = name.gender {
                    reg.entities[e].gender = Some(g);
                    reg.entities[e].gender_guessed = false;
                }
            }
            reg.attach(f.article, f.mention, e, &f.text());
        }
    }
}

/// The person named in full whom a single name most plausibly shortens.
fn named_in_full(
    reg: &Registry,
    f: &PersonForm,
    name: &SingleName,
    people: &People,
    given_may_stand: bool,
    mentions: &[crate::names::NameMention],
) -> Option<EntityIx> {
    // Most recent full mention before this one in the same article (bounded look-back), one
    // whose guessed gender fits before one whose guess an honorific overrides; a mention as
    // someone's owner only after the others ("Her mother, Kerry Fenton, … Ellie-Mae's
    // stepfather … Ms Fenton said": Kerry).
    let possessive = |mi: usize| mentions.get(mi).is_some_and(|m| m.possessive);
    let before = |owners: bool| {
        (0..f.mention)
            .rev()
            .take(400)
            .filter(move |&mi| owners || !possessive(mi))
            .filter_map(|mi| reg.mention_entity[f.article][mi])
    };
    // "Lachlan Doherty … His father, Steve Doherty, said Lachlan had … Mr Doherty said": the
    // Doherty last written with the surname, before anyone met by a given name since.
    let surnamed = mentions.get(..f.mention).unwrap_or_default();
    let written_with_surname = (0..surnamed.len())
        .rev()
        .take(400)
        .filter(|&mi| {
            let m = &surnamed[mi];
            !m.possessive
                && (m.words.len() >= 2
                    || m.words
                        .first()
                        .is_some_and(|w| w.eq_ignore_ascii_case(&name.surname)))
        })
        .filter_map(|mi| reg.mention_entity[f.article][mi])
        .find(|&e| name.fits(e, reg, people));
    let local = written_with_surname
        .or_else(|| before(false).find(|&e| name.fits(e, reg, people)))
        .or_else(|| before(false).find(|&e| name.fits_loosely(e, reg, people)))
        .or_else(|| before(true).find(|&e| name.fits(e, reg, people)))
        .or_else(|| before(true).find(|&e| name.fits_loosely(e, reg, people)));
    if local.is_some() {
        return local;
    }
    // "Edna told the Clarion" after "Edna Pocock": a given name alone, when one person of the
    // article has it.
    let mut by_given: Vec<EntityIx> = (0..f.mention)
        .rev()
        .take(400)
        .filter_map(|mi| reg.mention_entity[f.article][mi])
        .filter(|&e| people.has_given(e, &name.folded))
        .collect();
    by_given.sort_unstable();
    by_given.dedup();
    if let ([e], true) = (&by_given[..], given_may_stand) {
        return Some(*e);
    }
    // "Yap" after "Desmond Yap Kim Huat": a family name written first, inside a longer name;
    // "Madam Tan" after "Tan Swee Leng", opening it.
    let mut by_inner: Vec<EntityIx> = (0..f.mention)
        .rev()
        .take(400)
        .filter_map(|mi| reg.mention_entity[f.article][mi])
        .filter(|&e| {
            reg.entities[e].forms.keys().any(|form| {
                let words: Vec<&str> = form.split_whitespace().collect();
                // "Madam Tan" after "Tan Swee Leng": with an honorific, the first word too.
                let from = usize::from(f.honorific.is_none());
                words.len() >= 3
                    && words[from..words.len() - 1]
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(&name.surname))
            })
        })
        .collect();
    by_inner.sort_unstable();
    by_inner.dedup();
    if let ([e], true) = (&by_inner[..], given_may_stand) {
        return Some(*e);
    }
    let with_full: Vec<EntityIx> = people
        .bucket(&name.folded.skeleton)
        .iter()
        .copied()
        .filter(|&e| name.fits(e, reg, people) && people.has_full_name(e))
        .collect();
    with_full
        .iter()
        .copied()
        .find(|e| {
            reg.entities[*e]
                .forms
                .values()
                .any(|seen| seen.articles.contains(&f.article))
        })
        .or_else(|| (with_full.len() == 1).then(|| with_full[0]))
}

/// The person known only by this surname, made the first time it is met.
fn surname_only_person(reg: &mut Registry, name: &SingleName, people: &mut People) -> EntityIx {
    let existing = people
        .bucket(&name.folded.skeleton)
        .iter()
        .copied()
        .find(|&e| name.fits(e, reg, people) && !people.has_full_name(e));
    existing.unwrap_or_else(|| {
        let mut data = EntityData::new(EntityKind::Person);
        data.gender = name.gender;
        let e = reg.push(data);
        people.add(e, name.folded.clone(), name.surname.clone());
        e
    })
}
