//! The heart drawn beside like counts, everywhere likes are shown.

use leptos::prelude::*;

/// The heart's shape, as an SVG path in a 24-unit box.
const HEART_PATH: &str = "M12 21s-7.5-4.6-9.6-9.2C.9 8.4 3 4.5 6.7 4.5c2.2 0 3.6 1.2 5.3 3.1 1.7-1.9 3.1-3.1 5.3-3.1 3.7 0 5.8 3.9 4.3 7.3C19.5 16.4 12 21 12 21z";

/// `<svg class=…>` with the heart, hidden from screen readers (the count beside it
/// carries the words).
#[component]
pub fn HeartIcon(
    /// The class the page's style knows it by, e.g. "heart" or "tag-heart".
    class: &'static str,
    /// Its width and height in pixels, when the style does not size it.
    #[prop(optional)]
    size: Option<u32>,
) -> impl IntoView {
    view! {
        <svg class=class viewBox="0 0 24 24" width=size height=size aria-hidden="true">
            <path d=HEART_PATH />
        </svg>
    }
}
