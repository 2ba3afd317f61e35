//! Where the reader is, as it appears in the URL hash: the view, the query and its filters, the
//! selected speaker, claim or article, and the quote or figure marked on it (a permalink).
//! Parsing never fails; printing then parsing gives back the same route, so a shared link
//! restores the same view.
//!
//! ```text
//! #/search?q=Krevitsky&outlet=Harbor%20Ledger&speaker=anatol-krevytsky&date=2026-03-14
//! #/figures                 #/figures/c1        #/figures/c1?figure=4:003.txt
//! #/speakers                #/speakers/anatol-krevytsky?quote=2:003.txt
//! #/read/003.txt?at=120     #/read/003.txt?quote=2   (the query rides along on every view)
//! ```

/// The views of the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Search,
    Figures,
    Speakers,
    Reader,
}

impl View {
    fn segment(self) -> &'static str {
        match self {
            View::Search => "search",
            View::Figures => "figures",
            View::Speakers => "speakers",
            View::Reader => "read",
        }
    }
}

/// A quote or a figure is what a permalink points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Quote,
    Figure,
}

impl ItemKind {
    fn key(self) -> &'static str {
        match self {
            ItemKind::Quote => "quote",
            ItemKind::Figure => "figure",
        }
    }
}

/// One quote or figure: the `index`-th of its kind in the article `article`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: ItemKind,
    pub article: String,
    pub index: usize,
}

impl Item {
    pub fn quote(article: &str, index: usize) -> Item {
        Item {
            kind: ItemKind::Quote,
            article: article.to_string(),
            index,
        }
    }

    pub fn figure(article: &str, index: usize) -> Item {
        Item {
            kind: ItemKind::Figure,
            article: article.to_string(),
            index,
        }
    }

    /// Whether this is the `index`-th quote or figure of `article`.
    pub fn is(&self, kind: ItemKind, article: &str, index: usize) -> bool {
        self.kind == kind && self.index == index && self.article == article
    }

    /// Reads `4:003.txt` (an index, a colon, an article id), or a bare index in the article
    /// `here` (the reader's). `None` when it says nothing readable.
    fn parse(value: &str, here: Option<&str>, kind: ItemKind) -> Option<Item> {
        let (index, article) = match value.split_once(':') {
            Some((index, article)) => (index, article),
            None => (value, here?),
        };
        Some(Item {
            kind,
            article: article.to_string(),
            index: index.parse().ok()?,
        })
    }
}

/// Everything the URL hash says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    /// The words typed into the search box.
    pub query: String,
    /// Facet filters chosen by clicking: an outlet name, a speaker's entity id, a date
    /// (`YYYY-MM-DD`).
    pub outlet: Option<String>,
    pub speaker_filter: Option<String>,
    pub date: Option<String>,
    /// The claim shown on the figures view, the speaker on the speakers view, the article in the
    /// reader (ids from the analysis).
    pub selected: Option<String>,
    /// In the reader: the char offset to bring into view.
    pub at: Option<usize>,
    /// The quote or figure marked and brought into view: in the reader, on a claim's page or on
    /// a speaker's page.
    pub item: Option<Item>,
}

impl Route {
    pub fn search(query: &str) -> Route {
        Route {
            query: query.to_string(),
            ..Route::default()
        }
    }

    /// The figures view, or one claim on it.
    pub fn figures(claim: Option<&str>) -> Route {
        Route {
            view: View::Figures,
            selected: claim.map(str::to_string),
            ..Route::default()
        }
    }

    /// The speakers list, or one speaker's page.
    pub fn speakers(speaker: Option<&str>) -> Route {
        Route {
            view: View::Speakers,
            selected: speaker.map(str::to_string),
            ..Route::default()
        }
    }

    /// An article in the reader, scrolled to a char offset.
    pub fn reader(article: &str, at: Option<usize>) -> Route {
        Route {
            view: View::Reader,
            selected: Some(article.to_string()),
            at,
            ..Route::default()
        }
    }

    /// A quote's permalink: the reader with the quote marked.
    pub fn quote_in_article(article: &str, index: usize) -> Route {
        Route {
            item: Some(Item::quote(article, index)),
            ..Route::reader(article, None)
        }
    }

