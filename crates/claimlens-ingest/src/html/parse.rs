//! Parses a page into a DOM with html5ever, nesting capped so that parsing stays linear.
//!
//! The HTML tree builder scans its stack of open elements for many tags, so a page nested N
//! elements deep costs N² (a 100,000-paragraph page whose `<div>`s are never closed takes
//! minutes). Browsers cap the depth of the tree (Chromium at 512); so do we, between the
//! tokenizer and the tree builder: a start tag that would open an element deeper than
//! [`MAX_DEPTH`] is left out, with its end tag, and its text joins its parent. A block element
//! left out this way is replaced by a `<br>`, so its paragraphs stay apart.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{local_name, LocalName, TokenizerResult};
use scraper::{Html, HtmlTreeSink};

use super::tags;

/// Deeper than any real page (news pages nest 20 to 60 elements deep), shallow enough that the
/// tree builder's scans stay cheap.
pub const MAX_DEPTH: usize = 256;

/// A parsed page, and whether its nesting had to be capped.
pub struct Parsed {
    pub document: Html,
    pub capped: bool,
}

/// Parses `html` as a whole document.
pub fn parse(html: &str) -> Parsed {
    let builder = TreeBuilder::new(
        HtmlTreeSink::new(Html::new_document()),
        TreeBuilderOpts::default(),
    );
    let sink = DepthCap {
        inner: builder,
        nesting: RefCell::default(),
        capped: Cell::new(false),
    };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // Scripts are not run and encoding hints are ignored (the text is already decoded), so
    // feeding simply resumes until the input is used up.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let DepthCap { inner, capped, .. } = tokenizer.sink;
    Parsed {
        document: inner.sink.finish(),
        capped: capped.get(),
    }
}

/// Sits between the tokenizer and the tree builder and drops tags that nest too deep.
struct DepthCap<S> {
    inner: S,
    nesting: RefCell<Nesting>,
    capped: Cell<bool>,
}

/// An estimate of the tree builder's stack of open elements, kept from the tags alone: close
/// enough to bound the depth, never relied on for the tree's shape.
#[derive(Default)]
struct Nesting {
    stack: Vec<LocalName>,
    /// How many of each element are on `stack`, so an end tag is matched in constant time.
    open: HashMap<LocalName, usize>,
    /// Start tags left out, by name, whose end tags must be left out too.
    dropped: HashMap<LocalName, usize>,
}

/// What to do with a tag.
enum Verdict {
    Pass,
    Drop,
    /// Drop it, but keep its paragraphs apart with a `<br>`.
    Break,
}

impl Nesting {
    fn judge(&mut self, tag: &Tag) -> Verdict {
        match tag.kind {
            TagKind::StartTag => {
                if tag.self_closing || tags::is_void(&tag.name) {
                    return Verdict::Pass;
                }
                if self.stack.len() >= MAX_DEPTH && !switches_tokenizer(&tag.name) {
                    *self.dropped.entry(tag.name.clone()).or_default() += 1;
                    return if tags::is_block(&tag.name) {
                        Verdict::Break
                    } else {
                        Verdict::Drop
                    };
                }
                // `<p>`, `<li>` and their kind close an open sibling of the same name.
                if tags::closes_same_sibling(&tag.name) && self.stack.last() == Some(&tag.name) {
                    self.pop();
                }
                self.stack.push(tag.name.clone());
                *self.open.entry(tag.name.clone()).or_default() += 1;
                Verdict::Pass
            }
            TagKind::EndTag => {
                if let Some(count) = self.dropped.get_mut(&tag.name).filter(|count| **count > 0) {
                    *count -= 1;
                    return Verdict::Drop;
                }
                if self.open.get(&tag.name).is_some_and(|count| *count > 0) {
                    while let Some(top) = self.pop() {
                        if top == tag.name {
                            break;
                        }
                    }
                }
                Verdict::Pass
            }
        }
    }

    fn pop(&mut self) -> Option<LocalName> {
        let top = self.stack.pop()?;
        if let Some(count) = self.open.get_mut(&top) {
            *count -= 1;
        }
        Some(top)
    }
}

/// Elements whose content the tokenizer reads as raw text (it learns so from the tree builder):
/// leaving one out would turn a script into visible text. They hold no elements, so passing
/// them never deepens the tree by more than one.
fn switches_tokenizer(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("title")
            | local_name!("textarea")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
    )
}

impl<S: TokenSink> TokenSink for DepthCap<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        if let Token::TagToken(tag) = &token {
            match self.nesting.borrow_mut().judge(tag) {
                Verdict::Pass => {}
                Verdict::Drop => {
                    self.capped.set(true);
                    return TokenSinkResult::Continue;
                }
                Verdict::Break => {
                    self.capped.set(true);
                    let br = Tag {
                        kind: TagKind::StartTag,
                        name: local_name!("br"),
                        self_closing: false,
                        attrs: Vec::new(),
                        had_duplicate_attributes: false,
                    };
                    return self.inner.process_token(Token::TagToken(br), line_number);
                }
            }
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(document: &Html) -> usize {
        document
            .tree
            .root()
            .descendants()
            .map(|node| node.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn ordinary_pages_are_parsed_as_html5ever_parses_them() {
        let html =
            "<!doctype html><title>T</title><p>One<p>Two <b>bold</b><script>if (a < b) {}</script>";
        let parsed = parse(html);
        assert!(!parsed.capped);
        assert_eq!(parsed.document.html(), Html::parse_document(html).html());
    }

    #[test]
    fn unclosed_elements_are_capped_and_keep_their_text_apart() {
        let html: String = (0..2_000)
            .map(|n| format!("<div class=para>Paragraph {n}."))
            .collect();
        let parsed = parse(&html);
        assert!(parsed.capped);
        assert!(
            depth(&parsed.document) <= MAX_DEPTH + 8,
            "{}",
            depth(&parsed.document)
        );
        let text: String = parsed.document.root_element().text().collect();
        assert!(text.contains("Paragraph 0.") && text.contains("Paragraph 1999."));
        let breaks = parsed
            .document
            .tree
            .nodes()
            .filter(|node| {
                node.value()
                    .as_element()
                    .is_some_and(|el| el.name() == "br")
            })
            .count();
        assert!(breaks >= 2_000 - MAX_DEPTH, "{breaks} breaks");
    }

    #[test]
    fn scripts_past_the_cap_stay_scripts() {
        let html = format!(
            "{}<script>var hidden = 1;</script>text",
            "<span>".repeat(MAX_DEPTH + 10)
        );
        let parsed = parse(&html);
        let script_text: usize = parsed
            .document
            .tree
            .nodes()
            .filter(|node| {
                node.value()
                    .as_element()
                    .is_some_and(|el| el.name() == "script")
            })
            .count();
        assert_eq!(script_text, 1);
    }
}
