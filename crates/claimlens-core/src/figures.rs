//! Figures: numbers that state facts, with what they count, the event they measure, where,
//! when, and who asserts them.

use std::collections::BTreeMap;

use crate::attribution::{ArticleAnalysis, Resolved};
use crate::entities::{EntityIx, Registry};
use crate::lexicon::is_month;
use crate::model::Qualifier;
use crate::names::{fold_name, is_demonym};
use crate::numbers;

/// What a figure measures: figures with equal keys are one claim.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ClaimKey {
    /// Counted thing, normalised ("people", "days of talks").
    pub class: String,
    /// Nationality qualifying the counted thing ("ukrain" for "five Ukrainians").
    pub nationality: String,
    pub event: String,
    pub destination: String,
    /// A time scope other than the story's own event ("earlier", "cumulative").
    pub scope: String,
    /// For per-person figures (sentences, ages): whose.
    pub person: Option<EntityIx>,
    pub percent: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct RawFigure {
    pub start: usize,
    pub end: usize,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub value: f64,
    pub counts: String,
    /// Head noun as written, for claim labels.
    pub head: String,
    pub key: Option<ClaimKey>,
    pub holder: Option<EntityIx>,
    /// "X along with 113 other prisoners": the figure plus the named one.
    pub total: Option<f64>,
    /// Index of the next figure this one is summed with ("five Ukrainians and 104 Belarusians").
    pub part_of_sum_with: Option<usize>,
}

/// Event verbs and nouns, by the event they name.
fn event_of(word: &str) -> Option<&'static str> {
    Some(match word {
        "free" | "freed" | "frees" | "freeing" | "release" | "released" | "releases"
        | "releasing" | "pardon" | "pardoned" | "pardons" | "pardoning" | "liberated"
        | "liberation" | "amnestied" => "released",
        "treated" | "treatment" => "injured",
        "sent" | "send" | "sending" | "transferred" | "transfer" | "handed" | "transported"
        | "deported" | "arrived" | "arrive" | "arriving" | "received" | "receive" | "taken"
        | "expelled" | "flown" | "bused" | "moved" => "transferred",
        "remain" | "remains" | "remaining" | "held" | "behind" | "custody" => "held",
        "sentenced" | "sentence" => "sentenced",
        "rescued" | "rescue" | "saved" | "survived" | "survivors" | "alive" | "pulled" => "rescued",
        "killed" | "dead" | "died" | "deaths" | "death" | "bodies" | "fatalities" => "killed",
        "injured" | "wounded" | "hurt" | "hospitalised" | "hospitalized" | "hospital" => "injured",
        "intensive" | "critical" => "in intensive care",
        "missing" | "unaccounted" => "missing",
        "evacuated" | "evacuation" => "evacuated",
        "arrested" | "detained" | "arrests" => "arrested",
        "aboard" | "board" | "carrying" | "carried" | "manifest" => "aboard",
        _ => return None,
    })
}

/// Counted nouns that are people, whatever the word.
fn people_class(lemma: &str) -> bool {
    matches!(
        lemma,
        "prisoner"
            | "inmate"
            | "detainee"
            | "captive"
            | "civilian"
            | "person"
            | "people"
            | "individual"
            | "other"
            | "activist"
            | "national"
            | "citizen"
            | "passenger"
            | "hostage"
            | "survivor"
            | "victim"
            | "resident"
            | "adult"
            | "child"
            | "children"
            | "man"
            | "men"
            | "woman"
            | "women"
            | "migrant"
            | "refugee"
            | "protester"
            | "worker"
            | "soldier"
            | "fisherman"
            | "member"
            | "crew"
            | "dead"
            | "injured"
            | "wounded"
            | "missing"
            | "rescued"
            | "killed"
            | "unaccounted"
            | "saved"
            | "evacuee"
            | "casualty"
            | "fatality"
            | "body"
    )
}

