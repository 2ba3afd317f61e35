//! The `#/open` page's state (issue 18): the reader's files on their way through the worker's
//! stages, each with its own progress bar, then the built story or why there is none, and the
//! files left out. A reducer, tested natively.

use std::rc::Rc;

use claimlens_open::protocol::Skip;
use yew::Reducible;

/// One stage's bar: `done` of `total`, named by the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageBar {
    pub stage: String,
    pub label: String,
    pub done: u32,
    pub total: u32,
}

impl StageBar {
    pub fn finished(&self) -> bool {
        self.total > 0 && self.done >= self.total
    }
}

/// Where the page is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for files.
    Choosing,
    /// The worker is at it (`files` were sent).
    Building {
        files: usize,
    },
    /// Build number `build` is ready: the explorer shows it.
    Built {
        build: u32,
        title: Option<String>,
        articles: u32,
    },
    Failed {
        message: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenState {
    pub phase: Phase,
    /// The stages in the order the worker reached them.
    pub stages: Vec<StageBar>,
    pub skipped: Vec<Skip>,
    /// Notes on files read all the same (a manifest's entry that matched no file).
    pub notes: Vec<Skip>,
    /// How many stories were built on this page (each gets its own in-memory address).
    pub builds: u32,
    /// A save in progress or its failure, said beside the save buttons.
    pub save: Option<String>,
}

impl Default for OpenState {
    fn default() -> OpenState {
        OpenState {
            phase: Phase::Choosing,
            stages: Vec::new(),
            skipped: Vec::new(),
            notes: Vec::new(),
            builds: 0,
            save: None,
        }
    }
}

pub enum OpenAction {
    /// `files` files went to the worker.
    Start {
        files: usize,
    },
    Progress(StageBar),
    Built {
        title: Option<String>,
        articles: u32,
        skipped: Vec<Skip>,
        notes: Vec<Skip>,
    },
    Failed {
        message: String,
        skipped: Vec<Skip>,
    },
    /// Something to say about saving (`None` clears it).
    Save(Option<String>),
    /// The build was stopped (its worker ended): back to choosing files.
    Cancel,
}

impl Reducible for OpenState {
    type Action = OpenAction;

    fn reduce(self: Rc<Self>, action: OpenAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            OpenAction::Start { files } => {
                next.phase = Phase::Building { files };
                next.stages.clear();
                next.skipped.clear();
                next.notes.clear();
                next.save = None;
            }
            OpenAction::Progress(bar) => {
                // A late message from an earlier build changes nothing.
                if !matches!(next.phase, Phase::Building { .. }) {
                    return self;
                }
                match next.stages.iter_mut().find(|s| s.stage == bar.stage) {
                    Some(known) => *known = bar,
                    None => next.stages.push(bar),
                }
            }
            OpenAction::Built {
                title,
                articles,
                skipped,
                notes,
            } => {
                next.builds += 1;
                next.phase = Phase::Built {
                    build: next.builds,
                    title,
                    articles,
                };
                for stage in &mut next.stages {
                    stage.done = stage.total;
                }
                next.skipped = skipped;
                next.notes = notes;
            }
            // Once a story is built, a failure is the save's (the story stays).
            OpenAction::Failed { message, .. } if matches!(next.phase, Phase::Built { .. }) => {
                next.save = Some(message);
            }
            OpenAction::Failed { message, skipped } => {
                next.phase = Phase::Failed { message };
                next.skipped = skipped;
            }
            OpenAction::Save(message) => next.save = message,
            OpenAction::Cancel => {
                next.phase = Phase::Choosing;
                next.stages.clear();
                next.skipped.clear();
                next.notes.clear();
                next.save = None;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(stage: &str, done: u32, total: u32) -> OpenAction {
        OpenAction::Progress(StageBar {
            stage: stage.into(),
            label: stage.to_uppercase(),
            done,
            total,
        })
    }

    #[test]
    fn each_stage_keeps_one_bar_in_the_order_reached() {
        let mut state = Rc::new(OpenState::default());
        // Progress before a build has started is from no build of this page.
        state = state.reduce(bar("read", 1, 5));
        assert!(state.stages.is_empty());
        state = state.reduce(OpenAction::Start { files: 6 });
        for action in [
            bar("read", 0, 6),
            bar("read", 6, 6),
            bar("analyse", 0, 1),
            bar("index", 40, 300),
        ] {
            state = state.reduce(action);
        }
        let names: Vec<&str> = state.stages.iter().map(|s| s.stage.as_str()).collect();
        assert_eq!(names, ["read", "analyse", "index"]);
        assert!(state.stages[0].finished());
        assert!(!state.stages[2].finished());
        let skip = Skip {
            name: "photo.jpg".into(),
            reason: "not an article file".into(),
        };
        state = state.reduce(OpenAction::Built {
            title: Some("A story".into()),
            articles: 5,
            skipped: vec![skip.clone()],
            notes: vec![skip.clone()],
        });
        assert!(state.stages.iter().all(StageBar::finished));
        assert_eq!(state.skipped, state.notes);
        assert_eq!(state.notes, [skip]);
        assert!(matches!(
            state.phase,
            Phase::Built {
                build: 1,
                articles: 5,
                ..
            }
        ));
        state = state.reduce(OpenAction::Failed {
            message: "the single file could not be written".into(),
            skipped: Vec::new(),
        });
        assert!(matches!(state.phase, Phase::Built { build: 1, .. }));
        assert_eq!(
            state.save.as_deref(),
            Some("the single file could not be written")
        );
        // A second story gets a new number; its bars start again.
        state = state.reduce(OpenAction::Start { files: 1 });
        assert!(state.stages.is_empty() && state.skipped.is_empty() && state.notes.is_empty());
        state = state.reduce(OpenAction::Failed {
            message: "nothing to build".into(),
            skipped: Vec::new(),
        });
        assert_eq!(
            state.phase,
            Phase::Failed {
                message: "nothing to build".into()
            }
        );
        state = state.reduce(OpenAction::Start { files: 2 });
        state = state.reduce(OpenAction::Built {
            title: None,
            articles: 2,
            skipped: Vec::new(),
            notes: Vec::new(),
        });
        assert!(matches!(state.phase, Phase::Built { build: 2, .. }));
    }

    #[test]
    fn a_cancelled_build_goes_back_to_choosing_and_hears_no_more() {
        let mut state = Rc::new(OpenState::default());
        state = state.reduce(OpenAction::Start { files: 3 });
        state = state.reduce(bar("read", 3, 3));
        state = state.reduce(bar("analyse", 1, 5));
        state = state.reduce(OpenAction::Cancel);
        assert_eq!(state.phase, Phase::Choosing);
        assert!(state.stages.is_empty());
        // A bar from the stopped build, had it been sent, changes nothing.
        state = state.reduce(bar("analyse", 2, 5));
        assert!(state.stages.is_empty());
        // Files chosen again build as the first did.
        state = state.reduce(OpenAction::Start { files: 1 });
        state = state.reduce(OpenAction::Built {
            title: None,
            articles: 1,
            skipped: Vec::new(),
            notes: Vec::new(),
        });
        assert!(matches!(state.phase, Phase::Built { build: 1, .. }));
    }
}
