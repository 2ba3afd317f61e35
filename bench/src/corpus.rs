//! Synthetic news corpora for the search benchmark: any number of fictional, news-like articles
//! made from templates with a fixed seed, and a query set that fits them.
//!
//! A corpus is a set of stories (a flood, a strike, a ferry sinking in an invented place), each
//! covered by many outlets. People are quoted by name, introduced with their role, then called
//! by surname or pronoun; each outlet spells names in its own transliteration style
//! ("Khrevitsky", "Hrevitski", "Chrevickyi"), and outlets give figures that disagree. Article
//! metadata (title, outlet, date, url, author) goes into front matter or HTML (`render.rs`).
//! Nothing here is copied from real articles, so corpora may be written anywhere; the benchmark
//! writes them under `target/`.

mod render;
pub mod truth;
// The word lists are tables, kept a line per group rather than a line per word.
#[rustfmt::skip]
mod words;

pub use render::Format;

use crate::rng::XorShift;
use words::*;

/// What corpus to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub articles: usize,
    /// The same seed (and the same code) gives the same corpus, byte for byte.
    pub seed: u64,
    /// Words per article, roughly: paragraphs are added until the article has at least this many.
    pub words: usize,
}

impl Spec {
    pub fn new(articles: usize) -> Spec {
        Spec {
            articles,
            seed: 1,
            words: 600,
        }
    }
}

/// One generated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// A unique file stem: the article's number and its title, lower-case, hyphenated.
    pub slug: String,
    pub title: String,
    pub outlet: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub author: String,
    pub url: String,
    pub paragraphs: Vec<String>,
}

impl Article {
    pub fn words(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum()
    }
}

/// The articles of `spec`, in order.
pub fn generate(spec: &Spec) -> Vec<Article> {
    let world = World::new(spec);
    (0..spec.articles).map(|i| world.article(spec, i)).collect()
}

/// Queries for a corpus of `spec`, in a fixed order that mixes the kinds a reader types:
/// common words, typos, names in another outlet's spelling, full names, phrases, prefixes
/// (queries are run as typed, so a last word also matches as a prefix), filters, two words.
pub fn queries(spec: &Spec, count: usize) -> Vec<String> {
    let world = World::new(spec);
    let mut rng = XorShift::new(spec.seed ^ 0x5145_5259);
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let person = &world.people[world.stories[rng.below(world.stories.len())].people[0]];
        let style = rng.below(STYLES.len());
        let query = match i % 10 {
            0 => rng.pick_skewed(NOUNS).to_string(),
            1 => typo(long_word(&mut rng), &mut rng),
            2 => spell(&person.last, style),
            3 => format!(
                "{} {}",
                spell(&person.first, style),
                spell(&person.last, style)
            ),
            4 => format!("\"{}\"", rng.pick(EVENTS).noun),
            5 => {
                let word = long_word(&mut rng);
                word[..4.min(word.len())].to_string()
            }
            6 => format!(
                "{} outlet:\"{}\"",
                rng.pick_skewed(NOUNS),
                rng.pick(&world.outlets).name
            ),
            7 => format!("speaker:{}", spell(&person.last, style)),
            8 => format!("{} {}", rng.pick_skewed(NOUNS), rng.pick_skewed(NOUNS)),
            _ => format!(
                "{} date:2025-03..2025-06",
                typo(long_word(&mut rng), &mut rng)
            ),
        };
        out.push(query);
    }
    out
}

fn long_word(rng: &mut XorShift) -> &'static str {
    loop {
        let word = if rng.chance(50) {
            rng.pick(NOUNS)
        } else {
            rng.pick(ADJECTIVES)
        };
        if word.len() >= 7 {
            return word;
        }
    }
}

/// The word with one inner letter left out (a one-edit typo).
fn typo(word: &str, rng: &mut XorShift) -> String {
    let at = 1 + rng.below(word.len() - 2);
    format!("{}{}", &word[..at], &word[at + 1..])
}

/// `name` as transliteration style `style` spells it.
fn spell(name: &str, style: usize) -> String {
    spell_with(name, STYLES[style % STYLES.len()])
}

