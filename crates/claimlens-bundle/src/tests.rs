//! The format's round trips, its parts read alone and in pieces, and its errors.

use super::*;

fn sample() -> Vec<u8> {
    encode(&Bundle {
        story: None,
        analysis: Analysis::default(),
        index_files: vec![("b".into(), vec![1, 2, 3]), ("a".into(), vec![])],
        latin: vec![('ł', "l".into())],
    })
}

/// A bundle of a real analysis: two articles with quotes, a speaker and figures.
fn story() -> Bundle {
    use claimlens_core::{analyze, ArticleInput};
    let article = |id: &str, outlet: &str, text: &str| ArticleInput {
        id: id.into(),
        outlet: Some(outlet.into()),
        text: text.into(),
        ..Default::default()
    };
    let analysis = analyze(&[
        article(
            "a",
            "Ledger",
            "Mayor Ana Duarte said 48 people were rescued.\n\n“We are ready,” Duarte said.",
        ),
        article(
            "b",
            "Courier",
            "Officials said 52 people were rescued. “We are ready,” the mayor said.",
        ),
    ]);
    assert!(!analysis.articles[0].quotes.is_empty() && !analysis.claims.is_empty());
    Bundle {
        story: Some("Floods".into()),
        analysis,
        index_files: vec![
            ("a.idx".into(), vec![7; 300]),
            ("meta.json".into(), b"{}".to_vec()),
        ],
        latin: vec![('ł', "l".into())],
    }
}

fn in_pieces(bytes: &[u8], size: usize, parts: Parts) -> Result<Bundle> {
    let mut decoder = Decoder::new(parts);
    for piece in bytes.chunks(size) {
        decoder.push(piece)?;
    }
    decoder.finish()
}

#[test]
fn pieces_of_any_size_decode_like_the_whole() {
    let mut bundle = story();
    // More claims and statements than one section holds.
    let (claim, statement) = (
        bundle.analysis.claims[0].clone(),
        bundle.analysis.statements[0].clone(),
    );
    bundle.analysis.claims.resize(BATCH * 2 + 3, claim);
    bundle.analysis.statements.resize(BATCH + 1, statement);
    let bytes = encode(&bundle);
    assert_eq!(decode(&bytes).unwrap(), bundle);
    for size in [1, 2, 5, 9, 23, 27, 28, 29, 64, 333, bytes.len()] {
        assert_eq!(
            in_pieces(&bytes, size, Parts::ALL).unwrap(),
            bundle,
            "pieces of {size}"
        );
    }
}

#[test]
fn the_whole_is_the_parts_one_after_another_each_named_beside_the_head() {
    let parts = encode_parts(&story());
    assert_eq!(parts.whole(), encode(&story()));
    for part in Part::ALL {
        let bytes = parts.part(part);
        assert_eq!(&bytes[..8], &MAGIC);
        assert_eq!(
            u32::from_le_bytes(bytes[12..16].try_into().unwrap()),
            part.code()
        );
    }
    assert_eq!(part_url("claimlens.bundle", Part::Head), "claimlens.bundle");
    assert_eq!(
        part_url("claimlens.bundle", Part::Texts),
        "claimlens.texts.bundle"
    );
    assert_eq!(
        part_url("https://x.example/s/story.bundle?v=2", Part::Index),
        "https://x.example/s/story.index.bundle?v=2"
    );
    assert_eq!(
        part_url("data/story", Part::Texts),
        "data/story.texts.bundle"
    );
}

#[test]
fn the_head_alone_holds_no_text_and_no_index_and_the_texts_follow_it() {
    let bundle = story();
    let parts = encode_parts(&bundle);
    // The head is what the figures view waits for: no text, no index.
    assert!(parts.head.len() < encode(&bundle).len() / 2);
    let text = &bundle.analysis.articles[0].text;
    let words = text
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!parts
        .head
        .windows(words.len())
        .any(|w| w == words.as_bytes()));
    let mut decoder = Decoder::new(Parts::HEAD);
    for piece in parts.head.chunks(17) {
        decoder.push(piece).unwrap();
    }
    let (head, manifest) = decoder.finish_with_manifest().unwrap();
    assert!(head.index_files.is_empty());
    assert_eq!(head.analysis.claims, bundle.analysis.claims);
    assert_eq!(head.analysis.entities, bundle.analysis.entities);
    assert!(head.analysis.articles.iter().all(|a| a.text.is_empty()));
    let quote = &head.analysis.articles[0].quotes[0];
    assert!(quote.text.is_empty() && quote.end > quote.start);
    assert_eq!(manifest.articles(), 2);
    // The texts, later and alone, each handed over with its article's index.
    let texts = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let mut decoder = Decoder::after(&manifest, Parts::TEXTS).on_text({
        let texts = texts.clone();
        move |i, text| texts.borrow_mut().push((i, text))
    });
    for piece in parts.texts.chunks(5) {
        decoder.push(piece).unwrap();
    }
    decoder.finish().unwrap();
    let expected: Vec<(usize, String)> = bundle
        .analysis
        .articles
        .iter()
        .map(|a| a.text.clone())
        .enumerate()
        .collect();
    assert_eq!(*texts.borrow(), expected);
    // The index part is not the texts part.
    let mut decoder = Decoder::after(&manifest, Parts::TEXTS);
    assert_eq!(
        decoder.push(&parts.index),
        Err(Error::WrongPart {
            expected: Part::Texts
        })
    );
}

