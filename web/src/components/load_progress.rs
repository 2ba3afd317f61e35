//! The loading panel: how much of the story has arrived.

use yew::prelude::*;

use crate::state::load::in_units;

#[derive(PartialEq, Properties)]
pub struct LoadProgressProps {
    pub received: u64,
    /// `None` when the server did not say how big the story is.
    pub total: Option<u64>,
}

#[component]
pub fn LoadProgress(props: &LoadProgressProps) -> Html {
    let received = props.received;
    let text = match props.total {
        Some(total) if total > 0 => format!("{} of {}", size(received), size(total)),
        _ if received > 0 => size(received),
        _ => "starting…".to_string(),
    };
    html! {
        <section class="panel loading" aria-labelledby="claimlens-loading-title">
            <h1 id="claimlens-loading-title">{ "Loading the story" }</h1>
            <label class="progress">
                <span>{ text }</span>
                if let Some(total) = props.total.filter(|t| *t > 0) {
                    <progress max={total.to_string()} value={received.min(total).to_string()}></progress>
                } else {
                    <progress></progress>
                }
            </label>
        </section>
    }
}

/// Bytes for a person: "950 bytes", "38 KB", "1.2 MB".
pub fn size(bytes: u64) -> String {
    match bytes {
        0..=999 => format!("{bytes} bytes"),
        1_000..=999_999 => format!("{} KB", in_units(bytes, 1_000, 0)),
        _ => format!("{} MB", in_units(bytes, 1_000_000, 1)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_naturally() {
        assert_eq!(super::size(950), "950 bytes");
        assert_eq!(super::size(39_569), "40 KB");
        assert_eq!(super::size(1_250_000), "1.2 MB");
    }
}
