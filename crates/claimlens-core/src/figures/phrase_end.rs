//! Where the phrase a number counts ends: at a verb, a clause, a time, a name that is no kind
//! of thing, or a plural noun ("1,200 Valmart stores", "prisoners released").

use std::ops::Range;

use super::lemma;
use crate::lexicon::quantities as lex;
use crate::names::{ends_possessive, is_demonym};
use crate::numbers;
use crate::text::Doc;

/// Is the word at `k` a participle describing the plural noun that ends the phrase after it
/// ("2,278 confirmed cases", "40 reported deaths", "120 unfilled posts")?
fn describes_plural_after(doc: &Doc, k: usize, range: &Range<usize>) -> bool {
    let w = doc.token_lower(k);
    let end = range.end.min(doc.tokens.len());
    if !w.ends_with("ed") || k + 1 >= end || !doc.is_word(k + 1) || doc.is_capitalized(k + 1) {
        return false;
    }
    let next = doc.token_lower(k + 1);
    let plural = next.len() > 3 && is_plural(next);
    let phrase_ends = k + 2 >= end
        || !doc.is_word(k + 2)
        || lex::ends_counted_phrase(doc.token_lower(k + 2))
        || crate::lexicon::speech::is_preposition(doc.token_lower(k + 2));
    plural && phrase_ends && !lex::is_reporting_verb(next)
}

