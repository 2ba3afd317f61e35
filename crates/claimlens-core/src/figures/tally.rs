//! Tallies and scores, which news writes with no noun after the number: votes after a name
//! ("Osei 21,408, Grant (Lab) 19,772"), a candidate's share in a poll ("Imbert ahead 48% to
//! 44%"), a cricket total ("351 for six": runs, and the wickets lost), a round's score ("shot a
//! 66", "struggled to a 73").

use std::ops::Range;

use crate::lexicon::quantities as lex;
use crate::numbers::{self, Number};
use crate::text::Doc;

/// A lead or a winning margin: "leads the championship by 22 points" (lead in the championship),
/// "Rovers lead City by four points" (lead over City), "won by two strokes" (winning margin).
pub(super) fn margin(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let by = n
        .tokens
        .start
        .checked_sub(1)
        .filter(|&u| u >= range.start)?;
    // "won the vote by 312 to 268" is a tally.
    let tally = (n.tokens.end..range.end.min(n.tokens.end + 3)).any(|u| doc.token_lower(u) == "to");
    if doc.token_lower(by) != "by" || tally {
        return None;
    }
    let from = range.start.max(by.saturating_sub(6));
    let (verb, lead) = (from..by).rev().find_map(|u| match doc.token_lower(u) {
        "lead" | "leads" | "led" | "leading" | "trail" | "trails" | "trailed" | "trailing" => {
            Some((u, true))
        }
        "won" | "win" | "wins" | "winning" | "beat" | "beats" | "beating" | "defeated"
        | "defeating" | "lost" | "lose" | "loses" => Some((u, false)),
        _ => None,
    })?;
    // "won by six wickets": the margin in the unit the sport counts.
    let unit = head_after(doc, n, range);
    if !lead {
        let lost = matches!(doc.token_lower(verb), "lost" | "lose" | "loses");
        let margin = if lost {
            "losing margin"
        } else {
            "winning margin"
        };
        return Some(match unit {
            Some(unit) => format!("{margin} in {unit}"),
            None => margin.to_string(),
        });
    }
    let lead = match unit {
        Some(unit) => format!("{unit} lead"),
        None => "lead".to_string(),
    };
    // What is led, or whom: the words between the verb and "by".
    let object: Vec<usize> = (verb + 1..by).filter(|&u| doc.is_word(u)).collect();
    let Some(&first) = object.first() else {
        return Some(lead);
    };
    let words: Vec<&str> = object.iter().map(|&u| doc.token_text(u)).collect();
    let words = words.join(" ");
    Some(if doc.is_capitalized(first) {
        format!("{lead} over {words}")
    } else {
        format!("{lead} in {words}")
    })
}

/// "Kelsford Rangers 2 Marlow Heath 0": a result line, two sides each named before its score and
/// nothing else, counts the goals (or what the story's sport scores in) of the side before it.
pub(super) fn result_line(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let score = |u: usize| {
        doc.token_text(u).chars().all(|c| c.is_ascii_digit()) && doc.token_text(u).len() <= 3
    };
    // The sides: runs of one to four capitalised words, each closed by a score.
    let mut sides = Vec::new();
    let mut u = range.start;
    while u < range.end && sides.len() < 2 {
        let name = u;
        while u < range.end && u - name <= 4 && doc.is_word(u) && doc.is_capitalized(u) && !score(u)
        {
            u += 1;
        }
        if u == name || u - name > 4 || u >= range.end || !score(u) {
            return None;
        }
        sides.push((name..u, u));
        u += 1;
    }
    let trailing = (u..range.end).all(|v| doc.is_punct(v, '.'));
    if sides.len() != 2 || !trailing || n.tokens.len() != 1 {
        return None;
    }
    let (name, _) = sides.iter().find(|(_, at)| *at == n.tokens.start)?;
    let unit = match score_unit(doc, n, range) {
        "score" | "votes" | "series" | "record" => "goals",
        unit => unit,
    };
    let name: Vec<&str> = name.clone().map(|v| doc.token_text(v)).collect();
    Some(format!("{unit} of {}", name.join(" ")))
}

/// The plural noun right after the number ("22 points", "six wickets"), if any.
fn head_after<'a>(doc: &'a Doc, n: &Number, range: &Range<usize>) -> Option<&'a str> {
    let u = n.tokens.end;
    (u < range.end && doc.is_word(u) && !doc.is_capitalized(u))
        .then(|| doc.token_lower(u))
        .filter(|w| w.len() > 3 && super::phrase_end::is_plural(w) && !lex::ends_counted_phrase(w))
}