fn lemma(word: &str) -> String {
    let w = word
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase();
    if matches!(
        w.as_str(),
        "people" | "children" | "men" | "women" | "news" | "series"
    ) {
        return w;
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    if w.ends_with("ss") || w.ends_with("us") {
        return w;
    }
    w.strip_suffix('s').map(String::from).unwrap_or(w)
}

fn stops_count_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "to"
            | "in"
            | "for"
            | "on"
            | "at"
            | "from"
            | "with"
            | "who"
            | "that"
            | "which"
            | "were"
            | "was"
            | "had"
            | "have"
            | "has"
            | "and"
            | "or"
            | "but"
            | "by"
            | "as"
            | "after"
            | "before"
            | "including"
            | "between"
            | "behind"
            | "are"
            | "is"
            | "will"
            | "would"
            | "could"
            | "remain"
            | "remained"
            | "since"
            | "than"
            | "into"
            | "while"
            | "when"
            | "during"
            | "ago"
            | "later"
            | "earlier"
            | "per"
            | "each"
            | "a"
            | "an"
            | "the"
    )
}

/// Words that put a figure in another period than the story's own event.
fn scope_marker(lower: &str) -> bool {
    matches!(
        lower,
        "total"
            | "since"
            | "overall"
            | "altogether"
            | "previously"
            | "previous"
            | "earlier"
            | "monthslong"
            | "series"
            | "engagement"
            | "between"
            | "so-far"
            | "cumulative"
            | "last"
            | "prior"
    ) || is_month(lower)
        || (lower.len() == 4
            && lower
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y)))
}

