//! The slim bar that shows how far a design is toward its like goal.

use cocrea_api::ranking::goal_fraction;
use leptos::prelude::*;

/// The width of the filled part of the bar, as a whole CSS percentage ("37%").
pub fn fill_width(likes: i64, goal: i64) -> String {
    // Integer formatting only: float formatting would add kilobytes to the wasm.
    let percent = (goal_fraction(likes, goal) * 100.0).round() as u32;
    format!("{percent}%")
}

/// A progress bar toward the like goal, with "N of GOAL likes" when asked.
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
) -> impl IntoView {
    let reached = move || likes.get() >= goal;
    view! {
        <div class="goal" class:goal-reached=reached>
            <div
                class="goal-bar"
                role="progressbar"
                aria-label="Likes toward the production goal"
                aria-valuemin="0"
                aria-valuemax=goal.max(0)
                aria-valuenow=move || likes.get().clamp(0, goal.max(0))
                aria-valuetext=move || format!("{} of {goal} likes", likes.get())
            >
                <div class="goal-fill" style:width=move || fill_width(likes.get(), goal)></div>
            </div>
            {with_text
                .then(|| {
                    view! {
                        <p class="goal-text">
                            <strong>{move || likes.get()}</strong>
                            {format!(" of {goal} likes")}
                        </p>
                    }
                })}
        </div>
    }
}
