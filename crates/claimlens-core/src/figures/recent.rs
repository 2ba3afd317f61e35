//! The figures read before a number in its article, and what they offer a number that names
//! nothing itself ("Fourteen.", "25 more", "up from €5.2m"): the label of the last figure of its
//! kind, said in this sentence or the one before.

use std::ops::Range;

use super::{borrowed, describe, RawFigure};
use crate::lexicon::currencies;
use crate::lexicon::quantities as lex;
use crate::model::Qualifier;
use crate::numbers::Number;

/// A figure read earlier in the article, for a bare number that refers back to it.
pub(super) struct Recent {
    sentence: usize,
    /// The token after its number.
    after: usize,
    value: f64,
    money: bool,
    percent: bool,
    /// Its head noun for a count, what it counts for money and percentages; "" for a fallback.
    says: String,
    /// Its head as written, lower case: the unit of a measure ("tonnes").
    head: String,
    /// The currency of an amount, as [`currencies::currency_mark`] writes it.
    currency: Option<String>,
}

impl Recent {
    pub(super) fn of(
        doc: &crate::text::Doc,
        n: &Number,
        fig: &RawFigure,
        sentence: usize,
    ) -> Recent {
        let says = if describe::is_fallback(&fig.counts) {
            String::new()
        } else if n.money || n.percent {
            fig.counts.clone()
        } else if lex::is_measure_word(&fig.head) && !lex::is_measure_word(&fig.counts) {
            // "262.4 lakh tonnes of wheat": a measure refers back by what it measures.
            fig.counts.clone()
        } else if !fig.head.is_empty() {
            fig.head.to_lowercase()
        } else if borrowed::guessed_from_word_before(doc, n, &fig.counts) {
            // A count refers back by what it counts, never by a word guessed near it.
            String::new()
        } else {
            fig.counts.clone()
        };
        Recent {
            sentence,
            after: n.tokens.end,
            value: n.value,
            money: n.money,
            percent: n.percent,
            says,
            head: fig.head.to_lowercase(),
            currency: currency(doc, n),
        }
    }

    fn same_kind(&self, n: &Number) -> bool {
        self.money == n.money && self.percent == n.percent && !self.says.is_empty()
    }

    /// Of the same kind, and for an amount not written in another currency: "KSh 3,500 a bag"
    /// lends nothing to "NZ$85" a sentence later.
    fn same_measure(&self, n: &Number, currency: &Option<String>) -> bool {
        self.same_kind(n)
            && (self.currency.is_none() || currency.is_none() || self.currency == *currency)
    }
}

/// The currency the amount `n` is written in, if it names one.
fn currency(doc: &crate::text::Doc, n: &Number) -> Option<String> {
    n.money
        .then(|| {
            n.tokens
                .clone()
                .find_map(|t| currencies::currency_mark(doc.token_text(t)))
        })
        .flatten()
}

/// Is the number `n` coordinated with the earlier figure `r`: a few tokens after it ("112 votes
/// to 87", "31 in favour and 19 against"), or "N more" / "N others"?
fn coordinated(doc: &crate::text::Doc, r: &Recent, n: &Number, end: usize) -> bool {
    let more = n.tokens.end < end && matches!(doc.token_lower(n.tokens.end), "more" | "others");
    // "killed at least 16 people and forced more than 800,000 to flee": a verb of its own
    // between them makes a clause of its own.
    let near = r.after + 4 >= n.tokens.start;
    let own_verb = near
        && (r.after..n.tokens.start).any(|u| {
            doc.is_word(u) && crate::lexicon::quantities::is_past_form(doc.token_lower(u))
        });
    more || (near && !own_verb)
}