/// Extracts the figures of one article.
pub(crate) fn extract(
    art: &ArticleAnalysis,
    resolved: &Resolved,
    reg: &Registry,
    ai: usize,
) -> Vec<RawFigure> {
    let doc = &art.doc;
    let mut out: Vec<RawFigure> = Vec::new();
    let place_of = places(art);
    let mut headlines: BTreeMap<usize, bool> = BTreeMap::new();
    let countries = countries(art);
    let mut last_class: Option<(String, String, usize)> = None;
    for (si, sentence) in art.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        // Headlines capitalise every word: "Releases 123 Prisoners".
        let headline = *headlines.entry(sentence.paragraph).or_insert_with(|| {
            crate::names::is_headline(doc, doc.paragraph_tokens[sentence.paragraph].clone())
        });
        let first_in_sentence = out.len();
        // Facts of the whole sentence, read once when its first figure needs them rather than
        // once per figure: a long sentence of numbers ("12, 12, 12, ...") stays linear.
        let mut sentence_scoped: Option<bool> = None;
        let mut first_subset_word: Option<Option<usize>> = None;
        let mut t = range.start;
        while t < range.end {
            let Some(n) = numbers::read(doc, t, range.end) else {
                t += 1;
                continue;
            };
            let num_end = n.tokens.end;
            let next_lower = |k: usize| {
                if num_end + k < range.end {
                    doc.token_lower(num_end + k)
                } else {
                    ""
                }
            };
            let prev_lower = |k: usize| {
                if t >= range.start + k {
                    doc.token_lower(t - k)
                } else {
                    ""
                }
            };
            let raw = doc.token_lower(t);
            let is_year = raw.len() == 4
                && !raw.contains(',')
                && (1900.0..=2100.0).contains(&n.value)
                && !n.percent;
            let is_date = is_month(prev_lower(1))
                || is_month(next_lower(0))
                || (is_month(next_lower(1)) && next_lower(0) == "of");
            let is_time = matches!(next_lower(0), "a.m." | "p.m." | "am" | "pm" | "gmt" | "utc" | "o'clock" | "hours" if next_lower(0) != "hours" || doc.is_punct(num_end.min(range.end - 1), ':'))
                || (num_end < range.end
                    && doc.is_punct(num_end, ':')
                    && num_end + 1 < range.end
                    && doc
                        .token_lower(num_end + 1)
                        .chars()
                        .all(|c| c.is_ascii_digit()))
                || (t > range.start
                    && doc.is_punct(t - 1, ':')
                    && t >= 2
                    && doc.token_lower(t - 2).chars().all(|c| c.is_ascii_digit()));
            let is_label = matches!(
                prev_lower(1),
                "no."
                    | "number"
                    | "no"
                    | "#"
                    | "page"
                    | "article"
                    | "chapter"
                    | "route"
                    | "flight"
                    | "covid-"
            );
            let ago = (0..4).any(|k| next_lower(k) == "ago");
            if is_year || is_date || is_time || is_label || ago || n.value == 0.0 {
                t = num_end;
                continue;
            }
            // What it counts.
            let mut k = num_end;
            let partitive =
                k < range.end && doc.token_lower(k) == "of" && n.qualifier != Qualifier::Vague;
            if partitive
                || (k < range.end && doc.token_lower(k) == "of" && n.qualifier == Qualifier::Vague)
            {
                k += 1;
                while k < range.end
                    && matches!(
                        doc.token_lower(k),
                        "the" | "them" | "those" | "these" | "their"
                    )
                {
                    k += 1;
                }
            }
            let mut run = Vec::new();
            while k < range.end
                && doc.is_word(k)
                && run.len() < 5
                && art.in_quote[k] == art.in_quote[t]
            {
                let lower = doc.token_lower(k);
                // Adverbs inside the phrase say nothing of what is counted ("55 still missing").
                if matches!(
                    lower,
                    "still" | "now" | "currently" | "reportedly" | "already" | "officially"
                ) {
                    k += 1;
                    continue;
                }
                let after_adverb = run
                    .last()
                    .is_some_and(|&r| doc.token_lower(r).ends_with("ly"));
                if stops_count_phrase(lower)
                    || numbers::read(doc, k, range.end).is_some()
                    || (!run.is_empty() && !after_adverb && event_of(lower).is_some())
                {
                    break;
                }
                let text = doc.token_text(k);
                if doc.is_capitalized(k) && crate::names::ends_possessive(text) && run.is_empty() {
                    // "two of Belarus’s top opposition leaders"
                    k += 1;
                    continue;
                }
                if doc.is_capitalized(k)
                    && !headline
                    && !is_demonym(text)
                    && !text.contains('.')
                    && !text.ends_with("ans")
                {
                    break;
                }
                // A plural noun ends the phrase: "prisoners released" is a noun and a verb.
                let after_plural = run.last().is_some_and(|&r| {
                    let w = doc.token_lower(r);
                    w.ends_with('s') && !w.ends_with("ss") && lemma(w) != w
                });
                if after_plural {
                    break;
                }
                run.push(k);
                k += 1;
            }
            let token_text = doc.token_lower(t).replace('‑', "-");
            let currency = (n.tokens.start > range.start)
                .then(|| doc.token_text(n.tokens.start - 1))
                .filter(|c| matches!(*c, "$" | "£" | "€" | "¥" | "₽" | "₴"));
            // "Nolan Fisk, 58, ...": an age in commas after a name.
            let age_apposition = n.tokens.start >= 2
                && doc.is_punct(n.tokens.start - 1, ',')
                && doc.is_capitalized(n.tokens.start - 2)
                && num_end < range.end
                && doc.is_punct(num_end, ',');
            let (head, modifiers): (String, Vec<String>) =
                if token_text.contains("-year-old") || age_apposition {
                    ("age".into(), Vec::new())
                } else if let Some(c) = currency {
                    (c.to_string(), Vec::new())
                } else if let Some((_, unit)) = token_text.split_once('-').filter(|(d, u)| {
                    d.chars().all(|c| c.is_ascii_digit()) && u.chars().all(char::is_alphabetic)
                }) {
                    // "13-inch", "10-day"
                    (unit.to_string(), Vec::new())
                } else if let Some(&h) = run.last() {
                    (
                        doc.token_text(h).to_string(),
                        run[..run.len() - 1]
                            .iter()
                            .map(|&m| doc.token_text(m).to_string())
                            .collect(),
                    )
                } else {
                    (String::new(), Vec::new())
                };
            let head_lemma = lemma(&head);
            let mut nationality: String = modifiers
                .iter()
                .filter(|m| m.chars().next().is_some_and(char::is_uppercase))
                .map(|m| demonym_key(m))
                .collect::<Vec<_>>()
                .join(" ");
            let noun_before = (n.tokens.start > range.start)
                .then(|| doc.token_lower(n.tokens.start - 1))
                .filter(|w| {
                    doc.is_word(n.tokens.start - 1)
                        && w.chars().all(char::is_alphabetic)
                        && !stops_count_phrase(w)
                        && event_of(w).is_none()
                        && w.len() > 3
                        && !matches!(
                            *w,
                            "other"
                                | "another"
                                | "some"
                                | "only"
                                | "first"
                                | "last"
                                | "next"
                                | "remaining"
                                | "least"
                                | "most"
                                | "about"
                                | "around"
                                | "nearly"
                                | "over"
                                | "than"
                                | "those"
                                | "these"
                                | "total"
                                | "further"
                                | "additional"
                        )
                });
            let mut class = if head_lemma.is_empty() {
                match (&noun_before, &last_class) {
                    // "population 9.5 million"
                    (Some(noun), _) if !partitive => noun.to_string(),
                    // "the other nine": people counted in the sentence just before.
                    (_, Some((c, _, from)))
                        if c == "people"
                            && (n.qualifier != Qualifier::Vague || partitive)
                            && si <= from + 1 =>
                    {
                        c.clone()
                    }
                    _ => String::new(),
                }
            } else if people_class(&head_lemma) {
                "people".into()
            } else if head.chars().next().is_some_and(char::is_uppercase) && is_demonym(&head) {
                nationality = demonym_key(&head);
                "people".into()
            } else {
                head_lemma.clone()
            };
            if class.is_empty() && n.qualifier == Qualifier::Vague {
                class = "people".into();
            }
            if n.percent {
                class = format!("% {class}").trim().to_string();
            }
            // The event it measures: the nearest event word outside the counted phrase.
            let same_zone = |u: usize| art.in_quote[u] == art.in_quote[t];
            let np = n.tokens.start..k.max(num_end);
            // Its distance is the words and commas between, plus one; only words within 12 count,
            // so the scan goes outward from the phrase on each side and stops there. The
            // nearest wins, the earlier of two as near.
            let mut best: Option<(usize, &'static str, usize)> = None;
            let mut consider = |u: usize, d: usize| {
                if d > 12 || !same_zone(u) || !doc.is_word(u) {
                    return;
                }
                if let Some(ev) = event_of(doc.token_lower(u)) {
                    if best.is_none_or(|b| (d, u) < (b.2, b.0)) {
                        best = Some((u, ev, d));
                    }
                }
            };
            let counted = |v: usize| usize::from(doc.is_word(v) || doc.is_punct(v, ','));
            let mut gap = 0;
            for u in (range.start..np.start).rev() {
                // Before the phrase, the event word itself is among the words between.
                gap += counted(u);
                if gap > 12 {
                    break;
                }
                consider(u, gap + 1);
            }
            gap = 0;
            for u in np.end.max(range.start)..range.end {
                if gap >= 12 {
                    break;
                }
                consider(u, gap + 1);
                gap += counted(u);
            }
            if best.is_none() {
                for &u in &run {
                    if let Some(ev) = event_of(doc.token_lower(u)) {
                        best = Some((u, ev, 0));
                    }
                }
            }
            // A head that is itself an event ("48 rescued", "nine dead") names the event.
            // A head that is itself an event adjective ("48 rescued", "nine dead") names the
            // event; a head noun ("23 survivors were treated") yields to a close verb.
            let head_event = event_of(&head.to_lowercase());
            let adjective_head = run.len() == 1
                && (head.ends_with("ed")
                    || matches!(
                        head.to_lowercase().as_str(),
                        "dead" | "missing" | "alive" | "unaccounted"
                    ));
            let event = match (head_event, best) {
                (Some(h), _) if adjective_head => h,
                (_, Some(b)) if b.2 <= 4 => b.1,
                (Some(h), _) => h,
                (None, b) => b.map(|b| b.1).unwrap_or(""),
            };
            let destination = if event == "transferred" {
                let verb = best.map(|b| b.0).unwrap_or(t);
                destination(art, &range, verb.max(np.end), &place_of, &countries)
                    .unwrap_or_default()
            } else {
                String::new()
            };
            let personal = matches!(
                head_lemma.as_str(),
                "year" | "month" | "day" | "week" | "age" | "pound" | "kilogram" | "hour"
            ) && !event.is_empty();
            let person = if personal || head_lemma == "age" {
                resolved.subjects[si]
                    .filter(|&e| reg.is_person(e))
                    .or_else(|| first_person(art, reg, ai, range.clone()))
            } else {
                None
            };
            // "including five Ukrainians": a part of another figure, not a total of its own.
            let subset = first_subset_word
                .get_or_insert_with(|| {
                    range.clone().find(|&u| {
                        matches!(
                            doc.token_lower(u),
                            "including" | "included" | "include" | "includes" | "among"
                        )
                    })
                })
                .is_some_and(|u| u < n.tokens.start);
            let scope = if person.is_some() {
                String::new()
            } else if subset {
                "part of a group".to_string()
            } else if *sentence_scoped.get_or_insert_with(|| scoped(art, range.clone())) {
                "another period".to_string()
            } else {
                String::new()
            };
            // Who asserts it.
            let holder = match art.in_quote[t] {
                Some(qi) => art
                    .quotes
                    .iter()
                    .position(|q| q.index == qi)
                    .and_then(|rq| resolved.quotes[rq].speaker),
                None => {
                    let cues = &sentence.cues;
                    let mut chosen = None;
                    for (ci, cue) in cues.iter().enumerate() {
                        if !cue.reports || art.in_quote[cue.token].is_some() {
                            continue;
                        }
                        let Some(e) = resolved.cue_speakers[si][ci] else {
                            continue;
                        };
                        if cue.token < t {
                            chosen = Some(e);
                            continue;
                        }
                        // After the figure only as "…, X said", not "after X indicated".
                        let between = num_end..cue.token;
                        let comma = between.clone().any(|u| doc.is_punct(u, ','));
                        let subordinate = between.clone().any(|u| {
                            matches!(
                                doc.token_lower(u),
                                "after"
                                    | "before"
                                    | "as"
                                    | "when"
                                    | "while"
                                    | "because"
                                    | "since"
                                    | "although"
                                    | "until"
                                    | "once"
                                    | "if"
                            )
                        });
                        if chosen.is_none() && comma && !subordinate {
                            chosen = Some(e);
                        }
                        break;
                    }
                    chosen
                }
            };
            let along_with = prev_lower(2) == "along" && prev_lower(1) == "with";
            // People are counted by event ("released", "sent to Ukraine"); other things by what
            // they are of or for ("days of talks", "thalers per family").
            let is_people = class == "people";
            let complement = complement_after(art, k, range.end);
            let keyed = !class.is_empty()
                && if is_people {
                    !event.is_empty()
                } else {
                    person.is_some() || !complement.is_empty()
                };
            let event = if is_people || person.is_some() {
                event
            } else {
                ""
            };
            let destination = if event.is_empty() {
                String::new()
            } else {
                destination
            };
            let counts = describe(&head, &class, event, &destination, n.percent);
            let key = keyed.then(|| ClaimKey {
                class: if is_people || complement.is_empty() {
                    class.clone()
                } else {
                    format!("{class} / {complement}")
                },
                nationality: nationality.clone(),
                event: event.to_string(),
                destination: destination.clone(),
                scope,
                person,
                percent: n.percent,
            });
            let start = doc.tokens[n.tokens.start].start;
            let end = doc.tokens[np.end.max(num_end) - 1].end;
            if !class.is_empty() {
                last_class = Some((class.clone(), head.clone(), si));
            }
            // The counted phrase of the figure before can run into this number's qualifier
            // ("1 more than 100 people": "more than" is read back from 100): it ends where this
            // one starts, so figures never overlap. The qualifier's words are not number words,
            // so the figure before keeps at least its number.
            if let Some(prev) = out.last_mut().filter(|prev| prev.end > start) {
                prev.end = doc.tokens[n.tokens.start - 1].end.max(prev.start);
            }
            out.push(RawFigure {
                start,
                end,
                low: n.low,
                high: n.high,
                qualifier: n.qualifier,
                value: n.value,
                counts,
                head,
                key,
                holder,
                total: along_with.then_some(n.value + 1.0),
                part_of_sum_with: None,
            });
            t = num_end;
        }
        // "five Ukrainians and 104 Belarusians": parts of one group.
        let in_sentence: Vec<usize> = (first_in_sentence..out.len()).collect();
        for w in in_sentence.windows(2) {
            let (a, b) = (&out[w[0]], &out[w[1]]);
            let between = doc.slice(a.end..b.start);
            let (Some(ka), Some(kb)) = (&a.key, &b.key) else {
                continue;
            };
            let different_parts =
                ka.nationality != kb.nationality || lemma(&a.head) != lemma(&b.head);
            if between.trim() == "and"
                && ka.class == kb.class
                && different_parts
                && ka.event == kb.event
                && ka.scope.is_empty()
            {
                out[w[0]].part_of_sum_with = Some(w[1]);
                // The parts stand for the whole in the claim; on their own they are parts.
                for i in [w[0], w[1]] {
                    if let Some(k) = out[i].key.as_mut() {
                        if k.nationality.is_empty() {
                            k.scope = "part of a group".into();
                        }
                    }
                }
            }
        }
    }
    out
}

