//! Entities: people and organisations clustered across spellings, honorifics and articles,
//! plus the unnamed sources and groups that speak in the text.
//!
//! `resolve` clusters the name mentions of all articles in steps: organisations by their
//! folded name, full names of people (`people`), single names onto the people they shorten,
//! then the descriptions the text links to names. Unnamed sources and bodies (`sources`) are
//! made later, as attribution meets them in reading order.

mod organisations;

pub(crate) use organisations::org_kinds;
mod people;
mod sources;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::attribution::ArticleAnalysis;
use crate::lexicon::names::{head_gender, is_function_word};
use crate::lexicon::organisations::is_org_head;
use crate::model::{Entity, EntityKind};
use crate::names::{fold_name, gender_compatible, Gender, NameKind};
use organisations::{NamedOrg, ShortOrgForms};
use people::PersonForm;
use sources::{role_of, Affiliation, SourceScope, StateBody};

pub(crate) type EntityIx = usize;

/// How often a spelling was written, and in which articles.
#[derive(Debug, Clone, Default)]
struct FormSeen {
    count: usize,
    articles: BTreeSet<usize>,
}

/// One text shown to readers (a description), in each casing it was written: matching folds
/// case ("the U.S. envoy" / "the u.s. envoy"), display shows the text as written most often,
/// the first written on a tie.
#[derive(Debug, Clone, Default)]
struct Written {
    /// Casings in the order first met, with how often each was written.
    casings: Vec<(String, usize)>,
}

impl Written {
    fn add(&mut self, text: &str) {
        match self.casings.iter_mut().find(|(t, _)| t == text) {
            Some((_, n)) => *n += 1,
            None => self.casings.push((text.to_string(), 1)),
        }
    }

