//! What search keeps of each article besides its text: its passages (paragraphs) and, per
//! passage, which of the article's quotes and figures sit in it and who is quoted there.
//!
//! Worked out one article at a time ([`Marks::add`]), so that a reader decoding a bundle as it
//! downloads can let each article's quotes and figures go as soon as it is decoded
//! ([`Marks::add_and_strip`]): a search worker holds these few numbers per passage instead of
//! every quote and figure of the story, and the article text lz4-compressed (half the size;
//! search reads only the passages it shows or checks a phrase in).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;

use claimlens_bundle::{Decoder, PackedTexts, Parts};
use claimlens_core::{Analysis, Article, CharIndex};

use crate::engine::{Engine, Passage};

/// One list per passage, stored end to end.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Lists<T> {
    ends: Vec<u32>,
    items: Vec<T>,
}

impl<T> Lists<T> {
    pub(crate) fn push(&mut self, list: impl IntoIterator<Item = T>) {
        self.items.extend(list);
        self.ends.push(self.items.len() as u32);
    }

    pub(crate) fn get(&self, i: usize) -> &[T] {
        let start = i.checked_sub(1).map_or(0, |before| self.ends[before]) as usize;
        &self.items[start..self.ends[i] as usize]
    }
}

/// The passages of a story's articles, in order (a passage's number is its index), with the
/// quotes, figures and speakers in each.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marks {
    articles: usize,
    pub(crate) passages: Vec<Passage>,
    /// Indexes into the article's quotes starting in the passage.
    pub(crate) quotes: Lists<u32>,
    /// Indexes into the article's figures starting in the passage.
    pub(crate) figures: Lists<u32>,
    /// Entity ids of the speakers of those quotes, without repeats.
    pub(crate) speakers: Lists<String>,
    /// Each passage's byte range in its article's text, so that its text is a slice.
    pub(crate) bytes: Vec<Range<usize>>,
    /// Each article's text, lz4-compressed, once [`Marks::add_and_strip`] has taken it from
    /// the article (empty when the articles keep their texts).
    packed: PackedTexts,
}

impl Marks {
    /// The marks of every article of `analysis`.
    pub fn of(analysis: &Analysis) -> Marks {
        let mut marks = Marks::default();
        for article in &analysis.articles {
            marks.add(article);
        }
        marks
    }

    /// How many articles have been added.
    pub fn articles(&self) -> usize {
        self.articles
    }

    /// Adds the next article (articles come in the analysis's order).
    pub fn add(&mut self, article: &Article) {
        let index = self.articles;
        self.articles += 1;
        let paragraphs = claimlens_core::paragraphs(&article.text);
        let starts: Vec<usize> = paragraphs.iter().map(|p| p.start).collect();
        // The passage a span starting at `at` sits in, if any (text between paragraphs is in
        // none).
        let passage_of = |at: usize| {
            let i = starts.partition_point(|&s| s <= at).checked_sub(1)?;
            (at < paragraphs[i].end).then_some(i)
        };
        let mut quotes = vec![Vec::new(); paragraphs.len()];
        let mut speakers = vec![BTreeSet::new(); paragraphs.len()];
        for (qi, quote) in article.quotes.iter().enumerate() {
            if let Some(i) = passage_of(quote.start) {
                quotes[i].push(qi as u32);
                speakers[i].extend(quote.speaker.iter().cloned());
            }
        }
        let chars = CharIndex::new(&article.text);
        self.bytes.extend(
            paragraphs
                .iter()
                .map(|p| chars.byte(&article.text, p.start)..chars.byte(&article.text, p.end)),
        );
        let mut figures = vec![Vec::new(); paragraphs.len()];
        for (fi, figure) in article.figures.iter().enumerate() {
            if let Some(i) = passage_of(figure.start) {
                figures[i].push(fi as u32);
            }
        }
        for ((p, (quotes, figures)), speakers) in paragraphs
            .iter()
            .zip(quotes.into_iter().zip(figures))
            .zip(speakers)
        {
            self.passages.push(Passage {
                article: index,
                start: p.start,
                end: p.end,
            });
            self.quotes.push(quotes);
            self.figures.push(figures);
            self.speakers.push(speakers);
        }
    }

    /// Adds the next article, then empties its quotes and figures and keeps its text
    /// compressed here: only the marks are needed to search it (the page that shows the results
    /// holds the whole story). Every article of a story must come through here, or none.
    pub fn add_and_strip(&mut self, article: &mut Article) {
        self.add(article);
        article.quotes = Vec::new();
        article.figures = Vec::new();
        self.packed.push(&std::mem::take(&mut article.text));
    }

