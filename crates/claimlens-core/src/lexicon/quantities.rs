//! Vocabulary of figures: number words, scales, units, qualifiers, and the words that end or
//! scope what a figure counts.
//!
//! Every list is general English newswire vocabulary: the words any beat (sports, markets,
//! courts, weather, disasters, science) uses the same way around a number. A word needed by one
//! story only does not belong here (ARCHITECTURE.md, invariant on general rules).

pub(crate) use super::events::{event_of, is_state_adjective};

pub(crate) use super::units::{
    is_measure_word, prefixed_unit, si_factor, unit_quantity, weather_word,
};

/// Cardinal number words above one, and "dozen".
pub(crate) fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Scale words written apart from the number ("9.5 million", "€3.2 billion", "40 bn").
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "mn" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        // Indian and South Asian English: a lakh is a hundred thousand, a crore ten million.
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Scale suffixes written tight to the number ("40k", "$2.4bn", "1.2M", "£40m"). The suffix is
/// given as written: "M" is always million, lowercase "m" only where it cannot be metres (the
/// caller decides); "b" and "t" only after a currency symbol.
pub(crate) fn tight_scale(suffix: &str, money: bool) -> Option<f64> {
    Some(match suffix {
        "k" | "K" => 1e3,
        "M" | "mn" | "Mn" | "mln" => 1e6,
        "bn" | "Bn" | "BN" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        "m" if money => 1e6,
        "b" | "B" if money => 1e9,
        "t" | "T" if money => 1e12,
        // South Asian copy: "Rs18.9tr", "Rs 4,200cr" (crore).
        "tr" if money => 1e12,
        "cr" | "crore" if money => 1e7,
        _ => return None,
    })
}

/// Vague amounts with a floor and no ceiling ("hundreds", "dozens").
pub(crate) fn vague_amount(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        _ => return None,
    })
}

/// Suffixes that make a digit token an ordinal or a clock time, not a quantity ("14th", "6pm").
pub(crate) fn is_ordinal_or_clock_suffix(s: &str) -> bool {
    matches!(
        s,
        "st" | "nd" | "rd" | "th" | "am" | "pm" | "a.m." | "p.m." | "s"
    )
}

/// Words after a number that make it a clock time ("9 a.m.", "14:00 GMT").
pub(crate) fn is_clock_word(w: &str) -> bool {
    [
        "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "bst", "est", "cet",
    ]
    .contains(&w)
}

/// Era markers around a year ("300 BC", "in 1450 A.D.").
pub(crate) fn is_era(w: &str) -> bool {
    matches!(
        w,
        "bc" | "b.c." | "bce" | "b.c.e." | "ad" | "a.d." | "ce" | "c.e."
    )
}

/// Prepositions that put a bare four-digit number in time ("in 1450", "since 1066").
pub(crate) fn is_year_preposition(w: &str) -> bool {
    matches!(w, "in" | "since" | "until" | "till" | "by" | "circa" | "c.")
}

/// Words linking a noun phrase to the amount that measures it ("a budget of $40m", "the deal is
/// worth $2.4bn", "turnover was €3.2 billion").
pub(crate) fn is_measure_link(w: &str) -> bool {
    [
        "of",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "at",
        "totalled",
        "totaled",
        "totals",
        "reached",
        "reach",
        "reaches",
        "hit",
        "stood",
        "stands",
        "touched",
        "touches",
        "topped",
        "tops",
        "peaked",
        "hits",
        "averaged",
        "averages",
        "numbered",
        // "is seen averaging 2.5%", "totalling £4m".
        "averaging",
        "totalling",
        "totaling",
        "reaching",
    ]
    .contains(&w)
}

/// Adverbs inside a counted phrase that say nothing of what is counted ("55 still missing").
pub(crate) fn is_phrase_adverb(w: &str) -> bool {
    matches!(
        w,
        "still"
            | "now"
            | "currently"
            | "reportedly"
            | "already"
            | "officially"
            | "worldwide"
            | "globally"
            | "nationwide"
            | "apiece"
    )
}

/// Words that end the phrase a figure counts: prepositions, conjunctions, auxiliaries,
/// determiners and possessive determiners ("23 of its players": "its" is not counted).
pub(crate) fn ends_counted_phrase(w: &str) -> bool {
    COUNTED_PHRASE_ENDS.contains(&w)
}

