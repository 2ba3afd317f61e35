//! The explorer's state and its reducer: where the reader is (the route), how far the story has
//! loaded, whether the search engine is up, and which search answer is on screen.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::protocol::Results;
use crate::state::load::LoadError;
use crate::state::route::Route;
use crate::state::story::{Story, Texts};

/// How far the story has loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    /// Downloading: bytes so far and, when the server said, how many to expect.
    Fetching {
        received: u64,
        total: Option<u64>,
    },
    Ready(Rc<Story>),
    Failed(LoadError),
}

/// The articles' texts, a part of the bundle fetched after the story's head, once a view
/// needs them (issue 16).
#[derive(Debug, Clone, PartialEq)]
pub enum TextsState {
    /// Not yet loaded (not yet wanted, or on their way).
    Waiting,
    /// In the story.
    Loaded,
    /// They could not be loaded; the views that do not show text still work.
    Failed(LoadError),
}

/// The search engine in the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum EngineState {
    Starting,
    Ready,
    /// Search is unavailable; the other views still work. A message for a person.
    Failed(String),
}

/// The search answers: what was last asked and what is shown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchState {
    /// Id and engine query of the last request sent.
    pub sent: Option<(u64, String)>,
    /// Id of the newest request answered, shown or not.
    pub answered: u64,
    /// Answers to requests up to this id are not shown: they were asked before the box was last
    /// emptied, and a new search must not start with the old one's passages.
    pub floor: u64,
    /// Id, engine query and results of the newest answer shown.
    pub shown: Option<(u64, String, Rc<Results>)>,
}

impl SearchState {
    /// True while the newest request is unanswered.
    pub fn pending(&self) -> bool {
        self.sent
            .as_ref()
            .is_some_and(|(sent, _)| *sent > self.answered)
    }

    /// The search ended (the box was emptied): forget its answers, even those still to come.
    fn clear(&mut self) {
        self.shown = None;
        self.floor = self.sent.as_ref().map_or(0, |(id, _)| *id);
    }

    /// What to send the worker for the text `engine_query` now, if anything: nothing while a
    /// request is unanswered (the answer frees the worker for the newest text), nothing for an
    /// empty query or one already sent.
    pub fn next_request<'q>(&self, engine_query: &'q str) -> Option<&'q str> {
        let sent = self.sent.as_ref().is_some_and(|(_, q)| q == engine_query);
        (!engine_query.trim().is_empty() && !sent && !self.pending()).then_some(engine_query)
    }

    /// The results for `engine_query`, when they are the ones on screen.
    pub fn results_for(&self, engine_query: &str) -> Option<&Rc<Results>> {
        self.shown
            .as_ref()
            .filter(|(_, q, _)| q == engine_query)
            .map(|(_, _, r)| r)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub route: Route,
    pub load: Load,
    pub engine: EngineState,
    pub search: SearchState,
    pub texts: TextsState,
}

impl AppState {
    pub fn new(route: Route) -> AppState {
        AppState {
            route,
            load: Load::Fetching {
                received: 0,
                total: None,
            },
            engine: EngineState::Starting,
            search: SearchState::default(),
            texts: TextsState::Waiting,
        }
    }

