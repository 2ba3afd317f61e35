//! Reading a bundle's parts as they arrive: [`Decoder`] checks each part's header, length and
//! checksum, decodes its sections as they complete, and keeps only the [`Parts`] asked for.

use std::borrow::Cow;

use claimlens_core::{Article, Claim, Statement};

use crate::{
    crc, Bundle, Error, Head, Part, Result, Sum, ARTICLE, CLAIMS, FORMAT_VERSION, HEADER_LEN,
    INDEX_FILE, INDEX_LIST, MAGIC, STATEMENTS, STORY, TEXT,
};

/// A section's kind and length.
const FRAME_LEN: usize = 9;
/// The most room a section being gathered is given before its bytes arrive. A length is not
/// trusted before the checksum; past this, a section grows as it arrives.
const RESERVE_AT_MOST: u64 = 64 << 20;

/// Which parts of a bundle a reader is given, and what it keeps of them. What it is given but
/// does not keep is checked (it counts for the checksum) but never decoded or held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The claims and statements (of the head).
    pub claims: bool,
    /// The texts part follows the head.
    pub texts: bool,
    /// The index part follows (the texts, if any).
    pub index: bool,
    /// Quote, mention and figure texts, restored from the article text (needs the texts).
    /// Without them those fields are empty and the spans say where the text is.
    pub span_texts: bool,
}

impl Parts {
    /// Everything: the bundle as it was written.
    pub const ALL: Parts = Parts {
        claims: true,
        texts: true,
        index: true,
        span_texts: true,
    };
    /// The head alone: what the explorer's figures, speakers and overview views show.
    pub const HEAD: Parts = Parts {
        claims: true,
        texts: false,
        index: false,
        span_texts: false,
    };
    /// What the search engine needs: the head without claims or statements, the texts and the
    /// index.
    pub const SEARCH: Parts = Parts {
        claims: false,
        texts: true,
        index: true,
        span_texts: false,
    };
    /// The texts alone, after a head already read ([`Decoder::after`]).
    pub const TEXTS: Parts = Parts {
        claims: false,
        texts: true,
        index: false,
        span_texts: false,
    };

    /// The parts a stream holds, in order, after the head when `head` is false.
    fn order(self, head: bool) -> Vec<Part> {
        let mut order = Vec::with_capacity(3);
        if head {
            order.push(Part::Head);
        }
        if self.texts {
            order.push(Part::Texts);
        }
        if self.index {
            order.push(Part::Index);
        }
        order
    }
}

/// What the head says of the other parts: enough to read them after the head was read
/// elsewhere ([`Decoder::after`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Manifest {
    /// Each article's text length in chars.
    chars: Vec<u64>,
    texts: Sum,
    index: Sum,
}

impl Manifest {
    pub fn articles(&self) -> usize {
        self.chars.len()
    }
}

/// Decodes a bundle's parts from pieces as they arrive (a download's chunks), one part after
/// the other, keeping only the [`Parts`] asked for. A section is decoded as soon as it is
/// complete and its bytes let go, so a whole part is never held. Nothing decoded is handed out
/// before its part's length and checksum are checked (when the part ends, by
/// [`Decoder::push`], or by [`Decoder::finish`]): an error in the contents is reported then,
/// as `Checksum` when the bytes were damaged, else as what went wrong; errors in a header at
/// once.
pub struct Decoder {
    /// The parts still to come, first first.
    order: Vec<Part>,
    reader: Option<Reader>,
    /// Bytes of the parts read whole so far.
    consumed: u64,
    state: State,
}

/// What a reader does with each article or text once decoded.
type Shape = Box<dyn FnMut(&mut Article)>;
type TakeText = Box<dyn FnMut(usize, String)>;

/// What the sections decoded so far hold.
struct State {
    parts: Parts,
    head: Option<Head<'static>>,
    manifest: Option<Manifest>,
    articles: Vec<Article>,
    /// Texts decoded so far.
    texts: usize,
    claims: Vec<Claim>,
    statements: Vec<Statement>,
    index_list: Option<Vec<(String, u64, u32)>>,
    index_files: Vec<(String, Vec<u8>)>,
    on_article: Option<Shape>,
    on_text: Option<TakeText>,
}