/// What a bare tally or score counts, if the words around the number make it one.
pub(super) fn counts(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    // "Thornbury’s 312 for 7" is a cricket total before it is a name's votes.
    let plain = !(n.percent || n.money || n.unit.is_some());
    if plain && score_side(doc, n).is_some() {
        return Some(score_unit(doc, n, range).to_string());
    }
    if let Some(c) = cricket(doc, n, range).filter(|_| plain) {
        return Some(c);
    }
    // "Varga is elected on first preferences with 43.9%": a winner's share of the vote.
    if n.percent && n.tokens.start > range.start && doc.token_lower(n.tokens.start - 1) == "with" {
        let won = (range.start.max(n.tokens.start.saturating_sub(8))..n.tokens.start).any(|u| {
            matches!(
                doc.token_lower(u),
                "elected" | "re-elected" | "won" | "wins" | "win" | "winning" | "returned"
            )
        });
        if won {
            return Some("share of the vote".to_string());
        }
    }
    // "41% for her challenger, Tom Gerrity": the share a name after "for" polls.
    if let Some(name) = name_after_for(doc, n, range).filter(|_| n.percent) {
        return Some(format!("support for {name}"));
    }
    // "Barclays dropped 5.6%, Glencore 4.1%": after a verb of change a name's share is its
    // change, not its support.
    // "Support for Labour rose to 41%, the Conservatives 27%" are levels, still support.
    // "Labour rose 3 points to 41%, the Conservatives 27%": a level reached is a level.
    let window = range.start.max(n.tokens.start.saturating_sub(16))..n.tokens.start;
    let moving = window.clone().any(|u| {
        crate::lexicon::changes::change_verb(doc.token_lower(u)).is_some() && {
            let amount = if doc.token_lower(u + 1) == "by" {
                u + 2
            } else {
                u + 1
            };
            amount < range.end && numbers::read(doc, amount, range.end).is_some()
        }
    }) && !window.into_iter().any(|u| doc.token_lower(u) == "to");
    // "the Greens are on 6%" stays a level, whatever moved before it.
    let adjacent = n.tokens.start > range.start && doc.is_capitalized(n.tokens.start - 1);
    if let Some(name) = name_before(doc, n, range).filter(|_| !(n.percent && moving && adjacent)) {
        return Some(if n.percent {
            format!("support for {name}")
        } else if let Some(noun) = tally_noun_before(doc, n, range, &name) {
            // "kicked 18 goals to Sydney's eight": the other side's count of the same thing.
            format!(
                "{noun} for {}",
                name.trim_end_matches("’s").trim_end_matches("'s")
            )
        } else {
            format!("votes for {name}")
        });
    }
    if !plain {
        return None;
    }
    if let Some(votes) = votes_to(doc, n, range) {
        return Some(votes);
    }
    round(doc, n, range)
}

/// "won the confidence vote by 312 to 268": two bare numbers joined by "to" in a sentence
/// about a vote are its tally.
fn votes_to(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let (start, end) = (n.tokens.start, n.tokens.end);
    let bare = |m: &Number| !(m.percent || m.money || m.unit.is_some());
    let before = start >= range.start + 2
        && doc.token_lower(start - 1) == "to"
        && (range.start..start - 1).rev().take(2).any(|u| {
            numbers::read(doc, u, range.end).is_some_and(|m| bare(&m) && m.tokens.end == start - 1)
        });
    let after = end + 1 < range.end
        && doc.token_lower(end) == "to"
        && numbers::read(doc, end + 1, range.end).is_some_and(|m| bare(&m));
    let vote = range.clone().any(|u| {
        matches!(
            doc.token_lower(u),
            "vote" | "votes" | "voted" | "ballot" | "ballots"
        )
    });
    ((before || after) && vote).then(|| "votes".to_string())
}

/// The plural noun of a count set against this one with "to" before the name: "18 goals to
/// Sydney's eight", "331 points to Verstappen's 393".
fn tally_noun_before(doc: &Doc, n: &Number, range: &Range<usize>, name: &str) -> Option<String> {
    let words = name.split_whitespace().count();
    let to = n.tokens.start.checked_sub(words + 1)?;
    if to < range.start + 2 || doc.token_lower(to) != "to" {
        return None;
    }
    let noun = doc.token_lower(to - 1);
    let counted = numbers::read(doc, to - 2, range.end).is_some_and(|m| m.tokens.end == to - 1);
    (counted && super::phrase_end::is_plural(noun) && noun != "votes").then(|| noun.to_string())
}

