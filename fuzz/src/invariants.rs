//! The invariants every [`Analysis`] keeps, whatever the text: stated once, checked by the fuzz
//! targets (`fuzz/src/lib.rs`) and by the property tests (`crates/claimlens-core/tests/properties.rs`,
//! which include this file).
//!
//! Each check returns the first violation as a message naming the article and the item, so a
//! failing fuzz run or property test says what broke.
//!
//! Spans are char offsets (`model.rs`), so a span inside the text always falls on char
//! boundaries; [`spans`] also turns each one into byte offsets with `char_indices` and slices the
//! `&str`, as every reader of the JSON does, which would panic off a boundary.

use std::collections::{BTreeMap, BTreeSet};

use claimlens_core::{Analysis, ArticleInput};

/// The result of one check: the first violation found, if any.
pub type Check = Result<(), String>;

/// Every invariant, in the order below.
pub fn all(inputs: &[ArticleInput], analysis: &Analysis) -> Check {
    articles(inputs, analysis)?;
    spans(analysis)?;
    order(analysis)?;
    intervals(analysis)?;
    references(analysis)
}

/// One output article per input, in order, with the input's id and text unchanged.
pub fn articles(inputs: &[ArticleInput], analysis: &Analysis) -> Check {
    if inputs.len() != analysis.articles.len() {
        return Err(format!(
            "{} inputs but {} articles",
            inputs.len(),
            analysis.articles.len()
        ));
    }
    for (input, article) in inputs.iter().zip(&analysis.articles) {
        if input.id != article.id || input.text != article.text {
            return Err(format!("article {:?} is not its input", input.id));
        }
    }
    Ok(())
}

/// Every quote, mention and figure lies within its article's text, starts no later than it
/// ends, and its `text` is exactly the text of its span.
pub fn spans(analysis: &Analysis) -> Check {
    for article in &analysis.articles {
        let text = &article.text;
        // Byte offset of every char offset, the text's end included.
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let span = |what: &str, start: usize, end: usize, claimed: &str| -> Check {
            if start > end || end >= bytes.len() {
                return Err(format!(
                    "article {:?}: {what} span {start}..{end} is outside the text ({} chars)",
                    article.id,
                    bytes.len() - 1
                ));
            }
            let (from, to) = (bytes[start], bytes[end]);
            if !text.is_char_boundary(from) || !text.is_char_boundary(to) {
                return Err(format!(
                    "article {:?}: {what} span {start}..{end} is off a char boundary",
                    article.id
                ));
            }
            if &text[from..to] != claimed {
                return Err(format!(
                    "article {:?}: {what} span {start}..{end} is {:?} but its text is {claimed:?}",
                    article.id,
                    &text[from..to]
                ));
            }
            Ok(())
        };
        for (qi, quote) in article.quotes.iter().enumerate() {
            span(&format!("quote {qi}"), quote.start, quote.end, &quote.text)?;
            if quote.text.is_empty() {
                return Err(format!("article {:?}: quote {qi} is empty", article.id));
            }
            if let Some(m) = &quote.mention {
                span(&format!("quote {qi}'s mention"), m.start, m.end, &m.text)?;
            }
        }
        for (fi, figure) in article.figures.iter().enumerate() {
            span(
                &format!("figure {fi}"),
                figure.start,
                figure.end,
                &figure.text,
            )?;
        }
    }
    Ok(())
}

/// Within an article, quotes are in reading order and do not overlap (a nested quotation stays
/// inside its outer quote, which is the one reported), and so are figures.
pub fn order(analysis: &Analysis) -> Check {
    for article in &analysis.articles {
        let ordered = |what: &str, spans: Vec<(usize, usize)>| -> Check {
            for (i, pair) in spans.windows(2).enumerate() {
                if pair[0].1 > pair[1].0 {
                    return Err(format!(
                        "article {:?}: {what} {i} ({}..{}) and {} ({}..{}) overlap or are out of order",
                        article.id,
                        pair[0].0,
                        pair[0].1,
                        i + 1,
                        pair[1].0,
                        pair[1].1
                    ));
                }
            }
            Ok(())
        };
        ordered(
            "quote",
            article.quotes.iter().map(|q| (q.start, q.end)).collect(),
        )?;
        ordered(
            "figure",
            article.figures.iter().map(|f| (f.start, f.end)).collect(),
        )?;
    }
    Ok(())
}

