//! Entities: people and organisations clustered across spellings, honorifics and articles,
//! plus the unnamed sources and groups that speak in the text.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::attribution::ArticleAnalysis;
use crate::model::{Entity, EntityKind};
use crate::names::{
    self, fold_name, given_of, same_folded, surname_gender, surname_of, Folded, Gender, NameKind,
};

pub(crate) type EntityIx = usize;

#[derive(Debug, Clone)]
struct EntityData {
    kind: EntityKind,
    /// Spelling → (times seen, articles seen in).
    forms: BTreeMap<String, (usize, BTreeSet<usize>)>,
    gender: Option<Gender>,
    descriptions: BTreeSet<String>,
    /// For unnamed sources: the article and head noun they are scoped to.
    scope: Option<(usize, String)>,
    /// For groups and organisations: the folded name they merge on.
    key: Option<String>,
}

impl EntityData {
    fn new(kind: EntityKind) -> EntityData {
        EntityData {
            kind,
            forms: BTreeMap::new(),
            gender: None,
            descriptions: BTreeSet::new(),
            scope: None,
            key: None,
        }
    }

    fn add_form(&mut self, form: &str, article: usize) {
        let entry = self.forms.entry(form.to_string()).or_default();
        entry.0 += 1;
        entry.1.insert(article);
    }

    fn full_forms(&self) -> Vec<String> {
        let mut forms: Vec<(&String, &(usize, BTreeSet<usize>))> =
            self.forms.iter().filter(|(f, _)| f.contains(' ')).collect();
        forms.sort_by(|a, b| {
            b.1 .1
                .len()
                .cmp(&a.1 .1.len())
                .then(b.1 .0.cmp(&a.1 .0))
                .then(b.0.split(' ').count().cmp(&a.0.split(' ').count()))
                .then(a.0.cmp(b.0))
        });
        forms.into_iter().map(|(f, _)| f.clone()).collect()
    }

    fn display_name(&self) -> String {
        if let Some(best) = self.full_forms().into_iter().next() {
            return best;
        }
        let mut forms: Vec<(&String, &(usize, BTreeSet<usize>))> = self.forms.iter().collect();
        forms.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        forms.first().map(|f| f.0.clone()).unwrap_or_default()
    }
}

/// All entities of one analysis, and which entity each name mention refers to.
pub(crate) struct Registry {
    entities: Vec<EntityData>,
    /// Per article, per name mention.
    mention_entity: Vec<Vec<Option<EntityIx>>>,
    /// Groups that spoke, by article and position, for resolving "they".
    groups: Vec<(usize, usize, EntityIx)>,
    /// Lookups that would otherwise scan every entity (the scans made large corpora quadratic):
    /// the first entity with each key, the first organisation with each key, and the unnamed
    /// source of each (article, description head). Kept by [`Registry::push`], the only way in.
    first_by_key: HashMap<String, EntityIx>,
    organization_by_key: HashMap<String, EntityIx>,
    by_scope: HashMap<(usize, String), EntityIx>,
}

struct PersonForm {
    article: usize,
    mention: usize,
    words: Vec<String>,
    honorific: Option<Gender>,
}