    /// The text of article `index`: the article's own, or unpacked from here when
    /// [`Marks::add_and_strip`] took it.
    pub(crate) fn text<'a>(&self, analysis: &'a Analysis, index: usize) -> Cow<'a, str> {
        match self.packed.get(index) {
            Some(text) => Cow::Owned(text),
            None => Cow::Borrowed(&analysis.articles[index].text),
        }
    }

    /// Like [`Marks::text`], keeping the last text unpacked in `cache` for the next call (a
    /// phrase check reads passage after passage of the same article).
    pub(crate) fn text_in<'a>(
        &self,
        analysis: &'a Analysis,
        index: usize,
        cache: &'a mut Option<(usize, String)>,
    ) -> &'a str {
        if self.packed.is_empty() {
            return &analysis.articles[index].text;
        }
        if cache.as_ref().map(|(i, _)| *i) != Some(index) {
            *cache = Some((index, self.text(analysis, index).into_owned()));
        }
        &cache.as_ref().expect("set just above").1
    }

    /// Passage `p`'s text, out of its article's `text` (see [`Marks::text`]).
    pub(crate) fn passage<'t>(&self, text: &'t str, p: usize) -> &'t str {
        text.get(self.bytes[p].clone()).unwrap_or_default()
    }
}

/// Opens a bundle as it arrives, keeping only what search needs: the search parts
/// ([`Parts::SEARCH`]) and, of each article, its marks and packed text, the rest let go as soon
/// as the article is decoded ([`Marks::add_and_strip`]). The browser's search worker opens
/// bundles this way; the engine answers as [`Engine::open`] of the whole bundle does.
pub struct LeanLoader {
    decoder: Decoder,
    marks: Rc<RefCell<Marks>>,
}

impl Default for LeanLoader {
    fn default() -> LeanLoader {
        let marks = Rc::new(RefCell::new(Marks::default()));
        let add = marks.clone();
        LeanLoader {
            decoder: Decoder::new(Parts::SEARCH)
                .on_article(move |article| add.borrow_mut().add_and_strip(article)),
            marks,
        }
    }
}

impl LeanLoader {
    /// Takes the next bytes of the bundle (see [`Decoder::push`]).
    pub fn push(&mut self, bytes: &[u8]) -> claimlens_bundle::Result<()> {
        self.decoder.push(bytes)
    }

    /// The bundle is complete: checks it and opens the engine.
    pub fn finish(self) -> crate::Result<Engine> {
        let bundle = self.decoder.finish()?;
        Engine::open_with(bundle, self.marks.take())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{analyze, ArticleInput};

    #[test]
    fn quotes_figures_and_speakers_land_in_their_paragraphs() {
        let text = "Mayor Ana Duarte said 48 people were rescued.\n\nA second paragraph, no quote.\n\n“We are ready,” Duarte said of the 12 boats.";
        let analysis = analyze(&[ArticleInput {
            id: "a".into(),
            text: text.into(),
            ..Default::default()
        }]);
        let article = &analysis.articles[0];
        let marks = Marks::of(&analysis);
        assert_eq!(marks.passages.len(), 3);
        assert!(marks.quotes.get(0).is_empty() && marks.quotes.get(1).is_empty());
        assert_eq!(marks.quotes.get(2), [0]);
        let speaker = article.quotes[0].speaker.clone().expect("Duarte speaks");
        assert_eq!(marks.speakers.get(2), [speaker]);
        let mut figures = 0;
        for i in 0..3 {
            let p = marks.passages[i];
            for &f in marks.figures.get(i) {
                let f = &article.figures[f as usize];
                assert!(f.start >= p.start && f.start < p.end, "{f:?} outside {p:?}");
                figures += 1;
            }
        }
        assert!(figures >= 2);
        assert_eq!(figures, article.figures.len());
        // Passage texts are slices of the article text.
        assert!(marks.passage(text, 2).starts_with("“We are ready,”"));
        // Stripping keeps the marks, lets the quotes and figures go and packs the text, which
        // reads back the same.
        let mut stripped = Marks::default();
        let mut copy = article.clone();
        stripped.add_and_strip(&mut copy);
        assert!(copy.quotes.is_empty() && copy.figures.is_empty() && copy.text.is_empty());
        assert_eq!(stripped.passages, marks.passages);
        assert_eq!(stripped.bytes, marks.bytes);
        assert_eq!(stripped.speakers, marks.speakers);
        let lean = Analysis {
            articles: vec![copy],
            ..Default::default()
        };
        assert_eq!(stripped.text(&lean, 0), text);
        let mut cache = None;
        assert_eq!(stripped.text_in(&lean, 0, &mut cache), text);
        assert_eq!(marks.text(&analysis, 0), text);
    }
}
