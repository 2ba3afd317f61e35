//! "Download CSV": one of the export tables, cut to the view, saved by the browser itself.

use yew::prelude::*;

use crate::browser::download::save_file;
use crate::browser::js_message;
use crate::components::StoryRef;
use crate::hooks::TextsDemand;
use crate::state::export::Download;

#[derive(PartialEq, Properties)]
pub struct DownloadButtonProps {
    pub story: StoryRef,
    pub what: Download,
    /// What the file holds, for screen readers ("the figures of this claim").
    pub holds: AttrValue,
}

#[component]
pub fn DownloadButton(props: &DownloadButtonProps) -> Html {
    let failed = use_state_eq(|| None::<String>);
    // Clicked before the articles' texts arrived (the tables quote sentences): the texts are
    // asked for and the file saved once they are in the story (issue 16).
    let waiting = use_state_eq(|| false);
    let demand = use_context::<TextsDemand>();
    let save = {
        let failed = failed.clone();
        move |story: &StoryRef, what: &Download| {
            let csv = what.rows(story).to_csv();
            match save_file(&what.file_name(), &csv, "text/csv;charset=utf-8") {
                Ok(()) => failed.set(None),
                Err(error) => failed.set(Some(js_message(&error))),
            }
        }
    };
    {
        let (waiting, save, what) = (waiting.clone(), save.clone(), props.what.clone());
        use_effect_with(
            (props.story.clone(), *waiting),
            move |(story, is_waiting)| {
                if *is_waiting && story.has_texts() {
                    waiting.set(false);
                    save(story, &what);
                }
            },
        );
    }
    let onclick = {
        let story = props.story.clone();
        let what = props.what.clone();
        let waiting = waiting.clone();
        // The table is made on click, not on render: a large story's is megabytes.
        Callback::from(move |_: MouseEvent| {
            if story.has_texts() {
                save(&story, &what);
            } else {
                waiting.set(true);
                if let Some(demand) = &demand {
                    demand.0.emit(());
                }
            }
        })
    };
    html! {
        <p class="download">
            <button type="button" class="download-csv" aria-label={format!("Download {} as CSV", props.holds)} aria-busy={(*waiting).then_some("true")} {onclick}>{ "Download CSV" }</button>
            if let Some(error) = &*failed {
                <span class="error" role="alert">{ format!("The file could not be saved: {error}.") }</span>
            }
        </p>
    }
}
