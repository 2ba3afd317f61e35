//! Names: spotting proper-name mentions in text, and folding spellings so that
//! transliterations of one name compare equal ("Kolesnikova" / "Kalesnikava").

use crate::text::Doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameKind {
    /// Two or more name tokens, or one token with an honorific.
    Person,
    /// A single capitalised token that may be a surname, a place or an organisation.
    Single,
    Organization,
}

/// A proper-name mention outside quotations.
#[derive(Debug, Clone)]
pub(crate) struct NameMention {
    /// Char span of the name itself (titles and honorifics excluded).
    pub start: usize,
    pub end: usize,
    /// Token range of the name.
    pub tokens: std::ops::Range<usize>,
    /// Name words as written, without honorifics and titles.
    pub words: Vec<String>,
    pub kind: NameKind,
    /// Gender implied by an honorific or title in front ("Ms.", "Queen").
    pub honorific: Option<Gender>,
    /// Title words in front ("Lithuanian President"), lowercased.
    pub title: Option<String>,
    /// Followed by a possessive ’s.
    pub possessive: bool,
}

impl NameMention {
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

pub(crate) fn surname_of(words: &[String]) -> &str {
    words
        .iter()
        .rev()
        .find(|w| !is_suffix(w) && !is_initial(w))
        .or(words.last())
        .map(String::as_str)
        .unwrap_or("")
}

pub(crate) fn given_of(words: &[String]) -> Option<&str> {
    let surname = surname_of(words);
    words
        .iter()
        .map(String::as_str)
        .find(|w| !is_initial(w) && !is_suffix(w) && *w != surname)
}

fn is_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Honorifics and titles that precede a name, with the gender they imply.
const TITLES: &[(&str, Option<Gender>)] = &[
    ("Mr.", Some(Gender::Male)),
    ("Mr", Some(Gender::Male)),
    ("Mrs.", Some(Gender::Female)),
    ("Mrs", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Sir", Some(Gender::Male)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
    ("Dame", Some(Gender::Female)),
    ("King", Some(Gender::Male)),
    ("Queen", Some(Gender::Female)),
    ("Prince", Some(Gender::Male)),
    ("Princess", Some(Gender::Female)),
    ("Father", Some(Gender::Male)),
    ("Sister", Some(Gender::Female)),
    ("Dr.", None),
    ("Dr", None),
    ("Prof.", None),
    ("Professor", None),
    ("President", None),
    ("Vice", None),
    ("Prime", None),
    ("Minister", None),
    ("Chancellor", None),
    ("Pope", None),
    ("Gen.", None),
    ("General", None),
    ("Col.", None),
    ("Colonel", None),
    ("Capt.", None),
    ("Captain", None),
    ("Lt.", None),
    ("Sgt.", None),
    ("Adm.", None),
    ("Admiral", None),
    ("Maj.", None),
    ("Major", None),
    ("Sen.", None),
    ("Senator", None),
    ("Rep.", None),
    ("Gov.", None),
    ("Governor", None),
    ("Mayor", None),
    ("Judge", None),
    ("Justice", None),
    ("Ambassador", None),
    ("Envoy", None),
    ("Secretary", None),
    ("Chairman", None),
    ("Chairwoman", None),
    ("Director", None),
    ("Commissioner", None),
    ("Inspector", None),
    ("Sheikh", None),
    ("Rev.", None),
    ("Bishop", None),
    ("Cardinal", None),
    ("Deputy", None),
    ("Chief", None),
    ("Speaker", None),
    ("Leader", None),
    ("Coach", None),
    ("Officer", None),
    ("Detective", None),
    ("Councillor", None),
    ("Councilor", None),
];

pub(crate) fn title_gender(word: &str) -> Option<Option<Gender>> {
    TITLES.iter().find(|(t, _)| *t == word).map(|&(_, g)| g)
}

/// Words that mark a capitalised sequence as an organisation.
const ORG_WORDS: &[&str] = &[
    "Committee",
    "Agency",
    "Embassy",
    "Center",
    "Centre",
    "Council",
    "Ministry",
    "Department",
    "Office",
    "University",
    "Institute",
    "Party",
    "Union",
    "Association",
    "Group",
    "Bank",
    "Fund",
    "Corporation",
    "Company",
    "Inc.",
    "Ltd.",
    "News",
    "Press",
    "Times",
    "Post",
    "Journal",
    "Headquarters",
    "Court",
    "Parliament",
    "Assembly",
    "Service",
    "Services",
    "Foundation",
    "Organization",
    "Organisation",
    "Commission",
    "Authority",
    "Police",
    "Army",
    "Forces",
    "Navy",
    "Federation",
    "Network",
    "Treasury",
    "Government",
    "Administration",
    "Coalition",
    "League",
    "Movement",
    "Society",
    "Board",
    "Guard",
    "Club",
    "Tribune",
    "Herald",
    "Gazette",
    "Telegraph",
    "Broadcasting",
    "Radio",
    "Television",
    "Railways",
    "Airlines",
    "Authority",
    "Trust",
    "Bureau",
    "Directorate",
    "Cabinet",
    "Senate",
    "Congress",
    "Secretariat",
    "Watch",
    "Observatory",
    "Monitor",
    "Institute",
    "Academy",
    "School",
    "College",
    "Hospital",
    "Council",
    "Programme",
    "Program",
    "Alliance",
    "Front",
    "Brigade",
    "Mission",
    "Chamber",
    "Unit",
];

/// Words that mark a capitalised sequence as a place or a thing, never a person.
const NON_PERSON_WORDS: &[&str] = &[
    "Prize",
    "Europe",
    "America",
    "Asia",
    "Africa",
    "Oceania",
    "States",
    "Kingdom",
    "Republic",
    "Emirates",
    "Sea",
    "Ocean",
    "River",
    "Lake",
    "Island",
    "Islands",
    "Street",
    "Avenue",
    "Road",
    "Square",
    "City",
    "County",
    "Province",
    "Region",
    "Border",
    "Bridge",
    "Port",
    "Airport",
    "Station",
    "Palace",
    "Hall",
    "Park",
    "Valley",
    "Mountains",
    "Bay",
    "Gulf",
    "Strait",
    "Peninsula",
    "Coast",
    "East",
    "West",
    "North",
    "South",
    "Day",
    "War",
    "Revolution",
    "Act",
    "Law",
    "Treaty",
    "Agreement",
    "Accord",
    "Plan",
    "Summit",
    "Games",
    "Cup",
    "Olympics",
    "Championship",
    "Festival",
    "Award",
    "Awards",
    "Medal",
    "Peace",
    "Talks",
    "Conference",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Credit",
    "Photo",
    "Comments",
    "Related",
    "Content",
    "Reply",
    "Read",
    "More",
    "Share",
    "Key",
    "Takeaways",
    "Nobel",
    "Kong",
    "York",
    "Zealand",
    "Internet",
    "Web",
    "Telegram",
    "Facebook",
    "Twitter",
    "Instagram",
    "YouTube",
    "TikTok",
    "Christmas",
    "Easter",
];

fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "del"
            | "der"
            | "van"
            | "von"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "du"
            | "dos"
            | "ibn"
    )
}