/// Every interval is a number or open at each end, never NaN, with low <= high; sums are
/// numbers too.
pub fn intervals(analysis: &Analysis) -> Check {
    let interval = |what: String, low: Option<f64>, high: Option<f64>| -> Check {
        if low.is_some_and(f64::is_nan) || high.is_some_and(f64::is_nan) {
            return Err(format!("{what}: NaN in {low:?}..{high:?}"));
        }
        if let (Some(low), Some(high)) = (low, high) {
            if low > high {
                return Err(format!("{what}: low {low} > high {high}"));
            }
        }
        Ok(())
    };
    for article in &analysis.articles {
        for (fi, f) in article.figures.iter().enumerate() {
            let what = format!("article {:?}: figure {fi} ({:?})", article.id, f.text);
            interval(what.clone(), f.low, f.high)?;
            if f.total.is_some_and(f64::is_nan) {
                return Err(format!("{what}: total is NaN"));
            }
        }
    }
    for claim in &analysis.claims {
        for value in &claim.values {
            let what = format!("claim {}: value {:?}", claim.id, value.label);
            interval(what, value.low, value.high)?;
        }
    }
    Ok(())
}

/// Ids are unique, and every id or reference points at something that exists: speakers and
/// holders at entities, figures at a claim that lists them, quotes at the one statement that
/// lists them.
pub fn references(analysis: &Analysis) -> Check {
    let entities: BTreeSet<&str> = analysis.entities.iter().map(|e| e.id.as_str()).collect();
    if entities.len() != analysis.entities.len() {
        return Err("two entities share an id".into());
    }
    let articles: BTreeMap<&str, &claimlens_core::Article> = analysis
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let unique_articles = articles.len() == analysis.articles.len();
    for article in &analysis.articles {
        for (qi, q) in article.quotes.iter().enumerate() {
            if let Some(s) = &q.speaker {
                if !entities.contains(s.as_str()) {
                    return Err(format!(
                        "article {:?}: quote {qi}'s speaker {s} is no entity",
                        article.id
                    ));
                }
            }
        }
        for (fi, f) in article.figures.iter().enumerate() {
            if let Some(h) = &f.holder {
                if !entities.contains(h.as_str()) {
                    return Err(format!(
                        "article {:?}: figure {fi}'s holder {h} is no entity",
                        article.id
                    ));
                }
            }
        }
    }
    // References name articles by id, so they can only be followed when ids are unique (the
    // caller's promise, see `ArticleInput::id`).
    if !unique_articles {
        return Ok(());
    }
    let claims: BTreeSet<&str> = analysis.claims.iter().map(|c| c.id.as_str()).collect();
    if claims.len() != analysis.claims.len() {
        return Err("two claims share an id".into());
    }
    // A figure can be in two claims: its own quantity, and the whole when it is a part of a sum
    // ("five Ukrainians and 104 Belarusians"). Its `claim` is one of them, which lists it.
    for claim in &analysis.claims {
        for r in claim
            .figures
            .iter()
            .chain(claim.values.iter().flat_map(|v| &v.figures))
        {
            let figure = articles
                .get(r.article.as_str())
                .and_then(|a| a.figures.get(r.index))
                .ok_or_else(|| format!("claim {} names a missing figure {r:?}", claim.id))?;
            if figure.claim.is_none() {
                return Err(format!(
                    "claim {} lists figure {r:?}, which belongs to no claim",
                    claim.id
                ));
            }
        }
    }
    for article in &analysis.articles {
        for (fi, f) in article.figures.iter().enumerate() {
            let Some(c) = &f.claim else { continue };
            let listed = analysis.claims.iter().any(|claim| {
                &claim.id == c
                    && claim
                        .figures
                        .iter()
                        .any(|r| r.article == article.id && r.index == fi)
            });
            if !listed {
                return Err(format!(
                    "article {:?}: figure {fi}'s claim {c} does not exist or does not list it",
                    article.id
                ));
            }
        }
    }
    let statements: BTreeSet<&str> = analysis.statements.iter().map(|s| s.id.as_str()).collect();
    if statements.len() != analysis.statements.len() {
        return Err("two statements share an id".into());
    }
    for statement in &analysis.statements {
        for r in &statement.quotes {
            let quote = articles
                .get(r.article.as_str())
                .and_then(|a| a.quotes.get(r.index))
                .ok_or_else(|| format!("statement {} names a missing quote {r:?}", statement.id))?;
            if quote.statement != statement.id {
                return Err(format!(
                    "statement {} lists quote {r:?}, which belongs to {}",
                    statement.id, quote.statement
                ));
            }
        }
    }
    for article in &analysis.articles {
        for (qi, q) in article.quotes.iter().enumerate() {
            if !statements.contains(q.statement.as_str()) {
                return Err(format!(
                    "article {:?}: quote {qi}'s statement {:?} does not exist",
                    article.id, q.statement
                ));
            }
        }
    }
    Ok(())
}