#[test]
fn a_part_of_another_build_or_missing_or_cut_short_says_so() {
    let bundle = story();
    let parts = encode_parts(&bundle);
    let mut other = bundle.clone();
    other.analysis.articles[0].text.push_str(" More.");
    let other = encode_parts(&other);
    let (_, manifest) = {
        let mut decoder = Decoder::new(Parts::HEAD);
        decoder.push(&parts.head).unwrap();
        decoder.finish_with_manifest().unwrap()
    };
    let mut decoder = Decoder::after(&manifest, Parts::TEXTS);
    assert_eq!(
        decoder.push(&other.texts),
        Err(Error::OtherBuild(Part::Texts))
    );
    assert!(Error::OtherBuild(Part::Texts)
        .to_string()
        .contains("article texts belongs to another build"));
    // The whole without its index.
    let without = [&parts.head[..], &parts.texts].concat();
    assert_eq!(decode(&without), Err(Error::MissingPart(Part::Index)));
    assert!(Error::MissingPart(Part::Index)
        .to_string()
        .contains("search index is missing"));
    // The texts cut short.
    let mut decoder = Decoder::after(&manifest, Parts::TEXTS);
    decoder.push(&parts.texts[..parts.texts.len() - 3]).unwrap();
    assert!(matches!(decoder.finish(), Err(Error::Truncated { .. })));
    // The texts given where the head belongs.
    assert_eq!(
        in_pieces(&parts.texts, 9, Parts::HEAD),
        Err(Error::WrongPart {
            expected: Part::Head
        })
    );
    // A damaged text fails its part's checksum as soon as the part ends.
    let mut damaged = parts.texts.clone();
    let last = damaged.len() - 2;
    damaged[last] ^= 1;
    let mut decoder = Decoder::after(&manifest, Parts::TEXTS);
    // The header's checksum is the one listed; the body is not what it sums to.
    assert_eq!(decoder.push(&damaged), Err(Error::Checksum));
}

#[test]
fn parts_not_kept_are_checked_but_not_held() {
    let bundle = story();
    let bytes = encode(&bundle);
    let search = in_pieces(&bytes, 50, Parts::SEARCH).unwrap();
    assert_eq!(search.index_files, bundle.index_files);
    assert!(search.analysis.claims.is_empty() && search.analysis.statements.is_empty());
    assert_eq!(search.analysis.entities, bundle.analysis.entities);
    assert_eq!(
        search.analysis.articles[1].text,
        bundle.analysis.articles[1].text
    );
    // Damage in the claims, which search does not keep, still fails the checksum.
    let head_len = encode_parts(&bundle).head.len();
    let mut damaged = bytes.clone();
    damaged[head_len - 1] ^= 1;
    assert_eq!(in_pieces(&damaged, 50, Parts::SEARCH), Err(Error::Checksum));
}

#[test]
fn damage_inside_a_section_reads_as_damage_not_as_a_parse_error() {
    let bytes = encode(&story());
    // A byte inside the first article: decoding it fails (or reads nonsense) before the
    // checksum is known; the error says the bundle is damaged.
    let mut damaged = bytes.clone();
    let at = HEADER_LEN + 200;
    damaged[at] = 0xff;
    assert_eq!(in_pieces(&damaged, 16, Parts::ALL), Err(Error::Checksum));
    assert_eq!(decode(&damaged), Err(Error::Checksum));
    // Written wrong (the checksum matches what was written): the error says what is wrong.
    let head_len = encode_parts(&story()).head.len();
    let mut rewritten = damaged.clone();
    let crc = crc32fast::hash(&damaged[HEADER_LEN..head_len]);
    rewritten[16..20].copy_from_slice(&crc.to_le_bytes());
    assert!(
        matches!(decode(&rewritten), Err(Error::Corrupt(_))),
        "{:?}",
        decode(&rewritten)
    );
}

