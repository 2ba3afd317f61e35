//! Queries whose answers are known by construction, for comparing search engines on a synthetic
//! corpus (`bench/compare.sh`): each query has a class (single word, two words, phrase, prefix,
//! one-edit typo, a name in another transliteration, no answer) and the articles that answer
//! it, found in the generated text and in the generator's own spellings of its people, never
//! by asking an engine.

use std::collections::{BTreeMap, BTreeSet};

use super::{generate, spell_with, Spec, World, STYLES};
use crate::rng::XorShift;

/// The query classes, in report order.
pub const CLASSES: [&str; 7] = [
    "word",
    "two-words",
    "phrase",
    "prefix",
    "typo",
    "variant",
    "none",
];

/// One query and the articles (slugs) that answer it; `expect` is empty for class `none`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub class: &'static str,
    pub query: String,
    pub expect: Vec<String>,
}

/// How a reader might spell a name: rules taken from different outlets' styles (`STYLES`), so
/// every part is a transliteration the corpus uses, but the whole word is in no article.
const READER_STYLE: &[(&str, &str)] = &[
    ("tsky", "tski"),
    ("sky", "skiy"),
    ("kh", "ch"),
    ("ts", "c"),
    ("ya", "ia"),
    ("yu", "ju"),
    ("iy", "y"),
    ("zh", "z"),
    ("ie", "ye"),
    ("ov", "off"),
];

/// Everyday words no synthetic article uses; a candidate is kept only if no word of the
/// corpus is within two edits of it or starts with it, so fuzzy and prefix matching find nothing.
const ABSENT: &[&str] = &[
    "zeppelin",
    "saxophone",
    "quasar",
    "marmalade",
    "origami",
    "tuxedo",
    "kangaroo",
    "lullaby",
    "trombone",
    "avocado",
    "pyjamas",
    "walrus",
    "jukebox",
    "nebula",
    "paprika",
    "sherbet",
    "tambourine",
    "yodelling",
    "flamingo",
    "cinnamon",
    "hammock",
    "igloo",
    "kimono",
    "pelican",
];