/// Words that begin a sentence with a capital but are never names.
fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "and"
            | "but"
            | "or"
            | "after"
            | "before"
            | "when"
            | "while"
            | "as"
            | "if"
            | "since"
            | "until"
            | "during"
            | "with"
            | "without"
            | "by"
            | "from"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "there"
            | "here"
            | "some"
            | "many"
            | "most"
            | "other"
            | "others"
            | "all"
            | "both"
            | "each"
            | "every"
            | "no"
            | "not"
            | "just"
            | "also"
            | "only"
            | "one"
            | "two"
            | "three"
            | "among"
            | "about"
            | "according"
            | "despite"
            | "following"
            | "under"
            | "over"
            | "between"
            | "against"
            | "into"
            | "through"
            | "upon"
            | "however"
            | "meanwhile"
            | "yet"
            | "so"
            | "still"
            | "then"
            | "now"
            | "once"
            | "why"
            | "what"
            | "who"
            | "how"
            | "where"
            | "which"
            | "although"
            | "though"
            | "because"
            | "instead"
            | "currently"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "new"
            | "former"
            | "another"
            | "such"
            | "more"
            | "less"
            | "even"
            | "already"
    )
}

/// True for capitalised adjectives of nationality or place ("Belarusian", "Ukrainian").
pub(crate) fn is_demonym(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && lower.len() >= 5
        && ["ian", "ean", "ese", "ish", "ans", "ians"]
            .iter()
            .any(|s| lower.ends_with(s))
        && !lower.ends_with("ski")
}

