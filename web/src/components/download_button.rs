//! "Download CSV": one of the export tables, cut to the view, saved by the browser itself.

use yew::prelude::*;

use crate::browser::download::save_file;
use crate::browser::js_message;
use crate::components::StoryRef;
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
    let onclick = {
        let story = props.story.clone();
        let what = props.what.clone();
        let failed = failed.clone();
        // The table is made on click, not on render: a large story's is megabytes.
        Callback::from(move |_: MouseEvent| {
            let csv = what.rows(&story).to_csv();
            match save_file(&what.file_name(), &csv, "text/csv;charset=utf-8") {
                Ok(()) => failed.set(None),
                Err(error) => failed.set(Some(js_message(&error))),
            }
        })
    };
    html! {
        <p class="download">
            <button type="button" class="download-csv" aria-label={format!("Download {} as CSV", props.holds)} {onclick}>{ "Download CSV" }</button>
            if let Some(error) = &*failed {
                <span class="error" role="alert">{ format!("The file could not be saved: {error}.") }</span>
            }
        </p>
    }
}