/// Does the sentence put its figures in another period than the story's event ("in
/// September", "between July 2024 and last month", "has seen")? Relative clauses about
/// someone ("who shared the prize in 2022") and full dates ("December 13") do not count.
fn scoped(art: &ArticleAnalysis, range: std::ops::Range<usize>) -> bool {
    let doc = &art.doc;
    let mut in_relative = false;
    for u in range.clone() {
        let lower = doc.token_lower(u);
        if matches!(lower, "who" | "which" | "whose") {
            in_relative = true;
        }
        if doc.is_punct(u, ',') {
            in_relative = false;
        }
        if in_relative || !doc.is_word(u) || !scope_marker(lower) {
            continue;
        }
        let near_number = |v: usize| {
            v < doc.tokens.len()
                && doc
                    .token_lower(v)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                && doc.token_lower(v).len() <= 2
        };
        if is_month(lower) && (near_number(u + 1) || (u > 0 && near_number(u - 1))) {
            continue;
        }
        return true;
    }
    has_perfect_result(art, range)
}

/// "had led to", "has seen": results accumulated over time rather than the event itself.
fn has_perfect_result(art: &ArticleAnalysis, range: std::ops::Range<usize>) -> bool {
    let words: Vec<&str> = range
        .filter(|&t| art.doc.is_word(t))
        .map(|t| art.doc.token_lower(t))
        .collect();
    words.windows(2).any(|w| {
        matches!(w[0], "has" | "have" | "had")
            && matches!(w[1], "led" | "seen" | "secured" | "brokered")
    })
}

