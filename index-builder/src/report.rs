//! The plain text report of an [`Analysis`]: conflicts first, then other claims, speakers and
//! unattributed quotes.
//!
//! The output is stable for a given analysis (it is golden-tested): everything is listed in the
//! analysis's own order except speakers, which are sorted by number of quotes, then name.

use std::collections::HashMap;
use std::io::{self, Write};

use claimlens_core::{Analysis, Article, Claim, ClaimValue, Entity, EntityKind, Quote};

use claimlens_ingest::shorten;

/// Quotes are cut to about this many chars in the report.
const QUOTE_CHARS: usize = 100;

/// Writes the text report of `analysis` to `out`.
pub fn render(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    Report::new(analysis).write(out)
}

struct Report<'a> {
    analysis: &'a Analysis,
    articles: HashMap<&'a str, &'a Article>,
    entities: HashMap<&'a str, &'a Entity>,
}

impl<'a> Report<'a> {
    fn new(analysis: &'a Analysis) -> Self {
        Report {
            analysis,
            articles: analysis
                .articles
                .iter()
                .map(|article| (article.id.as_str(), article))
                .collect(),
            entities: analysis
                .entities
                .iter()
                .map(|entity| (entity.id.as_str(), entity))
                .collect(),
        }
    }

    fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        self.summary(out)?;
        self.conflicts(out)?;
        self.other_claims(out)?;
        self.speakers(out)?;
        self.unattributed(out)
    }

    fn summary(&self, out: &mut dyn Write) -> io::Result<()> {
        let articles = &self.analysis.articles;
        let quotes: usize = articles.iter().map(|article| article.quotes.len()).sum();
        let figures: usize = articles.iter().map(|article| article.figures.len()).sum();
        let conflicts = self
            .analysis
            .claims
            .iter()
            .filter(|claim| claim.conflict)
            .count();
        writeln!(
            out,
            "{}, {}, {}, {} ({} in conflict)",
            count(articles.len(), "article"),
            count(quotes, "quote"),
            count(figures, "figure"),
            count(self.analysis.claims.len(), "claim"),
            conflicts,
        )
    }

    fn conflicts(&self, out: &mut dyn Write) -> io::Result<()> {
        let conflicts: Vec<&Claim> = self
            .analysis
            .claims
            .iter()
            .filter(|claim| claim.conflict)
            .collect();
        heading(out, "CONFLICTS", conflicts.len())?;
        if conflicts.is_empty() {
            writeln!(out, "  No figures disagree.")?;
        }
        for (n, claim) in conflicts.iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            writeln!(out, "  {}", claim.label)?;
            if !claim.explanation.is_empty() {
                writeln!(out, "    {}", claim.explanation)?;
            }
            let width = claim
                .values
                .iter()
                .map(|value| value.label.chars().count())
                .max()
                .unwrap_or(0);
            for value in &claim.values {
                let sources = self.value_sources(value).join(", ");
                writeln!(out, "    - {:<width$}  {sources}", value.label)?;
            }
        }
        Ok(())
    }

    fn other_claims(&self, out: &mut dyn Write) -> io::Result<()> {
        let claims: Vec<&Claim> = self
            .analysis
            .claims
            .iter()
            .filter(|claim| !claim.conflict)
            .collect();
        heading(out, "OTHER CLAIMS", claims.len())?;
        if claims.is_empty() {
            writeln!(out, "  None.")?;
        }
        for claim in claims {
            let values: Vec<String> = claim
                .values
                .iter()
                .map(|value| format!("{} [{}]", value.label, self.value_sources(value).join(", ")))
                .collect();
            writeln!(out, "  {}: {}", claim.label, values.join("; "))?;
        }
        Ok(())
    }

    fn speakers(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut by_speaker: HashMap<&str, Vec<(&Article, &Quote)>> = HashMap::new();
        for (article, quote) in self.quotes() {
            if let Some(speaker) = &quote.speaker {
                by_speaker
                    .entry(speaker.as_str())
                    .or_default()
                    .push((article, quote));
            }
        }
        let mut speakers: Vec<(&str, Vec<(&Article, &Quote)>)> = by_speaker.into_iter().collect();
        speakers.sort_by(|(a_id, a_quotes), (b_id, b_quotes)| {
            b_quotes
                .len()
                .cmp(&a_quotes.len())
                .then_with(|| self.entity_name(a_id).cmp(self.entity_name(b_id)))
                .then_with(|| a_id.cmp(b_id))
        });

        heading(out, "SPEAKERS", speakers.len())?;
        if speakers.is_empty() {
            writeln!(out, "  No quote is attributed to anyone.")?;
        }
        for (n, (id, quotes)) in speakers.iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            let entity = self.entities.get(id).copied();
            let kind = match entity.map(|entity| entity.kind) {
                Some(EntityKind::Organization) => " [organization]",
                Some(EntityKind::Anonymous) => " [anonymous]",
                Some(EntityKind::Person) | None => "",
            };
            writeln!(
                out,
                "  {}{kind} ({})",
                self.entity_name(id),
                count(quotes.len(), "quote")
            )?;
            if let Some(entity) = entity {
                let aliases: Vec<&str> = entity
                    .aliases
                    .iter()
                    .map(String::as_str)
                    .filter(|alias| *alias != entity.name)
                    .collect();
                if !aliases.is_empty() {
                    writeln!(out, "    also: {}", aliases.join(", "))?;
                }
                if !entity.descriptions.is_empty() {
                    writeln!(out, "    described as: {}", entity.descriptions.join("; "))?;
                }
            }
            for (article, quote) in quotes {
                let via = match (&quote.mention, entity) {
                    (Some(mention), Some(entity)) if !is_name_of(&mention.text, entity) => {
                        format!(" (via \"{}\")", one_line(&mention.text))
                    }
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "    {} — {}{via}",
                    quoted(&quote.text),
                    source(article)
                )?;
            }
        }
        Ok(())
    }

    fn unattributed(&self, out: &mut dyn Write) -> io::Result<()> {
        let quotes: Vec<(&Article, &Quote)> = self
            .quotes()
            .filter(|(_, quote)| quote.speaker.is_none())
            .collect();
        heading(out, "UNATTRIBUTED QUOTES", quotes.len())?;
        if quotes.is_empty() {
            writeln!(out, "  None.")?;
        }
        for (article, quote) in quotes {
            writeln!(out, "  {} — {}", quoted(&quote.text), source(article))?;
        }
        Ok(())
    }

    /// Every quote, in article order and then text order.
    fn quotes(&self) -> impl Iterator<Item = (&'a Article, &'a Quote)> {
        self.analysis
            .articles
            .iter()
            .flat_map(|article| article.quotes.iter().map(move |quote| (article, quote)))
    }

    fn entity_name(&self, id: &'a str) -> &'a str {
        self.entities
            .get(id)
            .map_or(id, |entity| entity.name.as_str())
    }

    /// Who asserts a value: the outlet in its own voice, or "holder (outlet)"; each once, in
    /// the order of the value's figures.
    fn value_sources(&self, value: &ClaimValue) -> Vec<String> {
        let mut sources: Vec<String> = Vec::new();
        for figure_ref in &value.figures {
            let article = self.articles.get(figure_ref.article.as_str()).copied();
            let outlet = article.map_or(figure_ref.article.as_str(), outlet_name);
            let holder = article
                .and_then(|article| article.figures.get(figure_ref.index))
                .and_then(|figure| figure.holder.as_deref())
                .map(|holder| self.entity_name(holder));
            let label = match holder {
                Some(holder) => format!("{holder} ({outlet})"),
                None => outlet.to_owned(),
            };
            if !sources.contains(&label) {
                sources.push(label);
            }
        }
        sources
    }
}

