//! Following `?lang=` when the app navigates to an address that has it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{lang_untracked, switch_language, Lang};

/// Switches to the language of `?lang=` whenever an address inside the app has one
/// (the first address is read before the app renders, by [`super::start`]).
/// Renders nothing; it must sit inside the `<Router>`.
#[component]
pub fn UrlLanguage() -> impl IntoView {
    let query = use_query_map();
    Effect::new(move |_| {
        let wanted = query.with(|q| q.get_str("lang").and_then(Lang::from_tag));
        if let Some(wanted) = wanted.filter(|wanted| *wanted != lang_untracked()) {
            switch_language(wanted);
        }
    });
}