/// One part as it arrives.
struct Reader {
    part: Part,
    /// The first bytes, until the header is read (and up to 512 to say what a non-bundle is).
    start: Vec<u8>,
    header: Option<Header>,
    crc: crc::Hasher,
    /// Body bytes received so far.
    received: u64,
    /// The section being received: its kind, length, and the bytes so far when it is kept.
    frame: Vec<u8>,
    section: Option<Section>,
    /// The first thing found wrong in the contents.
    fault: Option<Error>,
}

struct Section {
    kind: u8,
    /// Bytes still to come.
    left: u64,
    /// The bytes so far, for a section that is kept.
    data: Option<Vec<u8>>,
}

/// The header's numbers, once magic, version and part are right.
#[derive(Debug, Clone, Copy)]
struct Header {
    crc: u32,
    /// Length of the body, after the header.
    len: u64,
}

impl Header {
    fn truncated(self, found_body: u64) -> Error {
        Error::Truncated {
            expected: self.len.saturating_add(HEADER_LEN as u64),
            found: found_body.saturating_add(HEADER_LEN as u64),
        }
    }
}

/// Reads the header from the first bytes of a part: `Truncated` (saying how long the whole
/// must be) when there are fewer than [`HEADER_LEN`] of them.
fn read_header(bytes: &[u8], part: Part) -> Result<Header> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
        if head.trim_start().starts_with("<!doctype html") || head.contains("<html") {
            return Err(Error::Html);
        }
        return Err(Error::NotABundle);
    }
    if bytes.len() < HEADER_LEN {
        return Err(Error::Truncated {
            expected: HEADER_LEN as u64,
            found: bytes.len() as u64,
        });
    }
    let word = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    if word(8) != FORMAT_VERSION {
        return Err(Error::UnsupportedVersion {
            found: word(8),
            supported: FORMAT_VERSION,
        });
    }
    if Part::from_code(word(12)) != Some(part) {
        return Err(Error::WrongPart { expected: part });
    }
    Ok(Header {
        crc: word(16),
        len: u64::from_le_bytes(bytes[20..28].try_into().unwrap()),
    })
}

impl Decoder {
    /// A decoder for a stream that starts with the head, followed by the texts and the index
    /// when `parts` says so.
    pub fn new(parts: Parts) -> Decoder {
        Decoder::starting(parts.order(true), parts, None)
    }

    /// A decoder for the parts after a head already read, whose [`Manifest`] says what they
    /// must be: `parts` says which follow (the texts, the index, or both in that order).
    pub fn after(manifest: &Manifest, parts: Parts) -> Decoder {
        Decoder::starting(parts.order(false), parts, Some(manifest.clone()))
    }

    pub(crate) fn starting(order: Vec<Part>, parts: Parts, manifest: Option<Manifest>) -> Decoder {
        Decoder {
            order,
            reader: None,
            consumed: 0,
            state: State {
                parts,
                head: None,
                manifest,
                articles: Vec::new(),
                texts: 0,
                claims: Vec::new(),
                statements: Vec::new(),
                index_list: None,
                index_files: Vec::new(),
                on_article: None,
                on_text: None,
            },
        }
    }

    /// Calls `shape` on each article once it is whole (with its text, when the texts are in
    /// the stream), before it is kept: a reader that needs only part of each article lets the
    /// rest go at once, instead of holding every article whole until the end.
    pub fn on_article(mut self, shape: impl FnMut(&mut Article) + 'static) -> Decoder {
        self.state.on_article = Some(Box::new(shape));
        self
    }

    /// Hands each article's text to `take` (with the article's index) instead of keeping it.
    pub fn on_text(mut self, take: impl FnMut(usize, String) + 'static) -> Decoder {
        self.state.on_text = Some(Box::new(take));
        self
    }

    /// The length in bytes of the part arriving now, once its header has arrived.
    pub fn expected_len(&self) -> Option<u64> {
        let header = self.reader.as_ref()?.header?;
        Some(header.len.saturating_add(HEADER_LEN as u64))
    }