/// The noun a figure is "of", "to", "per" or "for" ("days of talks", "thalers to each
/// bereaved family"): the last lowercase word of the phrase after the preposition.
fn complement_after(art: &ArticleAnalysis, k: usize, end: usize) -> String {
    let doc = &art.doc;
    if k >= end || !matches!(doc.token_lower(k), "of" | "to" | "per" | "for" | "from") {
        return String::new();
    }
    let mut last = String::new();
    for u in k + 1..end.min(k + 6) {
        let w = doc.token_lower(u);
        if !doc.is_word(u)
            || (u > k + 1
                && matches!(
                    w,
                    "of" | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "who"
                        | "that"
                        | "which"
                        | "and"
                        | "was"
                        | "were"
                        | "is"
                ))
        {
            break;
        }
        if !matches!(
            w,
            "the" | "a" | "an" | "each" | "every" | "its" | "their" | "his" | "her"
        ) && !doc.is_capitalized(u)
        {
            last = lemma(w);
        }
    }
    last
}

fn describe(head: &str, class: &str, event: &str, destination: &str, percent: bool) -> String {
    let noun = if head.is_empty() {
        class.trim_start_matches('%').trim().to_string()
    } else {
        head.to_lowercase()
    };
    let mut s = if percent {
        format!("% {noun}").trim().to_string()
    } else {
        noun
    };
    if !event.is_empty() {
        s.push(' ');
        s.push_str(match event {
            "transferred" => "sent",
            other => other,
        });
    }
    if !destination.is_empty() {
        s.push_str(" to ");
        s.push_str(destination);
    }
    s
}

