//! The heart and number that say how many people like a design.

use leptos::prelude::*;

use crate::components::gallery::like_button::likes_text;
use crate::i18n::{format_number, live_text};

/// A like count with a heart, read as "N likes" by screen readers.
#[component]
pub fn LikeCount(
    /// How many people like the design; a signal so live updates can move it.
    #[prop(into)]
    likes: Signal<i64>,
) -> impl IntoView {
    let label = live_text(move || likes_text(likes.get()));
    view! {
        <span class="like-count" aria-label=label title=label>
            <svg class="heart" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                <path d="M12 21s-7.5-4.6-9.6-9.2C.9 8.4 3 4.5 6.7 4.5c2.2 0 3.6 1.2 5.3 3.1 1.7-1.9 3.1-3.1 5.3-3.1 3.7 0 5.8 3.9 4.3 7.3C19.5 16.4 12 21 12 21z" />
            </svg>
            <span class="like-number">{live_text(move || format_number(likes.get()))}</span>
        </span>
    }
}
