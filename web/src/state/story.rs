//! The story as the views read it: the bundle's analysis plus the lookups and summaries built
//! once when it loads (articles and entities by id, speakers with their counts, claims with
//! conflicts first, who asserts each value, the search tips' examples).

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::rc::Rc;

use claimlens_bundle::PackedTexts;
use claimlens_core::{
    sort, Analysis, Article, CharIndex, Claim, ClaimValue, Entity, Figure, Quote, Ref, Statement,
};

use crate::state::marks::{mark_stretch, Mark, MarkKind, Node};
use crate::state::tips::SearchTips;

/// How far from a span, in chars, its sentence may start or end.
const NEAR: usize = 1_000;

/// How many speaker colours the stylesheet defines (`.speaker-0` to `.speaker-7`).
pub const SPEAKER_COLOURS: usize = 8;

/// Someone quoted in the story.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Index into the analysis's entities.
    pub entity: usize,
    pub quotes: usize,
    pub statements: usize,
    /// Outlet labels of the articles quoting them, sorted.
    pub outlets: Vec<String>,
}

/// One holder of a claim value and where they are cited.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The entity asserting the figures, or `None` for the outlets' own voice.
    pub holder: Option<String>,
    /// The holder's name, or "reported" for the outlets' own voice.
    pub label: String,
    /// Outlet labels citing the value, in article order, without repeats.
    pub outlets: Vec<String>,
    /// The figures behind this source.
    pub figures: Vec<Ref>,
}

/// One outlet's wording of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub article: usize,
    /// The statement's parts in this article, joined with an ellipsis.
    pub text: String,
    /// Char offsets of the first part, to open the reader there and cite it.
    pub start: usize,
    pub end: usize,
    /// The first part's index among its article's quotes, for its permalink.
    pub quote: usize,
}

/// The loaded story.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub title: Option<String>,
    pub analysis: Analysis,
    /// Speakers, most quoted first.
    pub speakers: Vec<Speaker>,
    /// Indexes into the claims, conflicts first, then by how many figures they hold.
    pub claims: Vec<usize>,
    /// The search tips' examples, taken from this story.
    pub tips: SearchTips,
    articles: HashMap<String, usize>,
    entities: HashMap<String, usize>,
    /// Entity index to its position in `speakers` (which picks its colour).
    speaker_rank: HashMap<usize, usize>,
    /// The articles' texts (the articles' own are empty).
    texts: Texts,
    /// The article text unpacked last: a view reads one article many times over.
    unpacked: Unpacked,
    /// Each article's outlet as shown, worked out once.
    outlets: Vec<String>,
}

/// The articles' texts, lz4-packed (a large story's texts are most of what the page holds, and
/// a view shows a few articles at a time), and where each text's chars start, so that views cut
/// out a paragraph or a sentence without walking the whole text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    packed: PackedTexts,
    char_index: Vec<CharIndex>,
}

impl Texts {
    /// Takes the next article's text, leaving the article's empty: the loader packs each
    /// article as soon as it is decoded, so the story's texts are never all unpacked at once.
    pub fn take(&mut self, article: &mut Article) {
        self.push(&std::mem::take(&mut article.text));
    }

    /// Keeps the next article's text.
    pub fn push(&mut self, text: &str) {
        self.char_index.push(CharIndex::new(text));
        self.packed.push(text);
    }
}

/// A cache, not part of the story's value: equal whatever it holds, empty when cloned.
#[derive(Debug, Default)]
struct Unpacked(RefCell<Option<(usize, Rc<str>)>>);

impl Clone for Unpacked {
    fn clone(&self) -> Unpacked {
        Unpacked::default()
    }
}

impl PartialEq for Unpacked {
    fn eq(&self, _: &Unpacked) -> bool {
        true
    }
}

impl Story {
    /// The story of a whole analysis, its texts taken into [`Texts`].
    pub fn new(title: Option<String>, mut analysis: Analysis) -> Story {
        let mut texts = Texts::default();
        for article in &mut analysis.articles {
            texts.take(article);
        }
        Story::with_texts(title, analysis, texts)
    }