    /// Takes the next bytes. Fails at once on a header that is not the expected part's, of
    /// another version or another build, on more bytes than the parts announced, and when a
    /// part ends damaged.
    pub fn push(&mut self, mut bytes: &[u8]) -> Result<()> {
        while !bytes.is_empty() {
            if self.reader.is_none() {
                let Some(&part) = self.order.first() else {
                    // Past the last part's end: as many bytes too many as there are here.
                    return Err(Error::Truncated {
                        expected: self.consumed,
                        found: self.consumed.saturating_add(bytes.len() as u64),
                    });
                };
                self.order.remove(0);
                self.reader = Some(Reader::new(part));
            }
            let reader = self.reader.as_mut().expect("set just above");
            let used = reader.push(bytes, &mut self.state)?;
            bytes = &bytes[used..];
            if reader.complete() {
                let reader = self.reader.take().expect("there is a reader");
                self.consumed += reader.received + HEADER_LEN as u64;
                reader.finish(&mut self.state)?;
            }
        }
        Ok(())
    }

    /// Checks that every part arrived intact and hands over what was kept.
    pub fn finish(self) -> Result<Bundle> {
        self.finish_with_manifest().map(|(bundle, _)| bundle)
    }

    /// Like [`Decoder::finish`], with what the head says of the other parts, to read them later
    /// ([`Decoder::after`]).
    pub fn finish_with_manifest(mut self) -> Result<(Bundle, Manifest)> {
        if let Some(reader) = self.reader.take() {
            let header = match reader.header {
                Some(header) => header,
                None => read_header(&reader.start, reader.part)?,
            };
            return Err(header.truncated(reader.received));
        }
        if let Some(&part) = self.order.first() {
            // Nothing at all arrived: the file is empty; else a part after those read is not
            // there.
            return Err(if self.consumed == 0 {
                Error::Empty
            } else {
                Error::MissingPart(part)
            });
        }
        let state = self.state;
        let manifest = state.manifest.unwrap_or_default();
        let bundle = match state.head {
            Some(head) => Bundle {
                story: head.story,
                analysis: claimlens_core::Analysis {
                    articles: state.articles,
                    entities: head.entities.into_owned(),
                    claims: state.claims,
                    statements: state.statements,
                },
                index_files: state.index_files,
                latin: head.latin.into_owned(),
            },
            None => Bundle {
                index_files: state.index_files,
                ..Bundle::default()
            },
        };
        Ok((bundle, manifest))
    }
}

impl Reader {
    fn new(part: Part) -> Reader {
        Reader {
            part,
            start: Vec::new(),
            header: None,
            crc: crc::Hasher::new(),
            received: 0,
            frame: Vec::with_capacity(FRAME_LEN),
            section: None,
            fault: None,
        }
    }

    fn complete(&self) -> bool {
        self.header.is_some_and(|h| self.received == h.len)
    }

    /// Takes bytes of this part, up to its end: how many it took.
    fn push(&mut self, bytes: &[u8], state: &mut State) -> Result<usize> {
        let mut used = 0;
        let header = match self.header {
            Some(header) => header,
            None => {
                let want = 512usize.saturating_sub(self.start.len()).min(bytes.len());
                self.start.extend_from_slice(&bytes[..want]);
                let seen = self.start.len().min(MAGIC.len());
                let bundle_like = self.start[..seen] == MAGIC[..seen];
                if (bundle_like && self.start.len() < HEADER_LEN)
                    || (!bundle_like && self.start.len() < 512)
                {
                    // Wait for the rest of the header, or for enough of something else to say
                    // what it is (an HTML page, say).
                    return Ok(bytes.len());
                }
                let header = read_header(&self.start, self.part)?;
                state.check_sum(self.part, header)?;
                // What came after the header in `start` goes back to be read as the body.
                let after_header = self.start.len() - HEADER_LEN;
                used = want - after_header;
                self.start = Vec::new();
                self.header = Some(header);
                header
            }
        };
        let body = &bytes[used..];
        let take = usize::try_from(header.len - self.received)
            .unwrap_or(usize::MAX)
            .min(body.len());
        let now = &body[..take];
        self.received += take as u64;
        self.crc.update(now);
        if self.fault.is_none() {
            if let Err(fault) = self.sections(now, state) {
                self.fault = Some(fault);
            }
        }
        Ok(used + take)
    }