/// The name a tally follows ("Osei 21,408", "Grant (Lab) 19,772", "Imbert ahead 48%"), when
/// nothing but punctuation follows the number, as in a list of results.
fn name_before(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let end = n.tokens.end;
    if end < range.end && doc.is_word(end) && !lex::ends_counted_phrase(doc.token_lower(end)) {
        return None;
    }
    let mut p = n.tokens.start.checked_sub(1).filter(|&p| p > range.start)?;
    let mut stood = false;
    if n.percent && lex::is_standing_word(doc.token_lower(p)) {
        p = p.checked_sub(1).filter(|&p| p > range.start)?;
        // "the Conservatives unchanged on 18%": past a word that says how the share moved.
        let w = doc.token_lower(p);
        if crate::lexicon::changes::is_level_verb(w) || matches!(w, "level" | "up" | "down") {
            p = p.checked_sub(1).filter(|&p| p > range.start)?;
        }
        // "Labour is on 38%": past the verb; the name may open the sentence.
        let on = doc.token_lower(p + 1) == "on";
        if on
            && matches!(
                doc.token_lower(p),
                "is" | "are" | "was" | "were" | "stands" | "remains"
            )
        {
            p = p.checked_sub(1).filter(|&p| p >= range.start)?;
            stood = true;
        }
    }
    // "Minsk leading with 47%": a lead held with a share.
    if n.percent
        && doc.token_lower(p) == "with"
        && p > range.start + 1
        && matches!(
            doc.token_lower(p - 1),
            "leading" | "leads" | "led" | "trailing" | "trails" | "ahead"
        )
    {
        p -= 2;
    }
    // "The far-right Confederation was third with 14%": a place in the poll and its share.
    let place = |w: &str| {
        matches!(
            w,
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "last"
        )
    };
    if n.percent
        && doc.token_lower(p) == "with"
        && p > range.start + 2
        && place(doc.token_lower(p - 1))
    {
        p -= 2;
        if matches!(
            doc.token_lower(p),
            "was" | "is" | "came" | "comes" | "finished" | "placed" | "ranked"
        ) {
            p = p.checked_sub(1).filter(|&p| p > range.start)?;
        }
    }
    // "Grant (Lab) 19,772": past a party in brackets.
    if doc.is_punct(p, ')') {
        let open = (p.saturating_sub(4).max(range.start)..p).rfind(|&u| doc.is_punct(u, '('))?;
        p = open.checked_sub(1).filter(|&p| p > range.start)?;
    }
    let sentence_start = !stood
        && (p == range.start
            || (!doc.is_word(p - 1) && ![':', ',', ';'].iter().any(|&c| doc.is_punct(p - 1, c))));
    let word = doc.token_lower(p);
    let name = doc.is_word(p)
        && doc.is_capitalized(p)
        && !sentence_start
        && !crate::lexicon::is_month(word)
        && !word.ends_with("day")
        && !lex::is_sentence_opener(word);
    if !name {
        return None;
    }
    // "Civic Coalition on 34% and Law and Justice on 27%": the whole name, its "and" or "of"
    // between capitals included.
    let mut first = p;
    while first > range.start && p - first < 5 {
        let q = first - 1;
        let joined = matches!(doc.token_lower(q), "and" | "of")
            && q > range.start
            && doc.is_capitalized(q - 1)
            && doc.is_word(q - 1);
        // "Senator Ada Minsk": a title before the name is no part of it.
        let word = doc.token_lower(q);
        if doc.is_word(q)
            && doc.is_capitalized(q)
            && !lex::is_sentence_opener(word)
            && !crate::lexicon::roles::is_title_any_case(word)
        {
            first = q;
        } else if joined {
            first = q - 1;
        } else {
            break;
        }
    }
    let words: Vec<&str> = (first..=p).map(|u| doc.token_text(u)).collect();
    Some(words.join(" "))
}

/// "41% for Gerrity", "41% for her challenger, Tom Gerrity": the name a share is for.
fn name_after_for(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let end = n.tokens.end;
    if end + 1 >= range.end || doc.token_lower(end) != "for" {
        return None;
    }
    // Only in a sentence about a poll or a race ("7% for nurses in England" is a pay claim).
    let poll = range.clone().any(|u| {
        matches!(
            doc.token_lower(u),
            "poll"
                | "polls"
                | "survey"
                | "leading"
                | "leads"
                | "trailing"
                | "trails"
                | "ahead"
                | "behind"
                | "voters"
                | "vote"
                | "votes"
                | "ballot"
        )
    });
    if !poll {
        return None;
    }
    let first = (end + 1..range.end.min(end + 8))
        .take_while(|&u| doc.is_word(u) || doc.is_punct(u, ','))
        .find(|&u| doc.is_capitalized(u))?;
    let words: Vec<&str> = (first..range.end.min(first + 3))
        .take_while(|&u| doc.is_word(u) && doc.is_capitalized(u))
        .map(|u| doc.token_text(u))
        .collect();
    Some(words.join(" "))
}

