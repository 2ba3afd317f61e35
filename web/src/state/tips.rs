//! The search tips' examples, taken from the loaded story: a name the story spells two ways, a
//! phrase, a word to leave out and one value of each filter, so that every example finds
//! something in this story, never another story's people or dates (issue 15).

use std::collections::{BTreeMap, BTreeSet};

use claimlens_core::{same_name_word, Analysis, Entity, EntityKind};

use crate::state::story::Speaker;

/// The examples the tips show. `None` where the story has nothing fit to show: that tip is then
/// said in general words, with no example (a story still loading has none at all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchTips {
    pub name: Option<NameTip>,
    /// Two words found side by side in the story, lower case.
    pub phrase: Option<String>,
    /// A word to leave out: a quoted person's surname.
    pub exclude: Option<String>,
    /// The value of an `outlet:` filter that picks out one outlet.
    pub outlet: Option<String>,
    /// The value of a `speaker:` filter: a quoted person's surname.
    pub speaker: Option<String>,
    /// The value of a `date:` filter: an article's date.
    pub date: Option<String>,
}

/// What the tip on names shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameTip {
    /// One person's name word in two spellings the story uses: searching `typed` finds the
    /// passages that spell it `finds`.
    Spellings { typed: String, finds: String },
    /// A person's surname, when nobody's name is spelled two ways.
    Surname(String),
}

/// A piece of a tip as shown: words, or something to type (shown as code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Code(String),
}

/// How many people are tried for a name in two spellings, most quoted first: a large story has
/// thousands of entities, and one example is enough.
const PEOPLE_TRIED: usize = 200;

/// Shortest name word tried for two spellings: search expands words of four letters or more to
/// every spelling of a name (`Engine::entities_for_word` in claimlens-search).
const NAME_WORD_CHARS: usize = 4;

/// Shortest word of a phrase example: shorter words are mostly articles and prepositions ("of
/// the"), which make a poor example of a phrase.
const PHRASE_WORD_CHARS: usize = 4;

impl SearchTips {
    /// The tips for a story: its analysis and its speakers, most quoted first (`Story::speakers`).
    pub fn of_story(analysis: &Analysis, speakers: &[Speaker]) -> SearchTips {
        let quoted: Vec<&Entity> = speakers
            .iter()
            .map(|s| &analysis.entities[s.entity])
            .filter(|e| e.kind == EntityKind::Person)
            .collect();
        let people = people(analysis, speakers);
        let quoted_surnames = surnames(&quoted);
        let name = spellings(&people)
            .or_else(|| surnames(&people).into_iter().next().map(NameTip::Surname));
        let speaker = quoted_surnames.first().cloned();
        // Someone the other tips do not name, when the story quotes enough people.
        let named = |s: &String| {
            Some(s) == speaker.as_ref()
                || matches!(&name, Some(NameTip::Spellings { finds, .. }) if finds == s)
        };
        let exclude = quoted_surnames
            .iter()
            .find(|s| !named(s))
            .or(quoted_surnames.get(1))
            .or(quoted_surnames.first())
            .cloned();
        SearchTips {
            name,
            phrase: phrase(analysis),
            exclude,
            outlet: outlet_filter(analysis),
            speaker,
            date: busiest_date(analysis),
        }
    }

    /// The tips as lines of text and code, general words standing in for what the story lacks.
    pub fn lines(&self) -> Vec<Vec<Part>> {
        vec![self.names_line(), self.words_line(), self.filters_line()]
    }

    fn names_line(&self) -> Vec<Part> {
        let lead = text("Names match in any spelling: ");
        match &self.name {
            Some(NameTip::Spellings { typed, finds }) => {
                vec![lead, code(typed), text(&format!(" finds {finds}."))]
            }
            Some(NameTip::Surname(surname)) => vec![
                lead,
                code(surname),
                text(" finds the name however it is written."),
            ],
            None => vec![text(
                "Names match in any spelling, and one typo is forgiven in longer words.",
            )],
        }
    }