    /// The story of an analysis whose article texts are already in `texts`, one per article.
    pub fn with_texts(title: Option<String>, analysis: Analysis, texts: Texts) -> Story {
        let articles = analysis
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let entities: HashMap<String, usize> = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let outlets: Vec<String> = analysis
            .articles
            .iter()
            .enumerate()
            .map(|(ai, a)| {
                claimlens_export::outlet_or_opening(a, || texts.packed.get(ai).unwrap_or_default())
            })
            .collect();
        let mut quotes: HashMap<usize, (usize, BTreeSet<usize>)> = HashMap::new();
        for (ai, article) in analysis.articles.iter().enumerate() {
            for quote in &article.quotes {
                if let Some(&ei) = quote.speaker.as_ref().and_then(|s| entities.get(s)) {
                    let entry = quotes.entry(ei).or_default();
                    entry.0 += 1;
                    entry.1.insert(ai);
                }
            }
        }
        let mut statements: HashMap<usize, usize> = HashMap::new();
        for statement in &analysis.statements {
            if let Some(&ei) = statement.speaker.as_ref().and_then(|s| entities.get(s)) {
                *statements.entry(ei).or_default() += 1;
            }
        }
        let mut speakers: Vec<Speaker> = quotes
            .into_iter()
            .map(|(entity, (count, in_articles))| {
                let mut outlets: Vec<String> =
                    in_articles.iter().map(|&ai| outlets[ai].clone()).collect();
                sort::sort_dedup(&mut outlets);
                Speaker {
                    entity,
                    quotes: count,
                    statements: statements.get(&entity).copied().unwrap_or(0),
                    outlets,
                }
            })
            .collect();
        sort::sort_by(&mut speakers, |a, b| {
            b.quotes.cmp(&a.quotes).then_with(|| {
                analysis.entities[a.entity]
                    .name
                    .cmp(&analysis.entities[b.entity].name)
            })
        });
        let speaker_rank = speakers
            .iter()
            .enumerate()
            .map(|(rank, s)| (s.entity, rank))
            .collect();
        let mut claims: Vec<usize> = (0..analysis.claims.len()).collect();
        sort::sort_by_key(&mut claims, |&i| {
            let c = &analysis.claims[i];
            (!c.conflict, std::cmp::Reverse(c.figures.len()), i)
        });
        let tips = SearchTips::of_story(&analysis, &speakers);
        Story {
            title,
            analysis,
            speakers,
            claims,
            tips,
            articles,
            entities,
            speaker_rank,
            texts,
            unpacked: Unpacked::default(),
            outlets,
        }
    }

    /// This story with its articles' texts, which arrive after the rest (issue 16: the bundle's
    /// head has none).
    pub fn texts_arrived(&self, texts: Texts) -> Story {
        Story::with_texts(self.title.clone(), self.analysis.clone(), texts)
    }

    /// Are the articles' texts here? Until they are, every text reads as empty.
    pub fn has_texts(&self) -> bool {
        self.texts.char_index.len() == self.analysis.articles.len()
    }

