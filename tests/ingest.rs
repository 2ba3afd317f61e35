//! Reading real-world inputs: news pages (HTML), JSON and JSON Lines exports, wire copy in plain
//! text, Markdown, and the `claimlens.toml` manifest, on the fictional fixtures in
//! `tests/data/ingest/`.
//!
//! The extracted text of each page has a golden beside it (`*.expected`); after a deliberate
//! change, read the diff, then re-bless with `UPDATE_EXPECT=1 cargo test -p claimlens-tests ingest`.

use std::fs;
use std::path::{Path, PathBuf};

use claimlens_core::ArticleInput;
use claimlens_index_builder::{analyze_command, load_paths, Format, Status};
use claimlens_ingest::document::{self, Document, Kind, SkipReason};
use expect_test::expect_file;
use serde_json::Value;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ingest")
}

/// Reads one fixture as `claimlens analyze FILE` would, without a manifest.
fn read(name: &str) -> Vec<Result<Document, SkipReason>> {
    let path = data_dir().join(name);
    let kind = Kind::of(&path).expect("a kind claimlens reads");
    let bytes = fs::read(&path).unwrap();
    document::parse_file(name.to_owned(), Some(name.to_owned()), kind, bytes)
}

fn read_one(name: &str) -> Document {
    let mut outcomes = read(name);
    assert_eq!(outcomes.len(), 1, "{name} holds one article");
    outcomes
        .remove(0)
        .unwrap_or_else(|reason| panic!("{name} skipped: {reason}"))
}

/// The lines of `text`, which must include `expected` in this order.
fn assert_in_order(text: &str, expected: &[&str]) {
    let mut rest = text;
    for part in expected {
        let at = rest
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing, or out of order, in:\n{text}"));
        rest = &rest[at + part.len()..];
    }
}

fn assert_absent(text: &str, unwanted: &[&str]) {
    for part in unwanted {
        assert!(
            !text.contains(part),
            "{part:?} should be gone from:\n{text}"
        );
    }
}

