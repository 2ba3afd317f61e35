//! What money paid is: a price, a wage or a cost, and what a verb of money a few words before an
//! amount makes it when nothing nearer says.

use super::describe::{object_after, Subject};
use super::money::{after_amount, per_unit};
use super::np::{the, words};
use crate::lexicon::changes;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// What money a verb of paying makes it: the price of what it is paid for ("pay KSh 3,500 for a
/// 90kg bag"), pay by the hour or week to whom it is paid ("will be paid C$27.40 an hour"), or
/// what each period costs whoever pays it ("Your average customer will pay £612 a year").
pub(super) fn paid(doc: &Doc, s: &Subject, verb: &str, at: usize) -> Option<String> {
    let start = s.number.tokens.start;
    let paid_for = object_after(doc, s, &["for"])
        .map(|(_, np)| np)
        .or_else(|| paid_for(doc, s))
        .filter(|np| priced(doc, s, np));
    if let Some(np) = paid_for {
        return Some(format!("price of {}", the(&np)));
    }
    // "Drivers will pay £6 a day": what it costs them (not "pays its staff £12 an hour", money
    // paid to others).
    let unit = per_unit(doc, s);
    let period = unit.as_deref().is_some_and(lex::is_period_word);
    let next_to_verb = (at + 1..start).all(|k| lex::is_phrase_adverb(doc.token_lower(k)));
    // "will be paid C$27.40 an hour": a wage; "Households will be paid £150 a year to
    // help with bills" is a payment.
    let wage = matches!(unit.as_deref(), Some("hour" | "day" | "week" | "shift"));
    let passive = verb == "paid" && super::np::passive_before(doc, at, s.range);
    if wage && passive {
        return Some("pay".to_string());
    }
    if period && next_to_verb && !passive {
        // "Your average customer will pay £612 a year": the cost to them.
        let payer = super::money::whose(doc, s, at, "amount paid");
        return Some(
            match payer
                .as_deref()
                .and_then(|w| w.strip_prefix("amount paid by "))
            {
                Some(np) => format!("cost to {np}"),
                None => "cost".to_string(),
            },
        );
    }
    None
}

/// What a verb of money a few words before the amount, in its sentence, makes it, when nothing
/// else says ("companies can be fined up to 10 per cent of turnover, or S$1 million": fine).
/// Verbs with common senses beyond money ("got", "made", "gives", "starts") say nothing here,
/// nor verbs of trade, whose money is the price of the thing traded, which the amount may not
/// be ("bought back shares … had US$1.6 billion left" is no purchase price).
pub(super) fn money_verb_near(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    // Within the amount's own clause: back to a conjunction, a relative or a verb of speech
    // ("An estimated 20,000 attended, and stallholders took in R1.2 million", "said her
    // captors had demanded $5 million").
    let clause = (s.range.start.max(start.saturating_sub(15))..start)
        .rev()
        .take_while(|&k| {
            let w = doc.token_lower(k);
            !matches!(w, "and" | "but" | "that" | "who" | "which" | "while" | ";")
                && crate::lexicon::speech::speech_verb(w).is_none()
        })
        .last()
        .unwrap_or(start);
    (clause..start)
        .rev()
        .filter(|&k| doc.is_word(k))
        .find_map(|k| {
            let w = doc.token_lower(k);
            let common = matches!(
                w,
                "get"
                    | "gets"
                    | "got"
                    | "made"
                    | "makes"
                    | "give"
                    | "gives"
                    | "gave"
                    | "giving"
                    | "start"
                    | "starts"
                    | "starting"
                    | "return"
                    | "returns"
                    | "win"
                    | "wins"
                    | "won"
                    | "lost"
                    | "loses"
                    | "raise"
                    | "raised"
                    | "raises"
                    | "raising"
            );
            let noun = changes::money_verb(w)?;
            let of_a_thing = matches!(
                noun,
                "sale price" | "purchase price" | "estimate" | "fee" | "money released"
            );
            (!noun.is_empty() && !common && !of_a_thing).then_some(noun)
        })
        .map(str::to_string)
}

/// What an amount paid is "for", past a measure of it ("pay KSh 3,500 for a 90kg bag": bag).
pub(super) fn paid_for(doc: &Doc, s: &Subject) -> Option<String> {
    let mut k = after_amount(doc, s);
    // "paying €950 a month for a box room".
    if k + 2 < s.range.end
        && matches!(doc.token_lower(k), "a" | "an" | "per")
        && lex::is_period_word(doc.token_lower(k + 1))
    {
        k += 2;
    }
    if k >= s.range.end || doc.token_lower(k) != "for" {
        return None;
    }
    let mut u = k + 1;
    while u < s.range.end
        && (lex::is_determiner(doc.token_lower(u))
            || crate::numbers::read(doc, u, s.range.end).is_some_and(|n| n.unit.is_some()))
    {
        u = crate::numbers::read(doc, u, s.range.end).map_or(u + 1, |n| n.tokens.end);
    }
    let np: Vec<usize> = (u..s.range.end)
        .take_while(|&v| super::np::is_np_word(doc, v) && !doc.is_capitalized(v))
        .take(3)
        .collect();
    (!np.is_empty()).then(|| words(doc, &np))
}

/// Is what money is paid for a thing with a price? Not a person ("pay £5 for him", "$10,000 for
/// every victim") nor each of some ("£300 for each child").
pub(super) fn priced(doc: &Doc, s: &Subject, np: &str) -> bool {
    let after = after_amount(doc, s);
    let for_at = (after..s.range.end.min(after + 4)).find(|&k| doc.token_lower(k) == "for");
    let each = for_at.is_some_and(|k| {
        k + 1 < s.range.end && matches!(doc.token_lower(k + 1), "each" | "every" | "per")
    });
    let last = np.rsplit(' ').next().unwrap_or(np);
    let person = crate::lexicon::grammar::is_personal_pronoun(last)
        || lex::is_people_noun(&super::lemma(last))
        || crate::lexicon::names::is_role_noun(last);
    !each && !person
}

/// "every GH₵1,000 buys a hospital bed mattress", "$5m funds 20 classrooms": an amount that
/// buys something is its cost.
pub(super) fn what_it_buys(doc: &Doc, s: &Subject) -> Option<String> {
    let k = s.number.tokens.end;
    if k + 1 >= s.range.end {
        return None;
    }
    if !matches!(doc.token_lower(k), "buys" | "bought" | "covers" | "funds") {
        return None;
    }
    let mut at = k + 1;
    while at < s.range.end
        && (lex::is_determiner(doc.token_lower(at))
            || lex::number_word(doc.token_lower(at)).is_some())
    {
        at += 1;
    }
    let np: Vec<usize> = (at..s.range.end.min(at + 4))
        .take_while(|&u| super::np::is_np_word(doc, u) && !doc.is_capitalized(u))
        .collect();
    (!np.is_empty()).then(|| format!("cost of {}", words(doc, &np)))
}