/// Does the word at `k` end the counted phrase `run`?
pub(super) fn ends_run(
    doc: &Doc,
    run: &[usize],
    k: usize,
    range: &Range<usize>,
    headline: bool,
    measured: bool,
    attributive: bool,
) -> bool {
    let lower = doc.token_lower(k);
    // "a three-hour meeting that ran late", "the 50-member Senate": a number joined to its
    // unit by a hyphen modifies the word after it, whatever follows and however it is written.
    let after_compound = run.is_empty()
        && k > range.start
        && doc.is_word(k)
        && numbers::compound_unit(doc.token_text(k - 1)).is_some();
    if after_compound && !lex::ends_counted_phrase(lower) && !lex::is_contraction(lower) {
        return false;
    }
    let after_adverb = run
        .last()
        .is_some_and(|&r| doc.token_lower(r).ends_with("ly"));
    if lex::ends_counted_phrase(lower)
        || lex::is_contraction(lower)
        || (!run.is_empty() && lex::is_irregular_past(lower))
        // "40,000 took part", "212 required hospital treatment": a past verb with its own
        // object right after a bare count.
        || (run.is_empty() && !measured && verb_with_object(doc, k, range))
        || numbers::read(doc, k, range.end).is_some()
        // "three in 10 said": the verb of speech after the counted noun.
        || (lex::is_reporting_verb(lower) && !describes_plural_after(doc, k, range))
        || (!run.is_empty()
            && !after_adverb
            && lex::event_of(lower).is_some()
            && !crate::lexicon::events::is_event_noun(lower))
    {
        return true;
    }
    // "The 1,480kg craft carries a rover", "a £2m scheme includes 40 homes": a word in -s after
    // a singular noun, before an article or a number, is the clause's verb.
    // "2,000 car trips a day" is a count per day.
    let per_period = k + 2 < range.end
        && matches!(doc.token_lower(k + 1), "a" | "an")
        && lex::is_period_word(doc.token_lower(k + 2));
    let before_object = k + 1 < range.end
        && !per_period
        && (matches!(doc.token_lower(k + 1), "a" | "an" | "the" | "its" | "their")
            || numbers::opens_at(doc, k + 1, range.end));
    let singular_last = run.last().is_some_and(|&r| {
        let w = doc.token_lower(r);
        !w.ends_with('s') || w.ends_with("ss")
    });
    // "A 300-home scheme costs £40m": a compound before its noun is measured too.
    let compound = run
        .first()
        .is_some_and(|&r| r > 0 && numbers::compound_unit(doc.token_text(r - 1)).is_some());
    if (measured || compound)
        && singular_last
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && before_object
    {
        return true;
    }
    // "a three-year contract reportedly worth ₦2.5m": what follows is the value; "191,000
    // worth RM93.6 billion" too.
    if lower == "worth" && (!run.is_empty() || k + 1 >= range.end || doc.token_lower(k + 1) != "of")
    {
        return true;
    }
    // "10-15cm of snow expected widely": a participle of forecasts or an adverb after the
    // noun starts a clause.
    let forecast = matches!(
        lower,
        "expected" | "forecast" | "predicted" | "projected" | "due"
    );
    let adverb = lower.len() > 4 && lower.ends_with("ly") && !lower.ends_with("ily");
    if !run.is_empty() && (forecast || adverb) {
        return true;
    }
    // "to US$8.3 billion previously.": an adverb ending the clause ("two daily flights" has its
    // noun after it).
    let clause_ends = k + 1 >= range.end
        || !doc.is_word(k + 1)
        || lex::ends_counted_phrase(doc.token_lower(k + 1));
    if adverb && clause_ends {
        return true;
    }
    // "2% next year", "40,000 last season": a time after the number says when.
    if matches!(lower, "next" | "last" | "this" | "every")
        && k + 1 < range.end
        && crate::lexicon::is_time_word(doc.token_lower(k + 1))
    {
        return true;
    }
    let next = |j: usize| {
        if k + j < range.end {
            doc.token_lower(k + j)
        } else {
            ""
        }
    };
    // "13 short of a majority": how far below, not what is counted.
    let short_of = matches!(lower, "short" | "shy") && next(1) == "of";
    if run.is_empty() && short_of {
        return true;
    }
    // "raising its stake": a participle that takes an object is a new clause, not a noun;
    // "a 14-inch machine weighing 1.1kg" after the noun too.
    if (run.is_empty() || numbers::opens_at(doc, k + 1, range.end))
        && lower.ends_with("ing")
        && k + 1 < range.end
        && (lex::is_determiner(doc.token_lower(k + 1))
            || numbers::read(doc, k + 1, range.end).is_some())
    {
        return true;
    }
    // "143 carried Westmoor", "19,400 stayed on": a past tense before its object or a
    // preposition is the clause's verb, not a word of the counted phrase ("12 armed police").
    // "48mm of rain falling in 12 hours": a participle after the noun starts a clause.
    let clause_follows = k + 1 >= range.end
        || !doc.is_word(k + 1)
        || lex::ends_counted_phrase(doc.token_lower(k + 1));
    if !run.is_empty() && lower.len() > 4 && lower.ends_with("ing") && clause_follows {
        return true;
    }
    // "a seven-storey building collapsed.", "under 5 doubled.": a past tense ending the clause
    // is its verb.
    let clause_ends = k + 1 >= range.end || !doc.is_word(k + 1);
    if lower.len() > 4 && lower.ends_with("ed") && clause_ends && lex::event_of(lower).is_none() {
        return true;
    }
    // "a 14-pound lobster named Big Gus", "a building collapsed in": after a noun too.
    if lower.len() > 4 && lower.ends_with("ed") && k + 1 < range.end {
        let next = doc.token_lower(k + 1);
        let object = doc.is_capitalized(k + 1) || lex::is_determiner(next);
        // "three wounded in the attack" stays a count of people.
        let preposition = lex::ends_counted_phrase(next) && lex::event_of(lower).is_none();
        if object || preposition {
            return true;
        }
    }
    // "-2.3% lower." ends there; "a 23% lower risk" goes on to its noun.
    if lex::is_comparative(lower)
        && (k + 1 >= range.end
            || !doc.is_word(k + 1)
            || lex::ends_counted_phrase(doc.token_lower(k + 1)))
    {
        return true;
    }
    let text = doc.token_text(k);
    // An acronym after "of" is what the figure is of ("8GB of RAM", "5% of GDP").
    let acronym = run.is_empty()
        && text.len() > 1
        && text.chars().all(|c| c.is_ascii_uppercase())
        && k > 0
        && doc.token_lower(k - 1) == "of";
    // "8,302 MW", "120 GWh": a unit's symbol in capitals right after the number.
    let symbol = run.is_empty()
        && k > 0
        && numbers::read(doc, k - 1, k).is_some()
        && (2..=4).contains(&text.len())
        && text.chars().all(|c| c.is_ascii_alphabetic())
        && crate::lexicon::units::unit_quantity(lower).is_some();
    if acronym || symbol {
        return false;
    }
    let possessive_start = doc.is_capitalized(k) && ends_possessive(text) && run.is_empty();
    if doc.is_capitalized(k)
        && !possessive_start
        && !is_acronym_plural(text)
        && !is_shouted(text)
        && !names_a_kind_of(doc, k, range, attributive)
        && !headline
        && !is_demonym(text)
        && !crate::names::is_demonym_plural(text)
        && !text.contains('.')
        && !text.ends_with("ans")
        && !kind_in_capitals(doc, k, range, run)
    {
        return true;
    }
    // A plural noun ends the phrase: "prisoners released" is a noun and a verb.
    // A name before the modified noun is no plural ("a US$85 million Series B round").
    run.last().is_some_and(|&r| {
        let w = doc.token_lower(r);
        if attributive && doc.is_capitalized(r) {
            return false;
        }
        (w.ends_with('s') && !w.ends_with("ss") && lemma(w) != w) || lex::is_invariable_plural(w)
    })
}

