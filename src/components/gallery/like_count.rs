//! The heart and number that say how many people like a design.

use leptos::prelude::*;

use crate::components::gallery::like_button::likes_text;
use crate::components::HeartIcon;
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
            <HeartIcon class="heart" size=16 />
            <span class="like-number">{live_text(move || format_number(likes.get()))}</span>
        </span>
    }
}