    fn words_line(&self) -> Vec<Part> {
        let mut out = match &self.phrase {
            Some(phrase) => vec![code(&format!("\"{phrase}\"")), text(" finds the phrase; ")],
            None => vec![text("Quotation marks find a phrase; ")],
        };
        match &self.exclude {
            Some(word) => out.extend([code(&format!("-{word}")), text(" leaves a word out.")]),
            None => out.push(text("a minus before a word leaves it out.")),
        }
        out
    }

    fn filters_line(&self) -> Vec<Part> {
        let filters: Vec<String> = [
            ("outlet", &self.outlet),
            ("speaker", &self.speaker),
            ("date", &self.date),
        ]
        .into_iter()
        .filter_map(|(field, value)| value.as_ref().map(|v| format!("{field}:{v}")))
        .collect();
        if filters.is_empty() {
            return vec![
                code("outlet:"),
                text(", "),
                code("speaker:"),
                text(" and "),
                code("date:"),
                text(" followed by a name or a date filter the passages."),
            ];
        }
        let verb = if filters.len() == 1 {
            " filters the passages."
        } else {
            " filter the passages."
        };
        let mut out = Vec::new();
        for (i, filter) in filters.iter().enumerate() {
            if i > 0 {
                out.push(text(", "));
            }
            out.push(code(filter));
        }
        out.push(text(verb));
        out
    }
}

fn text(s: &str) -> Part {
    Part::Text(s.to_string())
}

fn code(s: &str) -> Part {
    Part::Code(s.to_string())
}

/// The story's people, those quoted first (most quoted first), then the others in the
/// analysis's order, at most [`PEOPLE_TRIED`].
fn people<'a>(analysis: &'a Analysis, speakers: &[Speaker]) -> Vec<&'a Entity> {
    // Filled by `extend`, not `collect`: collecting into a B-tree sorts first, which compiles
    // the standard sort once more for the page (see `claimlens_core::sort`).
    let mut quoted = BTreeSet::new();
    quoted.extend(speakers.iter().map(|s| s.entity));
    speakers
        .iter()
        .map(|s| s.entity)
        .chain((0..analysis.entities.len()).filter(|e| !quoted.contains(e)))
        .map(|e| &analysis.entities[e])
        .filter(|e| e.kind == EntityKind::Person)
        .take(PEOPLE_TRIED)
        .collect()
}

/// The words of a name made of letters only ("Jr." and initials are not words to search by).
fn name_words(name: &str, min_chars: usize) -> Vec<&str> {
    name.split_whitespace()
        .filter(|w| w.chars().count() >= min_chars && w.chars().all(char::is_alphabetic))
        .collect()
}

/// Each person's surname (the last word of their name), without repeats, in order.
fn surnames(people: &[&Entity]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for person in people {
        if let Some(last) = name_words(&person.name, 2).last() {
            if !out.iter().any(|s| s == last) {
                out.push(last.to_string());
            }
        }
    }
    out
}

/// The first person whose aliases spell a word of their name another way that search takes for
/// the same name ("Krevitsky" for "Krevytsky"): not a shorter form of the name ("Krevytsky" for
/// "Anatol Krevytsky"), nor a title ("President"). The surname is preferred to a given name.
fn spellings(people: &[&Entity]) -> Option<NameTip> {
    people.iter().find_map(|person| {
        let name = name_words(&person.name, NAME_WORD_CHARS);
        let is_name_word = |w: &str| name.iter().any(|n| n.to_lowercase() == w.to_lowercase());
        let variants: Vec<&str> = person
            .aliases
            .iter()
            .flat_map(|alias| name_words(alias, NAME_WORD_CHARS))
            .filter(|w| !is_name_word(w))
            .collect();
        name.iter().rev().find_map(|finds| {
            variants
                .iter()
                .find(|typed| same_name_word(typed, finds))
                .map(|typed| NameTip::Spellings {
                    typed: typed.to_string(),
                    finds: finds.to_string(),
                })
        })
    })
}