/// Is the paragraph a headline or a subhead (mostly capitalised words, no final stop)?
pub(crate) fn is_headline(doc: &Doc, tokens: std::ops::Range<usize>) -> bool {
    let words: Vec<usize> = tokens
        .clone()
        .filter(|&t| doc.is_word(t) && doc.first_char(t).is_alphabetic())
        .collect();
    if words.is_empty() {
        return false;
    }
    let ends_with_stop = tokens
        .clone()
        .last()
        .is_some_and(|t| doc.is_punct(t, '.') || doc.is_punct(t, '”') || doc.is_punct(t, '"'));
    let long: Vec<&usize> = words
        .iter()
        .filter(|&&t| !is_function_word(doc.token_lower(t)))
        .collect();
    let capitalised = long.iter().filter(|&&&t| doc.is_capitalized(t)).count();
    !ends_with_stop && words.len() <= 20 && (long.len() <= 1 || capitalised * 10 >= long.len() * 7)
}

/// Finds name mentions outside quotations (`masked[t]` is true for tokens inside one).
///
/// `proper` says whether a capitalised word is a proper noun when it begins a sentence: we only
/// trust words seen capitalised in the middle of a sentence somewhere in the corpus.
pub(crate) fn find_mentions(
    doc: &Doc,
    masked: &[bool],
    proper: &dyn Fn(&str) -> bool,
) -> Vec<NameMention> {
    let mut out = Vec::new();
    let in_mask = |t: usize| masked[t];
    for range in &doc.paragraph_tokens {
        if is_headline(doc, range.clone()) {
            continue;
        }
        let mut t = range.start;
        while t < range.end {
            if !doc.is_capitalized(t) || in_mask(t) || glued(doc, t) {
                t += 1;
                continue;
            }
            // Extend over capitalised words, initials and name connectors on one line.
            let start = t;
            let mut end = t + 1;
            while end < range.end && !in_mask(end) {
                let lower = doc.token_lower(end);
                let prev_possessive = ends_possessive(doc.token_text(end - 1));
                if prev_possessive {
                    break;
                }
                // "Maduro-whom" is a name run into the next word by a missing space.
                if glued(doc, end) {
                    break;
                }
                // "Harbour Workers’ Union": a plural possessive inside an organisation's name.
                let plural_possessive = crate::text::is_apostrophe(doc.first_char(end))
                    && doc.tokens[end].kind == crate::text::TokenKind::Punct
                    && doc.token_text(end - 1).ends_with('s')
                    && end + 1 < range.end
                    && doc.is_capitalized(end + 1)
                    && doc.tokens[end - 1].end == doc.tokens[end].start;
                if plural_possessive {
                    end += 1;
                    continue;
                }
                if doc.is_capitalized(end)
                    && !(is_function_word(lower) && !is_title_word(doc.token_text(end)))
                {
                    end += 1;
                } else if is_connector(lower) && end + 1 < range.end && doc.is_capitalized(end + 1)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            t = end;
            out.extend(classify(doc, start..end, proper));
        }
    }
    out
}

/// "Maduro-whom": a name run into the next word by a missing space is not a name token.
fn glued(doc: &Doc, t: usize) -> bool {
    doc.token_text(t)
        .split(['-', '‑'])
        .skip(1)
        .any(|part| part.starts_with(char::is_lowercase))
}

fn is_title_word(word: &str) -> bool {
    title_gender(word).is_some()
}

pub(crate) fn ends_possessive(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.ends_with("’s") || lower.ends_with("'s") || lower.ends_with("ʼs")
}

fn strip_possessive(word: &str) -> String {
    if ends_possessive(word) {
        word.chars().take(word.chars().count() - 2).collect()
    } else {
        word.to_string()
    }
}

fn sentence_initial(doc: &Doc, t: usize) -> bool {
    let para_start = doc.paragraph_tokens[doc.paragraph_of(doc.tokens[t].start)].start;
    if t == para_start {
        return true;
    }
    let prev = t - 1;
    if doc.tokens[prev].kind != crate::text::TokenKind::Punct {
        return false;
    }
    match doc.first_char(prev) {
        '.' | '!' | '?' | ':' | '•' | '…' | '|' | '·' => true,
        // An opening mark touches the word it opens; a closing one is followed by a space.
        '“' | '"' | '«' | '‘' | '„' => doc.tokens[prev].end == doc.tokens[t].start,
        _ => false,
    }
}

/// Turns a capitalised token run into at most one name mention.
fn classify(
    doc: &Doc,
    run: std::ops::Range<usize>,
    proper: &dyn Fn(&str) -> bool,
) -> Option<NameMention> {
    let mut first = run.start;
    // A capitalised first word of a sentence is only part of a name if it is a proper noun.
    while first < run.end {
        let text = doc.token_text(first);
        let lower = doc.token_lower(first);
        // A first word followed by another name word is a given name ("Anastasiya Luzgina"),
        // unless it reads like a verb or an adjective ("Freed Belarusian nationals").
        let next_is_name = first + 1 < run.end && {
            let next = doc.token_text(first + 1);
            !is_demonym(next)
                && !is_title_word(next)
                && !is_function_word(doc.token_lower(first + 1))
        };
        let verb_like = ["ed", "ing", "ly"].iter().any(|s| lower.ends_with(s)) || is_demonym(text);
        let keep = is_title_word(text)
            || (!is_function_word(lower)
                && (!sentence_initial(doc, first)
                    || proper(&strip_possessive(text))
                    || (next_is_name && !verb_like)));
        if keep {
            break;
        }
        first += 1;
    }
    if first >= run.end {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    for t in first..run.end {
        match words.last_mut() {
            Some(last) if doc.tokens[t].kind == crate::text::TokenKind::Punct => {
                last.push_str(doc.token_text(t))
            }
            _ => words.push(doc.token_text(t).to_string()),
        }
    }
    let preceded_by_the = first > 0 && {
        let p = doc.token_lower(first - 1);
        p == "the" && doc.tokens[first - 1].end + 1 >= doc.tokens[first].start
    };
    let possessive = ends_possessive(words.last().unwrap());
    if words
        .iter()
        .any(|w| ORG_WORDS.contains(&strip_possessive(w).as_str()))
        || words.iter().all(|w| is_acronym(w))
    {
        let start = doc.tokens[first].start;
        let end = doc.tokens[run.end - 1].end - if possessive { 2 } else { 0 };
        return Some(NameMention {
            start,
            end,
            tokens: first..run.end,
            words: words.iter().map(|w| strip_possessive(w)).collect(),
            kind: NameKind::Organization,
            honorific: None,
            title: None,
            possessive,
        });
    }
    if words
        .iter()
        .any(|w| NON_PERSON_WORDS.contains(&strip_possessive(w).as_str()))
    {
        return None;
    }
    // Split off titles: the name is what follows the last title word.
    let mut name_start = first;
    let mut honorific = None;
    let mut title_words = Vec::new();
    for t in first..run.end {
        let text = doc.token_text(t);
        if let Some(g) = title_gender(text) {
            if t + 1 < run.end {
                name_start = t + 1;
                honorific = honorific.or(g);
                title_words = (first..=t)
                    .map(|u| doc.token_text(u).to_lowercase())
                    .collect();
            }
        }
    }
    // A demonym in front of a name is a description, not a first name ("Belarusian Lukashenko").
    while name_start + 1 < run.end
        && is_demonym(doc.token_text(name_start))
        && !proper_first_name_position(doc, name_start)
    {
        title_words.push(doc.token_text(name_start).to_lowercase());
        name_start += 1;
    }
    let name_words: Vec<String> = (name_start..run.end)
        .map(|t| strip_possessive(doc.token_text(t)))
        .collect();
    if name_words.is_empty() || name_words.iter().all(|w| is_initial(w)) {
        return None;
    }
    if title_gender(doc.token_text(run.end - 1)).is_some() {
        return None;
    }
    let has_title = !title_words.is_empty()
        && title_words
            .iter()
            .any(|w| title_gender(&capitalize(w)).is_some());
    let kind = if name_words.len() >= 2 && !preceded_by_the {
        NameKind::Person
    } else if has_title && honorific_like(&title_words) {
        NameKind::Person
    } else {
        NameKind::Single
    };
    if preceded_by_the && name_words.len() >= 2 {
        return None;
    }
    let start = doc.tokens[name_start].start;
    let end = doc.tokens[run.end - 1].end - if possessive { 2 } else { 0 };
    Some(NameMention {
        start,
        end,
        tokens: name_start..run.end,
        words: name_words,
        kind,
        honorific,
        title: if title_words.is_empty() {
            None
        } else {
            Some(title_words.join(" "))
        },
        possessive,
    })
}

fn capitalize(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// Titles that make a single word a person's surname ("Mr. Coale", "President Trump").
fn honorific_like(title_words: &[String]) -> bool {
    title_words
        .iter()
        .any(|w| title_gender(&capitalize(w)).is_some())
}

/// A demonym-shaped word can still be a first name when nothing adjectival follows it; we keep
/// it as a first name only if the next word is an initial.
fn proper_first_name_position(doc: &Doc, t: usize) -> bool {
    t + 1 < doc.tokens.len() && is_initial(doc.token_text(t + 1))
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !w.contains('.')
}

/// `text` in Latin letters: with the `transliterate` feature, any script through deunicode; without
/// it, ASCII as it is and other chars through what [`learn_latin`] was given (a char it was not
/// given stays as it is, and the name folding below then drops it).
pub fn to_latin(text: &str) -> std::borrow::Cow<'_, str> {
    #[cfg(feature = "transliterate")]
    {
        deunicode::deunicode_with_tofu_cow(text, "[?]")
    }
    #[cfg(not(feature = "transliterate"))]
    {
        if text.is_ascii() {
            return std::borrow::Cow::Borrowed(text);
        }
        let learned = LEARNED.read().unwrap_or_else(|e| e.into_inner());
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match learned.get(&c) {
                Some(latin) if !c.is_ascii() => out.push_str(latin),
                _ => out.push(c),
            }
        }
        std::borrow::Cow::Owned(out)
    }
}

#[cfg(not(feature = "transliterate"))]
static LEARNED: std::sync::RwLock<std::collections::BTreeMap<char, String>> =
    std::sync::RwLock::new(std::collections::BTreeMap::new());

/// Teaches [`to_latin`] the Latin form of some chars, for builds without the `transliterate`
/// feature: a bundle carries the entries for every char of its corpus (see [`latin_table`]), and
/// the engine that opens it passes them here. Entries only add up (the same char always has the
/// same form), so bundles opened side by side do not disturb each other. With the feature this
/// does nothing: every char is known.
pub fn learn_latin(entries: &[(char, String)]) {
    #[cfg(not(feature = "transliterate"))]
    {
        let mut learned = LEARNED.write().unwrap_or_else(|e| e.into_inner());
        for (c, latin) in entries {
            learned.entry(*c).or_insert_with(|| latin.clone());
        }
    }
    #[cfg(feature = "transliterate")]
    let _ = entries;
}

/// The Latin form of every non-ASCII char in `texts`, and of the Cyrillic and Greek alphabets
/// (so that a name typed in either script finds its romanised spellings), sorted by char: what
/// a bundle carries for [`learn_latin`].
#[cfg(feature = "transliterate")]
pub fn latin_table<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<(char, String)> {
    let alphabets = ('\u{0386}'..='\u{03ce}').chain('\u{0400}'..='\u{045f}');
    let chars: std::collections::BTreeSet<char> = texts
        .into_iter()
        .flat_map(str::chars)
        .chain(alphabets)
        .filter(|c| !c.is_ascii())
        .collect();
    chars
        .into_iter()
        .filter_map(|c| Some((c, deunicode::deunicode_char(c)?.to_string())))
        .collect()
}

/// Folds a name for comparison across transliterations: ASCII, lowercase, and rewriting of the
/// letter groups that vary between romanisations of Cyrillic and other scripts.
///
/// ```
/// use claimlens_core::fold_name;
/// assert_eq!(fold_name("Tsikhanouskaya"), fold_name("Tikhanovskaya"));
/// assert_eq!(fold_name("Byalyatski"), fold_name("Bialiatski"));
/// assert_ne!(fold_name("Tikhanovsky"), fold_name("Tikhanovskaya"));
/// ```
pub fn fold_name(name: &str) -> String {
    let ascii = to_latin(name).to_lowercase();
    let letters: String = ascii.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let mut s = letters;
    for (from, to) in [
        ("shch", "s"),
        ("sch", "s"),
        ("kh", "h"),
        ("zh", "z"),
        ("ch", "c"),
        ("sh", "s"),
        ("ts", "t"),
        ("tz", "t"),
        ("x", "ks"),
        ("ph", "f"),
        ("w", "v"),
        ("j", "i"),
        ("y", "i"),
        ("ck", "k"),
        ("q", "k"),
    ] {
        s = s.replace(from, to);
    }
    // Belarusian "ou"/"au" before a consonant is Russian "ov"/"av" (Tsikhanouskaya/Tikhanovskaya).
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let vowel = |c: char| "aeiou".contains(c);
        if c == 'u' && i > 0 && vowel(chars[i - 1]) && chars.get(i + 1).is_some_and(|&n| !vowel(n))
        {
            out.push('v');
        } else if i > 0 && chars[i - 1] == c {
            // Double letters vary between spellings.
        } else if c == 'i' && i > 0 && chars[i - 1] == 'i' {
        } else {
            out.push(c);
        }
    }
    out
}