    fn shown(&self) -> String {
        let mut best: Option<&(String, usize)> = None;
        for c in &self.casings {
            if best.is_none_or(|b| c.1 > b.1) {
                best = Some(c);
            }
        }
        best.map(|b| b.0.clone()).unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
struct EntityData {
    kind: EntityKind,
    /// Spellings as written.
    forms: BTreeMap<String, FormSeen>,
    gender: Option<Gender>,
    /// The gender is only a guess from a given name's ending ("Chukwuemeka" ends like "Maria").
    gender_guessed: bool,
    /// Descriptions by their lower-case text.
    descriptions: BTreeMap<String, Written>,
    /// For unnamed sources: the article, head noun and affiliation they are scoped to.
    scope: Option<SourceScope>,
    /// For groups and organisations: the folded name they merge on.
    key: Option<String>,
}

impl EntityData {
    fn new(kind: EntityKind) -> EntityData {
        EntityData {
            kind,
            forms: BTreeMap::new(),
            gender: None,
            gender_guessed: false,
            descriptions: BTreeMap::new(),
            scope: None,
            key: None,
        }
    }

    fn add_form(&mut self, form: &str, article: usize) {
        let entry = self.forms.entry(form.to_string()).or_default();
        entry.count += 1;
        entry.articles.insert(article);
    }

    fn add_description(&mut self, text: &str) {
        let text = sentence_case_undone(text);
        self.descriptions
            .entry(text.to_lowercase())
            .or_default()
            .add(&text);
    }

    fn full_forms(&self) -> Vec<String> {
        let mut forms: Vec<(&String, &FormSeen)> =
            self.forms.iter().filter(|(f, _)| f.contains(' ')).collect();
        forms.sort_by(|a, b| {
            b.1.articles
                .len()
                .cmp(&a.1.articles.len())
                .then(b.1.count.cmp(&a.1.count))
                .then(b.0.split(' ').count().cmp(&a.0.split(' ').count()))
                .then(a.0.cmp(b.0))
        });
        forms.into_iter().map(|(f, _)| f.clone()).collect()
    }

    fn display_name(&self) -> String {
        if let Some(best) = self.full_forms().into_iter().next() {
            return best;
        }
        let mut forms: Vec<(&String, &FormSeen)> = self.forms.iter().collect();
        forms.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        forms.first().map(|f| f.0.clone()).unwrap_or_default()
    }
}

/// A description as it would read mid-sentence: a capital that only a sentence start gave its
/// first word ("The ferry’s captain", "Its chairman") goes; names keep theirs ("Vask’s lawyer").
fn sentence_case_undone(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or("");
    if first.starts_with(char::is_uppercase) && is_function_word(&first.to_lowercase()) {
        let mut cs = text.chars();
        cs.next()
            .map(|c| c.to_lowercase().chain(cs).collect())
            .unwrap_or_default()
    } else {
        text.to_string()
    }
}

/// A group that spoke, for resolving a later "they".
#[derive(Debug, Clone, Copy)]
struct GroupSpoke {
    article: usize,
    pos: usize,
    entity: EntityIx,
}

/// All entities of one analysis, and which entity each name mention refers to.
pub(crate) struct Registry {
    entities: Vec<EntityData>,
    /// Per article, per name mention.
    mention_entity: Vec<Vec<Option<EntityIx>>>,
    /// Groups that spoke, in reading order.
    groups: Vec<GroupSpoke>,
    /// Lookups that would otherwise scan every entity (the scans made large corpora quadratic):
    /// the first entity with each key, the first organisation with each key, the unnamed
    /// sources of each (article, description head), and the countries' state bodies.
    first_by_key: HashMap<String, EntityIx>,
    organization_by_key: HashMap<String, EntityIx>,
    by_scope: HashMap<(usize, String), Vec<EntityIx>>,
    state_bodies: Vec<(StateBody, EntityIx)>,
    /// Per article, the organisations named, in reading order: where each mention starts, the
    /// organisation, and the generic nouns its name's words stand for ("hospital" for "Medical
    /// Center").
    named_orgs: Vec<Vec<NamedOrg>>,
}

/// The name mentions of all articles sorted by what clusters them.
struct MentionsByKind {
    full: Vec<PersonForm>,
    single: Vec<PersonForm>,
    short_orgs: ShortOrgForms,
}

/// Clusters the name mentions of all articles into entities.
pub(crate) fn resolve(arts: &[ArticleAnalysis]) -> Registry {
    let mut reg = Registry::new(arts);
    let mentions = sort_mentions(&mut reg, arts);
    let mut people = people::cluster_full_names(&mut reg, &mentions.full);
    people::attach_single_names(
        &mut reg,
        arts,
        &mentions.single,
        &mut people,
        &mentions.short_orgs,
    );
    attach_descriptions(&mut reg, arts);
    reg
}

/// Organisations join the organisation with their folded name at once; people's names are
/// handed on, full names and single names apart.
fn sort_mentions(reg: &mut Registry, arts: &[ArticleAnalysis]) -> MentionsByKind {
    let mut out = MentionsByKind {
        full: Vec::new(),
        single: Vec::new(),
        short_orgs: ShortOrgForms::default(),
    };
    for (ai, art) in arts.iter().enumerate() {
        for (mi, m) in art.names.iter().enumerate() {
            let form = PersonForm {
                article: ai,
                mention: mi,
                words: m.words.clone(),
                // "Her mother, Kerry Dunne": a kinship word in front says as an honorific would.
                honorific: m.honorific.or_else(|| {
                    (m.kind == NameKind::Person)
                        .then(|| crate::attribution::kin_gender_before(art, mi))
                        .flatten()
                }),
            };
            match m.kind {
                NameKind::Person if m.words.len() >= 2 => out.full.push(form),
                NameKind::Person | NameKind::Single => out.single.push(form),
                NameKind::Organization => {
                    let text = m.text();
                    let e = reg.organization(fold_name(&text));
                    reg.attach(ai, mi, e, &text);
                    out.short_orgs.add(ai, &m.words, e);
                    let kinds = org_kinds(&m.words);
                    if !kinds.is_empty() {
                        reg.named_orgs[ai].push(NamedOrg {
                            start: m.start,
                            entity: e,
                            kinds,
                        });
                    }
                }
            }
        }
    }
    out
}

/// Descriptions the text links to a name, as written: the apposition's own words, or the
/// title in front of the name ("Deputy Mayor").
fn attach_descriptions(reg: &mut Registry, arts: &[ArticleAnalysis]) {
    for (ai, art) in arts.iter().enumerate() {
        for app in &art.appositions {
            let Some(e) = reg.mention_entity[ai][app.name] else {
                continue;
            };
            if app.description.is_empty() {
                continue;
            }
            let span = if app.span.is_empty() {
                art.names[app.name].title_span.clone()
            } else {
                Some(app.span.clone())
            };
            let written = span
                .map(|s| art.doc.slice(s))
                .filter(|w| w.to_lowercase() == app.description)
                .unwrap_or_else(|| app.description.clone());
            reg.entities[e].add_description(&written);
        }
    }
}

impl Registry {
    fn new(arts: &[ArticleAnalysis]) -> Registry {
        Registry {
            entities: Vec::new(),
            mention_entity: arts.iter().map(|a| vec![None; a.names.len()]).collect(),
            groups: Vec::new(),
            first_by_key: HashMap::new(),
            organization_by_key: HashMap::new(),
            by_scope: HashMap::new(),
            state_bodies: Vec::new(),
            named_orgs: vec![Vec::new(); arts.len()],
        }
    }

    /// Adds an entity, indexing its key (which never changes afterwards).
    fn push(&mut self, data: EntityData) -> EntityIx {
        let e = self.entities.len();
        if let Some(key) = &data.key {
            self.first_by_key.entry(key.clone()).or_insert(e);
            if data.kind == EntityKind::Organization {
                self.organization_by_key.entry(key.clone()).or_insert(e);
            }
        }
        self.entities.push(data);
        e
    }

    /// The organisation with folded name `key`, made the first time it is met.
    fn organization(&mut self, key: String) -> EntityIx {
        if let Some(&e) = self.organization_by_key.get(&key) {
            return e;
        }
        let mut data = EntityData::new(EntityKind::Organization);
        data.key = Some(key);
        self.push(data)
    }

    /// Records that mention `mention` of article `article`, written `form`, is entity `e`.
    fn attach(&mut self, article: usize, mention: usize, e: EntityIx, form: &str) {
        self.entities[e].add_form(form, article);
        self.mention_entity[article][mention] = Some(e);
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

    /// The gender, unless it is only guessed from a given name's ending.
    pub fn sure_gender(&self, e: EntityIx) -> Option<Gender> {
        let data = &self.entities[e];
        data.gender.filter(|_| !data.gender_guessed)
    }

    pub fn name(&self, e: EntityIx) -> String {
        self.entities[e].display_name()
    }

    /// Records that a group spoke at `pos`, so a later "they" can refer to it.
    pub fn note_group(&mut self, article: usize, pos: usize, e: EntityIx) {
        if self.is_group(e) {
            self.groups.push(GroupSpoke {
                article,
                pos,
                entity: e,
            });
        }
    }

    /// Groups are noted in reading order, so the latest one before `pos` is near the end.
    pub fn latest_group(&self, article: usize, pos: usize) -> Option<EntityIx> {
        self.groups
            .iter()
            .rev()
            .take_while(|g| g.article == article)
            .find(|g| g.pos < pos)
            .map(|g| g.entity)
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
    /// "Moldovan authorities"). Unnamed people are scoped to their article, head noun and
    /// affiliation; groups merge across articles by their words, and a country's state by the
    /// country however it is written.
    pub fn description_entity(
        &mut self,
        article: usize,
        pos: usize,
        text: &str,
        head: &str,
        plural: bool,
    ) -> EntityIx {
        if let Some(e) = self.named_org_described(article, pos, text, head) {
            self.note_group(article, pos, e);
            return e;
        }
        if plural || is_org_head(head) {
            let cleaned = strip_determiner(text);
            // "the ministry" after "Oman's foreign ministry said": the body that spoke last
            // under a longer description with this head.
            if cleaned.eq_ignore_ascii_case(head) && !plural {
                let spoke = self
                    .groups
                    .iter()
                    .rev()
                    .take_while(|g| g.article == article)
                    .filter(|g| g.pos < pos)
                    .take(20)
                    .map(|g| g.entity)
                    .find(|&e| {
                        self.entities[e].forms.keys().any(|form| {
                            form.contains(' ')
                                && form
                                    .rsplit(' ')
                                    .next()
                                    .is_some_and(|w| w.eq_ignore_ascii_case(head))
                        })
                    });
                if let Some(e) = spoke {
                    self.note_group(article, pos, e);
                    return e;
                }
            }
            let e = self.group_entity(&cleaned);
            self.entities[e].add_form(&cleaned, article);
            self.note_group(article, pos, e);
            e
        } else {
            let e = self.unnamed_source(article, pos, text, head);
            self.entities[e].add_form(&lower_first(text), article);
            e
        }
    }

    /// A group: the country's state body it names if any, else the group with its words.
    fn group_entity(&mut self, cleaned: &str) -> EntityIx {
        let Some(body) = StateBody::of(cleaned) else {
            return self.organization(fold_name(cleaned));
        };
        if let Some(&(_, e)) = self.state_bodies.iter().find(|(b, _)| b.same(&body)) {
            return e;
        }
        let e = self.organization(fold_name(cleaned));
        self.state_bodies.push((body, e));
        e
    }

    /// The unnamed person a description stands for: the one last mentioned in this article
    /// in the same role ("the spokesperson" is "a spokeswoman"), with a compatible gender and
    /// affiliation, else a new one.
    fn unnamed_source(&mut self, article: usize, pos: usize, text: &str, head: &str) -> EntityIx {
        let affiliation = Affiliation::of(text, head);
        let gender = head_gender(head);
        let key = (article, role_of(head).to_string());
        // "Another official", "a second source": a new source, whatever spoke before.
        let lower = text.to_lowercase();
        let new = [
            "another ",
            "a second ",
            "a third ",
            "a different ",
            "a fellow ",
        ]
        .iter()
        .any(|opening| lower.starts_with(opening));
        let found = self
            .by_scope
            .get(&key)
            .filter(|_| !new)
            .and_then(|candidates| {
                // The most recent few only: a hostile text with thousands of sources stays linear.
                candidates
                    .iter()
                    .rev()
                    .take(64)
                    .copied()
                    .filter(|&e| {
                        let scope = self.entities[e].scope.as_ref().unwrap();
                        scope.affiliation.compatible(&affiliation)
                            && gender_compatible(self.entities[e].gender, gender)
                    })
                    .max_by_key(|&e| self.entities[e].scope.as_ref().unwrap().last_seen)
            });
        let e = found.unwrap_or_else(|| {
            let mut data = EntityData::new(EntityKind::Anonymous);
            data.scope = Some(SourceScope {
                article,
                affiliation: Affiliation::default(),
                last_seen: pos,
            });
            let e = self.push(data);
            self.by_scope.entry(key).or_default().push(e);
            e
        });
        let data = &mut self.entities[e];
        data.gender = data.gender.or(gender);
        let scope = data.scope.as_mut().unwrap();
        scope.affiliation.widen(&affiliation);
        scope.last_seen = scope.last_seen.max(pos);
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
                if let Some(scope) = &data.scope {
                    id = format!("{id}-a{}", scope.article);
                }
            }
            let base = id.clone();
            let mut n = 2;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            let mut aliases: Vec<(&String, &FormSeen)> = data.forms.iter().collect();
            aliases.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
            out.push(Entity {
                id: id.clone(),
                name,
                kind: data.kind,
                aliases: aliases.into_iter().map(|a| a.0.clone()).collect(),
                descriptions: data.descriptions.values().map(Written::shown).collect(),
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
