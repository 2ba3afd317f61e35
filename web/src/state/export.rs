//! The explorer's downloads: the export tables of `claimlens-export` (the same the command line
//! writes), cut to what a view shows: every figure or one claim's, every speaker, one speaker's
//! quotes.

use std::borrow::Cow;

use claimlens_export::{ArticleTexts, Rows, Table};

use crate::state::story::Story;

/// What a "Download CSV" button downloads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Download {
    /// Every figure, or one claim's (by claim id).
    Figures(Option<String>),
    /// The speakers table.
    Speakers,
    /// One speaker's quotes (by entity id).
    Quotes(String),
}

impl ArticleTexts for Story {
    fn article_text(&self, article: usize) -> Cow<'_, str> {
        Cow::Owned(Story::article_text(self, article).to_string())
    }
}

impl Download {
    /// The rows, as the command line's table of the same name, filtered to the view.
    pub fn rows(&self, story: &Story) -> Rows {
        let analysis = &story.analysis;
        match self {
            Download::Figures(claim) => {
                let Rows::Figures(mut rows) = Rows::of(Table::Figures, analysis, story) else {
                    unreachable!("a figures table holds figures")
                };
                if let Some(claim) = claim {
                    rows.retain(|r| r.claim_id.as_ref() == Some(claim));
                }
                Rows::Figures(rows)
            }
            Download::Speakers => Rows::of(Table::Speakers, analysis, story),
            Download::Quotes(speaker) => {
                let Rows::Quotes(mut rows) = Rows::of(Table::Quotes, analysis, story) else {
                    unreachable!("a quotes table holds quotes")
                };
                rows.retain(|r| r.speaker_id.as_ref() == Some(speaker));
                Rows::Quotes(rows)
            }
        }
    }

    /// The file's name: `figures.csv`, `figures-c1.csv`, `speakers.csv`, `quotes-anatol-krevytsky.csv`.
    pub fn file_name(&self) -> String {
        let name = match self {
            Download::Figures(None) => "figures".to_string(),
            Download::Figures(Some(claim)) => format!("figures-{}", file_safe(claim)),
            Download::Speakers => "speakers".to_string(),
            Download::Quotes(speaker) => format!("quotes-{}", file_safe(speaker)),
        };
        format!("{name}.csv")
    }
}

/// Letters, digits and `-` only: ids come from the bundle.
fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(60)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{analyze, ArticleInput};

    fn story() -> Story {
        let inputs = [
            ArticleInput {
                id: "a".into(),
                outlet: Some("Ledger".into()),
                text: "Mayor Ana Duarte said 48 people were rescued.\n“We are ready,” Duarte said."
                    .into(),
                ..Default::default()
            },
            ArticleInput {
                id: "b".into(),
                outlet: Some("Courier".into()),
                text: "Police chief Petar Holm said 61 people were rescued.\n“Not yet,” Holm said."
                    .into(),
                ..Default::default()
            },
        ];
        Story::new(None, analyze(&inputs))
    }

    #[test]
    fn downloads_are_the_export_tables_cut_to_the_view() {
        let s = story();
        let claim = s.analysis.claims[0].id.clone();
        let Rows::Figures(all) = Download::Figures(None).rows(&s) else {
            panic!("figures")
        };
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[0].sentence,
            "Mayor Ana Duarte said 48 people were rescued."
        );
        let Rows::Figures(one) = Download::Figures(Some(claim.clone())).rows(&s) else {
            panic!("figures")
        };
        assert!(one.iter().all(|r| r.claim_id.as_ref() == Some(&claim)));
        let duarte = s.entity("ana-duarte").unwrap().id.clone();
        let Rows::Quotes(quotes) = Download::Quotes(duarte).rows(&s) else {
            panic!("quotes")
        };
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].quote, "We are ready,");
        assert_eq!(Download::Speakers.rows(&s).len(), 2);
        let csv = String::from_utf8(Download::Speakers.rows(&s).to_csv()).unwrap();
        assert!(csv.starts_with("\u{feff}name,kind,"));
        assert_eq!(
            Download::Quotes("x/y z".into()).file_name(),
            "quotes-x-y-z.csv"
        );
    }

    #[test]
    fn an_article_nothing_names_is_named_by_its_opening_words_in_every_table() {
        let s = Story::new(
            None,
            analyze(&[ArticleInput {
                id: "untitled.txt".into(),
                text: "Police chief Petar Holm said 61 people were rescued.\n“Not yet,” Holm said."
                    .into(),
                ..Default::default()
            }]),
        );
        let named = "Police chief Petar Holm said 61…";
        assert_eq!(s.outlet(0), named);
        let Rows::Figures(figures) = Download::Figures(None).rows(&s) else {
            panic!("figures")
        };
        assert_eq!(figures[0].outlet, named);
        let Rows::Speakers(speakers) = Download::Speakers.rows(&s) else {
            panic!("speakers")
        };
        assert_eq!(speakers[0].outlets, named);
    }
}