/// Two words side by side in the descriptions the story gives of people and bodies ("the
/// minister of maritime affairs"), the pair in the most descriptions first, then the longest.
/// Descriptions are cut from the articles' text, so the phrase is there to be found; reading
/// them costs far less than reading the texts.
fn phrase(analysis: &Analysis) -> Option<String> {
    let plain =
        |w: &str| w.chars().count() >= PHRASE_WORD_CHARS && w.chars().all(char::is_alphabetic);
    let mut descriptions_per_pair: BTreeMap<String, usize> = BTreeMap::new();
    for description in analysis.entities.iter().flat_map(|e| &e.descriptions) {
        let words: Vec<&str> = description.split_whitespace().collect();
        // `extend`, not `collect`: see `people`.
        let mut pairs = BTreeSet::new();
        pairs.extend(
            words
                .windows(2)
                .filter(|pair| plain(pair[0]) && plain(pair[1]))
                .map(|pair| format!("{} {}", pair[0], pair[1]).to_lowercase()),
        );
        for pair in pairs {
            *descriptions_per_pair.entry(pair).or_default() += 1;
        }
    }
    let mut best: Option<(usize, usize, String)> = None;
    for (pair, count) in descriptions_per_pair {
        let rank = (count, pair.chars().count());
        if best.as_ref().is_none_or(|(c, l, _)| rank > (*c, *l)) {
            best = Some((rank.0, rank.1, pair));
        }
    }
    best.map(|(_, _, pair)| pair)
}

/// An `outlet:` value for the outlet with the most articles. The filter keeps the outlets whose
/// name holds the value (claimlens-search's `Engine::filters`), so the value is the longest word
/// of its name that no other outlet's name holds ("northern" for "The Northern Courier"), or the
/// whole name in quotation marks when every word is shared.
fn outlet_filter(analysis: &Analysis) -> Option<String> {
    let mut outlets: Vec<(&str, usize)> = Vec::new();
    for outlet in analysis
        .articles
        .iter()
        .filter_map(|a| a.outlet.as_deref().map(str::trim))
        .filter(|o| !o.is_empty())
    {
        match outlets.iter_mut().find(|(o, _)| *o == outlet) {
            Some((_, n)) => *n += 1,
            None => outlets.push((outlet, 1)),
        }
    }
    let busiest = outlets
        .iter()
        .enumerate()
        .max_by_key(|(i, (_, n))| (*n, std::cmp::Reverse(*i)))
        .map(|(_, (o, _))| *o)?;
    let others: Vec<String> = outlets
        .iter()
        .filter(|(o, _)| *o != busiest)
        .map(|(o, _)| o.to_lowercase())
        .collect();
    let mut best: Option<String> = None;
    for word in busiest
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty())
    {
        let unique = !others.iter().any(|o| o.contains(&word));
        let longer = best
            .as_ref()
            .is_none_or(|b| word.chars().count() > b.chars().count());
        if unique && longer {
            best = Some(word);
        }
    }
    Some(best.unwrap_or_else(|| format!("\"{}\"", busiest.replace('"', ""))))
}

/// The day with the most articles, the earliest of equals; only dates written `YYYY-MM-DD`
/// (with a time or not), the form the `date:` filter reads.
fn busiest_date(analysis: &Analysis) -> Option<String> {
    let mut per_date: BTreeMap<&str, usize> = BTreeMap::new();
    for date in analysis
        .articles
        .iter()
        .filter_map(|a| a.date.as_deref())
        // A date with a time is filtered by its day.
        .map(|d| d.split_once('T').map_or(d, |(day, _)| day))
        .filter(|d| is_day(d))
    {
        *per_date.entry(date).or_default() += 1;
    }
    let mut best: Option<(&str, usize)> = None;
    for (date, n) in per_date {
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((date, n));
        }
    }
    best.map(|(date, _)| date.to_string())
}

