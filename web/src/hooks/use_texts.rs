//! Says that a view shows article text: the bundle's texts part is fetched the first time one
//! does (the figures and speakers lists show none, so a visit that stays there never fetches
//! it; issue 16).

use yew::prelude::*;

/// What a component calls to want the texts; the app provides it.
#[derive(Clone, PartialEq)]
pub struct TextsDemand(pub Callback<()>);

/// Wants the texts once, when the calling component first shows.
#[hook]
pub fn use_texts() {
    let demand = use_context::<TextsDemand>();
    use_effect_with((), move |()| {
        if let Some(demand) = demand {
            demand.0.emit(());
        }
    });
}