    /// A figure's permalink: its claim's page with the figure marked, or, for a figure grouped
    /// into no claim, the reader with the figure marked.
    pub fn figure_permalink(claim: Option<&str>, article: &str, index: usize) -> Route {
        let at = match claim {
            Some(claim) => Route::figures(Some(claim)),
            None => Route::reader(article, None),
        };
        Route {
            item: Some(Item::figure(article, index)),
            ..at
        }
    }

    /// A quote on a speaker's page: the page with the quote's statement marked.
    pub fn quote_of_speaker(speaker: &str, article: &str, index: usize) -> Route {
        Route {
            item: Some(Item::quote(article, index)),
            ..Route::speakers(Some(speaker))
        }
    }

    /// The same route with the search (query and filters) of `other`, so that moving between
    /// views keeps what was searched and "back to search" finds it again.
    pub fn keeping_search(mut self, other: &Route) -> Route {
        self.query = other.query.clone();
        self.outlet = other.outlet.clone();
        self.speaker_filter = other.speaker_filter.clone();
        self.date = other.date.clone();
        self
    }

    /// The search view with this route's query and filters.
    pub fn to_search(&self) -> Route {
        Route {
            view: View::Search,
            ..Route::default()
        }
        .keeping_search(self)
    }

    /// Reads a location hash (with or without its leading `#`). Anything unreadable falls back
    /// to the search view, keeping whatever could be read.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = hash.strip_prefix('/').unwrap_or(hash);
        let (path, params) = hash.split_once('?').unwrap_or((hash, ""));
        let mut segments = path.splitn(2, '/');
        let view = match segments.next().unwrap_or("") {
            "figures" | "claims" => View::Figures,
            "speakers" | "speaker" => View::Speakers,
            "read" | "article" => View::Reader,
            _ => View::Search,
        };
        let selected = segments
            .next()
            .map(decode)
            .filter(|s| !s.is_empty() && view != View::Search);
        let mut route = Route {
            view,
            selected,
            ..Route::default()
        };
        for pair in params.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "q" => route.query = value,
                "outlet" if !value.is_empty() => route.outlet = Some(value),
                "speaker" if !value.is_empty() => route.speaker_filter = Some(value),
                "date" if !value.is_empty() => route.date = Some(value),
                "at" => route.at = value.parse().ok(),
                "quote" | "figure" => {
                    let kind = if key == "quote" {
                        ItemKind::Quote
                    } else {
                        ItemKind::Figure
                    };
                    let here = route
                        .selected
                        .as_deref()
                        .filter(|_| route.view == View::Reader);
                    route.item = Item::parse(&value, here, kind);
                }
                _ => {}
            }
        }
        // A reader without an article has nothing to show: fall back to the search.
        if route.view == View::Reader && route.selected.is_none() {
            route.view = View::Search;
            route.at = None;
        }
        if route.view != View::Reader {
            route.at = None;
        }
        // An item is marked on a page that shows one article, claim or speaker.
        if route.selected.is_none() || route.view == View::Search {
            route.item = None;
        }
        route
    }

    /// The location hash for this route, starting with `#`.
    pub fn to_hash(&self) -> String {
        let mut out = format!("#/{}", self.view.segment());
        if let Some(selected) = self
            .selected
            .as_deref()
            .filter(|_| self.view != View::Search)
        {
            out.push('/');
            out.push_str(&encode(selected));
        }
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(at) = self.at.filter(|_| self.view == View::Reader) {
            params.push(("at", at.to_string()));
        }
        if let Some(item) = self
            .item
            .as_ref()
            .filter(|_| self.view != View::Search && self.selected.is_some())
        {
            // In the reader, an item of the article read is written by its index alone.
            let value =
                if self.view == View::Reader && self.selected.as_ref() == Some(&item.article) {
                    item.index.to_string()
                } else {
                    format!("{}:{}", item.index, encode(&item.article))
                };
            params.push((item.kind.key(), value));
        }
        if !self.query.is_empty() {
            params.push(("q", encode(&self.query)));
        }
        if let Some(outlet) = &self.outlet {
            params.push(("outlet", encode(outlet)));
        }
        if let Some(speaker) = &self.speaker_filter {
            params.push(("speaker", encode(speaker)));
        }
        if let Some(date) = &self.date {
            params.push(("date", encode(date)));
        }
        for (i, (key, value)) in params.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            out.push_str(value);
        }
        out
    }

    /// The query the search engine runs: the chosen facets as filters, then the typed words.
    /// The words go last because the engine reads the last word as a prefix only when the input
    /// ends in it (search as you type).
    pub fn engine_query(&self) -> String {
        let mut parts = Vec::new();
        // Quoted so that a value with spaces stays one filter (outlet:"The Ledger").
        if let Some(outlet) = &self.outlet {
            parts.push(format!("outlet:\"{}\"", outlet.replace('"', "")));
        }
        if let Some(speaker) = &self.speaker_filter {
            parts.push(format!("speaker:\"{}\"", speaker.replace('"', "")));
        }
        // A date has no spaces or quotes to protect; anything else is not a date filter.
        if let Some(date) = self.date.as_deref().filter(|d| {
            !d.is_empty()
                && d.chars()
                    .all(|c| c.is_ascii_digit() || c == '-' || c == '.')
        }) {
            parts.push(format!("date:{date}"));
        }
        let words = self.query.trim_start();
        if !words.trim().is_empty() {
            parts.push(words.to_string());
        }
        parts.join(" ")
    }

    /// True when `next` only retypes this route's query: the same view, item, filters and
    /// place, another query. The address bar catches up with such a change once typing pauses.
    pub fn refined_by(&self, next: &Route) -> bool {
        self.query != next.query
            && Route {
                query: next.query.clone(),
                ..self.clone()
            } == *next
    }

    /// True when there is something to search for.
    pub fn has_search(&self) -> bool {
        !self.query.trim().is_empty()
            || self.outlet.is_some()
            || self.speaker_filter.is_some()
            || self.date.is_some()
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), so any id or query survives
/// the hash, the address bar and being pasted into a message.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes percent escapes and `+` (a space, as forms write it). Malformed escapes and invalid
/// UTF-8 are kept as they are rather than failing.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_round_trips() {
        let routes = [
            Route::default(),
            Route::search("Krevitskaja"),
            Route {
                outlet: Some("The Ledger".into()),
                speaker_filter: Some("yelena-krevitskaya".into()),
                date: Some("2025-12-13".into()),
                ..Route::search("\"political prisoners\" -Morosk")
            },
            Route::figures(None),
            Route::figures(Some("c1")),
            Route::speakers(Some("ilka-jansk")),
            Route::reader("bbc/2025-12-13 news.md", Some(120))
                .keeping_search(&Route::search("Krevitsky")),
            Route::search("Калеснікава & 100% «x»"),
            Route::quote_in_article("bbc/2025-12-13 news.md", 3),
            Route::figure_permalink(Some("c1"), "bbc/2025-12-13 news.md", 0),
            Route::figure_permalink(None, "a:b & c.md", 12).keeping_search(&Route::search("x")),
            Route::quote_of_speaker("yelena-krevitskaya", "ap/1.md", 7),
            Route {
                item: Some(Item::quote("other.md", 2)),
                ..Route::reader("this.md", Some(40))
            },
        ];
        for route in routes {
            let hash = route.to_hash();
            assert_eq!(Route::parse(&hash), route, "{hash}");
        }
    }

    #[test]
    fn hashes_read_as_people_type_them() {
        assert_eq!(Route::parse(""), Route::default());
        assert_eq!(Route::parse("#"), Route::default());
        assert_eq!(
            Route::parse("#/speakers/yelena-krevitskaya")
                .selected
                .as_deref(),
            Some("yelena-krevitskaya")
        );
        assert_eq!(Route::parse("#figures/c2"), Route::figures(Some("c2")));
        assert_eq!(
            Route::parse("#/search?q=free+prisoners").query,
            "free prisoners"
        );
        assert_eq!(
            Route::parse("#/read/a%2Fb.md?at=7"),
            Route::reader("a/b.md", Some(7))
        );
    }

    #[test]
    fn nonsense_falls_back_to_the_search() {
        assert_eq!(Route::parse("#/nowhere/at/all").view, View::Search);
        assert_eq!(Route::parse("#/read"), Route::default());
        assert_eq!(Route::parse("#/read/x?at=soon"), Route::reader("x", None));
        assert_eq!(Route::parse("#/search?q=100%"), Route::search("100%"));
        assert_eq!(Route::parse("#/search?q=%zz%e2%82").query, "%zz\u{fffd}");
        // A position only means something in the reader.
        assert_eq!(Route::parse("#/figures?at=5").at, None);
    }

    #[test]
    fn permalinks_name_the_item_and_its_article() {
        assert_eq!(
            Route::quote_in_article("a/b.md", 3).to_hash(),
            "#/read/a%2Fb.md?quote=3"
        );
        assert_eq!(
            Route::figure_permalink(Some("c4"), "a/b.md", 0).to_hash(),
            "#/figures/c4?figure=0:a%2Fb.md"
        );
        assert_eq!(
            Route::figure_permalink(None, "x.md", 5).to_hash(),
            "#/read/x.md?figure=5"
        );
        assert_eq!(
            Route::quote_of_speaker("yelena-krevitskaya", "x.md", 1).to_hash(),
            "#/speakers/yelena-krevitskaya?quote=1:x.md"
        );
        // As typed or pasted: the article id unescaped, or with a colon of its own.
        assert_eq!(
            Route::parse("#/figures/c4?figure=0:a/b.md").item,
            Some(Item::figure("a/b.md", 0))
        );
        assert_eq!(
            Route::parse("#/speakers/x?quote=2:news:1.md").item,
            Some(Item::quote("news:1.md", 2))
        );
        let marked = Route::parse("#/read/x.md?quote=4");
        assert!(marked
            .item
            .as_ref()
            .is_some_and(|i| i.is(ItemKind::Quote, "x.md", 4)));
        assert!(!marked
            .item
            .as_ref()
            .is_some_and(|i| i.is(ItemKind::Figure, "x.md", 4)));
    }

    #[test]
    fn an_item_that_cannot_be_read_or_placed_is_dropped() {
        // No index, no article outside the reader, no page to mark it on.
        assert_eq!(Route::parse("#/read/x?quote=first").item, None);
        assert_eq!(Route::parse("#/figures/c1?figure=3").item, None);
        assert_eq!(Route::parse("#/figures?figure=3:x").item, None);
        assert_eq!(Route::parse("#/speakers?quote=3:x").item, None);
        assert_eq!(Route::parse("#/search?q=a&quote=3:x"), Route::search("a"));
        assert_eq!(Route::parse("#/figures/c1?figure=-1:x").item, None);
        assert_eq!(
            Route::parse("#/figures/c1?figure=:x"),
            Route::figures(Some("c1"))
        );
    }

    #[test]
    fn the_printed_hash_is_canonical() {
        assert_eq!(Route::default().to_hash(), "#/search");
        assert_eq!(Route::search("a b").to_hash(), "#/search?q=a%20b");
        assert_eq!(
            Route::reader("x", Some(3))
                .keeping_search(&Route::search("q"))
                .to_hash(),
            "#/read/x?at=3&q=q"
        );
    }

    #[test]
    fn facets_become_engine_filters_ahead_of_the_typed_words() {
        assert_eq!(Route::search("Kolesn").engine_query(), "Kolesn");
        let filtered = Route {
            outlet: Some("The Ledger".into()),
            speaker_filter: Some("yelena-krevitskaya".into()),
            date: Some("2025-12-13".into()),
            ..Route::search("Kolesn")
        };
        assert_eq!(
            filtered.engine_query(),
            "outlet:\"The Ledger\" speaker:\"yelena-krevitskaya\" date:2025-12-13 Kolesn"
        );
        // A date from a doctored link that is not a date is left out, not sent as words.
        let odd = Route {
            date: Some("2025 OR x".into()),
            ..Route::search("Kolesn")
        };
        assert_eq!(odd.engine_query(), "Kolesn");
        let only_filter = Route {
            outlet: Some("BBC".into()),
            ..Route::default()
        };
        assert_eq!(only_filter.engine_query(), "outlet:\"BBC\"");
        assert!(only_filter.has_search());
        assert!(!Route::search("  ").has_search());
    }

    #[test]
    fn moving_between_views_keeps_the_search() {
        let searched = Route {
            outlet: Some("BBC".into()),
            ..Route::search("Krevitsky")
        };
        let figures = Route::figures(Some("c1")).keeping_search(&searched);
        assert_eq!(figures.to_search(), searched);
    }

    #[test]
    fn only_a_retyped_query_is_a_refinement() {
        let typed = Route::search("Kal");
        assert!(typed.refined_by(&Route::search("Krevitskaja")));
        assert!(!typed.refined_by(&typed));
        let filtered = Route {
            outlet: Some("BBC".into()),
            ..Route::search("Kal")
        };
        assert!(!typed.refined_by(&filtered));
        let elsewhere = Route::figures(None).keeping_search(&Route::search("Kale"));
        assert!(!typed.refined_by(&elsewhere));
    }
}