#[test]
fn news_page_metadata_comes_from_json_ld_and_open_graph() {
    let doc = read_one("01-lakeside-herald.html");
    let input = &doc.input;
    // og:title wins over <title> (which carries the site name) and the JSON-LD headline.
    assert_eq!(
        input.title.as_deref(),
        Some("Dravenna dam breach forces evacuation of 40 homes")
    );
    assert_eq!(input.outlet.as_deref(), Some("Lakeside Herald"));
    // JSON-LD datePublished, an ISO timestamp, kept to the minute with its offset.
    assert_eq!(input.date.as_deref(), Some("2026-04-11T06:45+02:00"));
    // Both JSON-LD authors, not the single <meta name=author>.
    assert_eq!(input.author.as_deref(), Some("Ilse Marten, Tomas Reyk"));
    assert_eq!(
        input.url.as_deref(),
        Some("https://example.org/lakeside-herald/news/2026/apr/11/dravenna-dam-breach")
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn news_page_body_is_the_story_in_order_without_boilerplate() {
    let text = read_one("01-lakeside-herald.html").input.text;
    expect_file!["data/ingest/01-lakeside-herald.expected"].assert_eq(&text);
    // The headline and standfirst, then the story's paragraphs and subheading, in order, one
    // per line.
    assert_in_order(
        &text,
        &[
            "Dravenna dam breach forces evacuation of 40 homes\n",
            "Water from the Korvel reservoir poured into the lower town",
            "About 40 homes in the lower town of Dravenna were evacuated",
            "“Nobody was hurt, and that is what matters tonight.”\n",
            "volunteers handed out blankets and hot soup",
            "Warnings & repairs\n",
            "said Pavel Ostrik",
            "Repairs would take at least six weeks, he said.\n",
            "stay away from the riverbank until Monday.\n",
        ],
    );
    assert_absent(
        &text,
        &[
            // cookie banner, navigation, skip link, ads
            "cookies",
            "Accept all",
            "Politics",
            "Subscribe",
            "Skip to main content",
            "Advertisement",
            // byline and time under the headline, share bars, the photo caption
            "By Ilse Marten",
            "CEST",
            "Share on",
            "Copy link",
            "Photograph",
            "Residents wade",
            // inline related link, newsletter box, tags, related section, comments, sidebar
            "Korvel dam passed inspection",
            "morning briefing",
            "More on this story",
            "Storm warning",
            "Comments",
            "ignored every warning",
            "disgrace",
            "500 people",
            "Most read",
            "All rights reserved",
            // styles and scripts, including their JSON
            "stylesheet",
            "300 residents",
            "lives in a script",
            "@context",
        ],
    );
    assert!(!text.contains("\n\n") && text.ends_with(".\n"), "{text:?}");
    assert!(!text.contains('\u{a0}'), "no-break spaces become spaces");
}

#[test]
fn page_without_article_tags_is_read_from_its_largest_block() {
    let doc = read_one("02-valley-post.htm");
    let input = &doc.input;
    // No og:title and no JSON-LD: the <title>, without the site name after it.
    assert_eq!(
        input.title.as_deref(),
        Some("Governor puts Dravenna evacuation at more than 60 homes")
    );
    assert_eq!(input.outlet.as_deref(), Some("Valley Post"));
    assert_eq!(input.date.as_deref(), Some("2026-04-12T05:10Z"));
    assert_eq!(input.author.as_deref(), Some("Dana Kell"));
    assert_eq!(
        input.url.as_deref(),
        Some("https://example.org/valley-post/2026/04/12/governor-dravenna-evacuation")
    );

    let text = &input.text;
    expect_file!["data/ingest/02-valley-post.expected"].assert_eq(text);
    assert_in_order(
        text,
        &[
            "More than 60 homes were evacuated in Dravenna",
            "“The council counted the houses on Mill Street,” she said.",
            "Mayor Liesl Varga stood by the council’s figure.",
            "about 2 metres lower",
            "Place | People sheltered\nHill Road sports hall | 150\n",
        ],
    );
    // The pull quote repeats the story: once is enough, or the quote would count twice.
    assert_eq!(
        text.matches("We counted everyone who left the valley")
            .count(),
        1
    );
    assert_absent(
        text,
        &[
            "cookies",
            "I agree",
            "Home",
            "ADVERTISEMENT",
            "Related:",
            "Dam breach floods lower Dravenna",
            "Share this",
            "covers the northern valleys",
            "Tags:",
            "thoughts on",
            "inflating the numbers",
            "Most read",
            "Market Square",
            "300 homes",
            "Subscribers said",
        ],
    );
}

#[test]
fn wire_copy_gives_its_byline_date_and_agency_and_keeps_its_text() {
    let doc = read_one("03-orbis-wire.txt");
    let input = &doc.input;
    assert_eq!(
        input.title.as_deref(),
        Some("Dam breach floods Dravenna lower town; governor and mayor differ on evacuations")
    );
    assert_eq!(input.author.as_deref(), Some("Piet Losan"));
    // The date line is complete, so it wins over the dateline's "April 11".
    assert_eq!(input.date.as_deref(), Some("2026-04-11"));
    // The agency in the dateline's parentheses.
    assert_eq!(input.outlet.as_deref(), Some("Orbis"));
    // Nothing is removed: offsets point into the file as written.
    let file = fs::read_to_string(data_dir().join("03-orbis-wire.txt")).unwrap();
    assert_eq!(input.text, file);
}

#[test]
fn a_bad_json_line_is_skipped_by_line_and_the_others_load() {
    let outcomes = read("04-roundup.jsonl");
    let ids: Vec<&str> = outcomes
        .iter()
        .filter_map(|outcome| outcome.as_ref().ok())
        .map(|doc| doc.input.id.as_str())
        .collect();
    assert_eq!(ids, ["04-roundup.jsonl#1", "04-roundup.jsonl#3"]);
    let reasons: Vec<String> = outcomes
        .iter()
        .filter_map(|outcome| outcome.as_ref().err())
        .map(ToString::to_string)
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons[0].starts_with("line 2: not valid JSON: "),
        "{reasons:?}"
    );
    assert!(
        reasons[1].starts_with("line 4: no article text"),
        "{reasons:?}"
    );

    let first = &outcomes[0].as_ref().unwrap().input;
    assert_eq!(
        first.title.as_deref(),
        Some("Dravenna schools closed after dam breach")
    );
    // `source` as an object with a name, `publishedAt` as a timestamp.
    assert_eq!(first.outlet.as_deref(), Some("Korvel Valley Radio"));
    assert_eq!(first.date.as_deref(), Some("2026-04-12T11:30Z"));
    assert_eq!(first.author.as_deref(), Some("Lea Brandt"));
    assert!(first.text.starts_with("All three schools"));
    let third = &outcomes[2].as_ref().unwrap().input;
    // `headline`, `body`, `publisher`, a written date and a list of `authors`.
    assert_eq!(
        third.title.as_deref(),
        Some("Reservoir level falling, engineers say")
    );
    assert_eq!(third.outlet.as_deref(), Some("Korvel Valley Radio"));
    assert_eq!(third.date.as_deref(), Some("2026-04-12"));
    assert_eq!(third.author.as_deref(), Some("Lea Brandt, Jonas Peltz"));
    assert!(third.text.contains("14 pumps"));
}

#[test]
fn json_arrays_give_one_article_per_object() {
    let outcomes = read("05-feed.json");
    let inputs: Vec<&ArticleInput> = outcomes
        .iter()
        .map(|outcome| &outcome.as_ref().expect("both objects load").input)
        .collect();
    let ids: Vec<&str> = inputs.iter().map(|input| input.id.as_str()).collect();
    assert_eq!(ids, ["05-feed.json#1", "05-feed.json#2"]);
    assert_eq!(
        inputs[0].url.as_deref(),
        Some("https://example.org/nbd/insurers-dravenna")
    );
    assert!(inputs[0].text.starts_with("Three insurance companies"));
    assert_eq!(inputs[1].date.as_deref(), Some("2026-04-13T18:00+02:00"));
    assert!(inputs
        .iter()
        .all(|input| input.outlet.as_deref() == Some("Northern Business Daily")));
    assert!(inputs
        .iter()
        .all(|input| input.path.as_deref() == Some("05-feed.json")));
}

#[test]
fn markdown_front_matter_is_read_and_its_date_normalised() {
    let input = read_one("06-explainer.md").input;
    assert_eq!(
        input.title.as_deref(),
        Some("What we know about the Korvel dam")
    );
    assert_eq!(input.outlet.as_deref(), Some("Lakeside Herald"));
    assert_eq!(input.author.as_deref(), Some("Tomas Reyk"));
    // Written as "12 April 2026" in the front matter.
    assert_eq!(input.date.as_deref(), Some("2026-04-12"));
    assert!(input
        .text
        .starts_with("# What we know about the Korvel dam\n\nThe Korvel dam"));
}

#[test]
fn the_manifest_overrides_fields_and_names_the_story() {
    let loaded = load_paths(&[data_dir()]).unwrap();
    assert_eq!(
        loaded.story.as_deref(),
        Some("Korvel dam breach in Dravenna, April 2026")
    );
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let by_id = |id: &str| {
        loaded
            .inputs
            .iter()
            .find(|input| input.id == id)
            .unwrap_or_else(|| panic!("{id} not loaded"))
    };
    // A file's entry: outlet and url replaced, what it does not name kept from the file.
    let wire = by_id("03-orbis-wire.txt");
    assert_eq!(wire.outlet.as_deref(), Some("Orbis Newswire"));
    assert_eq!(
        wire.url.as_deref(),
        Some("https://example.org/orbis/2026/04/11/dravenna-dam")
    );
    assert_eq!(wire.author.as_deref(), Some("Piet Losan"));
    // One article of a file, by its id suffix; its neighbour is untouched.
    assert_eq!(
        by_id("04-roundup.jsonl#3").title.as_deref(),
        Some("Korvel reservoir level falling")
    );
    assert_eq!(
        by_id("04-roundup.jsonl#1").title.as_deref(),
        Some("Dravenna schools closed after dam breach")
    );
    // A file's entry applies to every article in it.
    for id in ["05-feed.json#1", "05-feed.json#2"] {
        assert_eq!(by_id(id).author.as_deref(), Some("Staff reporter"), "{id}");
    }
    assert_eq!(
        by_id("05-feed.json#2").title.as_deref(),
        Some("Volunteers thanked")
    );
    // The page not named in the manifest keeps what it says.
    assert_eq!(
        by_id("02-valley-post.htm").author.as_deref(),
        Some("Dana Kell")
    );
}

/// The CLI reading a folder and the browser's `#/open` given the same files by name (the
/// manifest among them) give the same articles, story and warnings (issue 18).
#[test]
fn the_cli_and_the_browser_apply_a_manifest_alike() {
    let mut cli = load_paths(&[data_dir()]).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(data_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| Kind::of_name(name).is_some() || name == "claimlens.toml")
        .map(|name| {
            let bytes = fs::read(data_dir().join(&name)).unwrap();
            (name, bytes)
        })
        .collect();
    // The order they are chosen in does not matter.
    files.reverse();
    let mut page = claimlens_build::read_files(files, |_, _, _| {});
    assert_eq!(page.story, cli.story);
    assert!(page.story.is_some());
    // Paths differ (the CLI's is on disk, the page's is the name); all else is the same.
    for input in cli.inputs.iter_mut().chain(page.inputs.iter_mut()) {
        input.path = None;
    }
    assert_eq!(page.inputs, cli.inputs);
    let by_id = |id: &str| page.inputs.iter().find(|a| a.id == id).unwrap().clone();
    assert_eq!(
        by_id("03-orbis-wire.txt").outlet.as_deref(),
        Some("Orbis Newswire")
    );
    assert_eq!(
        by_id("04-roundup.jsonl#3").title.as_deref(),
        Some("Korvel reservoir level falling")
    );
    let page_skipped: Vec<&str> = page.skipped.iter().map(|s| s.reason.as_str()).collect();
    let cli_skipped: Vec<&str> = cli.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(page_skipped, cli_skipped);
    let cli_warnings: Vec<&str> = cli.warnings.iter().map(|w| w.message.as_str()).collect();
    let page_warnings: Vec<&str> = page.warnings.iter().map(|(_, w)| w.as_str()).collect();
    assert_eq!(page_warnings, cli_warnings);
    assert_eq!(
        claimlens_core::analyze(&page.inputs),
        claimlens_core::analyze(&cli.inputs)
    );

    // An entry that matches no file is reported by both.
    let dir = tempfile::tempdir().unwrap();
    let manifest =
        "story = \"S\"\n[files.\"a.txt\"]\noutlet = \"X\"\n[files.\"gone.html\"]\ntitle = \"T\"\n";
    fs::write(dir.path().join("a.txt"), "Headline\n\nBody text.\n").unwrap();
    fs::write(dir.path().join("claimlens.toml"), manifest).unwrap();
    let cli = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let page = claimlens_build::read_files(
        vec![
            ("claimlens.toml".into(), manifest.into()),
            ("a.txt".into(), b"Headline\n\nBody text.\n".to_vec()),
        ],
        |_, _, _| {},
    );
    assert_eq!(page.inputs[0].outlet, cli.inputs[0].outlet);
    assert_eq!(page.warnings.len(), 1);
    assert_eq!(page.warnings[0].1, cli.warnings[0].message);
}

#[test]
fn manifest_mistakes_are_reported_and_the_articles_still_load() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Headline\n\nBody text.\n").unwrap();
    fs::write(
        dir.path().join("claimlens.toml"),
        "story = \"S\"\n[files.\"a.txt\"]\noutlet = \"X\"\n[files.\"gone.html\"]\ntitle = \"T\"\n",
    )
    .unwrap();
    let loaded = load_paths(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(loaded.inputs[0].outlet.as_deref(), Some("X"));
    let messages: Vec<&str> = loaded.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(messages, ["no article matches the entry \"gone.html\""]);

    fs::write(
        dir.path().join("claimlens.toml"),
        "story = \"S\"\n\n[files.\"a.txt\"]\noulet = \"X\"\n",
    )
    .unwrap();
    let loaded = load_paths(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(
        loaded.inputs.len(),
        1,
        "the article is read without the manifest"
    );
    assert_eq!(loaded.inputs[0].outlet, None);
    assert_eq!(loaded.story, None);
    assert_eq!(loaded.skipped.len(), 1);
    assert!(loaded.skipped[0].path.ends_with("claimlens.toml"));
    assert!(
        loaded.skipped[0]
            .reason
            .starts_with("manifest not applied: line 4: unknown field `oulet`"),
        "{}",
        loaded.skipped[0].reason
    );
}

#[test]
fn analyze_reads_every_format_and_offsets_point_into_the_extracted_text() {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let status = analyze_command(&[data_dir()], Format::Json, &mut out, &mut err).unwrap();
    let err = String::from_utf8(err).unwrap();
    assert_eq!(
        status,
        Status::Partial,
        "two JSON lines are skipped:\n{err}"
    );
    assert!(
        err.contains("04-roundup.jsonl: line 2: not valid JSON"),
        "{err}"
    );
    assert!(
        err.contains("04-roundup.jsonl: line 4: no article text"),
        "{err}"
    );

    let analysis: Value = serde_json::from_slice(&out).unwrap();
    let articles = analysis["articles"].as_array().unwrap();
    let ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "01-lakeside-herald.html",
            "02-valley-post.htm",
            "03-orbis-wire.txt",
            "04-roundup.jsonl#1",
            "04-roundup.jsonl#3",
            "05-feed.json#1",
            "05-feed.json#2",
            "06-explainer.md",
        ]
    );
    let mut quotes = 0;
    for article in articles {
        let chars: Vec<char> = article["text"].as_str().unwrap().chars().collect();
        for quote in article["quotes"].as_array().unwrap() {
            let start = quote["start"].as_u64().unwrap() as usize;
            let end = quote["end"].as_u64().unwrap() as usize;
            let at: String = chars[start..end].iter().collect();
            assert_eq!(at, quote["text"].as_str().unwrap(), "in {}", article["id"]);
            quotes += 1;
        }
    }
    assert!(quotes >= 6, "the pages' quotes are found ({quotes})");
    // The mayor's line is quoted by two pages; the comment section's quotes are not there.
    let varga = analysis["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entity| entity["name"] == "Liesl Varga")
        .expect("the mayor is an entity");
    let said_by_varga = articles
        .iter()
        .flat_map(|article| article["quotes"].as_array().unwrap())
        .filter(|quote| quote["speaker"] == varga["id"])
        .count();
    assert!(said_by_varga >= 3, "{said_by_varga} quotes by the mayor");
    let all_quotes: String = articles
        .iter()
        .flat_map(|article| article["quotes"].as_array().unwrap())
        .map(|quote| quote["text"].as_str().unwrap())
        .collect();
    assert!(!all_quotes.contains("disgrace") && !all_quotes.contains("inflating"));
}

/// A page with `n` paragraphs inside the usual page furniture.
fn huge_page(n: usize, close_paragraphs: bool) -> String {
    let mut html = String::from(
        "<!doctype html><html><head><title>Long page</title></head><body>\
         <nav><a href=/>Home</a></nav><article><h1>Long page</h1>",
    );
    for i in 0..n {
        if close_paragraphs {
            html.push_str(&format!(
                "<p>Paragraph {i} says the council counted {i} homes.</p>\n"
            ));
        } else {
            // Never closed: each paragraph nests one level deeper.
            html.push_str(&format!(
                "<div class=para>Paragraph {i} says the council counted {i} homes.\n"
            ));
        }
    }
    if close_paragraphs {
        html.push_str("<section class=comments><p>A comment.</p></section>");
    }
    html.push_str("</article></body></html>");
    html
}

#[test]
fn a_page_of_100k_paragraphs_is_read_whole() {
    for close_paragraphs in [true, false] {
        let n = 100_000;
        let html = huge_page(n, close_paragraphs);
        let doc = document::parse_file("huge.html".into(), None, Kind::Html, html.into_bytes())
            .remove(0)
            .unwrap();
        let text = &doc.input.text;
        assert_eq!(
            text.lines().count(),
            n + 1,
            "headline and every paragraph, one per line"
        );
        assert!(text.starts_with("Long page\nParagraph 0 says"));
        assert!(text.ends_with(&format!(
            "Paragraph {} says the council counted {} homes.\n",
            n - 1,
            n - 1
        )));
        if close_paragraphs {
            assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
        } else {
            assert!(
                doc.warnings[0].contains("nests elements more than"),
                "{:?}",
                doc.warnings
            );
        }
    }
}

/// A small deterministic generator, so that a failure can be reproduced.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn no_bytes_make_a_reader_panic() {
    let kinds = [
        Kind::Html,
        Kind::Json,
        Kind::JsonLines,
        Kind::PlainText,
        Kind::Markdown,
    ];
    let mut inputs: Vec<Vec<u8>> = vec![
        b"<".to_vec(),
        b"<html><body><p>".to_vec(),
        b"<svg><title>x</title></svg><table><b><tr><td>cell</b></table><a><p>x</a>".to_vec(),
        b"<script type=application/ld+json>{\"@graph\":[{\"@id\":1},{\"author\":{\"@id\":1}}]}</script>".to_vec(),
        b"<script type=application/ld+json>[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>".to_vec(),
        "<table>".repeat(3_000).into_bytes(),
        "<b id=x><i>".repeat(3_000).into_bytes(),
        "[".repeat(10_000).into_bytes(),
        b"By \xC2\xB7\nMINSK, (x) -\n2026-02-31T\n".to_vec(),
        b"{\"text\":\"x\",\"authors\":[{\"name\":1}]}\n[1]\n\"s\"\n".to_vec(),
        b"\xEF\xBB\xBF".to_vec(),
    ];
    let mut fixtures = Vec::new();
    for entry in fs::read_dir(data_dir()).unwrap() {
        fixtures.push(fs::read(entry.unwrap().path()).unwrap());
    }
    let mut random = Lcg(7);
    for fixture in &fixtures {
        // Cut short anywhere (even inside a UTF-8 sequence) ...
        for _ in 0..20 {
            inputs.push(fixture[..random.below(fixture.len() + 1)].to_vec());
        }
        // ... or with markup characters scattered through it.
        for _ in 0..20 {
            let mut mutated = fixture.clone();
            for _ in 0..30 {
                let at = random.below(mutated.len().max(1));
                let byte = b"<>/\"'{}[],:\n-#&;="[random.below(17)];
                if at < mutated.len() && mutated[at].is_ascii() {
                    mutated[at] = byte;
                }
            }
            inputs.push(mutated);
        }
    }
    for _ in 0..50 {
        let len = random.below(400);
        inputs.push((0..len).map(|_| random.below(256) as u8).collect());
    }
    for (index, bytes) in inputs.iter().enumerate() {
        for kind in kinds {
            let outcome = std::panic::catch_unwind(|| {
                document::parse_file("x".into(), None, kind, bytes.clone())
            });
            assert!(outcome.is_ok(), "input {index} as {kind:?} panicked");
        }
    }
}