    /// The part has all its bytes: checks them and what they held.
    fn finish(self, state: &mut State) -> Result<()> {
        let header = self.header.expect("a complete part has its header");
        if self.crc.finalize() != header.crc {
            return Err(Error::Checksum);
        }
        if let Some(fault) = self.fault {
            return Err(fault);
        }
        if self.section.is_some() || !self.frame.is_empty() {
            return Err(Error::Corrupt("the last section is cut short".into()));
        }
        state.check_counts(self.part)
    }

    /// Splits body bytes into sections, decoding each one kept as soon as it is whole.
    fn sections(&mut self, mut bytes: &[u8], state: &mut State) -> Result<()> {
        while !bytes.is_empty() {
            let Some(section) = &mut self.section else {
                let want = (FRAME_LEN - self.frame.len()).min(bytes.len());
                self.frame.extend_from_slice(&bytes[..want]);
                bytes = &bytes[want..];
                if self.frame.len() == FRAME_LEN {
                    let kind = self.frame[0];
                    let left = u64::from_le_bytes(self.frame[1..].try_into().unwrap());
                    self.frame.clear();
                    self.section = Some(self.open_section(kind, left, state)?);
                    if left == 0 {
                        self.close_section(Cow::Borrowed(&[]), state)?;
                    }
                }
                continue;
            };
            let take = usize::try_from(section.left)
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            let (now, rest) = bytes.split_at(take);
            bytes = rest;
            section.left -= take as u64;
            match &mut section.data {
                // A section that arrives whole in one piece is decoded where it lies.
                Some(data) if data.is_empty() && section.left == 0 => {
                    self.close_section(Cow::Borrowed(now), state)?
                }
                Some(data) => {
                    if data.is_empty() {
                        // Room for the whole section up front, within reason: a length is
                        // not trusted before the checksum, so a large one grows as it arrives.
                        let whole = (take as u64).saturating_add(section.left);
                        data.reserve_exact(whole.min(RESERVE_AT_MOST) as usize);
                    }
                    data.extend_from_slice(now);
                    if section.left == 0 {
                        let data = std::mem::take(data);
                        self.close_section(Cow::Owned(data), state)?;
                    }
                }
                None if section.left == 0 => self.close_section(Cow::Borrowed(&[]), state)?,
                None => {}
            }
        }
        Ok(())
    }

    fn open_section(&self, kind: u8, left: u64, state: &State) -> Result<Section> {
        let header = self.header.expect("sections come after the header");
        if left > header.len {
            return Err(Error::Corrupt("a section is longer than the bundle".into()));
        }
        let keep = match (self.part, kind) {
            (Part::Head, STORY | ARTICLE) | (Part::Texts, TEXT) => true,
            (Part::Index, INDEX_LIST | INDEX_FILE) => true,
            (Part::Head, CLAIMS | STATEMENTS) => state.parts.claims,
            (part, other) => {
                return Err(Error::Corrupt(format!(
                    "the {part} holds a section of unknown kind {other}"
                )))
            }
        };
        if self.part == Part::Head && state.head.is_none() && kind != STORY {
            return Err(Error::Corrupt("the story does not come first".into()));
        }
        if self.part == Part::Index && state.index_list.is_none() && kind != INDEX_LIST {
            return Err(Error::Corrupt(
                "the index's list of files does not come first".into(),
            ));
        }
        Ok(Section {
            kind,
            left,
            data: keep.then(Vec::new),
        })
    }

    /// Decodes the section just completed, whose bytes are `data` (empty when not kept).
    fn close_section(&mut self, data: Cow<'_, [u8]>, state: &mut State) -> Result<()> {
        let Some(section) = self.section.take() else {
            return Ok(());
        };
        match section.kind {
            STORY => state.story(&data),
            ARTICLE => state.article(&data),
            CLAIMS if state.parts.claims => {
                let expected = state.head.as_ref().map_or(0, |h| h.claims);
                append_batch(&mut state.claims, &data, expected, "claims")
            }
            STATEMENTS if state.parts.claims => {
                let expected = state.head.as_ref().map_or(0, |h| h.statements);
                append_batch(&mut state.statements, &data, expected, "statements")
            }
            TEXT => state.text(data),
            INDEX_LIST => state.index_list(&data),
            INDEX_FILE => state.index_file(data),
            _ => Ok(()),
        }
    }
}