#[rustfmt::skip]
const COUNTED_PHRASE_ENDS: &[&str] = &[
    "of", "to", "in", "for", "on", "at", "from", "with", "who", "that", "which", "were", "was",
    "had", "have", "has", "and", "or", "but", "by", "as", "after", "before", "including",
    "between", "behind", "are", "is", "will", "would", "could", "remain", "remained", "since",
    "than", "into", "while", "when", "during", "ago", "later", "earlier", "per", "each", "every", "a",
    "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "it", "they", "he",
    "she", "we", "last", "so", "if", "not", "more", "fewer", "less", "off", "up", "out", "down",
    "over", "across", "near", "through", "under", "about", "around", "against", "without",
    "within", "along", "amid", "amidst", "despite", "outside", "inside", "toward", "towards", "onto",
    "upon", "where", "unlike", "like", "beside", "besides", "via", "versus", "whereas",
    "above", "below", "beneath", "beyond", "ahead", "past", "among", "amongst", "alongside",
    // Adverbs of time and distribution after a figure ("$46 apiece", "19C shortly after").
    "apiece", "today", "tonight", "overnight", "yesterday", "tomorrow", "shortly", "did", "do", "does", "late",
    "early",
    // Adverbs and conjunctions that never name what is counted ("above 4 again", "six until").
    "again", "until", "till", "just", "yet", "ever", "too", "back", "still", "already", "now",
    "then", "instead", "also", "even", "because", "unless", "though", "although",
    // Sums and pronouns ("£100m plus £5m", "of whom fewer than 200").
    "plus", "minus", "whom", "them", "those", "these",
];

/// A contraction of a verb ("I’ve", "you’re", "they’ll", "can’t", "that’s"), which is never a
/// noun; the possessive "’s" of a noun ("Marlowe’s") is not one.
pub(crate) fn is_contraction(w: &str) -> bool {
    let w = w.replace('\'', "’");
    let pronoun_is = w.strip_suffix("’s").is_some_and(|stem| {
        matches!(
            stem,
            "it" | "that" | "this" | "there" | "here" | "what" | "he" | "she" | "who" | "where"
        )
    });
    pronoun_is
        || ["’ve", "’re", "’ll", "’m", "’d", "n’t"]
            .iter()
            .any(|end| w.ends_with(end))
}

/// Determiners and quantifying words that are not the noun a bare number is "of" ("the other
/// nine", "some 40"): a noun before the number is looked for past them.
pub(crate) fn is_not_a_noun_before(w: &str) -> bool {
    NOT_NOUNS_BEFORE.contains(&w)
}

#[rustfmt::skip]
const NOT_NOUNS_BEFORE: &[&str] = &[
    "other", "another", "some", "only", "first", "last", "next", "remaining", "least", "most",
    "about", "around", "nearly", "over", "than", "those", "these", "total", "further",
    "additional", "combined", "just", "almost", "roughly", "under", "below", "above", "exactly",
    "approximately", "estimated",
];

/// Determiners skipped at the start of a phrase ("the new stadium" → "new stadium").
pub(crate) fn is_determiner(w: &str) -> bool {
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
        "these", "those", "each", "every", "them",
    ]
    .contains(&w)
}

/// Words after "of" that point back to a group, skipped in a partitive ("two of the", "some of
/// those").
pub(crate) fn is_partitive_pointer(w: &str) -> bool {
    matches!(
        w,
        "the" | "them" | "those" | "these" | "their" | "its" | "his" | "her" | "our"
            // "61p of every pound": a partitive of each unit.
            | "every"
    )
}

/// Nouns that say how a figure is aggregated, not what it counts ("an average of 38p", "a
/// total of 40 miles", "a maximum of 12").
pub(crate) fn is_aggregate_noun(w: &str) -> bool {
    matches!(
        w,
        "average" | "total" | "maximum" | "minimum" | "median" | "sum"
    )
}

/// Adjectives of order that stand before a group's number ("the last six holes", "the first
/// five games", "the top 10").
pub(crate) fn is_order_adjective(w: &str) -> bool {
    matches!(
        w,
        "last" | "first" | "next" | "final" | "past" | "top" | "previous" | "remaining" | "opening"
    )
}