/// Clusters the name mentions of all articles into entities.
pub(crate) fn resolve(arts: &[ArticleAnalysis]) -> Registry {
    let mut reg = Registry {
        entities: Vec::new(),
        mention_entity: arts.iter().map(|a| vec![None; a.names.len()]).collect(),
        groups: Vec::new(),
        first_by_key: HashMap::new(),
        organization_by_key: HashMap::new(),
        by_scope: HashMap::new(),
    };
    // 1. Full names (two or more words) cluster across articles.
    let mut full: Vec<PersonForm> = Vec::new();
    let mut single: Vec<PersonForm> = Vec::new();
    for (ai, art) in arts.iter().enumerate() {
        for (mi, m) in art.names.iter().enumerate() {
            let form = PersonForm {
                article: ai,
                mention: mi,
                words: m.words.clone(),
                honorific: m.honorific,
            };
            match m.kind {
                NameKind::Person if m.words.len() >= 2 => full.push(form),
                NameKind::Person | NameKind::Single => single.push(form),
                NameKind::Organization => {
                    let text = m.text();
                    let key = fold_name(&text);
                    let e = match reg.organization_by_key.get(&key) {
                        Some(&e) => e,
                        None => {
                            let mut data = EntityData::new(EntityKind::Organization);
                            data.key = Some(key);
                            reg.push(data)
                        }
                    };
                    reg.entities[e].add_form(&text, ai);
                    reg.mention_entity[ai][mi] = Some(e);
                }
            }
        }
    }
    // Distinct spellings, so that clustering is over forms rather than every mention. Folds
    // are computed once per spelling and people are bucketed by the consonant skeleton of their
    // surname, so that clustering stays near linear in the number of names.
    let mut form_cluster: HashMap<String, EntityIx> = HashMap::new();
    let mut distinct: Vec<(String, Vec<String>, Option<Gender>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for f in &full {
        let key = f.words.join(" ");
        match seen.get(&key) {
            Some(&d) => distinct[d].2 = distinct[d].2.or(f.honorific),
            None => {
                seen.insert(key.clone(), distinct.len());
                distinct.push((key, f.words.clone(), f.honorific));
            }
        }
    }
    // Longer forms first, then alphabetical: deterministic, and full forms seed the clusters.
    distinct.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let mut people: HashMap<EntityIx, PersonShape> = HashMap::new();
    let mut by_skeleton: HashMap<String, Vec<EntityIx>> = HashMap::new();
    for (key, words, honorific) in &distinct {
        let gender = person_gender(words, *honorific);
        let shape = FormShape::new(words);
        let bucket = by_skeleton
            .get(&shape.surname.skeleton)
            .cloned()
            .unwrap_or_default();
        let found = bucket
            .into_iter()
            .find(|e| compatible_person(&people[e], &shape, gender, reg.entities[*e].gender));
        let e = match found {
            Some(e) => e,
            None => {
                let e = reg.push(EntityData::new(EntityKind::Person));
                by_skeleton
                    .entry(shape.surname.skeleton.clone())
                    .or_default()
                    .push(e);
                people.insert(
                    e,
                    PersonShape {
                        surname: shape.surname.clone(),
                        surname_text: surname_of(words).to_string(),
                        forms: Vec::new(),
                    },
                );
                e
            }
        };
        if reg.entities[e].gender.is_none() {
            reg.entities[e].gender = gender;
        }
        people.get_mut(&e).unwrap().forms.push(shape);
        form_cluster.insert(key.clone(), e);
    }
    for f in &full {
        let e = form_cluster[&f.words.join(" ")];
        reg.entities[e].add_form(&f.words.join(" "), f.article);
        reg.mention_entity[f.article][f.mention] = Some(e);
    }
    // 2. Single names: a surname of someone named in the same article, else in the corpus.
    let mut folds: HashMap<String, Folded> = HashMap::new();
    for f in &single {
        let art = &arts[f.article];
        let m = &art.names[f.mention];
        let surname = surname_of(&f.words).to_string();
        let folded = folds
            .entry(surname.clone())
            .or_insert_with(|| Folded::new(&surname))
            .clone();
        let gender = f.honorific.or_else(|| surname_gender(&surname));
        let fits = |e: EntityIx, reg: &Registry| {
            let Some(shape) = people.get(&e) else {
                return false;
            };
            same_folded(&shape.surname, &folded)
                && match (gender, reg.entities[e].gender) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
                && match (
                    surname_gender(&surname),
                    surname_gender(&shape.surname_text),
                ) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        };
        // Most recent full mention before this one in the same article (bounded look-back).
        let local = (0..f.mention)
            .rev()
            .take(400)
            .filter_map(|mi| reg.mention_entity[f.article][mi])
            .find(|&e| fits(e, &reg));
        let candidates: Vec<EntityIx> = by_skeleton
            .get(&folded.skeleton)
            .map(|b| b.iter().copied().filter(|&e| fits(e, &reg)).collect())
            .unwrap_or_default();
        let with_full: Vec<EntityIx> = candidates
            .iter()
            .copied()
            .filter(|e| !people[e].forms.is_empty())
            .collect();
        let e = local.or_else(|| {
            // Someone named in full elsewhere in this article, or the only such person in the corpus.
            with_full
                .iter()
                .copied()
                .find(|e| {
                    reg.entities[*e]
                        .forms
                        .values()
                        .any(|(_, arts)| arts.contains(&f.article))
                })
                .or_else(|| (with_full.len() == 1).then(|| with_full[0]))
        });
        let e = match e {
            Some(e) => Some(e),
            None if m.kind == NameKind::Person => {
                // "Mr. Coale" with no full name anywhere: a person known by surname only.
                let existing = candidates
                    .iter()
                    .copied()
                    .find(|e| people[e].forms.is_empty());
                Some(existing.unwrap_or_else(|| {
                    let mut data = EntityData::new(EntityKind::Person);
                    data.gender = gender;
                    let e = reg.push(data);
                    by_skeleton
                        .entry(folded.skeleton.clone())
                        .or_default()
                        .push(e);
                    people.insert(
                        e,
                        PersonShape {
                            surname: folded.clone(),
                            surname_text: surname.clone(),
                            forms: Vec::new(),
                        },
                    );
                    e
                }))
            }
            None => None,
        };
        if let Some(e) = e {
            reg.entities[e].add_form(&f.words.join(" "), f.article);
            if reg.entities[e].gender.is_none() {
                reg.entities[e].gender = gender;
            }
            reg.mention_entity[f.article][f.mention] = Some(e);
        }
    }
    // 3. Descriptions the text links to a name.
    for (ai, art) in arts.iter().enumerate() {
        for app in &art.appositions {
            if let Some(e) = reg.mention_entity[ai][app.name] {
                if !app.description.is_empty() {
                    reg.entities[e].descriptions.insert(app.description.clone());
                }
            }
        }
    }
    reg
}

fn person_gender(words: &[String], honorific: Option<Gender>) -> Option<Gender> {
    honorific
        .or_else(|| surname_gender(surname_of(words)))
        .or_else(|| given_of(words).and_then(names::given_gender))
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

/// Can a full name join an existing person? Same surname across transliterations, and given
/// names and genders that do not conflict with any form already in the cluster.
fn compatible_person(
    person: &PersonShape,
    shape: &FormShape,
    gender: Option<Gender>,
    person_gender: Option<Gender>,
) -> bool {
    if person.forms.is_empty() {
        return false;
    }
    if let (Some(a), Some(b)) = (gender, person_gender) {
        if a != b {
            return false;
        }
    }
    person.forms.iter().all(|other| {
        same_folded(&shape.surname, &other.surname)
            && match (shape.surname_gender, other.surname_gender) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
            && match (&shape.given, &other.given) {
                (Some(a), Some(b)) => same_folded(a, b),
                _ => true,
            }
    })
}

impl Registry {
    /// Adds an entity, indexing its key and scope (which never change afterwards).
    fn push(&mut self, data: EntityData) -> EntityIx {
        let e = self.entities.len();
        if let Some(key) = &data.key {
            self.first_by_key.entry(key.clone()).or_insert(e);
            if data.kind == EntityKind::Organization {
                self.organization_by_key.entry(key.clone()).or_insert(e);
            }
        }
        if let Some(scope) = &data.scope {
            self.by_scope.entry(scope.clone()).or_insert(e);
        }
        self.entities.push(data);
        e
    }

    pub fn entity_of_mention(&self, article: usize, mention: usize) -> Option<EntityIx> {
        self.mention_entity
            .get(article)?
            .get(mention)
            .copied()
            .flatten()
    }

    /// People and unnamed sources, who can be "he" or "she".
    pub fn is_person(&self, e: EntityIx) -> bool {
        matches!(
            self.entities[e].kind,
            EntityKind::Person | EntityKind::Anonymous
        )
    }

    pub fn is_group(&self, e: EntityIx) -> bool {
        self.entities[e].kind == EntityKind::Organization
    }

    pub fn gender(&self, e: EntityIx) -> Option<Gender> {
        self.entities[e].gender
    }

    pub fn name(&self, e: EntityIx) -> String {
        self.entities[e].display_name()
    }

    /// Records that a group spoke at `pos`, so a later "they" can refer to it.
    pub fn note_group(&mut self, article: usize, pos: usize, e: EntityIx) {
        if self.is_group(e) {
            self.groups.push((article, pos, e));
        }
    }

    /// Groups are noted in reading order, so the latest one before `pos` is near the end.
    pub fn latest_group(&self, article: usize, pos: usize) -> Option<EntityIx> {
        self.groups
            .iter()
            .rev()
            .take_while(|(a, _, _)| *a == article)
            .find(|(_, p, _)| *p < pos)
            .map(|g| g.2)
    }

    /// A single capitalised name that speaks but matched no person: a person known by one
    /// name, or a place speaking as its government.
    pub fn speaker_for_unknown_name(
        &mut self,
        article: usize,
        mention: usize,
        text: &str,
        place_like: bool,
    ) -> EntityIx {
        let key = fold_name(text);
        if let Some(&e) = self.first_by_key.get(&key) {
            self.entities[e].add_form(text, article);
            self.mention_entity[article][mention] = Some(e);
            return e;
        }
        let kind = if place_like
            || text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        let mut data = EntityData::new(kind);
        data.key = Some(key);
        data.add_form(text, article);
        let e = self.push(data);
        self.mention_entity[article][mention] = Some(e);
        e
    }

    /// The entity for an unnamed source or group described as `text` ("a U.S. official",
    /// "Ukrainian authorities"). Unnamed people are scoped to their article; groups merge across
    /// articles by their words.
    pub fn description_entity(
        &mut self,
        article: usize,
        pos: usize,
        text: &str,
        head: &str,
        plural: bool,
    ) -> EntityIx {
        let cleaned = strip_determiner(text);
        let group = plural || is_org_head(head);
        let e = if group {
            let key = fold_name(&cleaned);
            match self.organization_by_key.get(&key) {
                Some(&e) => e,
                None => {
                    let mut data = EntityData::new(EntityKind::Organization);
                    data.key = Some(key);
                    self.push(data)
                }
            }
        } else {
            let scope = (article, head.to_string());
            match self.by_scope.get(&scope) {
                Some(&e) => e,
                None => {
                    let mut data = EntityData::new(EntityKind::Anonymous);
                    data.scope = Some(scope);
                    data.gender = match head {
                        "spokeswoman" | "woman" | "mother" | "sister" | "wife" | "daughter" => {
                            Some(Gender::Female)
                        }
                        "spokesman" | "man" | "father" | "brother" | "husband" | "son" => {
                            Some(Gender::Male)
                        }
                        _ => None,
                    };
                    self.push(data)
                }
            }
        };
        let form = if group { cleaned } else { lower_first(text) };
        self.entities[e].add_form(&form, article);
        if group {
            self.note_group(article, pos, e);
        }
        e
    }

    /// Output entities for the given indexes, with stable ids; returns the id of each index.
    pub fn output(&self, keep: &BTreeSet<EntityIx>) -> (Vec<Entity>, BTreeMap<EntityIx, String>) {
        let mut ids = BTreeMap::new();
        let mut used = BTreeSet::new();
        let mut out = Vec::new();
        let mut order: Vec<EntityIx> = keep.iter().copied().collect();
        order.sort_by_key(|&e| (self.entities[e].kind, self.name(e).to_lowercase(), e));
        for e in order {
            let data = &self.entities[e];
            let name = data.display_name();
            let mut id = slug(&name);
            if data.kind == EntityKind::Anonymous {
                if let Some((article, _)) = &data.scope {
                    id = format!("{id}-a{article}");
                }
            }
            let base = id.clone();
            let mut n = 2;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            let mut aliases: Vec<(&String, &(usize, BTreeSet<usize>))> =
                data.forms.iter().collect();
            aliases.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
            out.push(Entity {
                id: id.clone(),
                name,
                kind: data.kind,
                aliases: aliases.into_iter().map(|a| a.0.clone()).collect(),
                descriptions: data.descriptions.iter().cloned().collect(),
            });
            ids.insert(e, id);
        }
        (out, ids)
    }

    /// Every person named in the text, speaking or not.
    pub fn people(&self) -> impl Iterator<Item = EntityIx> + '_ {
        (0..self.entities.len()).filter(|&e| {
            self.entities[e].kind == EntityKind::Person && !self.entities[e].forms.is_empty()
        })
    }
}

pub(crate) fn is_org_head(head: &str) -> bool {
    matches!(
        head,
        "committee"
            | "agency"
            | "company"
            | "government"
            | "ministry"
            | "union"
            | "service"
            | "authority"
            | "authorities"
            | "office"
            | "department"
            | "council"
            | "court"
            | "police"
            | "army"
            | "embassy"
            | "group"
            | "organisation"
            | "organization"
            | "party"
            | "campaign"
            | "administration"
            | "commission"
            | "operator"
            | "firm"
            | "bank"
            | "media"
            | "headquarters"
            | "prosecutors"
            | "kremlin"
            | "newspaper"
            | "broadcaster"
            | "centre"
            | "center"
            | "outlet"
            | "network"
            | "channel"
            | "watchdog"
            | "ngo"
            | "charity"
            | "coalition"
            | "alliance"
            | "institute"
    )
}

fn strip_determiner(text: &str) -> String {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    if matches!(first.to_lowercase().as_str(), "the" | "a" | "an") {
        words.collect::<Vec<_>>().join(" ")
    } else {
        text.to_string()
    }
}

fn lower_first(text: &str) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(String::from).collect();
    if let Some(first) = words.first_mut() {
        if matches!(first.to_lowercase().as_str(), "the" | "a" | "an") {
            *first = first.to_lowercase();
        }
    }
    words.join(" ")
}

pub(crate) fn slug(name: &str) -> String {
    let ascii = crate::names::to_latin(name).to_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "entity".into()
    } else {
        out
    }
}