/// "played 38 Tests", "won three Oscars": a plural in capitals right after a number in digits
/// or in lowercase words, and before no other capital, is the kind of thing counted; "Three
/// Rivers" and "Seven Oaks Road" stay names.
fn kind_in_capitals(doc: &Doc, k: usize, range: &Range<usize>, run: &[usize]) -> bool {
    let number_before = k > range.start
        && (doc
            .token_text(k - 1)
            .starts_with(|c: char| c.is_ascii_digit())
            || (lex::number_word(doc.token_lower(k - 1)).is_some() && !doc.is_capitalized(k - 1)));
    let next_capital = k + 1 < range.end && doc.is_word(k + 1) && doc.is_capitalized(k + 1);
    let w = doc.token_lower(k);
    run.is_empty()
        && number_before
        && !next_capital
        && w.len() > 3
        && is_plural(w)
        && !doc.token_text(k).contains('\'')
}

/// "SUVs", "ATMs": an acronym made plural is a common noun.
fn is_acronym_plural(text: &str) -> bool {
    text.strip_suffix('s').is_some_and(|stem| {
        (2..=4).contains(&stem.len())
            && stem
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    })
}

/// "1,100 FAMILIES BETRAYED": a word in capitals throughout is shouted, not a name.
fn is_shouted(text: &str) -> bool {
    text.chars().count() > 4 && text.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// "1,200 Valmart stores", "60 Vantor V320 narrowbody jets": names before a plural common noun
/// say which kind of thing is counted, the noun what it is. At most three words ahead. After an
/// amount used as a modifier (`attributive`) the noun may be singular: "a $2 billion Pentagon
/// contract".
fn names_a_kind_of(doc: &Doc, k: usize, range: &Range<usize>, attributive: bool) -> bool {
    for u in k + 1..range.end.min(k + 4) {
        if !doc.is_word(u) {
            return false;
        }
        let w = doc.token_lower(u);
        if doc.is_capitalized(u) || w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // One lowercase modifier may sit before the noun ("narrowbody jets").
        // "Aster electric SUVs": the noun may be an acronym's plural.
        let plural_next = u + 1 < range.end.min(k + 4)
            && doc.is_word(u + 1)
            && ((!doc.is_capitalized(u + 1) && is_plural(doc.token_lower(u + 1)))
                || is_acronym_plural(doc.token_text(u + 1)));
        let singular_noun = attributive
            && w.len() > 2
            && !w.ends_with("ed")
            && !lex::is_reporting_verb(w)
            && !lex::is_contraction(w)
            && lex::event_of(w).is_none();
        return !lex::ends_counted_phrase(w) && (is_plural(w) || plural_next || singular_noun);
    }
    false
}

/// A regular plural noun ("stores", "cities"), not a word that merely ends in s ("press").
pub(super) fn is_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && lemma(w) != w
}

