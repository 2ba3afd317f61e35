//! What a figure counts: the phrase after the number, its head noun, and the class figures are
//! compared by ("people" for any noun of people).

use std::ops::Range;

use crate::attribution::ArticleAnalysis;
use crate::lexicon::quantities as lex;
use crate::model::Qualifier;
use crate::names::{ends_possessive, fold_name, is_demonym};
use crate::numbers::{self, Number};
use crate::text::Doc;

/// The words after a number that say what it counts.
pub(super) struct Phrase {
    /// The counted words ("political prisoners"), at most five.
    pub run: Vec<usize>,
    /// The token after the phrase.
    pub end: usize,
    /// "two of the prisoners": the number is a part of what follows "of".
    pub partitive: bool,
}

/// The head noun of a counted phrase, with the words before it.
pub(super) struct Head {
    /// As written ("Prisoners"), or a word that stands for it ("age", "inch").
    pub text: String,
    pub lemma: String,
    pub modifiers: Vec<String>,
}

/// The class a figure is compared by and the nationality qualifying it.
pub(super) struct Counted {
    pub class: String,
    pub nationality: String,
}

/// Singular of a counted noun, lower case ("prisoners" → "prisoner", "cities" → "city").
pub(crate) fn lemma(word: &str) -> String {
    let w = word
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase();
    if lex::is_invariable_plural(&w) || lex::is_singular_in_s(&w) {
        return w;
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    w.strip_suffix('s').map(String::from).unwrap_or(w)
}

/// Reads the counted phrase after the number `n` (number token `t`).
pub(super) fn phrase(
    art: &ArticleAnalysis,
    n: &Number,
    t: usize,
    range: &Range<usize>,
    headline: bool,
) -> Phrase {
    let doc = &art.doc;
    // "a 3-1 win": the sides of a score count what the sport scores, not the noun after.
    if super::tally::score_side(doc, n).is_some() {
        return Phrase {
            run: Vec::new(),
            end: n.tokens.end,
            partitive: false,
        };
    }
    let mut k = n.tokens.end;
    // "withdraw “between six and eight” vessels": a figure quoted alone, its noun outside.
    let quoted_alone = n.tokens.start > range.start
        && k + 1 < range.end
        && is_mark(doc, n.tokens.start - 1)
        && is_mark(doc, k)
        && doc.is_word(k + 1);
    if quoted_alone {
        k += 1;
    }
    // "1 in 5 patients", "one in three adults": a ratio counts the noun after its second number.
    if k + 1 < range.end && doc.token_lower(k) == "in" && !n.percent && !n.money {
        let ratio = numbers::read(doc, k + 1, range.end)
            .filter(|w| !w.percent && !w.money && w.value < 1000.0 && w.value > n.value);
        if let Some(whole) = ratio {
            k = whole.tokens.end;
        }
    }
    // "50 or so people": the approximation before the noun.
    if k + 2 < range.end && doc.token_lower(k) == "or" && doc.token_lower(k + 1) == "so" {
        k += 2;
    }
    let partitive = k < range.end && doc.token_lower(k) == "of";
    if partitive {
        k += 1;
        // "61 of parliament’s 300 seats", "two of the borough’s five libraries": the group's
        // owner is skipped with the pointer.
        while k < range.end
            && (lex::is_partitive_pointer(doc.token_lower(k))
                || (doc.is_word(k) && ends_possessive(doc.token_text(k))))
        {
            k += 1;
            // "85% of the islands' 140,000 residents": a plural owner and its mark.
            let plural_owner = k + 1 < range.end
                && doc.is_word(k)
                && owners_mark_after(doc, k)
                && numbers::read(doc, k + 2, range.end).is_some();
            if plural_owner {
                k += 2;
            }
        }
        // "four of his last six holes", "three of the first five games": an adjective of
        // order before the whole's number.
        let ordered = k + 1 < range.end
            && lex::is_order_adjective(doc.token_lower(k))
            && numbers::read(doc, k + 1, range.end).is_some();
        k += usize::from(ordered);
        // "23 of the 60 seats": the whole's own number stands before what is counted.
        if let Some(whole) = numbers::read(doc, k, range.end) {
            k = whole.tokens.end;
        }
    }
    // "23 of them aged over 70": "them" is the whole, and the words after it say more about the
    // part, not what it is.
    let after_them = partitive && doc.token_lower(k - 1) == "them";
    let mut run = Vec::new();
    while !after_them
        && k < range.end
        && doc.is_word(k)
        && run.len() < 5
        && (art.in_quote[k] == art.in_quote[t] || quoted_alone)
    {
        // "3% of its customers' transactions": a plural that owns the next noun is no more
        // what is counted than a singular owner is ("the club's players"); "three weeks' worth"
        // counts weeks.
        let owner = k + 2 < range.end
            && k > n.tokens.end
            && numbers::read(doc, k + 2, range.end).is_none()
            && owners_mark_after(doc, k)
            && doc.tokens[k + 2].start > doc.tokens[k + 1].end
            && doc.is_word(k + 2)
            && art.in_quote[k + 2] == art.in_quote[t]
            && super::phrase_end::is_plural(doc.token_lower(k));
        if owner {
            run.clear();
            run.push(k + 2);
            k += 3;
            break;
        }
        let lower = doc.token_lower(k);
        // "18% less fuel": the comparative says how, the noun after it what.
        // "three more survivors", "12 fewer flights": the noun after "more" is counted.
        let noun_next = k + 1 < range.end
            && doc.is_word(k + 1)
            && !doc.is_capitalized(k + 1)
            && !lex::ends_counted_phrase(doc.token_lower(k + 1));
        let plural_next = noun_next && {
            let w = doc.token_lower(k + 1);
            (w.ends_with('s') && !w.ends_with("ss")) || lex::is_invariable_plural(w)
        };
        // "11 more dengue deaths": a modifier between the comparative and its plural noun.
        let plural_after_modifier = noun_next && k + 2 < range.end && {
            let w = doc.token_lower(k + 2);
            doc.is_word(k + 2)
                && !doc.is_capitalized(k + 2)
                && ((w.ends_with('s') && !w.ends_with("ss")) || lex::is_invariable_plural(w))
        };
        let comparative_of_noun = run.is_empty()
            && ((n.percent && matches!(lower, "less" | "more" | "fewer") && noun_next)
                || (matches!(lower, "more" | "fewer") && (plural_next || plural_after_modifier)));
        if lex::is_phrase_adverb(lower) || comparative_of_noun {
            k += 1;
            continue;
        }
        // "5,000 social and affordable homes": two modifiers joined before a plural noun.
        let joined_modifiers = run.len() == 1
            && !doc.token_lower(run[0]).ends_with('s')
            && matches!(lower, "and" | "or")
            && k + 2 < range.end
            && [k + 1, k + 2]
                .iter()
                .all(|&u| doc.is_word(u) && !doc.is_capitalized(u))
            && !lex::ends_counted_phrase(doc.token_lower(k + 1))
            && super::phrase_end::is_plural(doc.token_lower(k + 2))
            && (k + 3 >= range.end
                || !doc.is_word(k + 3)
                || lex::ends_counted_phrase(doc.token_lower(k + 3)));
        if joined_modifiers {
            run.push(k);
            k += 1;
            continue;
        }
        // "4m high", "30cm thick": an adjective of size says what a length measures.
        let size =
            run.is_empty() && n.unit.is_some() && crate::lexicon::units::is_size_adjective(lower);
        // "a budget of $412 million includes a 3% raise": after money, a word in -s before an
        // article or a number is the clause's verb ("Two shots a day" counts shots).
        // "$7,500 credits a year": "a" before a period is "per".
        let per_period = k + 2 < range.end
            && matches!(doc.token_lower(k + 1), "a" | "an")
            && lex::is_period_word(doc.token_lower(k + 2));
        let present_verb = run.is_empty()
            && n.money
            && !partitive
            && !per_period
            && !crate::lexicon::currencies::is_currency_name(lower)
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && k + 1 < range.end
            && (matches!(doc.token_lower(k + 1), "a" | "an" | "the")
                || numbers::opens_at(doc, k + 1, range.end));
        // "the $1.05 analysts had expected": the subject of a clause about an amount or a share,
        // which is not what it counts ("the 300 workers had expected a pay rise" counts workers).
        // A bare count is the forecast only when the verb has no object of its own ("fewer than
        // the 175,000 economists had expected, but").
        let no_object = k + 3 >= range.end || !doc.is_word(k + 3);
        let forecaster = run.is_empty()
            && (n.money || n.percent || no_object)
            && k + 2 < range.end
            && matches!(doc.token_lower(k + 1), "had" | "have" | "has")
            && matches!(
                doc.token_lower(k + 2),
                "expected"
                    | "predicted"
                    | "forecast"
                    | "estimated"
                    | "projected"
                    | "feared"
                    | "hoped"
                    | "planned"
                    | "promised"
                    | "targeted"
                    | "sought"
            );
        // A measure or an amount before a thing ("the 1,480kg craft carries a rover").
        let measured = n.unit.is_some() || n.money || n.percent;
        // "a $2 billion Pentagon contract", "a US$85 million Series B round": an amount after
        // "a" modifies the noun that follows it, names and all.
        let attributive = n.money
            && n.tokens.start > range.start
            && matches!(doc.token_lower(n.tokens.start - 1), "a" | "an");
        // "the £62m paid for the land", "138.4mm fell in a day", "every £10 buys": a verb after
        // an amount or a measure is the clause's, not what it counts.
        let verb_after = run.is_empty()
            && !n.percent
            && !crate::lexicon::currencies::is_currency_name(lower)
            && (n.money || n.unit.is_some())
            && (lex::is_irregular_past(lower)
                || (n.money
                    && ((lower.len() > 4 && lower.ends_with("ed") && !lower.ends_with("eed"))
                        || (lower.ends_with('s')
                            && crate::lexicon::changes::money_verb(lower).is_some()))));
        let ends =
            super::phrase_end::ends_run(doc, &run, k, range, headline, measured, attributive);
        if size || present_verb || forecaster || verb_after || ends {
            break;
        }
        // "two of the country's top officials", "2,300 of the union's members": the possessor
        // is not counted.
        if ends_possessive(doc.token_text(k)) && run.is_empty() {
            k += 1;
            continue;
        }
        run.push(k);
        k += 1;
    }
    // A bare "of" with nothing counted after it is not part of the figure ("8GB of"); "of
    // them" is.
    if run.is_empty() && k == n.tokens.end + 1 {
        k = n.tokens.end;
    }
    // The quoted figure's text ends at its closing mark.
    if quoted_alone {
        k = n.tokens.end;
    }
    Phrase {
        run,
        end: k,
        partitive: partitive && n.qualifier != Qualifier::Vague,
    }
}

/// Is the token after `k` an apostrophe glued to it, a plural's mark of owning ("islands'")?
fn owners_mark_after(doc: &Doc, k: usize) -> bool {
    matches!(doc.token_text(k + 1), "'" | "’") && doc.tokens[k + 1].start == doc.tokens[k].end
}

fn is_mark(doc: &Doc, k: usize) -> bool {
    doc.token_text(k).chars().all(crate::quotes::is_quote_mark)
}

/// The head of the counted phrase: an age, a compound's noun ("13-inch"), or the phrase's last
/// word.
pub(super) fn head(doc: &Doc, n: &Number, t: usize, phrase: &Phrase, range: &Range<usize>) -> Head {
    let start = n.tokens.start;
    let end = n.tokens.end;
    let token_text = doc.token_lower(t).to_string();
    // "Ana Lind, 58, ...": an age in commas after a name.
    // "Gwen Ashdown, 58." and "Moravcik, 21 and ranked 58th" too.
    // "The widow, 81,": a noun after an article; "Yusuf al-Tamimi, 62,": a name with a
    // particle.
    let named_before = start >= 2 && {
        let w = doc.token_text(start - 2);
        doc.is_capitalized(start - 2)
            || (w.contains(char::is_uppercase) && w.contains('-'))
            || (start >= 3
                && doc.is_word(start - 2)
                && matches!(doc.token_lower(start - 3), "the" | "a" | "an"))
    };
    let age_apposition = named_before
        && doc.is_punct(start - 1, ',')
        && n.value <= 120.0
        && n.tokens.len() == 1
        && (end >= range.end
            || doc.is_punct(end, ',')
            || doc.is_punct(end, '.')
            || doc.token_lower(end) == "and");
    // "18 to 20-year-olds": a range of ages ends in the compound.
    let year_old = |u: usize| doc.token_lower(u).contains("-year-old");
    let (text, modifiers) = if year_old(t) || year_old(end - 1) || age_apposition {
        ("age".to_string(), Vec::new())
    } else if let Some(unit) = numbers::compound_unit(&token_text) {
        // "a 48-hour strike": the length of the strike; "a 650-home development": the homes
        // in it; "a two-stroke lead": the lead; "a 13-inch screen": the unit and its noun.
        match phrase.run.last() {
            Some(&h) => (
                super::dimension::compound_counts(unit, doc.token_text(h)),
                Vec::new(),
            ),
            None => (unit.to_string(), Vec::new()),
        }
    } else if let Some(&h) = phrase.run.last() {
        (
            doc.token_text(h).to_string(),
            phrase.run[..phrase.run.len() - 1]
                .iter()
                .map(|&m| doc.token_text(m).to_string())
                .collect(),
        )
    } else {
        (String::new(), Vec::new())
    };
    Head {
        lemma: lemma(&text),
        text,
        modifiers,
    }
}

/// The class of the figure: "people" for nouns of people, the head's lemma otherwise, a noun
/// just before the number ("population 9.5 million"), or the people counted in the sentence
/// before ("the other nine", given as `previous_people`).
pub(super) fn class(
    doc: &Doc,
    n: &Number,
    phrase: &Phrase,
    head: &Head,
    range: &Range<usize>,
    previous_people: Option<&str>,
) -> Counted {
    let mut nationality: String = head
        .modifiers
        .iter()
        .filter(|m| m.chars().next().is_some_and(char::is_uppercase))
        .map(|m| demonym_key(m))
        .collect::<Vec<_>>()
        .join(" ");
    let mut class = if head.lemma.is_empty() {
        // A unit says what a bare measure is ("makes 500bhp"), not the word before it.
        let before = noun_before(doc, n, range).filter(|_| n.unit.is_none());
        // "killed 12", "kills dozens", "injuring at least 40": a bare number after a verb of
        // harm to people counts people.
        let harmed = n.tokens.start > range.start
            && !n.money
            && !n.percent
            && n.unit.is_none()
            && matches!(
                lex::event_of(doc.token_lower(n.tokens.start - 1)),
                Some(super::Event::Killed | super::Event::Injured)
            );
        // "force thousands from homes": a vague crowd is people whatever verb is before it.
        let vague = n.qualifier == Qualifier::Vague && before.is_some_and(|w| !w.ends_with('s'));
        // "The death toll from the storm rose to 17": a toll counts people.
        let toll = !n.money
            && !n.percent
            && n.unit.is_none()
            && (range.start.max(n.tokens.start.saturating_sub(10))..n.tokens.start)
                .any(|u| doc.token_lower(u) == "toll");
        // "The storm destroyed 300 homes. At least 30 were killed": a bare count opening its
        // clause before an event of people counts people.
        let after = n.tokens.end;
        // "Officials said at least 30 were killed", "said that 12 were arrested".
        let opens = n.tokens.start == range.start
            || doc.is_punct(n.tokens.start - 1, ',')
            || doc.token_lower(n.tokens.start - 1) == "that"
            || lex::is_reporting_verb(doc.token_lower(n.tokens.start - 1))
            || crate::lexicon::speech::speech_verb(doc.token_lower(n.tokens.start - 1)).is_some()
            || crate::quotes::is_quote_mark(doc.first_char(n.tokens.start - 1))
            || matches!(doc.token_lower(n.tokens.start - 1), "and" | "but" | "while");
        let underwent = opens
            && !n.money
            && !n.percent
            && n.unit.is_none()
            && after < range.end
            && lex::is_auxiliary(doc.token_lower(after))
            && (after + 1..range.end.min(after + 4))
                .any(|u| crate::lexicon::events::befalls_people(doc.token_lower(u)));
        match (before, previous_people) {
            _ if harmed || vague || toll || underwent || verb_in_s_before(doc, n, range) => {
                "people".to_string()
            }
            (Some(noun), _) if !phrase.partitive => noun.to_string(),
            // A measure or an amount is no count of the people before it.
            (_, Some(c))
                if (n.qualifier != Qualifier::Vague || phrase.partitive)
                    && n.unit.is_none()
                    && !n.money
                    && !n.percent =>
            {
                c.to_string()
            }
            _ => String::new(),
        }
    // "thousands fled", "hundreds died": a crowd and the event it went through.
    // "23 arrests", "14 deaths", "40 injuries": an event to people, counted as the people.
    } else if lex::is_people_noun(&head.lemma)
        || matches!(
            head.lemma.as_str(),
            "arrest" | "death" | "injury" | "evacuation"
        )
        || (n.qualifier == Qualifier::Vague
            && !head.lemma.ends_with('s')
            && lex::event_of(&head.text.to_lowercase()).is_some())
    {
        "people".into()
    } else if head.text.starts_with(char::is_uppercase)
        && (is_demonym(&head.text) || crate::names::is_demonym_plural(&head.text))
    {
        nationality = demonym_key(&head.text);
        "people".into()
    } else {
        head.lemma.clone()
    };
    if class.is_empty() && n.qualifier == Qualifier::Vague {
        class = "people".into();
    }
    if class.is_empty() && n.money {
        class = "money".into();
    }
    if n.percent {
        class = format!("% {class}").trim().to_string();
    }
    Counted { class, nationality }
}

/// A noun right before the number that it measures ("population 9.5 million").
/// "Wildfire forces 8,000 from homes", "Storm leaves 30,000 without power", "Typhoon forces
/// 800,000 to flee": a word in -s before a bare count that a leaving or a want follows is a
/// headline's verb, and the count people; so is any word before one that what befalls people
/// follows ("forced 12,000 to evacuate").
fn verb_in_s_before(doc: &Doc, n: &Number, range: &Range<usize>) -> bool {
    let before = n.tokens.start.checked_sub(1).filter(|&p| p >= range.start);
    let next = n.tokens.end;
    let befalls = next + 1 < range.end
        && doc.token_lower(next) == "to"
        && crate::lexicon::events::befalls_people(doc.token_lower(next + 1));
    before.is_some_and(|p| doc.is_word(p) && (befalls || doc.token_lower(p).ends_with('s')))
        && !n.money
        && !n.percent
        && n.unit.is_none()
        && next < range.end
        && (befalls
            || matches!(
                doc.token_lower(next),
                "from" | "without" | "homeless" | "stranded"
            ))
}

fn noun_before<'a>(doc: &'a Doc, n: &Number, range: &Range<usize>) -> Option<&'a str> {
    let p = n
        .tokens
        .start
        .checked_sub(1)
        .filter(|&p| p >= range.start)?;
    let w = doc.token_lower(p);
    // "Pratt gets 9,127", "she has 12": after a name or a pronoun the word is its verb.
    let after_subject = p > range.start && doc.is_word(p - 1) && {
        let before = doc.token_lower(p - 1);
        (doc.is_capitalized(p - 1) && p - 1 > range.start)
            || matches!(before, "he" | "she" | "it" | "they" | "we" | "i" | "you")
    };
    // "a comfortable 203", "a mere 2%", "the final 20": after an article the word is an
    // adjective of the number.
    let after_article = p > range.start
        && n.qualifier == Qualifier::Exact
        && matches!(doc.token_lower(p - 1), "a" | "an" | "the");
    let verb_in_s = verb_in_s_before(doc, n, range);
    // "Season-ticket holders number 33,500": the verb of a plural subject.
    let numbers = matches!(w, "number" | "numbers")
        && p > range.start
        && doc.is_word(p - 1)
        && doc.token_lower(p - 1).ends_with('s');
    (doc.is_word(p)
        && !after_subject
        && !numbers
        && !after_article
        && !verb_in_s
        && w.chars().all(char::is_alphabetic)
        && !lex::ends_counted_phrase(w)
        && lex::event_of(w).is_none()
        && w.len() > 3
        && !lex::is_not_a_noun_before(w)
        // "The waiting list hits 94,000": a verb of amount.
        && !lex::is_measure_link(w)
        && !crate::lexicon::changes::is_amount_verb(w)
        && !is_verb_form(w))
    .then_some(w)
}