/// Nouns with irregular or invariable plurals, kept as written when lemmatised.
/// Nouns ending in -s that are no plurals ("three maths teachers": "maths" modifies).
pub(crate) fn is_singular_in_s(w: &str) -> bool {
    matches!(
        w,
        "maths"
            | "mathematics"
            | "physics"
            | "economics"
            | "politics"
            | "athletics"
            | "gymnastics"
            | "species"
            | "means"
            | "lens"
            | "gas"
            | "bus"
    )
}

pub(crate) fn is_invariable_plural(w: &str) -> bool {
    matches!(
        w,
        "people" | "children" | "men" | "women" | "news" | "series"
    )
}

/// Counted nouns that are people, whatever the word: people are counted by event.
pub(crate) fn is_people_noun(lemma: &str) -> bool {
    PEOPLE_NOUNS.contains(&lemma)
}

#[rustfmt::skip]
const PEOPLE_NOUNS: &[&str] = &[
    "prisoner", "inmate", "detainee", "captive", "civilian", "person", "people", "individual",
    "other", "activist", "national", "citizen", "passenger", "hostage", "survivor", "victim",
    "resident", "adult", "child", "children", "man", "men", "woman", "women", "migrant",
    "refugee", "protester", "worker", "soldier", "fisherman", "member", "crew", "dead", "injured",
    "wounded", "missing", "rescued", "killed", "unaccounted", "saved", "evacuee", "casualty",
    "fatality", "body",
];

/// Groups of people whose age a bound after them gives ("patients over 75", "those under 18"),
/// beside the people nouns.
pub(crate) fn is_age_group_noun(lemma: &str) -> bool {
    [
        "patient",
        "those",
        "anyone",
        "everyone",
        "student",
        "pupil",
        "voter",
        "driver",
        "player",
        "employee",
        "customer",
        "user",
        "applicant",
        "baby",
        "infant",
        "toddler",
    ]
    .contains(&lemma)
}

/// Heads of per-person figures (a sentence, an age, a weight) when an event is named.
pub(crate) fn is_personal_measure(lemma: &str) -> bool {
    matches!(
        lemma,
        "year" | "month" | "day" | "week" | "age" | "pound" | "kilogram" | "hour"
    )
}

/// Verbs after which "over" hands something over rather than bounding a number ("handed over
/// 40").
pub(crate) fn is_handover_verb(w: &str) -> bool {
    [
        "handed", "hand", "hands", "turned", "turn", "signed", "took", "taken", "passed", "given",
        "gave", "won", "voted", "fought", "handing", "turning",
    ]
    .contains(&w)
}

/// Units of time: "over two days" is a span, not a bound.
pub(crate) fn is_time_unit(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s'),
        "day" | "week" | "month" | "year" | "hour" | "decade" | "minute" | "weekend" | "season"
    )
}

/// Words that put a figure in another period than the story's own event ("in total", "since",
/// "previously", "last year").
pub(crate) fn is_scope_word(w: &str) -> bool {
    SCOPE_WORDS.contains(&w)
}

#[rustfmt::skip]
const SCOPE_WORDS: &[&str] = &[
    "total", "since", "overall", "altogether", "previously", "previous", "earlier",
    "cumulative", "last", "prior",
];

/// Two-word markers of another period ("so far", "to date", "in all").
pub(crate) fn is_scope_pair(a: &str, b: &str) -> bool {
    matches!((a, b), ("so", "far") | ("to", "date") | ("in", "all"))
}

/// Compounds of a plural time unit and "-long" ("monthslong", "years-long"): the figure sits in
/// a span of time, not in the story's own event.
pub(crate) fn is_span_adjective(w: &str) -> bool {
    w.strip_suffix("long")
        .map(|w| w.trim_end_matches('-'))
        .is_some_and(|w| matches!(w, "days" | "weeks" | "months" | "years" | "decades"))
}

/// Verbs whose perfect reports a figure rather than accumulating it ("has confirmed 52
/// deaths" is the event itself, "has seen hundreds freed" is a result over time).
pub(crate) fn is_reporting_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(&w)
}

#[rustfmt::skip]
const REPORTING_VERBS: &[&str] = &[
    "said", "says", "announced", "confirmed", "reported", "told", "claimed", "stated", "estimated",
    "counted", "recorded", "put", "given", "revised", "updated", "raised", "lowered", "been",
    "not", "also", "already", "to", "say", "warn", "warns", "warned", "believe", "believes",
    "believed", "argue", "argues", "argued", "suggests", "suggested", "showed",
];