/// Consonant skeleton of a folded name: vowels vary most between transliterations.
pub(crate) fn skeleton(folded: &str) -> String {
    folded.chars().filter(|c| !"aeiou".contains(*c)).collect()
}

/// Gender implied by a surname's ending, where Slavic and Baltic languages mark it.
pub(crate) fn surname_gender(surname: &str) -> Option<Gender> {
    let s = to_latin(surname).to_lowercase();
    const FEMALE: &[&str] = &[
        "aya", "aia", "ova", "eva", "ina", "ava", "ska", "cka", "ovna", "aite", "yte", "iene",
        "ienе",
    ];
    const MALE: &[&str] = &[
        "sky", "ski", "skiy", "skii", "ov", "ev", "in", "yn", "ovich", "evich",
    ];
    if FEMALE.iter().any(|e| s.ends_with(e)) {
        Some(Gender::Female)
    } else if MALE.iter().any(|e| s.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Gender suggested by a given name: many languages end female given names in "a".
pub(crate) fn given_gender(given: &str) -> Option<Gender> {
    let s = to_latin(given).to_lowercase();
    if s.len() < 2 || !s.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    const MALE_IN_A: &[&str] = &[
        "nikita", "luca", "joshua", "ilya", "ilia", "sasha", "misha", "kuzma", "foma", "jonah",
        "ezra", "andrea", "akira", "dima", "vanya", "kolya", "jura", "yura", "mustafa", "musa",
        "isa", "moussa", "elia", "garcia",
    ];
    // Only the "a" ending is a usable signal; other endings say nothing either way.
    (s.ends_with('a') && !MALE_IN_A.contains(&s.as_str())).then_some(Gender::Female)
}

/// Edit distance, for comparing folded names.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A name word folded once, for repeated comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Folded {
    pub fold: String,
    pub skeleton: String,
}

impl Folded {
    pub fn new(word: &str) -> Folded {
        let fold = fold_name(word);
        let skeleton = skeleton(&fold);
        Folded { fold, skeleton }
    }
}

/// Do two spellings plausibly name the same word in different transliterations?
#[cfg(test)]
fn same_word(a: &str, b: &str) -> bool {
    same_folded(&Folded::new(a), &Folded::new(b))
}

pub(crate) fn same_folded(a: &Folded, b: &Folded) -> bool {
    let (fa, fb) = (&a.fold, &b.fold);
    if fa == fb {
        return true;
    }
    if fa.is_empty() || fb.is_empty() || a.skeleton != b.skeleton {
        return false;
    }
    // Short names differ by one letter too easily ("Maria" / "Marina"): they must fold equal.
    let longest = fa.len().max(fb.len());
    let allowed = if longest < 6 { 0 } else { (longest / 4).max(1) };
    edit_distance(fa, fb) <= allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_fold_together() {
        for (a, b) in [
            ("Kolesnikova", "Kalesnikava"),
            ("Bialiatski", "Byalyatski"),
            ("Babaryka", "Babariko"),
            ("Babaryka", "Babaryko"),
            ("Tsikhanouskaya", "Tikhanovskaya"),
            ("Aleksandr", "Alexander"),
            ("Maksim", "Maxim"),
            ("Sviatlana", "Svetlana"),
            ("Maria", "Maryya"),
            ("Viktar", "Viktor"),
        ] {
            assert!(same_word(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Sergei", "Sviatlana"),
            ("Maria", "Marina"),
            ("Ivan", "Ilya"),
            ("Coale", "Cole"),
        ] {
            assert!(!same_word(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn gendered_surnames_differ() {
        assert_eq!(surname_gender("Tikhanovsky"), Some(Gender::Male));
        assert_eq!(surname_gender("Tsikhanouskaya"), Some(Gender::Female));
        assert_eq!(surname_gender("Kalesnikava"), Some(Gender::Female));
        assert_eq!(surname_gender("Lukashenko"), None);
        assert_eq!(given_gender("Natalya"), Some(Gender::Female));
        assert_eq!(given_gender("Katrin"), None);
    }

    fn names(text: &str) -> Vec<(String, NameKind)> {
        let doc = Doc::new(text);
        find_mentions(&doc, &vec![false; doc.tokens.len()], &|w| w != "Freed")
            .into_iter()
            .map(|m| (m.text(), m.kind))
            .collect()
    }

    #[test]
    fn titles_and_honorifics_are_split_off() {
        assert_eq!(
            names("Lithuanian President Gitanas Nausėda met Ms. Kolesnikova and the Norwegian Nobel Committee."),
            [("Gitanas Nausėda".to_string(), NameKind::Person), ("Kolesnikova".to_string(), NameKind::Person), ("Norwegian Nobel Committee".to_string(), NameKind::Organization)]
        );
        assert_eq!(
            names("Freed Belarusian nationals went home."),
            [("Belarusian".to_string(), NameKind::Single)]
        );
        assert_eq!(
            names("Lukashenko’s press secretary, Natalya Eismont, said."),
            [
                ("Lukashenko".to_string(), NameKind::Single),
                ("Natalya Eismont".to_string(), NameKind::Person)
            ]
        );
    }
}
