//! The slim bar that shows how far a design is toward its like goal.

use cocrea_api::ranking::goal_fraction;
use leptos::prelude::*;

use crate::i18n::{around_with, format_number, live_text, msg, t, text_with};

/// The width of the filled part of the bar, as a whole CSS percentage ("37%").
pub fn fill_width(likes: i64, goal: i64) -> String {
    // Integer formatting only: float formatting would add kilobytes to the wasm.
    let percent = (goal_fraction(likes, goal) * 100.0).round() as u32;
    format!("{percent}%")
}

/// A progress bar toward the like goal, with "N of GOAL likes" (in the reader's
/// language) when asked, and while voting "N more likes to make it real".
#[component]
pub fn GoalProgress(
    /// How many people like the design.
    #[prop(into)]
    likes: Signal<i64>,
    /// How many likes send the design to production.
    goal: i64,
    /// Whether to write "N of GOAL likes" under the bar (the design page does).
    #[prop(optional)]
    with_text: bool,
    /// Whether the design is up for votes: then the text also says how many likes
    /// are still missing.
    #[prop(optional)]
    voting: bool,
) -> impl IntoView {
    let missing = move || goal - likes.get();
    let reached = move || likes.get() >= goal;
    view! {
        <div class="goal" class:goal-reached=reached>
            <div
                class="goal-bar"
                role="progressbar"
                aria-label=t(msg::GOAL_BAR_LABEL)
                aria-valuemin="0"
                aria-valuemax=goal.max(0)
                aria-valuenow=move || likes.get().clamp(0, goal.max(0))
                aria-valuetext=live_text(move || {
                    text_with(msg::GOAL_LIKES_OF, &[("likes", likes.get().into()), ("goal", goal.into())])
                })
            >
                <div class="goal-fill" style:width=move || fill_width(likes.get(), goal)></div>
            </div>
            {with_text
                .then(|| {
                    // The count is bold wherever the language puts it.
                    let (before, after) = around_with(msg::GOAL_LIKES_OF, "likes", &[("goal", goal)]);
                    view! {
                        <p class="goal-text">
                            {before}
                            <strong>{live_text(move || format_number(likes.get()))}</strong>
                            {after}
                        </p>
                        {move || {
                            (voting && missing() > 0)
                                .then(|| {
                                    view! {
                                        <p class="goal-to-go">
                                            {live_text(move || {
                                                text_with(msg::GOAL_MORE_TO_GO, &[("count", missing().into())])
                                            })}
                                        </p>
                                    }
                                })
                        }}
                    }
                })}
        </div>
    }
}