    pub fn story(&self) -> Option<&Rc<Story>> {
        match &self.load {
            Load::Ready(story) => Some(story),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The URL hash changed (a link, back or forward): go where it says.
    Navigate(Route),
    /// The search box changed.
    Type(String),
    Progress {
        received: u64,
        total: Option<u64>,
    },
    Loaded(Rc<Story>),
    LoadFailed(LoadError),
    /// The articles' texts arrived, packed, one per article.
    TextsLoaded(Rc<RefCell<Texts>>),
    TextsFailed(LoadError),
    EngineReady,
    EngineFailed(String),
    /// A request went to the worker.
    Sent {
        id: u64,
        query: String,
    },
    /// The worker answered request `id`, sent for the engine query `query`.
    Answered {
        id: u64,
        query: String,
        results: Rc<Results>,
    },
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate(route) => {
                if route == self.route {
                    return self;
                }
                next.route = route;
                if !next.route.has_search() {
                    next.search.clear();
                }
            }
            Action::Type(query) => {
                if query == self.route.query && self.route.view == crate::state::route::View::Search
                {
                    return self;
                }
                next.route = Route {
                    query,
                    ..self.route.to_search()
                };
                if !next.route.has_search() {
                    next.search.clear();
                }
            }
            Action::Progress { received, total } => {
                if !matches!(self.load, Load::Fetching { .. }) {
                    return self;
                }
                next.load = Load::Fetching { received, total };
            }
            Action::Loaded(story) => next.load = Load::Ready(story),
            Action::LoadFailed(error) => {
                next.load = Load::Failed(error);
            }
            Action::TextsLoaded(texts) => {
                let Load::Ready(story) = &self.load else {
                    return self;
                };
                next.load = Load::Ready(Rc::new(story.texts_arrived(texts.take())));
                next.texts = TextsState::Loaded;
            }
            Action::TextsFailed(error) => next.texts = TextsState::Failed(error),
            Action::EngineReady => next.engine = EngineState::Ready,
            Action::EngineFailed(message) => next.engine = EngineState::Failed(message),
            Action::Sent { id, query } => next.search.sent = Some((id, query)),
            Action::Answered { id, query, results } => {
                // One worker answers in order, but a late answer must never replace a newer one.
                if id <= self.search.answered {
                    return self;
                }
                next.search.answered = id;
                if id > self.search.floor {
                    next.search.shown = Some((id, query, results));
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::route::View;

    fn reduce(state: AppState, actions: Vec<Action>) -> Rc<AppState> {
        actions.into_iter().fold(Rc::new(state), |s, a| s.reduce(a))
    }

    fn results(total: usize) -> Rc<Results> {
        Rc::new(Results {
            total,
            ..Results::default()
        })
    }

    #[test]
    fn typing_goes_to_the_search_and_keeps_filters() {
        let start = AppState::new(Route {
            outlet: Some("BBC".into()),
            ..Route::figures(Some("c1"))
        });
        let s = reduce(
            start,
            vec![
                Action::Type("Kol".into()),
                Action::Type("Krevitskaya".into()),
            ],
        );
        assert_eq!(s.route.view, View::Search);
        assert_eq!(s.route.query, "Krevitskaya");
        assert_eq!(s.route.outlet.as_deref(), Some("BBC"));
        assert_eq!(s.route.selected, None);
    }

    #[test]
    fn navigating_to_the_same_place_changes_nothing() {
        let s = Rc::new(AppState::new(Route::speakers(None)));
        let same = s.clone().reduce(Action::Navigate(Route::speakers(None)));
        assert!(Rc::ptr_eq(&s, &same));
        let moved = s.reduce(Action::Navigate(Route::speakers(Some(
            "yelena-krevitskaya",
        ))));
        assert_eq!(moved.route.selected.as_deref(), Some("yelena-krevitskaya"));
    }

    #[test]
    fn answers_show_in_order_and_late_ones_are_dropped() {
        let s = reduce(
            AppState::new(Route::default()),
            vec![
                Action::Sent {
                    id: 1,
                    query: "Kol".into(),
                },
                Action::Sent {
                    id: 2,
                    query: "Krevitskaya".into(),
                },
            ],
        );
        assert!(s.search.pending());
        let s = s.reduce(Action::Answered {
            id: 2,
            query: "Krevitskaya".into(),
            results: results(5),
        });
        assert!(!s.search.pending());
        assert_eq!(
            s.search.results_for("Krevitskaya").map(|r| r.total),
            Some(5)
        );
        let late = s.clone().reduce(Action::Answered {
            id: 1,
            query: "Kol".into(),
            results: results(9),
        });
        assert!(Rc::ptr_eq(&s, &late));
    }

    #[test]
    fn an_older_answer_is_not_taken_for_the_newest_query() {
        let s = reduce(
            AppState::new(Route::default()),
            vec![
                Action::Sent {
                    id: 1,
                    query: "a".into(),
                },
                Action::Sent {
                    id: 2,
                    query: "ab".into(),
                },
                Action::Answered {
                    id: 1,
                    query: "a".into(),
                    results: results(3),
                },
            ],
        );
        assert!(s.search.pending());
        assert_eq!(s.search.results_for("ab"), None);
        assert_eq!(s.search.results_for("a").map(|r| r.total), Some(3));
    }

    #[test]
    fn one_request_in_flight_and_the_newest_text_goes_next() {
        let idle = AppState::new(Route::default());
        assert_eq!(idle.search.next_request("Kol"), Some("Kol"));
        assert_eq!(idle.search.next_request("  "), None);
        let s = reduce(
            idle,
            vec![Action::Sent {
                id: 1,
                query: "Kol".into(),
            }],
        );
        // Typing on while the worker is busy sends nothing yet...
        assert_eq!(s.search.next_request("Kole"), None);
        assert_eq!(s.search.next_request("Krevitskaya"), None);
        let s = s.reduce(Action::Answered {
            id: 1,
            query: "Kol".into(),
            results: results(2),
        });
        // ...and the answer frees the worker for the text typed meanwhile, not the keystrokes
        // in between; the text already answered is not asked again.
        assert_eq!(s.search.next_request("Krevitskaya"), Some("Krevitskaya"));
        assert_eq!(s.search.next_request("Kol"), None);
    }

    #[test]
    fn progress_stops_once_loaded_or_failed() {
        let s = reduce(
            AppState::new(Route::default()),
            vec![Action::Progress {
                received: 10,
                total: Some(100),
            }],
        );
        assert_eq!(
            s.load,
            Load::Fetching {
                received: 10,
                total: Some(100)
            }
        );
        let failed = s.reduce(Action::LoadFailed(LoadError::Browser("x".into())));
        let after = failed.clone().reduce(Action::Progress {
            received: 20,
            total: Some(100),
        });
        assert!(Rc::ptr_eq(&failed, &after));
    }

    #[test]
    fn emptying_the_box_ends_the_search_and_its_late_answers() {
        let s = reduce(
            AppState::new(Route::default()),
            vec![
                Action::Type("water".into()),
                Action::Sent {
                    id: 1,
                    query: "water".into(),
                },
                Action::Answered {
                    id: 1,
                    query: "water".into(),
                    results: results(4),
                },
                Action::Type("wat".into()),
                Action::Sent {
                    id: 2,
                    query: "wat".into(),
                },
                Action::Type(String::new()),
            ],
        );
        // The passages of "water" are gone with the text...
        assert_eq!(s.search.shown, None);
        // ...and the answer for "wat", still on its way, is not shown when it comes.
        let s = s.reduce(Action::Answered {
            id: 2,
            query: "wat".into(),
            results: results(6),
        });
        assert_eq!(s.search.shown, None);
        assert!(!s.search.pending());
        // The next search starts afresh.
        let s = reduce(
            (*s).clone(),
            vec![
                Action::Type("P".into()),
                Action::Sent {
                    id: 3,
                    query: "P".into(),
                },
                Action::Answered {
                    id: 3,
                    query: "P".into(),
                    results: results(7),
                },
            ],
        );
        assert_eq!(s.search.results_for("P").map(|r| r.total), Some(7));
    }
}