fn demonym_key(word: &str) -> String {
    let f = fold_name(word);
    f.chars().take(5).collect()
}

/// Places the article names, with "X, the capital of Y" mapping X to Y.
fn places(art: &ArticleAnalysis) -> BTreeMap<String, String> {
    let doc = &art.doc;
    let mut out = BTreeMap::new();
    for t in 0..doc.tokens.len().saturating_sub(5) {
        if doc.is_capitalized(t)
            && doc.is_punct(t + 1, ',')
            && doc.token_lower(t + 2) == "the"
            && doc.token_lower(t + 3) == "capital"
            && doc.token_lower(t + 4) == "of"
        {
            let mut y = t + 5;
            while y < doc.tokens.len() && !doc.is_capitalized(y) && y < t + 8 {
                y += 1;
            }
            if y < doc.tokens.len() && doc.is_capitalized(y) {
                out.insert(doc.token_text(t).to_string(), doc.token_text(y).to_string());
            }
        }
    }
    out
}

fn destination(
    art: &ArticleAnalysis,
    range: &std::ops::Range<usize>,
    after: usize,
    capitals: &BTreeMap<String, String>,
    countries: &BTreeMap<String, String>,
) -> Option<String> {
    let doc = &art.doc;
    let canonical = |name: String| capitals.get(&name).cloned().unwrap_or(name);
    let mut u = after;
    let limit = (after + 6).min(range.end);
    while u + 1 < limit {
        let w = doc.token_lower(u);
        if matches!(w, "to" | "in" | "into" | "on" | "for") {
            let mut v = u + 1;
            while v < range.end
                && matches!(doc.token_lower(v), "the" | "neighboring" | "neighbouring")
            {
                v += 1;
            }
            let when = v < range.end
                && (is_month(doc.token_lower(v)) || doc.token_lower(v).ends_with("day"));
            if v < range.end && doc.is_capitalized(v) && !when {
                let text = doc.token_text(v);
                if is_demonym(text) {
                    return Some(country_for_demonym(countries, text));
                }
                return Some(canonical(text.to_string()));
            }
            if v + 1 < range.end
                && doc.token_lower(v) == "that"
                && doc.token_lower(v + 1) == "country"
            {
                break;
            }
        }
        if doc.is_punct(u, ',') || doc.is_punct(u, '.') {
            break;
        }
        u += 1;
    }
    // No place after the verb: the country of a demonym in the sentence ("Ukrainian officials
    // said 114 arrived in that country").
    range
        .clone()
        .filter(|&v| art.in_quote[v].is_none())
        .map(|v| doc.token_text(v))
        .find(|w| is_demonym(w))
        .map(|w| country_for_demonym(countries, w))
}

/// Places the article names, by the stem their demonym shares ("ukrai" → "Ukraine").
fn countries(art: &ArticleAnalysis) -> BTreeMap<String, String> {
    let doc = &art.doc;
    let mut out = BTreeMap::new();
    for t in 0..doc.tokens.len() {
        if !doc.is_capitalized(t) {
            continue;
        }
        let w = doc
            .token_text(t)
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_string();
        if !is_demonym(&w) && w.len() >= 4 {
            out.entry(demonym_key(&w)).or_insert(w);
        }
    }
    out
}

/// "Ukrainian" → "Ukraine", when the article names a place sharing its stem.
fn country_for_demonym(countries: &BTreeMap<String, String>, demonym: &str) -> String {
    countries
        .get(&demonym_key(demonym))
        .cloned()
        .unwrap_or_else(|| demonym.to_string())
}

fn first_person(
    art: &ArticleAnalysis,
    reg: &Registry,
    ai: usize,
    range: std::ops::Range<usize>,
) -> Option<EntityIx> {
    art.names
        .iter()
        .enumerate()
        .filter(|(_, n)| range.contains(&n.tokens.start))
        .filter_map(|(i, _)| reg.entity_of_mention(ai, i))
        .find(|&e| reg.is_person(e))
}