fn corrupt(what: &str, e: postcard::Error) -> Error {
    Error::Corrupt(format!("reading {what}: {e}"))
}

impl State {
    /// A part after the head must be the one the head lists: its header says its length and
    /// checksum before any of its body is read.
    fn check_sum(&self, part: Part, header: Header) -> Result<()> {
        let Some(manifest) = &self.manifest else {
            return Ok(());
        };
        let listed = match part {
            Part::Head => return Ok(()),
            Part::Texts => manifest.texts,
            Part::Index => manifest.index,
        };
        if listed
            != (Sum {
                len: header.len,
                crc: header.crc,
            })
        {
            return Err(Error::OtherBuild(part));
        }
        Ok(())
    }

    /// A part has ended: it held as many things as the head says.
    fn check_counts(&mut self, part: Part) -> Result<()> {
        let mut counts = Vec::new();
        match part {
            Part::Head => {
                let Some(head) = &self.head else {
                    return Err(Error::Corrupt("the bundle holds no story".into()));
                };
                counts.push(("articles", head.articles, self.articles.len()));
                if self.parts.claims {
                    counts.push(("claims", head.claims, self.claims.len()));
                    counts.push(("statements", head.statements, self.statements.len()));
                }
                if !self.parts.texts {
                    // No texts to wait for: each article is as whole as it gets.
                    if let Some(shape) = &mut self.on_article {
                        for article in &mut self.articles {
                            shape(article);
                        }
                    }
                }
            }
            Part::Texts => {
                let expected = self.manifest.as_ref().map_or(0, |m| m.chars.len());
                counts.push(("article texts", expected as u64, self.texts));
            }
            Part::Index => {
                let listed = self.index_list.as_ref().map_or(0, |l| l.len());
                counts.push(("index files", listed as u64, self.index_files.len()));
            }
        }
        for (what, expected, found) in counts {
            if found as u64 != expected {
                return Err(Error::Corrupt(format!(
                    "the story counts {expected} {what} but the bundle holds {found}"
                )));
            }
        }
        Ok(())
    }

    fn story(&mut self, data: &[u8]) -> Result<()> {
        if self.head.is_some() {
            return Err(Error::Corrupt("the story is in the bundle twice".into()));
        }
        let head: Head = postcard::from_bytes(data).map_err(|e| corrupt("the story", e))?;
        self.manifest = Some(Manifest {
            chars: Vec::new(),
            texts: head.texts,
            index: head.index,
        });
        self.head = Some(Head {
            story: head.story,
            latin: Cow::Owned(head.latin.into_owned()),
            entities: Cow::Owned(head.entities.into_owned()),
            ..head
        });
        Ok(())
    }

    fn article(&mut self, data: &[u8]) -> Result<()> {
        let expected = self.head.as_ref().map_or(0, |h| h.articles);
        if self.articles.len() as u64 >= expected {
            return Err(Error::Corrupt("more articles than the story counts".into()));
        }
        let (chars, article): (u64, Article) =
            postcard::from_bytes(data).map_err(|e| corrupt("an article", e))?;
        check_spans(&article, chars)?;
        self.manifest
            .as_mut()
            .expect("the story comes first")
            .chars
            .push(chars);
        self.articles.push(article);
        Ok(())
    }

    fn text(&mut self, data: Cow<'_, [u8]>) -> Result<()> {
        let index = self.texts;
        let Some(&chars) = self.manifest.as_ref().and_then(|m| m.chars.get(index)) else {
            return Err(Error::Corrupt("more article texts than articles".into()));
        };
        self.texts += 1;
        let text = match data {
            Cow::Owned(bytes) => String::from_utf8(bytes).ok(),
            Cow::Borrowed(bytes) => std::str::from_utf8(bytes).ok().map(str::to_string),
        }
        .ok_or_else(|| Error::Corrupt(format!("article text {} is not UTF-8", index + 1)))?;
        if text.chars().count() as u64 != chars {
            return Err(Error::Corrupt(format!(
                "article text {} is not as long as the story says",
                index + 1
            )));
        }
        if let Some(take) = &mut self.on_text {
            take(index, text);
            return Ok(());
        }
        if let Some(article) = self.articles.get_mut(index) {
            article.text = text;
            if self.parts.span_texts {
                restore_spans(article)?;
            }
            if let Some(shape) = &mut self.on_article {
                shape(article);
            }
        }
        Ok(())
    }