    /// The story's title: the bundle's, else the headline the articles share most, else a
    /// neutral one when no article has a title.
    pub fn heading(&self) -> String {
        claimlens_export::story_title(self.title.as_deref(), &self.analysis)
            .unwrap_or_else(|| "The story".to_string())
    }

    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.articles.get(id).copied()
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.article_index(id).map(|i| &self.analysis.articles[i])
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.get(id).map(|&i| &self.analysis.entities[i])
    }

    /// A speaker's name for display; an id the analysis does not know is shown as it is.
    pub fn name(&self, entity: &str) -> String {
        self.entity(entity)
            .map_or_else(|| entity.to_string(), |e| e.name.clone())
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.analysis.claims.iter().find(|c| c.id == id)
    }

    pub fn conflicts(&self) -> usize {
        self.analysis.claims.iter().filter(|c| c.conflict).count()
    }

    pub fn quote_count(&self) -> usize {
        self.analysis.articles.iter().map(|a| a.quotes.len()).sum()
    }

    /// The outlet to show for an article: its outlet, the host of its URL, else its shortened
    /// title or opening words (`claimlens_export::outlet_or_opening`).
    pub fn outlet(&self, article: usize) -> String {
        self.outlets.get(article).cloned().unwrap_or_default()
    }

    /// The colour class index of a speaker (`None` for an unknown speaker: no colour).
    pub fn colour(&self, entity: &str) -> Option<usize> {
        let ei = self.entities.get(entity)?;
        self.speaker_rank.get(ei).map(|rank| rank % SPEAKER_COLOURS)
    }

    pub fn figure(&self, r: &Ref) -> Option<(usize, &Figure)> {
        let ai = self.article_index(&r.article)?;
        self.analysis.articles[ai]
            .figures
            .get(r.index)
            .map(|f| (ai, f))
    }

    pub fn quote(&self, r: &Ref) -> Option<(usize, &Quote)> {
        let ai = self.article_index(&r.article)?;
        self.analysis.articles[ai]
            .quotes
            .get(r.index)
            .map(|q| (ai, q))
    }

    /// Who asserts a value and in which outlets: the outlets' own voice first, then each holder,
    /// most cited first.
    pub fn sources(&self, value: &ClaimValue) -> Vec<Source> {
        let mut order: Vec<Option<String>> = Vec::new();
        let mut by_holder: HashMap<Option<String>, (Vec<usize>, Vec<Ref>)> = HashMap::new();
        let mut figures = value.figures.clone();
        sort::sort_by_key(&mut figures, |r| (self.article_index(&r.article), r.index));
        for r in &figures {
            let Some((ai, figure)) = self.figure(r) else {
                continue;
            };
            let holder = figure.holder.clone();
            if !by_holder.contains_key(&holder) {
                order.push(holder.clone());
            }
            let entry = by_holder.entry(holder).or_default();
            if !entry.0.contains(&ai) {
                entry.0.push(ai);
            }
            entry.1.push(r.clone());
        }
        let mut out: Vec<Source> = order
            .into_iter()
            .map(|holder| {
                let (articles, figures) = by_holder.remove(&holder).unwrap_or_default();
                let mut outlets: Vec<String> = Vec::new();
                for ai in articles {
                    let label = self.outlet(ai);
                    if !outlets.contains(&label) {
                        outlets.push(label);
                    }
                }
                let label = holder
                    .as_deref()
                    .map_or_else(|| "reported".to_string(), |h| self.name(h));
                Source {
                    holder,
                    label,
                    outlets,
                    figures,
                }
            })
            .collect();
        sort::sort_by_key(&mut out, |s| {
            (s.holder.is_some(), std::cmp::Reverse(s.figures.len()))
        });
        out
    }

    /// The statements of a speaker, those quoted by the most outlets first.
    pub fn statements_of(&self, entity: &str) -> Vec<&Statement> {
        let mut out: Vec<&Statement> = self
            .analysis
            .statements
            .iter()
            .filter(|s| s.speaker.as_deref() == Some(entity))
            .collect();
        // Cached: a speaker of a large story has thousands of statements, and each key reads
        // the articles quoting it.
        sort::sort_by_cached_key(&mut out, |s| std::cmp::Reverse(self.versions(s).len()));
        out
    }

    /// The marks of the chars `range` of an article's text, outermost first: its quotes (with
    /// their quotation marks, so a speaker's label sits outside them), its figures, and `hits`
    /// (spans relative to `range.start`, as the search engine gives them).
    pub fn marks(
        &self,
        article: usize,
        range: Range<usize>,
        hits: &[(usize, usize)],
    ) -> Vec<Vec<Mark>> {
        let (Some(a), Some(index)) = (
            self.analysis.articles.get(article),
            self.texts.char_index.get(article),
        ) else {
            return Vec::new();
        };
        let text = self.article_text(article);
        let overlaps = |start: usize, end: usize| start < range.end && end > range.start;
        let char_at = |at: usize| index.slice(&text, at..at.saturating_add(1)).chars().next();
        let quotes = a
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| overlaps(q.start, q.end))
            .map(|(i, q)| {
                let opens = q.start > 0 && char_at(q.start - 1).is_some_and(is_quote_mark);
                let closes = char_at(q.end).is_some_and(is_quote_mark);
                Mark {
                    start: q.start - usize::from(opens),
                    end: q.end + usize::from(closes),
                    kind: MarkKind::Quote(i),
                }
            })
            .collect();
        let figures = a
            .figures
            .iter()
            .enumerate()
            .filter(|(_, f)| overlaps(f.start, f.end))
            .map(|(i, f)| Mark {
                start: f.start,
                end: f.end,
                kind: MarkKind::Figure(i),
            })
            .collect();
        let hits = hits
            .iter()
            .map(|&(start, end)| Mark {
                start: range.start + start,
                end: range.start + end,
                kind: MarkKind::Hit,
            })
            .collect();
        vec![quotes, figures, hits]
    }

    /// An article's whole text ("" for an unknown article).
    pub fn article_text(&self, article: usize) -> Rc<str> {
        let mut unpacked = self.unpacked.0.borrow_mut();
        match &*unpacked {
            Some((at, text)) if *at == article => text.clone(),
            _ => {
                let text: Rc<str> = self.texts.packed.get(article).unwrap_or_default().into();
                *unpacked = Some((article, text.clone()));
                text
            }
        }
    }

    /// The chars `range` of an article's text, clamped to it ("" for an unknown article).
    pub fn text(&self, article: usize, range: Range<usize>) -> String {
        match self.texts.char_index.get(article) {
            Some(index) => index.slice(&self.article_text(article), range).to_string(),
            None => String::new(),
        }
    }

    /// The sentence around the chars `span` of an article, looked for near the span, not in the
    /// whole article: a claim can hold thousands of figures from one long article (issue 7).
    pub fn sentence(&self, article: usize, span: Range<usize>) -> Range<usize> {
        let near = span.start.saturating_sub(NEAR)..span.end.saturating_add(NEAR);
        let around = claimlens_export::sentence_around(
            &self.text(article, near.clone()),
            span.start - near.start..span.end.saturating_sub(near.start),
        );
        around.start + near.start..around.end + near.start
    }

    /// The citation of the item at `span` of an article: its outlet, title, date, URL (opening
    /// at the sentence) and sentence.
    pub fn citation(&self, article: usize, span: Range<usize>) -> claimlens_export::Citation {
        let sentence = self.text(article, self.sentence(article, span));
        match self.analysis.articles.get(article) {
            Some(a) => claimlens_export::cite(a, &self.outlet(article), &sentence),
            None => claimlens_export::Citation {
                text: sentence,
                link: None,
            },
        }
    }

    /// The chars `range` of an article's text as a tree of [`Story::marks`], for
    /// `MarkedText`; costs the range, not the article.
    pub fn marked(
        &self,
        article: usize,
        range: Range<usize>,
        hits: &[(usize, usize)],
    ) -> Vec<Node> {
        let offset = range.start.min(range.end);
        mark_stretch(
            &self.text(article, range.clone()),
            offset,
            &self.marks(article, range, hits),
        )
    }

    /// Figures as their sentences show them: consecutive figures of one article in one sentence
    /// (the parts of a sum, "five firefighters and 38 volunteers", are one value's two figures)
    /// together, so that each sentence is shown once with all of them marked.
    pub fn by_sentence(&self, figures: &[Ref]) -> Vec<Vec<Ref>> {
        // The article and sentence of the group being gathered.
        let mut last: Option<(usize, Range<usize>)> = None;
        let mut out: Vec<Vec<Ref>> = Vec::new();
        for r in figures {
            let place = self
                .figure(r)
                .map(|(ai, f)| (ai, self.sentence(ai, f.start..f.end)));
            match out.last_mut() {
                Some(refs) if place.is_some() && last == place => refs.push(r.clone()),
                _ => out.push(vec![r.clone()]),
            }
            last = place;
        }
        out
    }

    /// A statement's wording in each article quoting it, in article order.
    pub fn versions(&self, statement: &Statement) -> Vec<Version> {
        let mut parts: Vec<(usize, usize, &Quote)> = statement
            .quotes
            .iter()
            .filter_map(|r| self.quote(r).map(|(ai, q)| (ai, r.index, q)))
            .collect();
        sort::sort_by_key(&mut parts, |(ai, _, q)| (*ai, q.start));
        let mut out: Vec<Version> = Vec::new();
        for (ai, qi, quote) in parts {
            // The bundle leaves quote texts out: the quote is its span of the article.
            let text = self.text(ai, quote.start..quote.end);
            let text = text.trim();
            match out.last_mut() {
                Some(v) if v.article == ai => {
                    v.text.push_str(" … ");
                    v.text.push_str(text);
                }
                _ => out.push(Version {
                    article: ai,
                    text: text.to_string(),
                    start: quote.start,
                    end: quote.end,
                    quote: qi,
                }),
            }
        }
        out
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '«' | '»' | '„' | '\'')
}