/// A word whose ending makes it a verb before a number ("injuring 200", "dropped 8"), or a
/// verb of change or an irregular past ("fell 13", "rose 40").
fn is_verb_form(w: &str) -> bool {
    (w.len() > 5 && (w.ends_with("ed") || w.ends_with("ing")))
        || crate::lexicon::changes::change_verb(w).is_some()
        || lex::is_irregular_past(w)
}

/// The noun a figure is "of", "to", "per" or "for" ("days of talks", "grants to each
/// family"): the last lowercase word of the phrase after the preposition.
pub(super) fn complement_after(art: &ArticleAnalysis, k: usize, end: usize) -> String {
    let doc = &art.doc;
    if k >= end || !lex::is_complement_preposition(doc.token_lower(k)) {
        return String::new();
    }
    let mut last = String::new();
    for u in k + 1..end.min(k + 6) {
        let w = doc.token_lower(u);
        if !doc.is_word(u) || (u > k + 1 && lex::ends_complement(w)) {
            break;
        }
        if !lex::is_determiner(w) && !doc.is_capitalized(u) {
            last = lemma(w);
        }
    }
    last
}

/// A demonym's key: the first letters of its folded form, shared with the place's name.
pub(super) fn demonym_key(word: &str) -> String {
    fold_name(word).chars().take(5).collect()
}