#[test]
fn an_index_file_under_another_file_s_name_is_damage() {
    let mut bundle = story();
    bundle.index_files = vec![("a.idx".into(), vec![1; 40]), ("b.idx".into(), vec![2; 40])];
    let parts = encode_parts(&bundle);
    assert_eq!(decode(&parts.whole()).unwrap(), bundle);
    // Swap the two files' names where the files are (their last mention), and make the
    // checksum right again: each file is intact, but not the file its name says.
    let index = &parts.index;
    let last = |name: &[u8]| index.windows(name.len()).rposition(|w| w == name).unwrap();
    let mut swapped = index.clone();
    let (a, b) = (last(b"a.idx"), last(b"b.idx"));
    swapped[a..a + 5].copy_from_slice(b"b.idx");
    swapped[b..b + 5].copy_from_slice(b"a.idx");
    let crc = crc32fast::hash(&swapped[HEADER_LEN..]);
    swapped[16..20].copy_from_slice(&crc.to_le_bytes());
    let error = decode(&[&parts.head[..], &parts.texts, &swapped].concat()).unwrap_err();
    // The head lists the index's checksum: the rewritten part is not the one it lists.
    assert_eq!(error, Error::OtherBuild(Part::Index));
    let mut decoder = Decoder::starting(vec![Part::Index], Parts::ALL, None);
    let error = decoder.push(&swapped).unwrap_err();
    assert!(
        error.to_string().contains("not the one the story lists"),
        "{error}"
    );
}

#[test]
fn a_stream_longer_than_its_parts_say_stops_at_once() {
    let parts = encode_parts(&story());
    let mut bytes = parts.head.clone();
    bytes.push(0);
    let mut decoder = Decoder::new(Parts::HEAD);
    let (first, rest) = bytes.split_at(100);
    decoder.push(first).unwrap();
    assert_eq!(decoder.expected_len(), Some(parts.head.len() as u64));
    assert!(matches!(decoder.push(rest), Err(Error::Truncated { .. })));
}

#[test]
fn round_trip_and_deterministic_file_order() {
    let bytes = sample();
    let back = decode(&bytes).unwrap();
    assert_eq!(
        back.index_files
            .iter()
            .map(|f| f.0.as_str())
            .collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(encode(&back), bytes);
}

#[test]
fn damaged_bundles_name_the_problem() {
    let bytes = sample();
    assert_eq!(decode(&[]), Err(Error::Empty));
    let mut decoder = Decoder::new(Parts::HEAD);
    decoder.push(b"").unwrap();
    assert_eq!(decoder.finish(), Err(Error::Empty));
    assert_eq!(
        decode(b"<!DOCTYPE html><html><body>Not found</body></html>"),
        Err(Error::Html)
    );
    assert_eq!(decode(b"PK\x03\x04 some zip"), Err(Error::NotABundle));
    assert!(matches!(
        decode(&bytes[..bytes.len() - 1]),
        Err(Error::Truncated { .. })
    ));
    // The header alone says how long the part must be: the browser refuses a bundle too
    // large to open from its first bytes (web/src/hooks/use_story_loader.rs).
    let head = encode_parts(&story()).head;
    let mut decoder = Decoder::new(Parts::HEAD);
    decoder.push(&head[..HEADER_LEN]).unwrap();
    assert_eq!(decoder.expected_len(), Some(head.len() as u64));
    assert_eq!(
        decoder.finish(),
        Err(Error::Truncated {
            expected: head.len() as u64,
            found: HEADER_LEN as u64
        })
    );
    let mut corrupt = bytes.clone();
    let last = corrupt.len() - 1;
    corrupt[last] ^= 0xff;
    assert!(decode(&corrupt).is_err());
    let mut corrupt = bytes.clone();
    corrupt[HEADER_LEN + 3] ^= 0xff;
    assert_eq!(decode(&corrupt), Err(Error::Checksum));
    let mut other = bytes.clone();
    other[8..12].copy_from_slice(&99u32.to_le_bytes());
    assert_eq!(
        decode(&other),
        Err(Error::UnsupportedVersion {
            found: 99,
            supported: FORMAT_VERSION
        })
    );
    assert!(Error::UnsupportedVersion {
        found: 99,
        supported: 1
    }
    .to_string()
    .contains("version 99"));
}