fn heading(out: &mut dyn Write, title: &str, items: usize) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{title} ({items})")?;
    writeln!(out)
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The outlet of an article, or its id when the outlet is not known.
fn outlet_name(article: &Article) -> &str {
    article.outlet.as_deref().unwrap_or(&article.id)
}

/// Where a quote was read: "Outlet, id", or the id alone.
fn source(article: &Article) -> String {
    match &article.outlet {
        Some(outlet) => format!("{outlet}, {}", article.id),
        None => article.id.clone(),
    }
}

/// Whether a mention is one of the entity's names rather than a pronoun or a description.
fn is_name_of(mention: &str, entity: &Entity) -> bool {
    let mention = one_line(mention);
    mention == entity.name || entity.aliases.contains(&mention)
}

/// A quote for display. The comma that ends a quote followed by "she said" is punctuation of
/// the sentence around it, not of the words quoted, so it is dropped here.
fn quoted(text: &str) -> String {
    let text = one_line(text);
    let text = text.strip_suffix(',').unwrap_or(&text);
    format!("\"{}\"", shorten(text, QUOTE_CHARS))
}

/// Collapses runs of whitespace (line breaks included) to single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{Figure, Mention, Qualifier, Ref};
    use expect_test::expect;

    fn quote(text: &str, speaker: Option<&str>, mention: Option<&str>) -> Quote {
        Quote {
            text: text.into(),
            start: 0,
            end: 0,
            speaker: speaker.map(Into::into),
            mention: mention.map(|text| Mention {
                text: text.into(),
                start: 0,
                end: 0,
            }),
            cue: Some("said".into()),
            statement: "s".into(),
        }
    }

    fn figure(holder: Option<&str>) -> Figure {
        Figure {
            text: "x".into(),
            start: 0,
            end: 0,
            low: Some(1.0),
            high: Some(1.0),
            qualifier: Qualifier::Exact,
            counts: "things".into(),
            claim: Some("c".into()),
            holder: holder.map(Into::into),
            total: None,
        }
    }

    fn entity(id: &str, name: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
            descriptions: Vec::new(),
        }
    }

    fn value(label: &str, figures: &[(&str, usize)]) -> ClaimValue {
        ClaimValue {
            label: label.into(),
            low: None,
            high: None,
            figures: figures
                .iter()
                .map(|(article, index)| Ref {
                    article: article.to_string(),
                    index: *index,
                })
                .collect(),
        }
    }

    /// A hand-built analysis, so that this golden follows the report code and not the core.
    fn sample() -> Analysis {
        let long = "word ".repeat(40);
        Analysis {
            articles: vec![
                Article {
                    id: "01-ledger.md".into(),
                    outlet: Some("The Ledger".into()),
                    quotes: vec![
                        quote(
                            "We will reopen\nthe bridge,",
                            Some("e1"),
                            Some("Ana Duarte"),
                        ),
                        quote(&long, Some("e1"), Some("she")),
                        quote("Nobody told us.", None, None),
                    ],
                    figures: vec![figure(None), figure(Some("e2"))],
                    ..Default::default()
                },
                Article {
                    id: "02-wire.txt".into(),
                    quotes: vec![
                        quote("Crews are ready.", Some("e2"), Some("the agency")),
                        quote("Soon.", Some("e1"), Some("Duarte")),
                    ],
                    figures: vec![figure(None)],
                    ..Default::default()
                },
            ],
            entities: vec![
                Entity {
                    descriptions: vec!["the mayor".into(), "a former engineer".into()],
                    ..entity(
                        "e1",
                        "Ana Duarte",
                        EntityKind::Person,
                        &["Ana Duarte", "Duarte"],
                    )
                },
                entity(
                    "e2",
                    "Roads Agency",
                    EntityKind::Organization,
                    &["Roads Agency"],
                ),
            ],
            claims: vec![
                Claim {
                    id: "c1".into(),
                    label: "crews working".into(),
                    conflict: true,
                    explanation: "40: The Ledger; 25: Roads Agency".into(),
                    figures: Vec::new(),
                    values: vec![
                        value("40", &[("01-ledger.md", 0), ("02-wire.txt", 0)]),
                        value("about 25", &[("01-ledger.md", 1)]),
                    ],
                },
                Claim {
                    id: "c2".into(),
                    label: "lanes closed".into(),
                    conflict: false,
                    explanation: String::new(),
                    figures: Vec::new(),
                    values: vec![value("2", &[("02-wire.txt", 0), ("gone.md", 3)])],
                },
            ],
            statements: Vec::new(),
        }
    }

    fn render_to_string(analysis: &Analysis) -> String {
        let mut out = Vec::new();
        render(analysis, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn renders_every_section() {
        expect![[r#"
            2 articles, 5 quotes, 3 figures, 2 claims (1 in conflict)

            CONFLICTS (1)

              crews working
                40: The Ledger; 25: Roads Agency
                - 40        The Ledger, 02-wire.txt
                - about 25  Roads Agency (The Ledger)

            OTHER CLAIMS (1)

              lanes closed: 2 [02-wire.txt, gone.md]

            SPEAKERS (2)

              Ana Duarte (3 quotes)
                also: Duarte
                described as: the mayor; a former engineer
                "We will reopen the bridge" — The Ledger, 01-ledger.md
                "word word word word word word word word word word word word word word word word word word word…" — The Ledger, 01-ledger.md (via "she")
                "Soon." — 02-wire.txt

              Roads Agency [organization] (1 quote)
                "Crews are ready." — 02-wire.txt (via "the agency")

            UNATTRIBUTED QUOTES (1)

              "Nobody told us." — The Ledger, 01-ledger.md
        "#]]
        .assert_eq(&render_to_string(&sample()));
    }

    #[test]
    fn renders_an_empty_analysis() {
        expect![[r#"
            0 articles, 0 quotes, 0 figures, 0 claims (0 in conflict)

            CONFLICTS (0)

              No figures disagree.

            OTHER CLAIMS (0)

              None.

            SPEAKERS (0)

              No quote is attributed to anyone.

            UNATTRIBUTED QUOTES (0)

              None.
        "#]]
        .assert_eq(&render_to_string(&Analysis::default()));
    }
}