/// "351 for six": the runs before "for", the wickets lost after it.
fn cricket(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let small = |m: &Number| m.value <= 10.0;
    let end = n.tokens.end;
    let start = n.tokens.start;
    // "bowled out for 187", "all out for 201": a side's total.
    if start >= range.start + 3
        && doc.token_lower(start - 1) == "for"
        && doc.token_lower(start - 2) == "out"
        && matches!(doc.token_lower(start - 3), "bowled" | "all")
    {
        return Some("runs".to_string());
    }
    // "an unbeaten 87", "finished 71 not out": a batter's runs.
    let unbeaten = start > range.start && doc.token_lower(start - 1) == "unbeaten";
    let not_out =
        end + 1 < range.end && doc.token_lower(end) == "not" && doc.token_lower(end + 1) == "out";
    if unbeaten || not_out {
        return Some("runs".to_string());
    }
    // "made 103 from 141 balls": a batter's runs.
    if end + 2 < range.end
        && doc.token_lower(end) == "from"
        && numbers::read(doc, end + 1, range.end)
            .is_some_and(|b| b.tokens.end < range.end && doc.token_lower(b.tokens.end) == "balls")
    {
        return Some("runs".to_string());
    }
    // "312 for 7" (runs for wickets lost) and "took 5 for 48" (wickets for runs conceded), in
    // a story about cricket ("14 for 3" in a prisoner swap is no score).
    let cricket_story = || (0..doc.tokens.len()).any(|u| lex::is_cricket_word(doc.token_lower(u)));
    if end + 1 < range.end && doc.token_lower(end) == "for" {
        let other = numbers::read(doc, end + 1, range.end)?;
        // "287 for five": wickets in words are cricket's own idiom.
        let in_words = lex::number_word(doc.token_lower(end + 1)).is_some();
        if !(in_words || cricket_story()) {
            return None;
        }
        return match (small(n), small(&other)) {
            (false, true) => Some("runs".to_string()),
            (true, false) => Some("wickets".to_string()),
            _ => None,
        };
    }
    let for_before = start >= range.start + 2 && doc.token_lower(start - 1) == "for";
    if for_before && (lex::number_word(doc.token_lower(start)).is_some() || cricket_story()) {
        let first = (range.start..start - 1)
            .rev()
            .take(3)
            .find_map(|u| numbers::read(doc, u, range.end).filter(|r| r.tokens.end == start - 1))?;
        return match (small(&first), small(n)) {
            (false, true) => Some("wickets".to_string()),
            (true, false) => Some("runs".to_string()),
            _ => None,
        };
    }
    None
}

/// "shot a 66", "struggled to a 73": a bare number after "a" is a round's score when a verb of
/// scoring or "to" comes before the article.
fn round(doc: &Doc, n: &Number, range: &Range<usize>) -> Option<String> {
    let start = n.tokens.start;
    if start < range.start + 2 || doc.token_lower(start - 1) != "a" {
        return None;
    }
    let verb = doc.token_lower(start - 2);
    let after_noun = n.tokens.end < range.end
        && doc.is_word(n.tokens.end)
        && !lex::ends_counted_phrase(doc.token_lower(n.tokens.end));
    ((lex::is_round_verb(verb) || verb == "to") && !after_noun && n.value < 200.0)
        .then(|| "score".to_string())
}

/// Which side of a score or vote written with a hyphen ("3-1", "ruled 5-4") the number is: the
/// first or the second, if it is one (the text splits such a pair into two numbers).
pub(crate) fn score_side(doc: &Doc, n: &Number) -> Option<Side> {
    let glued = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    let digits = |u: usize| doc.token_text(u).chars().all(|c| c.is_ascii_digit());
    let (start, end) = (n.tokens.start, n.tokens.end);
    if n.tokens.len() != 1 || !digits(start) {
        return None;
    }
    let hyphen = |u: usize| doc.is_punct(u, '-');
    if end + 1 < doc.tokens.len() && hyphen(end) && glued(start, end) && glued(end, end + 1) {
        return digits(end + 1).then_some(Side::First);
    }
    if start >= 2 && hyphen(start - 1) && glued(start - 2, start - 1) && glued(start - 1, start) {
        return digits(start - 2).then_some(Side::Second);
    }
    None
}