/// A URL that is safe to put in a link: http(s) only, so a bundle cannot smuggle in a
/// `javascript:` link.
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim_start().get(..8).unwrap_or("").to_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{analyze, ArticleInput};

    fn story() -> Story {
        let inputs = [
            ArticleInput {
                id: "a".into(),
                outlet: Some("Ledger".into()),
                text: "Mayor Ana Duarte said 48 people were rescued.\n“We are ready,” Duarte said. “The bridge will reopen,” she added.".into(),
                ..Default::default()
            },
            ArticleInput {
                id: "b".into(),
                url: Some("https://www.example.org/news/1".into()),
                text: "Police chief Petar Holm said 61 people were rescued.\n“We are ready,” Mayor Ana Duarte said.".into(),
                ..Default::default()
            },
            ArticleInput { id: "c".into(), text: "Officials said 48 people were rescued.".into(), ..Default::default() },
        ];
        Story::new(Some("Ferry".into()), analyze(&inputs))
    }

    #[test]
    fn the_story_keeps_its_texts_packed_and_reads_them_back_whole() {
        let s = story();
        assert!(s.analysis.articles.iter().all(|a| a.text.is_empty()));
        assert!(s
            .article_text(0)
            .starts_with("Mayor Ana Duarte said 48 people"));
        assert_eq!(
            &*s.article_text(2),
            "Officials said 48 people were rescued."
        );
        // Back to the first: the cache holds one article, whichever was read last.
        assert!(s.article_text(0).ends_with("she added."));
        assert_eq!(s.text(1, 13..23), "Petar Holm");
        assert_eq!(s.text(1, 1000..1010), "");
        assert_eq!((s.text(9, 0..5), &*s.article_text(9)), (String::new(), ""));
    }

    #[test]
    fn outlets_fall_back_to_the_url_host_then_the_opening_words_never_a_number() {
        let s = story();
        assert_eq!(
            (s.outlet(0), s.outlet(1), s.outlet(2)),
            (
                "Ledger".into(),
                "example.org".into(),
                "Officials said 48 people were rescued.".into()
            )
        );
    }

    #[test]
    fn the_heading_is_the_bundles_title_else_a_headline() {
        assert_eq!(story().heading(), "Ferry");
        let mut analysis = analyze(&[ArticleInput {
            id: "a".into(),
            title: Some("Ferry capsizes off Ostrel".into()),
            text: "Officials said 48 people were rescued.".into(),
            ..Default::default()
        }]);
        assert_eq!(
            Story::new(None, analysis.clone()).heading(),
            "Ferry capsizes off Ostrel"
        );
        analysis.articles[0].title = None;
        assert_eq!(Story::new(None, analysis).heading(), "The story");
    }

    #[test]
    fn speakers_are_counted_and_coloured_most_quoted_first() {
        let s = story();
        let duarte = s
            .entity("ana-duarte")
            .map(|e| e.id.clone())
            .expect("Ana Duarte is an entity");
        let first = &s.speakers[0];
        assert_eq!(s.analysis.entities[first.entity].id, duarte);
        assert_eq!(first.quotes, 3);
        assert_eq!(first.outlets, ["Ledger", "example.org"]);
        assert_eq!(s.colour(&duarte), Some(0));
        assert_eq!(s.colour("nobody"), None);
    }

    #[test]
    fn conflicting_claims_come_first_with_their_sources() {
        let s = story();
        let claim = &s.analysis.claims[s.claims[0]];
        assert!(claim.conflict, "{claim:?}");
        let value_61 = claim
            .values
            .iter()
            .find(|v| v.label == "61")
            .expect("a value of 61");
        let sources = s.sources(value_61);
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].label, "Petar Holm");
        assert_eq!(sources[0].outlets, ["example.org"]);
        let value_48 = claim
            .values
            .iter()
            .find(|v| v.label == "48")
            .expect("a value of 48");
        let labels: Vec<String> = s.sources(value_48).into_iter().map(|s| s.label).collect();
        assert!(labels.iter().any(|l| l == "Ana Duarte"), "{labels:?}");
    }

    #[test]
    fn a_statement_reads_side_by_side_per_article() {
        let s = story();
        let statements = s.statements_of("ana-duarte");
        let shared = statements.first().expect("Duarte has statements");
        let versions = s.versions(shared);
        assert_eq!(
            versions.iter().map(|v| v.article).collect::<Vec<_>>(),
            [0, 1],
            "{versions:?}"
        );
        assert!(
            versions.iter().all(|v| v.text == "We are ready,"),
            "{versions:?}"
        );
    }

    #[test]
    fn a_passage_is_marked_with_its_quotes_figures_and_hits() {
        use crate::state::marks::{mark, plain, MarkKind, Node};
        let s = story();
        let text = &*s.article_text(0);
        let second = claimlens_core::paragraphs(text)[1].clone();
        // The search engine's spans are relative to the passage: "ready" is at 8..13.
        let nodes = mark(
            text,
            second.clone(),
            &s.marks(0, second.clone(), &[(8, 13)]),
        );
        assert_eq!(plain(&nodes), crate::state::marks::slice(text, second));
        let Node::Marked {
            kind: MarkKind::Quote(0),
            children,
        } = &nodes[0]
        else {
            panic!("{nodes:?}")
        };
        assert_eq!(
            plain(children),
            "“We are ready,”",
            "the quote takes its marks along"
        );
        assert!(children.iter().any(|n| matches!(n, Node::Marked { kind: MarkKind::Hit, children } if plain(children) == "ready")), "{children:?}");
    }

    #[test]
    fn the_parts_of_a_sum_share_their_sentence_once() {
        let s = Story::new(
            None,
            analyze(&[
                ArticleInput {
                    id: "a".into(),
                    text: "Rescuers saved 31 adults and 17 children from the ferry.".into(),
                    ..Default::default()
                },
                ArticleInput {
                    id: "b".into(),
                    text: "Rescuers saved 48 people from the ferry.".into(),
                    ..Default::default()
                },
            ]),
        );
        let summed = s
            .analysis
            .claims
            .iter()
            .flat_map(|c| &c.values)
            .find(|v| v.figures.iter().filter(|r| r.article == "a").count() == 2)
            .expect("a value resting on the two parts");
        let sources = s.sources(summed);
        let refs: Vec<Ref> = sources.iter().flat_map(|s| s.figures.clone()).collect();
        let groups = s.by_sentence(&refs);
        let sentences: Vec<String> = groups
            .iter()
            .map(|g| {
                let (ai, f) = s.figure(&g[0]).unwrap();
                s.text(ai, s.sentence(ai, f.start..f.end))
            })
            .collect();
        let mut unique = sentences.clone();
        unique.dedup();
        assert_eq!(sentences, unique, "{groups:?}");
        assert!(groups.iter().any(|g| g.len() == 2), "{groups:?}");
        // Figures of different sentences stay apart.
        let r = |article: &str, index| Ref {
            article: article.into(),
            index,
        };
        assert_eq!(s.by_sentence(&[r("a", 0), r("b", 0)]).len(), 2);
        assert_eq!(s.by_sentence(&[r("a", 0), r("b", 0), r("a", 1)]).len(), 3);
    }

    #[test]
    fn only_web_links_are_links() {
        assert_eq!(
            safe_url(" https://example.org/x"),
            Some("https://example.org/x")
        );
        assert_eq!(safe_url("HTTP://example.org"), Some("HTTP://example.org"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,x"), None);
    }
    #[test]
    fn marking_every_paragraph_of_a_long_article_walks_it_once() {
        // 20,000 paragraphs: walking the whole text for each (as the reader once did) takes
        // minutes; cutting each out through the char index takes milliseconds.
        let text = (0..20_000)
            .map(|i| format!("Paragraph {i} says “5 boats” were seen."))
            .collect::<Vec<_>>()
            .join("\n\n");
        let story = Story::new(
            None,
            Analysis {
                articles: vec![Article {
                    id: "long".into(),
                    text,
                    ..Default::default()
                }],
                ..Default::default()
            },
        );
        let started = std::time::Instant::now();
        let paragraphs = claimlens_core::paragraphs(&story.article_text(0));
        let last = paragraphs.last().unwrap().clone();
        let shown: Vec<String> = paragraphs
            .iter()
            .map(|p| crate::state::marks::plain(&story.marked(0, p.clone(), &[])))
            .collect();
        assert_eq!(shown.len(), 20_000);
        assert_eq!(shown[19_999], "Paragraph 19999 says “5 boats” were seen.");
        assert_eq!(story.text(0, last.clone()), shown[19_999]);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{:?} to mark 20,000 paragraphs",
            started.elapsed()
        );
    }
}