    fn index_list(&mut self, data: &[u8]) -> Result<()> {
        if self.index_list.is_some() {
            return Err(Error::Corrupt("the index lists its files twice".into()));
        }
        let list = postcard::from_bytes(data).map_err(|e| corrupt("the index's files", e))?;
        self.index_list = Some(list);
        Ok(())
    }

    fn index_file(&mut self, data: Cow<'_, [u8]>) -> Result<()> {
        let name_len = data
            .get(..2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
            .ok_or_else(|| Error::Corrupt("an index file has no name".into()))?;
        let name = data
            .get(2..2 + name_len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .ok_or_else(|| Error::Corrupt("an index file name is not UTF-8".into()))?
            .to_string();
        // tantivy trusts its files and panics on one that is not what its name says (a fuzzed
        // bundle swapped two files' names: each file's own checksum still held), so every
        // file is checked against the list.
        let listed = self.index_list.as_ref().and_then(|list| {
            list.iter()
                .find(|(n, ..)| *n == name)
                .map(|&(_, len, crc)| (len, crc))
        });
        let contents = &data[2 + name_len..];
        if listed != Some((contents.len() as u64, crc::hash(contents))) {
            return Err(Error::Corrupt(format!(
                "the index file {name} is not the one the story lists"
            )));
        }
        if self.index_files.iter().any(|(n, _)| *n == name) {
            return Err(Error::Corrupt(format!("{name} is in the bundle twice")));
        }
        // The file's bytes, without a copy when the section was gathered here.
        let bytes = match data {
            Cow::Owned(mut data) => {
                data.drain(..2 + name_len);
                data
            }
            Cow::Borrowed(data) => data[2 + name_len..].to_vec(),
        };
        self.index_files.push((name, bytes));
        Ok(())
    }
}

/// Decodes a section of claims or statements onto those before it, never past the `expected`
/// count the story gives.
fn append_batch<T: serde::de::DeserializeOwned>(
    into: &mut Vec<T>,
    data: &[u8],
    expected: u64,
    what: &str,
) -> Result<()> {
    let batch: Vec<T> =
        postcard::from_bytes(data).map_err(|e| Error::Corrupt(format!("reading {what}: {e}")))?;
    if (into.len() + batch.len()) as u64 > expected {
        return Err(Error::Corrupt(format!("more {what} than the story counts")));
    }
    into.extend(batch);
    Ok(())
}

/// Fills in the texts `encode` left out, from the article text and each span.
fn restore_spans(article: &mut Article) -> Result<()> {
    let chars: Vec<char> = article.text.chars().collect();
    let slice = |start: usize, end: usize| -> Result<String> {
        chars
            .get(start..end)
            .map(|c| c.iter().collect())
            .ok_or_else(|| outside(start, end))
    };
    for quote in &mut article.quotes {
        quote.text = slice(quote.start, quote.end)?;
        if let Some(m) = &mut quote.mention {
            m.text = slice(m.start, m.end)?;
        }
    }
    for figure in &mut article.figures {
        figure.text = slice(figure.start, figure.end)?;
    }
    Ok(())
}

/// Checks that the spans lie in a text `chars` long: the views cut them out of the text that
/// arrives later.
fn check_spans(article: &Article, chars: u64) -> Result<()> {
    let spans = article.quotes.iter().flat_map(|q| {
        std::iter::once((q.start, q.end)).chain(q.mention.as_ref().map(|m| (m.start, m.end)))
    });
    for (start, end) in spans.chain(article.figures.iter().map(|f| (f.start, f.end))) {
        if start > end || end as u64 > chars {
            return Err(outside(start, end));
        }
    }
    Ok(())
}

fn outside(start: usize, end: usize) -> Error {
    Error::Corrupt(format!("a span ({start}..{end}) lies outside its article"))
}