/// The two sides of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    First,
    Second,
}

/// What a score's numbers count: votes after a verb of voting or ruling, else what the story's
/// sport scores in (goals, points, games, runs), else "score".
fn score_unit(doc: &Doc, n: &Number, range: &Range<usize>) -> &'static str {
    let first = match score_side(doc, n) {
        Some(Side::Second) => n.tokens.start - 2,
        _ => n.tokens.start,
    };
    let before = range.start.max(first.saturating_sub(5))..first;
    let voted = before.clone().any(|u| {
        matches!(
            doc.token_lower(u),
            "voted"
                | "vote"
                | "votes"
                | "ruled"
                | "rules"
                | "passed"
                | "approved"
                | "rejected"
                | "adopted"
                | "endorsed"
                | "backed"
        )
    });
    // "The Senate voted 31-8 to override, a day after the House did so 74-25": a vote
    // earlier in the sentence is what a later pair tallies too.
    let voted_earlier = || {
        first > range.start + 2
            && doc.token_lower(first - 1) == "so"
            && (range.start..first.saturating_sub(5))
                .any(|u| matches!(doc.token_lower(u), "voted" | "vote" | "votes"))
    };
    if voted || voted_earlier() {
        return "votes";
    }
    // "lead the series 3-1", "improved his record to 24-1": what the pair is a tally of.
    if let Some(w) = before
        .rev()
        .take(3)
        .map(|u| doc.token_lower(u))
        .find(|w| matches!(*w, "series" | "record"))
    {
        return if w == "series" { "series" } else { "record" };
    }
    story_sport(doc, n).map_or("score", |(unit, _)| unit)
}

/// What the sport of the story around the number `n` scores in (goals, points, games, runs or
/// strokes), from the sport's own words near it, with how many of them there are; None if it
/// names no sport.
pub(super) fn story_sport(doc: &Doc, n: &Number) -> Option<(&'static str, usize)> {
    // A football story speaks of points in the table too: its own words weigh double.
    let mut tally = [0usize; 5];
    // The story's words near the number: a bounded window keeps a text of many scores linear.
    let around = n.tokens.start.saturating_sub(3000)..doc.tokens.len().min(n.tokens.end + 3000);
    for u in around {
        let k = match doc.token_lower(u) {
            "goal" | "goals" | "striker" | "midfielder" | "keeper" | "goalkeeper" | "winger"
            | "hat-trick" | "equaliser" | "equalizer" | "header" => {
                tally[0] += 1;
                0
            }
            "penalty" => 0,
            // Judges score a bout in points ("scores of 116-112").
            "points" | "try" | "tries" | "basket" | "baskets" | "quarter" | "touchdown"
            | "conversion" | "scrum" | "lineout" | "bout" | "bouts" | "knockouts" | "scorecard"
            | "scorecards" => 1,
            "set" | "sets" | "tiebreak" | "serve" | "seed" => 2,
            // "declared" is as often an election's or an emergency's.
            w if lex::is_cricket_word(w) && w != "declared" => 3,
            "birdie" | "birdies" | "bogey" | "bogeys" | "putt" | "putts" | "fairway"
            | "fairways" | "under-par" | "over-par" => 4,
            _ => continue,
        };
        tally[k] += 1;
    }
    let best = (0..5).max_by_key(|&k| tally[k]).filter(|&k| tally[k] > 0)?;
    Some((
        ["goals", "points", "games", "runs", "strokes"][best],
        tally[best],
    ))
}

/// "goes for 94", "a life on 12", "finished on 271": a bare whole number that names nothing, in
/// a story of a sport scored in runs or strokes, is a player's or a side's runs or strokes.
pub(super) fn sport_total(doc: &Doc, s: &super::describe::Subject, noun: &str) -> Option<String> {
    let n = s.number;
    let bare = noun == "number"
        && n.unit.is_none()
        && !n.money
        && !n.percent
        && n.value.fract() == 0.0
        && n.value < 1000.0;
    // One word of the sport is no story of it ("results will be declared").
    let (unit, words) = bare.then(|| story_sport(doc, n)).flatten()?;
    if words < 2 || !matches!(unit, "runs" | "strokes") {
        return None;
    }
    // "three down for not many": wickets fallen.
    let down = n.tokens.end < s.range.end && doc.token_lower(n.tokens.end) == "down";
    Some(
        if down && unit == "runs" {
            "wickets"
        } else {
            unit
        }
        .to_string(),
    )
}