/// `per_class` queries of each class (fewer where the corpus has too few candidates), in class
/// order, for the corpus of `spec`. Deterministic for a spec.
pub fn labelled_queries(spec: &Spec, per_class: usize) -> Vec<Labelled> {
    let world = World::new(spec);
    let articles = generate(spec);
    let docs: Vec<Vec<String>> = articles
        .iter()
        .map(|a| {
            let mut words = tokens(&a.title);
            for p in &a.paragraphs {
                words.extend(tokens(p));
            }
            words
        })
        .collect();
    let mut index: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (i, doc) in docs.iter().enumerate() {
        for word in doc {
            index.entry(word.as_str()).or_default().insert(i);
        }
    }
    let slugs = |set: &BTreeSet<usize>| -> Vec<String> {
        set.iter().map(|&i| articles[i].slug.clone()).collect()
    };
    // A query answered by more than a twentieth of the corpus says little about ranking.
    let cap = (spec.articles / 20).max(3);
    let alphabetic = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
    // Words answered by few articles, in a fixed order: the pool for words, prefixes and typos.
    let rare: Vec<&str> = index
        .iter()
        .filter(|(w, set)| w.len() >= 5 && alphabetic(w) && set.len() <= cap)
        .map(|(w, _)| *w)
        .collect();
    let mut rng = XorShift::new(spec.seed ^ 0x0043_4F4D_5041_5245);
    let mut out = Vec::new();
    let tries = per_class * 50;

    // Single words.
    let start = out.len();
    for _ in 0..tries {
        if out.len() - start >= per_class || rare.is_empty() {
            break;
        }
        let word = *rng.pick(&rare);
        push(&mut out, "word", word.to_string(), slugs(&index[word]));
    }

    // Two words of one article, each common enough alone, together in few articles.
    let start = out.len();
    for _ in 0..tries {
        if out.len() - start >= per_class {
            break;
        }
        let doc = &docs[rng.below(docs.len())];
        let (a, b) = (rng.pick(doc).as_str(), rng.pick(doc).as_str());
        if a == b || a.len() < 5 || b.len() < 5 || !alphabetic(a) || !alphabetic(b) {
            continue;
        }
        let both: BTreeSet<usize> = index[a].intersection(&index[b]).copied().collect();
        if index[a].len() > cap && index[b].len() > cap && both.len() <= cap {
            push(&mut out, "two-words", format!("{a} {b}"), slugs(&both));
        }
    }

    // Three consecutive words of a paragraph (no punctuation between them), quoted.
    let start = out.len();
    for _ in 0..tries {
        if out.len() - start >= per_class {
            break;
        }
        let article = &articles[rng.below(articles.len())];
        let paragraph = rng.pick(&article.paragraphs);
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        if words.len() < 3 {
            continue;
        }
        let at = rng.below(words.len() - 2);
        let phrase: Vec<String> = words[at..at + 3].iter().map(|w| w.to_lowercase()).collect();
        if phrase.iter().any(|w| w.len() < 3 || !alphabetic(w)) {
            continue;
        }
        let holders: BTreeSet<usize> = index[phrase[0].as_str()]
            .iter()
            .copied()
            .filter(|&i| docs[i].windows(3).any(|w| w == phrase.as_slice()))
            .collect();
        if holders.len() <= cap {
            push(
                &mut out,
                "phrase",
                format!("\"{}\"", phrase.join(" ")),
                slugs(&holders),
            );
        }
    }

    // The first four letters of a rare word: every article with a word so beginning answers.
    let start = out.len();
    for _ in 0..tries {
        if out.len() - start >= per_class || rare.is_empty() {
            break;
        }
        let word = *rng.pick(&rare);
        if word.len() < 7 {
            continue;
        }
        let prefix = &word[..4];
        let holders: BTreeSet<usize> = index
            .range(prefix..)
            .take_while(|(w, _)| w.starts_with(prefix))
            .flat_map(|(_, set)| set.iter().copied())
            .collect();
        if holders.len() <= cap * 2 {
            push(&mut out, "prefix", prefix.to_string(), slugs(&holders));
        }
    }

    // One edit inside a rare word (a letter left out, changed or added); the typo itself is no
    // word of the corpus. When the word is one outlet's spelling of a person's name, the answers
    // are the articles naming that person in any spelling: the reader who mistypes "Krushaia"
    // means the press officer, whom other outlets spell "Krushyaiya" (labelling only the literal
    // spelling counted a name-aware engine's right answers as misses).
    let mut name_spellings: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for person in &world.people {
        for part in [&person.first, &person.last] {
            let all: BTreeSet<String> = (0..STYLES.len())
                .map(|s| spell_with(part, STYLES[s]).to_lowercase())
                .collect();
            for spelling in &all {
                name_spellings
                    .entry(spelling.clone())
                    .or_default()
                    .extend(all.iter().cloned());
            }
        }
    }
    let start = out.len();
    for n in 0..tries {
        if out.len() - start >= per_class || rare.is_empty() {
            break;
        }
        let word = *rng.pick(&rare);
        if word.len() < 7 {
            continue;
        }
        let at = 1 + rng.below(word.len() - 2);
        let letter = (b'a' + rng.below(26) as u8) as char;
        let typo = match n % 3 {
            0 => format!("{}{}", &word[..at], &word[at + 1..]),
            1 if word.as_bytes()[at] as char != letter => {
                format!("{}{letter}{}", &word[..at], &word[at + 1..])
            }
            _ => format!("{}{letter}{}", &word[..at], &word[at..]),
        };
        if typo != word && !index.contains_key(typo.as_str()) {
            let answers = holders_of(word, &index, &name_spellings);
            push(&mut out, "typo", typo, slugs(&answers));
        }
    }

    // A person's surname as a reader might spell it; the answers are the articles that name
    // the person in any outlet's spelling.
    let start = out.len();
    let mut people: Vec<usize> = (0..world.people.len()).collect();
    for i in (1..people.len()).rev() {
        people.swap(i, rng.below(i + 1));
    }
    for p in people {
        if out.len() - start >= per_class {
            break;
        }
        let last = &world.people[p].last;
        let spellings: BTreeSet<String> = (0..STYLES.len())
            .map(|s| spell_with(last, STYLES[s]).to_lowercase())
            .collect();
        let query = spell_with(last, READER_STYLE);
        let folded = query.to_lowercase();
        if spellings.contains(&folded) || index.contains_key(folded.as_str()) {
            continue;
        }
        let holders: BTreeSet<usize> = spellings
            .iter()
            .filter_map(|s| index.get(s.as_str()))
            .flatten()
            .copied()
            .collect();
        if !holders.is_empty() {
            push(&mut out, "variant", query, slugs(&holders));
        }
    }

    // Words with no answer, not even a fuzzy or prefix one.
    let start = out.len();
    for &word in ABSENT {
        if out.len() - start >= per_class {
            break;
        }
        let near = index
            .keys()
            .any(|w| w.starts_with(word) || within_two_edits(word, w));
        if !near {
            push(&mut out, "none", word.to_string(), Vec::new());
        }
    }
    out
}