/// Is `s` a date written `YYYY-MM-DD`?
fn is_day(s: &str) -> bool {
    s.len() == 10
        && s.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{Article, Quote};
    use claimlens_search::query;

    fn person(id: &str, name: &str, aliases: &[&str], descriptions: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Person,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            descriptions: descriptions.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn quote(speaker: &str) -> Quote {
        Quote {
            text: String::new(),
            start: 0,
            end: 0,
            speaker: Some(speaker.into()),
            mention: None,
            cue: None,
            statement: String::new(),
        }
    }

    fn article(id: &str, outlet: Option<&str>, date: Option<&str>, quoted: &[&str]) -> Article {
        Article {
            id: id.into(),
            outlet: outlet.map(Into::into),
            date: date.map(Into::into),
            quotes: quoted.iter().map(|s| quote(s)).collect(),
            ..Default::default()
        }
    }

    /// The tips as `Story` derives them, speakers counted as it counts them.
    fn tips(analysis: Analysis) -> SearchTips {
        crate::state::story::Story::new(None, analysis).tips.clone()
    }

    /// A ferry story: the minister is quoted most; the union chairman's name is spelled two
    /// ways; the governor is never quoted.
    fn ferry() -> Analysis {
        Analysis {
            entities: vec![
                person(
                    "holm",
                    "Petar Holm",
                    &["Petar Holm", "Holm", "Governor Holm"],
                    &["governor of seravin province"],
                ),
                person(
                    "morosk",
                    "Ilvana Morosk",
                    &["Ilvana Morosk", "Morosk", "Ms. Morosk"],
                    &[
                        "the minister of maritime affairs",
                        "the maritime affairs minister",
                        "maritime affairs minister",
                    ],
                ),
                person(
                    "jansk",
                    "Bertil Jansk",
                    &["Bertil Jansk", "Jansk", "Bertil Yansk"],
                    &["its chairman", "the chairman of the dockers' union"],
                ),
                Entity {
                    kind: EntityKind::Organization,
                    ..person(
                        "rescue",
                        "State Rescue Service",
                        &["State Rescue Service", "Rescue Service"],
                        &["the rescue service of seravin province"],
                    )
                },
            ],
            articles: vec![
                article(
                    "a",
                    Some("Seravin Morning Post"),
                    Some("2026-03-14"),
                    &["morosk", "morosk"],
                ),
                article(
                    "b",
                    Some("The Northern Courier"),
                    Some("2026-03-15"),
                    &["jansk", "morosk"],
                ),
                article(
                    "c",
                    Some("The Northern Courier"),
                    Some("2026-03-15"),
                    &["rescue"],
                ),
                article("d", Some("Meridian Post"), Some("March 16"), &[]),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_story_gives_its_own_names_words_outlets_and_dates() {
        let tips = tips(ferry());
        assert_eq!(
            tips,
            SearchTips {
                name: Some(NameTip::Spellings {
                    typed: "Yansk".into(),
                    finds: "Jansk".into()
                }),
                // In three descriptions (of one person); "seravin province" in two (of two entities).
                phrase: Some("maritime affairs".into()),
                exclude: Some("Jansk".into()),
                // The longest word of "The Northern Courier" that no other outlet's name holds.
                outlet: Some("northern".into()),
                speaker: Some("Morosk".into()),
                date: Some("2026-03-15".into()),
            }
        );
    }

    #[test]
    fn every_example_reads_as_the_search_syntax_it_shows() {
        let tips = tips(ferry());
        let q = query::parse(&format!(
            "{} \"{}\" -{} outlet:{} speaker:{} date:{}",
            "Yansk",
            tips.phrase.as_deref().unwrap(),
            tips.exclude.as_deref().unwrap(),
            tips.outlet.as_deref().unwrap(),
            tips.speaker.as_deref().unwrap(),
            tips.date.as_deref().unwrap(),
        ));
        assert_eq!(
            q.terms,
            [
                query::Term::Word("Yansk".into()),
                query::Term::Phrase("maritime affairs".into())
            ]
        );
        assert_eq!(q.excluded, [query::Term::Word("Jansk".into())]);
        assert_eq!(q.outlets, ["northern"]);
        assert_eq!(q.speakers, ["Morosk"]);
        assert_eq!(
            q.dates,
            [(Some("2026-03-15".into()), Some("2026-03-15".into()))]
        );
        assert!(q.ignored.is_empty(), "{q:?}");
    }

    #[test]
    fn the_lines_show_the_story_examples() {
        let lines = tips(ferry()).lines();
        assert_eq!(
            lines[0],
            [
                text("Names match in any spelling: "),
                code("Yansk"),
                text(" finds Jansk.")
            ]
        );
        assert_eq!(
            lines[1],
            [
                code("\"maritime affairs\""),
                text(" finds the phrase; "),
                code("-Jansk"),
                text(" leaves a word out.")
            ]
        );
        assert_eq!(
            lines[2],
            [
                code("outlet:northern"),
                text(", "),
                code("speaker:Morosk"),
                text(", "),
                code("date:2026-03-15"),
                text(" filter the passages.")
            ]
        );
    }

    #[test]
    fn the_word_left_out_names_someone_the_other_tips_do_not() {
        let mut story = ferry();
        story.articles[3].quotes.push(quote("holm"));
        // Quoted most: Morosk (the speaker filter), then Jansk (the two spellings), then Holm.
        assert_eq!(tips(story).exclude.as_deref(), Some("Holm"));
    }

    #[test]
    fn a_shorter_form_or_a_title_is_not_a_second_spelling() {
        // Nobody's name is spelled two ways: the most quoted person's surname stands in.
        let mut story = ferry();
        story.entities[2].aliases = vec!["Bertil Jansk".into(), "Chairman Jansk".into()];
        let tips = tips(story);
        assert_eq!(tips.name, Some(NameTip::Surname("Morosk".into())));
        assert_eq!(
            tips.lines()[0][1..],
            [
                code("Morosk"),
                text(" finds the name however it is written.")
            ]
        );
    }

    #[test]
    fn an_outlet_whose_every_word_is_shared_is_named_whole() {
        let mut story = ferry();
        for (article, outlet) in story.articles.iter_mut().zip([
            "Post",
            "Morning Post",
            "Morning Post",
            "The Morning Post",
        ]) {
            article.outlet = Some(outlet.into());
        }
        assert_eq!(tips(story).outlet.as_deref(), Some("\"Morning Post\""));
    }

    #[test]
    fn a_story_without_dates_or_outlets_leaves_those_filters_out() {
        let mut story = ferry();
        for article in &mut story.articles {
            article.date = None;
            article.outlet = None;
        }
        let tips = tips(story);
        assert_eq!((&tips.outlet, &tips.date), (&None, &None));
        assert_eq!(
            tips.lines()[2],
            [code("speaker:Morosk"), text(" filters the passages.")]
        );
    }

    #[test]
    fn a_date_the_filter_cannot_read_is_not_offered() {
        let mut story = ferry();
        for article in &mut story.articles {
            article.date = Some("March 16".into());
        }
        assert_eq!(tips(story).date, None);
    }

    #[test]
    fn a_date_with_a_time_offers_its_day() {
        let mut story = ferry();
        for (i, article) in story.articles.iter_mut().enumerate() {
            article.date = Some(format!("2026-03-16T0{i}:30+01:00"));
        }
        assert_eq!(tips(story).date.as_deref(), Some("2026-03-16"));
    }

    #[test]
    fn an_empty_story_gets_general_tips_without_names() {
        let tips = tips(Analysis::default());
        assert_eq!(tips, SearchTips::default());
        let lines = tips.lines();
        assert_eq!(
            lines,
            [
                vec![text(
                    "Names match in any spelling, and one typo is forgiven in longer words."
                )],
                vec![
                    text("Quotation marks find a phrase; "),
                    text("a minus before a word leaves it out.")
                ],
                vec![
                    code("outlet:"),
                    text(", "),
                    code("speaker:"),
                    text(" and "),
                    code("date:"),
                    text(" followed by a name or a date filter the passages.")
                ],
            ]
        );
    }

    #[test]
    fn people_never_quoted_give_a_surname_but_no_speaker_filter() {
        let mut story = ferry();
        for article in &mut story.articles {
            article.quotes.clear();
        }
        story.entities[2].aliases.truncate(2);
        let tips = tips(story);
        assert_eq!(tips.name, Some(NameTip::Surname("Holm".into())));
        assert_eq!((&tips.speaker, &tips.exclude), (&None, &None));
    }
}