/// Is the word at `k` a past verb whose object follows it ("took part", "required hospital
/// treatment", "joined the march"), not a participle naming a state ("212 injured in")?
pub(super) fn verb_with_object(doc: &Doc, k: usize, range: &Range<usize>) -> bool {
    if k + 1 >= range.end.min(doc.tokens.len()) || !doc.is_word(k) || !doc.is_word(k + 1) {
        return false;
    }
    let w = doc.token_lower(k);
    let past = lex::is_irregular_past(w) || (w.len() > 5 && w.ends_with("ed"));
    // "Three in 10 said prices rose": a verb of speech takes a clause, not an object.
    if !past || lex::event_of(w).is_some() || lex::is_reporting_verb(w) {
        return false;
    }
    let next = doc.token_lower(k + 1);
    !doc.is_capitalized(k + 1)
        && !describes_plural_after(doc, k, range)
        && !crate::lexicon::speech::is_preposition(next)
        && !matches!(next, "and" | "or" | "but" | "as" | "by")
}

/// The verb that did something to a plain count: before it ("Police charged 57 people", "will
/// cut 2,000 jobs") or after it in the passive ("36 officers were hurt"), if any.
pub(super) fn verb_done_to(
    doc: &Doc,
    n: &numbers::Number,
    phrase_end: usize,
    range: &Range<usize>,
    people: bool,
) -> Option<String> {
    // "charged 57 people" is a charge in court, "charged £57" a price.
    let done = |w: &str| {
        ((w.len() > 4 && w.ends_with("ed")) || lex::is_irregular_participle(w) || is_unchanged(w))
            && !lex::is_reporting_verb(w)
            && crate::lexicon::changes::change_verb(w).is_none()
            && !crate::lexicon::changes::is_amount_verb(w)
            && (people || crate::lexicon::changes::money_verb(w).is_none())
            && !matches!(
                w,
                "aged"
                    | "estimated"
                    | "expected"
                    | "totalled"
                    | "totaled"
                    | "numbered"
                    | "needed"
                    | "included"
            )
    };
    // "were hurt", "have been charged", "had been evacuated".
    let mut u = phrase_end.max(n.tokens.end);
    let mut passive = false;
    while u < range.end
        && matches!(
            doc.token_lower(u),
            "were" | "was" | "have" | "has" | "had" | "been" | "being" | "are" | "is"
        )
    {
        passive |= matches!(
            doc.token_lower(u),
            "were" | "was" | "been" | "being" | "are" | "is"
        );
        u += 1;
    }
    if passive && u < range.end && doc.is_word(u) && done(doc.token_lower(u)) {
        return Some(doc.token_lower(u).to_string());
    }
    let done_before = n
        .tokens
        .start
        .checked_sub(1)
        .filter(|&p| p >= range.start)
        .and_then(|p| {
            let w = doc.token_lower(p);
            (doc.is_word(p)
                && !doc.is_capitalized(p)
                && (done(w)
                    // "shed 25,000 jobs": a change done to what is counted.
                    || w == "shed"
                    || lex::is_irregular_past(w)
                        && !lex::is_reporting_verb(w)
                        // "Production fell 30,000 barrels": a change no one does to them.
                        && !matches!(w, "fell" | "rose" | "sank" | "slid" | "shrank")
                        && !matches!(
                            w,
                            "saw"
                                | "got"
                                | "put"
                                | "set"
                                | "became"
                                | "meant"
                                | "thought"
                                | "knew"
                                | "felt"
                                | "came"
                                | "went"
                                | "ran"
                                | "had"
                                | "made"
                        )))
            .then(|| crate::lexicon::grammar::participle_of(w).to_string())
        });
    // "grounded 258 flights operated by …": the verb before the count says what was done to it.
    if done_before.is_some() {
        return done_before;
    }
    // Counts of people, or of things in the plural ("254,000 households", "600 flights").
    let plural = phrase_end > n.tokens.end && is_plural(doc.token_lower(phrase_end - 1));
    let many = people || plural;
    // "6.36 million patients were waiting": people in a state that goes on.
    let ongoing = passive && many && u < range.end && doc.is_word(u) && !doc.is_capitalized(u) && {
        let w = doc.token_lower(u);
        w.len() > 5
            && w.ends_with("ing")
            && !lex::is_reporting_verb(w)
            && crate::lexicon::changes::change_verb(w).is_none()
    };
    if ongoing {
        return Some(doc.token_lower(u).to_string());
    }
    // "3.5 million people were without electricity": what they were without.
    if passive && many && u + 1 < range.end && doc.token_lower(u) == "without" {
        let what: Vec<usize> = (u..range.end.min(u + 4))
            .take_while(|&k| k == u || super::np::is_np_word(doc, k))
            .collect();
        if what.len() > 1 {
            return Some(super::np::words(doc, &what));
        }
    }
    // "43 people drowned when the boat capsized", "36,800 people crossed the English Channel":
    // what people did, and to what.
    let did = !passive && many && u < range.end && doc.is_word(u) && !doc.is_capitalized(u) && {
        let w = doc.token_lower(u);
        let past =
            (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")) || lex::is_irregular_past(w);
        // "voted to walk out": a verb with its infinitive says what they chose, not what they did.
        let infinitive = u + 1 < range.end && doc.token_lower(u + 1) == "to";
        // "flights operated by Aerolíneas": a participle before its agent describes them.
        let agent = u + 1 < range.end && doc.token_lower(u + 1) == "by";
        past && !infinitive
            && !agent
            && !lex::is_reporting_verb(w)
            && crate::lexicon::changes::change_verb(w).is_none()
            && crate::lexicon::changes::money_verb(w).is_none()
    };
    if did {
        let in_object = |k: usize| {
            doc.is_word(k)
                && !crate::lexicon::is_time_word(doc.token_lower(k))
                && (lex::is_determiner(doc.token_lower(k))
                    || super::np::is_np_word(doc, k) && !doc.token_lower(k).ends_with("ly"))
        };
        let mut object: Vec<usize> = (u + 1..range.end.min(u + 6))
            .take_while(|&k| in_object(k))
            .collect();
        while object
            .last()
            .is_some_and(|&k| lex::is_determiner(doc.token_lower(k)))
        {
            object.pop();
        }
        // "walked out": with its particle.
        let particle = u + 1 < range.end
            && matches!(
                doc.token_lower(u + 1),
                "out" | "off" | "away" | "back" | "up" | "down"
            );
        let end = if particle { u + 2 } else { u + 1 };
        let verb = super::np::words(doc, &(u..end).collect::<Vec<_>>());
        return Some(match object.is_empty() || particle {
            true => verb,
            false => {
                let head = doc.token_lower(phrase_end.saturating_sub(1));
                let persons = people || lex::is_people_noun(&lemma(head));
                let who = if persons { "who" } else { "that" };
                format!("{who} {verb} {}", super::np::words(doc, &object))
            }
        });
    }
    None
}

/// Verbs whose past is their base ("cut 2,000 jobs", "shed 300 posts").
fn is_unchanged(w: &str) -> bool {
    matches!(w, "cut" | "shed" | "hurt" | "shut" | "hit")
}