/// `name` rewritten by `rules` (lower-case letter groups, first match wins).
fn spell_with(name: &str, rules: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    let mut rest = name;
    'outer: while let Some(c) = rest.chars().next() {
        for (from, to) in rules {
            // Rules are lower case; a capital initial keeps its case.
            if rest.len() >= from.len() && rest[..from.len()].eq_ignore_ascii_case(from) {
                if c.is_uppercase() {
                    out.push_str(&capitalize(to));
                } else {
                    out.push_str(to);
                }
                rest = &rest[from.len()..];
                continue 'outer;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

struct Person {
    first: String,
    last: String,
    female: bool,
    /// "head of the Port Authority of Zhavograd".
    role: String,
}

struct Outlet {
    name: String,
    slug: String,
    /// Index into [`STYLES`]: how this outlet spells names.
    style: usize,
    authors: Vec<String>,
}

struct Story {
    event: &'static Event,
    place: String,
    /// Days after 2025-01-01.
    day: usize,
    /// Indexes into the world's people; the first is the story's main voice.
    people: Vec<usize>,
    orgs: Vec<String>,
    /// What the figures count, and the value the first reports gave.
    figures: Vec<(&'static str, u64)>,
}

/// The people, outlets and stories a corpus is written about, fixed by the seed.
struct World {
    people: Vec<Person>,
    outlets: Vec<Outlet>,
    stories: Vec<Story>,
}

impl World {
    fn new(spec: &Spec) -> World {
        let mut rng = XorShift::new(spec.seed);
        let story_count = (spec.articles / 20).clamp(1, 500);
        let places: Vec<String> = (0..story_count.max(8) * 2)
            .map(|_| place(&mut rng))
            .collect();
        let orgs: Vec<String> = (0..story_count.max(8) * 2)
            .map(|i| {
                format!(
                    "{} {}",
                    places[(i * 7) % places.len()],
                    *rng.pick(ORG_KINDS)
                )
            })
            .collect();
        let people: Vec<Person> = (0..story_count * 5 + 5)
            .map(|_| {
                let female = rng.chance(50);
                let role = format!("{} the {}", rng.pick(ROLES), rng.pick(&orgs));
                Person {
                    first: first_name(&mut rng, female),
                    last: surname(&mut rng),
                    female,
                    role,
                }
            })
            .collect();
        let outlets: Vec<Outlet> = (0..24)
            .map(|i| {
                let name = match i % 3 {
                    0 => format!("The {} {}", places[i % places.len()], rng.pick(PAPER_WORDS)),
                    1 => format!(
                        "{} {}",
                        places[(i + 3) % places.len()],
                        rng.pick(PAPER_WORDS)
                    ),
                    _ => format!(
                        "{} {}",
                        capitalize(rng.pick::<&str>(ADJECTIVES)),
                        rng.pick(PAPER_WORDS)
                    ),
                };
                let name = format!("{name} {}", ["", "Online", "Evening", "Weekly"][i / 6])
                    .trim_end()
                    .to_string();
                let authors = (0..3)
                    .map(|_| {
                        let female = rng.chance(50);
                        format!("{} {}", first_name(&mut rng, female), surname(&mut rng))
                    })
                    .collect();
                Outlet {
                    slug: slugify(&name),
                    name,
                    style: i % STYLES.len(),
                    authors,
                }
            })
            .collect();
        let stories = (0..story_count)
            .map(|_| {
                let event = rng.pick(EVENTS);
                // Drawn from a pool smaller than all stories need, so some people speak in
                // several stories, as officials do.
                let people = (0..6).map(|_| rng.below(people.len())).collect();
                Story {
                    event,
                    place: rng.pick(&places).clone(),
                    day: rng.below(330),
                    people,
                    orgs: (0..3).map(|_| rng.pick(&orgs).clone()).collect(),
                    figures: event
                        .counts
                        .iter()
                        .map(|count| (*count, figure_value(&mut rng)))
                        .collect(),
                }
            })
            .collect();
        World {
            people,
            outlets,
            stories,
        }
    }

    fn article(&self, spec: &Spec, index: usize) -> Article {
        let mut rng = XorShift::new(
            spec.seed.wrapping_mul(0x100_0000_01B3) ^ (index as u64 + 1).wrapping_mul(0x9E37_79B9),
        );
        let story = &self.stories[rng.below(self.stories.len())];
        let outlet = &self.outlets[rng.below(self.outlets.len())];
        let mut writer = Writer {
            world: self,
            story,
            outlet,
            rng,
            introduced: Vec::new(),
            paragraphs: Vec::new(),
            words: 0,
        };
        let date = date(story.day + writer.rng.below(4));
        let title = writer.title();
        writer.lede();
        while writer.words < spec.words {
            match writer.rng.below(10) {
                0..=3 => writer.quote(),
                4..=5 => writer.figures(),
                6 => writer.apposition(),
                _ => writer.background(),
            }
        }
        let slug = format!(
            "{index:05}-{}",
            slugify(&title)
                .chars()
                .take(60)
                .collect::<String>()
                .trim_end_matches('-')
        );
        Article {
            url: format!(
                "https://example.org/{}/{}/{}",
                outlet.slug,
                date.replace('-', "/"),
                slug
            ),
            author: writer.rng.pick(&outlet.authors).clone(),
            slug,
            title,
            outlet: outlet.name.clone(),
            date,
            paragraphs: writer.paragraphs,
        }
    }
}

/// Writes one article's paragraphs, keeping track of who has been introduced.
struct Writer<'a> {
    world: &'a World,
    story: &'a Story,
    outlet: &'a Outlet,
    rng: XorShift,
    introduced: Vec<usize>,
    paragraphs: Vec<String>,
    words: usize,
}

impl Writer<'_> {
    fn push(&mut self, paragraph: String) {
        self.words += paragraph.split_whitespace().count();
        self.paragraphs.push(paragraph);
    }

    fn person(&mut self) -> usize {
        let people = &self.story.people;
        // The main voice speaks most.
        if self.rng.chance(40) {
            people[0]
        } else {
            people[self.rng.below(people.len())]
        }
    }

    fn full_name(&self, p: usize) -> String {
        let person = &self.world.people[p];
        format!(
            "{} {}",
            spell(&person.first, self.outlet.style),
            spell(&person.last, self.outlet.style)
        )
    }

    fn surname(&self, p: usize) -> String {
        spell(&self.world.people[p].last, self.outlet.style)
    }

    /// How the article names `p` now: in full with the role the first time, then by surname.
    fn mention(&mut self, p: usize) -> String {
        if self.introduced.contains(&p) {
            let honorific = if self.world.people[p].female {
                "Ms."
            } else {
                "Mr."
            };
            if self.rng.chance(30) {
                format!("{honorific} {}", self.surname(p))
            } else {
                self.surname(p)
            }
        } else {
            self.introduced.push(p);
            format!("{}, the {},", self.full_name(p), self.world.people[p].role)
        }
    }

    /// A figure of the story as this outlet reports it: outlets disagree by up to a fifth.
    fn figure(&mut self) -> String {
        let (count, value) = *self.rng.pick(&self.story.figures);
        let spread = (self.outlet.style as u64 * 7 + self.rng.below(3) as u64) % 20;
        let value = value + value * spread / 100;
        format!("{} {count}", number(value, &mut self.rng))
    }

    fn title(&mut self) -> String {
        let story = self.story;
        let person = self.person();
        let surname = self.surname(person);
        match self.rng.below(4) {
            0 => format!(
                "{} in {}: {} says {}",
                capitalize(story.event.noun),
                story.place,
                surname,
                self.figure()
            ),
            1 => format!(
                "{} after {} in {}",
                capitalize(&self.figure()),
                story.event.noun,
                story.place
            ),
            2 => format!(
                "{} {} {} over {} {}",
                self.rng.pick(&story.orgs),
                self.rng.pick(PAST_VERBS),
                self.rng.pick(NOUNS),
                story.place,
                story.event.noun
            ),
            _ => format!(
                "{} {} as {} {}",
                story.place,
                story.event.noun,
                self.rng.pick(NOUNS),
                self.rng.pick(PAST_VERBS)
            ),
        }
    }

    fn lede(&mut self) {
        let story = self.story;
        let figure = self.figure();
        let org = self.rng.pick(&story.orgs).clone();
        let day = self.rng.pick(WEEKDAYS);
        let clause = self.clause();
        self.push(format!(
            "{} — {} were reported after the {} {} on {day}, the {org} said, and {clause}.",
            story.place.to_uppercase(),
            capitalize(&figure),
            story.event.noun,
            story.event.verb,
        ));
    }

    fn quote(&mut self) {
        let p = self.person();
        let first = self.quote_sentence();
        let second = self.quote_sentence();
        let verb = self.rng.pick(SAY_VERBS);
        let pronoun = if self.world.people[p].female {
            "she"
        } else {
            "he"
        };
        let introduced = self.introduced.contains(&p);
        let paragraph = match self.rng.below(4) {
            0 if introduced => {
                let who = self.mention(p);
                format!(
                    "“{},” {who} {verb}. “{second}”",
                    first.trim_end_matches('.')
                )
            }
            1 if introduced => format!(
                "“{},” {pronoun} {verb}. “{second}”",
                first.trim_end_matches('.')
            ),
            0..=2 => {
                let who = self.mention(p);
                format!(
                    "“{},” said {}.",
                    first.trim_end_matches('.'),
                    who.trim_end_matches(',')
                )
            }
            _ => {
                let who = self.mention(p);
                let clause = self.clause();
                format!("{who} {verb} that {clause}. “{first}”")
            }
        };
        self.push(paragraph);
    }

    fn figures(&mut self) {
        let org = self.rng.pick(&self.story.orgs).clone();
        let (first, second) = (self.figure(), self.figure());
        let p = self.person();
        let who = self.mention(p);
        let sentence = self.sentence();
        self.push(format!(
            "The {org} put the toll at {first}, but {} said at least {second} had been counted. {sentence}",
            who.trim_end_matches(',')
        ));
    }

    fn apposition(&mut self) {
        let p = self.person();
        let who = self.mention(p);
        let (clause, sentence) = (self.clause(), self.sentence());
        let verb = self.rng.pick(SAY_VERBS);
        self.push(format!("{who} {verb} that {clause}. {sentence}"));
    }

    fn background(&mut self) {
        let count = 2 + self.rng.below(3);
        let sentences: Vec<String> = (0..count).map(|_| self.sentence()).collect();
        self.push(sentences.join(" "));
    }

    /// A clause without a speaker: "the regional inquiry would review the records this week".
    fn clause(&mut self) -> String {
        let r = &mut self.rng;
        match r.below(3) {
            0 => format!(
                "the {} {} would {} the {} {}",
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick(VERBS),
                r.pick_skewed(NOUNS),
                r.pick(TIMES)
            ),
            1 => format!(
                "{} {} had {} {} the {}",
                r.pick(SMALL_NUMBERS),
                r.pick_skewed(NOUNS),
                r.pick(ADVERBS),
                r.pick(PAST_VERBS),
                r.pick_skewed(NOUNS)
            ),
            _ => format!(
                "the {} had not {} the {} {}",
                r.pick_skewed(NOUNS),
                r.pick(PAST_VERBS),
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS)
            ),
        }
    }

    fn quote_sentence(&mut self) -> String {
        let r = &mut self.rng;
        match r.below(4) {
            0 => format!(
                "We will {} the {} and {} every {} {}.",
                r.pick(VERBS),
                r.pick_skewed(NOUNS),
                r.pick(VERBS),
                r.pick_skewed(NOUNS),
                r.pick(TIMES)
            ),
            1 => format!(
                "Nobody {} the {} {}, and the {} know it.",
                r.pick(PAST_VERBS),
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick_skewed(NOUNS)
            ),
            2 => format!(
                "The {} is {} and the {} must {} it {}.",
                r.pick_skewed(NOUNS),
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick(VERBS),
                r.pick(TIMES)
            ),
            _ => format!(
                "I have {} the {} myself, and I {} what I saw.",
                r.pick(PAST_VERBS),
                r.pick_skewed(NOUNS),
                r.pick(PAST_VERBS)
            ),
        }
    }

    fn sentence(&mut self) -> String {
        let place = self.story.place.clone();
        let event = self.story.event.noun;
        let year = 1990 + self.rng.below(35);
        let r = &mut self.rng;
        match r.below(5) {
            0 => format!(
                "The {} {} {} the {} {}.",
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick(PAST_VERBS),
                r.pick_skewed(NOUNS),
                r.pick(TIMES)
            ),
            1 => format!(
                "In {year}, the {} {} a {} {} of the {} in {place}.",
                r.pick_skewed(NOUNS),
                r.pick(PAST_VERBS),
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick_skewed(NOUNS)
            ),
            2 => format!(
                "{place} has {} {} {} since the {event}, and {} {} remain {}.",
                r.pick(ADVERBS),
                r.pick(PAST_VERBS),
                r.pick_skewed(NOUNS),
                r.pick(SMALL_NUMBERS),
                r.pick_skewed(NOUNS),
                r.pick(ADJECTIVES)
            ),
            3 => format!(
                "Critics {} that the {} {} was {} and that {} {} were {}.",
                r.pick(PAST_VERBS),
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick(ADJECTIVES),
                r.pick(ADJECTIVES),
                r.pick_skewed(NOUNS),
                r.pick(PAST_VERBS)
            ),
            _ => format!(
                "It was not clear whether the {} would {} the {} {}.",
                r.pick_skewed(NOUNS),
                r.pick(VERBS),
                r.pick_skewed(NOUNS),
                r.pick(TIMES)
            ),
        }
    }
}

fn syllables(rng: &mut XorShift, count: usize) -> String {
    (0..count)
        .map(|_| format!("{}{}", rng.pick(ONSETS), rng.pick(VOWELS)))
        .collect()
}

fn surname(rng: &mut XorShift) -> String {
    let n = 1 + rng.below(2);
    let ending = *rng.pick(SURNAME_ENDINGS);
    capitalize(&(syllables(rng, n) + ending))
}

fn first_name(rng: &mut XorShift, female: bool) -> String {
    let n = 1 + rng.below(2);
    let stem = syllables(rng, n);
    let ending = if female {
        rng.pick(FEMALE_ENDINGS)
    } else {
        rng.pick(MALE_ENDINGS)
    };
    capitalize(&(stem + ending))
}

fn place(rng: &mut XorShift) -> String {
    let ending = *rng.pick(PLACE_ENDINGS);
    capitalize(&(syllables(rng, 2) + ending))
}

/// A plausible count: mostly tens and hundreds, sometimes thousands.
fn figure_value(rng: &mut XorShift) -> u64 {
    match rng.below(4) {
        0 => 3 + rng.below(60) as u64,
        1 | 2 => 20 + rng.below(900) as u64,
        _ => 1000 + rng.below(90_000) as u64,
    }
}

/// Small numbers sometimes in words, large ones with thousands separators, as newswire does.
fn number(value: u64, rng: &mut XorShift) -> String {
    if (2..=12).contains(&value) && rng.chance(50) {
        return SMALL_NUMBERS[value as usize - 2].to_string();
    }
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `YYYY-MM-DD` of `day` days after 2025-01-01 (2025 is not a leap year).
fn date(day: usize) -> String {
    const MONTHS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut left = day % 365;
    for (m, &len) in MONTHS.iter().enumerate() {
        if left < len {
            return format!("2025-{:02}-{:02}", m + 1, left + 1);
        }
        left -= len;
    }
    unreachable!("day % 365 fits in a year")
}

fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let spec = Spec {
            articles: 30,
            seed: 7,
            words: 600,
        };
        let a = generate(&spec);
        assert_eq!(a, generate(&spec));
        assert_ne!(a, generate(&Spec { seed: 8, ..spec }));
        assert_eq!(queries(&spec, 20), queries(&spec, 20));
    }

    #[test]
    fn articles_are_news_like_and_about_the_asked_length() {
        let articles = generate(&Spec {
            articles: 40,
            seed: 1,
            words: 600,
        });
        let mut slugs: Vec<&str> = articles.iter().map(|a| a.slug.as_str()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), 40, "file names are unique");
        for article in &articles {
            assert!(
                (600..760).contains(&article.words()),
                "{} words",
                article.words()
            );
            assert!(article.paragraphs.len() >= 8);
            assert!(
                article.paragraphs.iter().any(|p| p.contains('“')),
                "no quotation in {}",
                article.slug
            );
            assert_eq!(article.date.len(), 10);
            let md = article.markdown();
            assert!(
                md.starts_with("---\ntitle: ")
                    && md.contains(&format!("\noutlet: {}\n", article.outlet))
            );
            let html = article.html();
            assert!(
                html.contains("<article>")
                    && html.contains(&format!("datetime=\"{}\"", article.date))
            );
        }
    }

    #[test]
    fn outlets_spell_names_their_own_way() {
        assert_eq!(spell("Khrevitsky", 0), "Khrevitsky");
        assert_eq!(spell("Khrevitsky", 1), "Hrevitski");
        assert_eq!(spell("Khrevitsky", 2), "Chrevitskyi");
        assert_eq!(spell("Zhanna", 1), "Zanna");
        let names: Vec<String> = (0..STYLES.len()).map(|s| spell("Tsyakhov", s)).collect();
        assert_eq!(names, ["Tsyakhov", "Tsiahov", "Cjachov", "Tsaxoff"]);
    }

    #[test]
    fn numbers_and_dates_read_as_in_news() {
        let mut rng = XorShift::new(1);
        assert_eq!(number(40_000, &mut rng), "40,000");
        assert_eq!(number(1_234_567, &mut rng), "1,234,567");
        assert_eq!(number(112, &mut rng), "112");
        assert_eq!(
            (date(0).as_str(), date(58).as_str(), date(364).as_str()),
            ("2025-01-01", "2025-02-28", "2025-12-31")
        );
        assert_eq!(typo("volunteers", &mut XorShift::new(3)).len(), 9);
    }
}
