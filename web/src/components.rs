//! The explorer's components, one per file: the app shell, the loading and failure panels, and
//! the search, figures, speakers and reader views with their parts.

use std::ops::Deref;
use std::rc::Rc;

use crate::protocol::Results;
use crate::state::story::Story;

pub mod app;
pub mod cite_actions;
pub mod claim_card;
pub mod download_button;
pub mod facets;
pub mod figure_evidence;
pub mod figures_view;
pub mod header;
pub mod load_failure;
pub mod load_progress;
pub mod marked_text;
pub mod missing;
pub mod open_page;
pub mod passage;
pub mod reader_view;
pub mod search_box;
pub mod search_view;
pub mod speaker_page;
pub mod speakers_view;
pub mod start_panel;
pub mod timeline;

/// Shared data as a property, compared by identity: what it holds never changes once made (a
/// loaded story, a search answer), and comparing it whole on every render would cost more than
/// rendering.
pub struct ById<T>(pub Rc<T>);

impl<T> Clone for ById<T> {
    fn clone(&self) -> Self {
        ById(self.0.clone())
    }
}

impl<T> PartialEq for ById<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for ById<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// The loaded story as a property.
pub type StoryRef = ById<Story>;

/// One search answer as a property: the same answer has the same passages and counts.
pub type ResultsRef = ById<Results>;

/// "1 quote", "3 quotes".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A list for people: "A", "A and B", "A, B and C".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_counts_and_lists() {
        assert_eq!(plural(1, "quote", "quotes"), "1 quote");
        assert_eq!(plural(0, "quote", "quotes"), "0 quotes");
        let list =
            |items: &[&str]| and_list(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["BBC"]), "BBC");
        assert_eq!(list(&["BBC", "AP", "Reuters"]), "BBC, AP and Reuters");
    }
}