/// What the figures read before offer the number `n` in sentence `si`.
pub(super) fn earlier_of<'r>(
    doc: &crate::text::Doc,
    recent: &'r [Recent],
    n: &Number,
    head: &str,
    si: usize,
    range: &Range<usize>,
) -> describe::Earlier<'r> {
    // Only the last few figures are looked back at, but for a value a reader would recognise
    // anywhere in the article ("fell to 211 … Every one of those 211").
    let whole = recent;
    let recent = &whole[whole.len().saturating_sub(8)..];
    // "1,214 deaths in the first six months, compared with 1,095": a bare number is no span
    // of time the sentence measured on the way.
    let bare = head.is_empty() && n.unit.is_none();
    let in_sentence = recent
        .iter()
        .rev()
        .find(|r| r.sentence == si && r.same_kind(n) && !(bare && lex::is_time_unit(&r.says)));
    let says = |r: &'r Recent| r.says.as_str();
    let in_sentence_count = recent
        .iter()
        .rev()
        .take_while(|r| r.sentence == si)
        .find(|r| !r.money && !r.percent && !r.says.is_empty());
    // "dozens" twice is no value said twice.
    let stated = n.qualifier != Qualifier::Vague;
    let currency = currency(doc, n);
    // The number opens its sentence, past its qualifier and a quotation mark.
    // "That's up from £506": or an earlier value refers back.
    let opens = (range.start..n.tokens.start).all(|u| {
        !doc.is_word(u) || crate::lexicon::quantities::number_word(doc.token_lower(u)).is_some()
    }) || (n.tokens.start > range.start
        && doc.token_lower(n.tokens.start - 1) == "from");
    describe::Earlier {
        same_value: recent
            .iter()
            .rev()
            .find(|r| stated && r.value == n.value && r.same_measure(n, &currency))
            .or_else(|| {
                // Bounded, so that a text of many figures stays linear.
                borrowed::distinctive(n.value)
                    .then(|| {
                        whole
                            .iter()
                            .rev()
                            .take(400)
                            .find(|r| r.value == n.value && r.same_measure(n, &currency))
                    })
                    .flatten()
            })
            .map(says),
        in_sentence: in_sentence.map(says),
        // "from 8,100 to 7,600" is both ends of one range, not an earlier value.
        after_from: n.tokens.start > range.start
            && doc.token_lower(n.tokens.start - 1) == "from"
            && n.qualifier != Qualifier::Range,
        // "a profit of ₹1,240 crore, compared with ₹980 crore a year ago".
        compared: borrowed::compared(doc, n, range),
        of_them: n.tokens.end + 1 < range.end
            && doc.token_lower(n.tokens.end) == "of"
            && matches!(
                doc.token_lower(n.tokens.end + 1),
                "them" | "those" | "these"
            ),
        apposed_to: in_sentence_count
            .filter(|r| n.percent && borrowed::apposed(doc, r.after, n, range))
            .map(says),
        previous: recent
            .iter()
            .rev()
            .find(|r| r.sentence < si && r.sentence + 1 >= si && r.same_measure(n, &currency))
            .filter(|_| borrowed::stands_for_earlier(doc, n, range))
            .map(says),
        coordinated: in_sentence
            .filter(|r| coordinated(doc, r, n, range.end))
            .map(says),
        last_in_sentence: recent
            .iter()
            .rev()
            .take_while(|r| r.sentence == si)
            .find(|r| !r.says.is_empty())
            .map(says),
        same_measure: lex::is_measure_word(head)
            .then(|| {
                recent
                    .iter()
                    .rev()
                    .take_while(|r| r.sentence + 1 >= si)
                    .find(|r| {
                        r.head == head.to_lowercase()
                            && !r.says.is_empty()
                            && !lex::is_measure_word(&r.says)
                    })
            })
            .flatten()
            .map(says),
        stood_for: recent
            .iter()
            .rev()
            .take_while(|r| r.sentence + 1 >= si)
            .find(|r| r.same_measure(n, &currency) && !lex::is_time_unit(&r.says))
            .map(says),
        // "… goes up 20p an hour. The authority will draw £7.5m from reserves": an amount
        // inside its own clause borrows nothing from the sentence before.
        amount_nearby: recent
            .iter()
            .rev()
            .take_while(|r| r.sentence == si || (r.sentence + 1 == si && opens))
            .find(|r| r.same_measure(n, &currency))
            .map(says),
        nearby: recent
            .iter()
            .rev()
            .take_while(|r| r.sentence + 1 >= si)
            .find(|r| r.same_measure(n, &currency))
            .map(says)
            // "Ossel, 29, shot 14 of 21": an age lends itself only to a number written as ages
            // are ("at 71", "aged 12", "34, 35 and 41").
            .filter(|&says| {
                let before = n.tokens.start.checked_sub(1).filter(|&p| p >= range.start);
                says != "age"
                    || before.is_some_and(|p| {
                        doc.is_punct(p, ',')
                            || matches!(doc.token_lower(p), "at" | "aged" | "and" | "or")
                    })
            }),
    }
}