/// A past form: a regular one in -ed ("forced", "included") or a common irregular one.
pub(crate) fn is_past_form(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || is_irregular_past(w)
}

/// Common irregular simple pasts of news verbs ("the quake struck", "the ship sank"): a
/// counted phrase ends before them.
pub(crate) fn is_irregular_past(w: &str) -> bool {
    [
        "struck", "hit", "fell", "rose", "came", "went", "took", "made", "left", "ran", "won",
        "lost", "sank", "swept", "spread", "tore", "broke", "began", "grew", "shook", "said",
        "told", "gave", "got", "saw", "led", "held", "kept", "put", "set", "sold", "paid",
        "brought", "bought", "quit", "found", "caught", "fought", "sent", "spent", "built", "met",
        "felt", "stood", "drove", "wrote", "chose", "thought", "drew", "threw", "flew", "ate",
        "wore", "won", "bore", "shot", "dealt", "meant", "knew", "became", "overtook", "did",
        "done", "gone",
    ]
    .contains(&w)
}

/// Common irregular past participles (the regular ones end in "-ed").
pub(crate) fn is_irregular_participle(w: &str) -> bool {
    [
        "seen", "led", "brought", "won", "made", "got", "gotten", "overseen", "driven", "drawn",
        "built", "held", "kept", "left", "lost", "spent", "taken", "paid", "sold", "told", "known",
        "given", "shown", "born", "found", "written", "bought", "caught", "sent",
    ]
    .contains(&w)
}

/// Words that make a figure a part of another ("including five", "among them 12").
pub(crate) fn is_subset_word(w: &str) -> bool {
    matches!(
        w,
        "including" | "included" | "include" | "includes" | "among"
    )
}

/// Subordinating words: a cue after one ("after X indicated") does not assert a figure before it.
pub(crate) fn is_subordinator(w: &str) -> bool {
    [
        "after", "before", "as", "when", "while", "because", "since", "although", "until", "once",
        "if",
    ]
    .contains(&w)
}

/// Relative pronouns: a clause about someone ("who won the title in 2019") does not scope
/// the sentence's figures.
pub(crate) fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "who" | "which" | "whose")
}

/// Prepositions that introduce where people went ("sent to X", "arrived in X").
pub(crate) fn is_destination_preposition(w: &str) -> bool {
    matches!(w, "to" | "in" | "into" | "on" | "for")
}

/// Words skipped between a destination preposition and the place ("to the neighbouring X").
pub(crate) fn is_place_filler(w: &str) -> bool {
    matches!(w, "the" | "neighboring" | "neighbouring")
}

/// Prepositions after a counted noun that name what it is of or for ("days of talks").
pub(crate) fn is_complement_preposition(w: &str) -> bool {
    matches!(w, "of" | "to" | "per" | "for" | "from")
}

/// Words that end a complement phrase.
pub(crate) fn ends_complement(w: &str) -> bool {
    [
        "of", "to", "in", "on", "at", "who", "that", "which", "and", "was", "were", "is",
    ]
    .contains(&w)
}

/// Auxiliaries and adverbs between a subject and its verb ("the stadium will now cost").
pub(crate) fn is_auxiliary(w: &str) -> bool {
    AUXILIARIES.contains(&w)
}

#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "shall", "is",
    "was", "are", "were", "has", "have",
    "had", "be", "been", "to", "also", "now", "already", "reportedly", "expected", "set",
    // Raising verbs and adjectives of forecasts ("temperatures are forecast to reach").
    "forecast", "projected", "predicted", "likely", "due", "poised",
];

/// Words that open a sentence before a number without naming anything ("Some 40 people",
/// "Nearly 300", "Only 12"): a capitalised word there is not the name of a thing.
pub(crate) fn is_sentence_opener(w: &str) -> bool {
    SENTENCE_OPENERS.contains(&w)
}

#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "Some 40 people", "Nearly 300", "About half", "Only 12", "only", "just", "nearly", "almost", "about", "around", "some", "all", "over", "under", "more", "fewer", "less", "up", "at", "roughly", "approximately", "exactly", "another", "both", "those", "these", "with", "of", "in", "on", "by", "for", "from", "and", "but", "so", "then", "now", "still", "while", "when", "after", "before", "since", "among", "including", "yet"
];