/// Adds a query unless the same text is already there.
fn push(out: &mut Vec<Labelled>, class: &'static str, query: String, expect: Vec<String>) {
    if !out.iter().any(|q| q.query == query) {
        out.push(Labelled {
            class,
            query,
            expect,
        });
    }
}

/// Lower-case runs of ASCII letters and digits: the words an article is matched on here.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Levenshtein distance of `a` and `b` is at most 2.
fn within_two_edits(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut next = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            next[j + 1] = (row[j] + usize::from(ca != cb))
                .min(row[j + 1] + 1)
                .min(next[j] + 1);
        }
        row = next;
    }
    row[b.len()] <= 2
}

/// The queries as JSON: `[{"class": …, "query": …, "expect": [slug, …]}, …]`, one query a line.
pub fn to_json(queries: &[Labelled]) -> String {
    let quote = |s: &str| {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let lines: Vec<String> = queries
        .iter()
        .map(|q| {
            let expect: Vec<String> = q.expect.iter().map(|s| quote(s)).collect();
            format!(
                "{{\"class\": {}, \"query\": {}, \"expect\": [{}]}}",
                quote(q.class),
                quote(&q.query),
                expect.join(", ")
            )
        })
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

/// The articles holding `word`, or, when it spells a name, any spelling of that name.
fn holders_of(
    word: &str,
    index: &BTreeMap<&str, BTreeSet<usize>>,
    name_spellings: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeSet<usize> {
    let spellings = name_spellings.get(word);
    let words = spellings.map_or(vec![word], |all| all.iter().map(String::as_str).collect());
    words
        .into_iter()
        .filter_map(|w| index.get(w))
        .flatten()
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_held_under_every_spelling_a_plain_word_only_as_written() {
        let index: BTreeMap<&str, BTreeSet<usize>> = [
            ("krushaia", BTreeSet::from([1])),
            ("krushyaiya", BTreeSet::from([2, 3])),
            ("harbour", BTreeSet::from([4])),
        ]
        .into_iter()
        .collect();
        let all: BTreeSet<String> = ["krushaia", "krushyaiya"].map(String::from).into();
        let names: BTreeMap<String, BTreeSet<String>> =
            all.iter().map(|s| (s.clone(), all.clone())).collect();
        assert_eq!(
            holders_of("krushaia", &index, &names),
            BTreeSet::from([1, 2, 3])
        );
        assert_eq!(holders_of("harbour", &index, &names), BTreeSet::from([4]));
    }

    #[test]
    fn every_class_is_there_with_answers_found_in_the_text() {
        let spec = Spec::new(200);
        let queries = labelled_queries(&spec, 4);
        assert_eq!(queries, labelled_queries(&spec, 4), "deterministic");
        for class in CLASSES {
            let of: Vec<&Labelled> = queries.iter().filter(|q| q.class == class).collect();
            assert!(!of.is_empty(), "no {class} query");
            for q in of {
                assert_eq!(q.expect.is_empty(), class == "none", "{q:?}");
            }
        }
        let articles = generate(&spec);
        let text = |slug: &str| {
            let a = articles.iter().find(|a| a.slug == slug).unwrap();
            format!("{} {}", a.title, a.paragraphs.join(" ")).to_lowercase()
        };
        for q in &queries {
            if q.class == "word" || q.class == "phrase" {
                let needle = q.query.trim_matches('"');
                assert!(q.expect.iter().all(|s| text(s).contains(needle)), "{q:?}");
            }
            if q.class == "typo" || q.class == "variant" || q.class == "none" {
                let word = q.query.to_lowercase();
                assert!(
                    articles
                        .iter()
                        .all(|a| !tokens(&text(&a.slug)).contains(&word)),
                    "{q:?} is in the text"
                );
            }
        }
    }

    #[test]
    fn edits_are_counted() {
        assert!(within_two_edits("walrus", "walnut"));
        assert!(within_two_edits("flood", "floods"));
        assert!(!within_two_edits("zeppelin", "people"));
    }

    #[test]
    fn json_is_escaped() {
        let q = Labelled {
            class: "phrase",
            query: "\"a b\"".into(),
            expect: vec!["x".into()],
        };
        assert_eq!(
            to_json(&[q]),
            "[\n{\"class\": \"phrase\", \"query\": \"\\\"a b\\\"\", \"expect\": [\"x\"]}\n]\n"
        );
    }
}
