//! Moves keyboard focus to the new view's heading (or the target: the reader's paragraph, the
//! quote or figure a permalink points at) when the view changes, so keyboard and screen-reader
//! users land where sighted users look.

use yew::prelude::*;

use crate::state::route::{Route, View};

/// The id of each view's main heading (focusable with `tabindex="-1"`).
pub const HEADING_ID: &str = "claimlens-view-heading";
/// The id of the element to bring into view: the reader's paragraph, a permalink's quote or
/// figure on a claim's or speaker's page.
pub const TARGET_ID: &str = "claimlens-target";

#[hook]
pub fn use_view_focus(
    route: &Route,
    ready: bool,
    root: Option<web_sys::Element>,
    only_when_inside: bool,
) {
    let first = use_mut_ref(|| true);
    let place = (
        route.view,
        route.selected.clone(),
        route.at,
        route.item.clone(),
        ready,
    );
    use_effect_with(place, move |(view, _, at, item, ready)| {
        if !*ready {
            return;
        }
        // A widget moves focus (and scrolls) only when the reader is inside it: a host page
        // changing its attributes must not pull the page to it.
        if only_when_inside && !root.as_ref().is_some_and(crate::browser::holds_focus) {
            *first.borrow_mut() = false;
            return;
        }
        // A permalink's item, or a place in an article.
        let target = item.is_some() || (*view == View::Reader && at.is_some());
        // When the page opens, focus stays put unless a link pointed into an article or at an
        // item.
        if std::mem::replace(&mut *first.borrow_mut(), false) && !target {
            return;
        }
        // A permalink to an item the story does not have lands on the heading.
        let has_target = target && crate::browser::by_id(root.as_ref(), TARGET_ID).is_some();
        focus(
            root.as_ref(),
            if has_target { TARGET_ID } else { HEADING_ID },
        );
    });
}

fn focus(root: Option<&web_sys::Element>, id: &str) {
    use wasm_bindgen::JsCast;
    let element = crate::browser::by_id(root, id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
        if id == TARGET_ID {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            // At once: the reader asked for this place; an animation would only delay it.
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}