/// Words between a change verb and its later value ("rose from 5 to 7", "fell by nearly 3").
pub(crate) fn is_change_link(w: &str) -> bool {
    matches!(w, "from" | "to" | "by" | "nearly" | "almost" | "about")
}

/// Debts named by their maturity in market copy ("the 10-year yield", "30-year mortgages").
pub(crate) fn is_debt_instrument(w: &str) -> bool {
    let w = w.trim_end_matches('s');
    matches!(
        w,
        "yield"
            | "bond"
            | "note"
            | "bill"
            | "gilt"
            | "treasury"
            | "treasurie"
            | "bund"
            | "mortgage"
            | "loan"
            | "paper"
    )
}

/// Prepositions inside a noun phrase ("price of gold", "traffic on the route").
pub(crate) fn is_inner_preposition(w: &str) -> bool {
    matches!(w, "of" | "on" | "in" | "at" | "for")
}

/// Words linking a state to its subject ("voters remain undecided").
pub(crate) fn is_state_link(w: &str) -> bool {
    matches!(
        w,
        "are" | "were" | "remain" | "remained" | "remains" | "is" | "was"
    )
}

/// Parts of a year that make a phrase a time ("in the third quarter", "in the first half").
pub(crate) fn is_period_word(w: &str) -> bool {
    is_time_unit(w) || matches!(w, "quarter" | "half")
}

/// Comparatives after a percentage ("a 23% lower risk").
pub(crate) fn is_comparative(w: &str) -> bool {
    matches!(w, "higher" | "lower" | "greater" | "smaller")
}

/// Words between a candidate's name and their share in a poll ("Imbert ahead 48% to 44%").
pub(crate) fn is_standing_word(w: &str) -> bool {
    matches!(
        w,
        "ahead" | "behind" | "leads" | "led" | "trails" | "trailed" | "on" | "at"
    )
}

/// Words only cricket copy uses, which make "312 for 7" a score.
pub(crate) fn is_cricket_word(w: &str) -> bool {
    matches!(
        w,
        "wicket"
            | "wickets"
            | "innings"
            | "bowled"
            | "bowler"
            | "bowlers"
            | "batter"
            | "batsman"
            | "overs"
            | "declared"
            | "lbw"
    )
}

/// Verbs of a round's score in golf and similar sports ("shot a 66", "carded a 71").
pub(crate) fn is_round_verb(w: &str) -> bool {
    matches!(
        w,
        "shot" | "shoots" | "carded" | "cards" | "fired" | "fires"
    )
}

/// Verbs by which a party or a candidate wins a share of the vote ("The Greens won 21.8%",
/// "Mr Obi polled 12%").
pub(crate) fn is_vote_won_verb(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "wins"
            | "took"
            | "takes"
            | "polled"
            | "polls"
            | "secured"
            | "secures"
            | "garnered"
            | "received"
            | "got"
            | "gets"
    )
}

/// Words that make a story one of votes ("election", "ballot", "seats").
pub(crate) fn is_election_word(w: &str) -> bool {
    matches!(
        w,
        "vote"
            | "votes"
            | "voters"
            | "poll"
            | "polls"
            | "election"
            | "elections"
            | "ballot"
            | "ballots"
            | "seats"
            | "runoff"
            | "primary"
            | "constituency"
    )
}

/// Verbs in the present whose object is a count of people served, and their participle
/// ("employs 40,000 people": people employed; "the disease affects 2 million people").
pub(crate) fn served_people(w: &str) -> Option<&'static str> {
    Some(match w {
        "employs" => "employed",
        "affects" => "affected",
        "serves" => "served",
        "helps" => "helped",
        "supports" => "supported",
        "houses" => "housed",
        "hosts" => "hosted",
        "treats" => "treated",
        "trains" => "trained",
        "hires" => "hired",
        "covers" => "covered",
        "reaches" => "reached",
        "protects" => "protected",
        "insures" => "insured",
        "attracts" => "attracted",
        "welcomes" => "welcomed",
        "feeds" => "fed",
        "teaches" => "taught",
        "educates" => "educated",
        "shelters" => "sheltered",
        "benefits" => "benefited",
        "represents" => "represented",
        _ => return None,
    })
}
