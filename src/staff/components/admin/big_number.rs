//! One number, large, with what it counts.

use leptos::prelude::*;

use crate::i18n::{format_number, live_text};

/// "12 designs reached their goal", with a line of context under it.
#[component]
pub fn BigNumber(
    /// The number.
    value: i64,
    /// What it counts, read after it ("designs reached their goal").
    #[prop(into)]
    label: Signal<String>,
    /// A line that puts it in context ("of 80 designs: 15%").
    #[prop(into, optional)]
    detail: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <figure class="chart big-number">
            <p class="big-number-value">{live_text(move || format_number(value))}</p>
            <figcaption class="big-number-label">{label}</figcaption>
            {detail.map(|detail| view! { <p class="big-number-detail">{detail}</p> })}
        </figure>
    }
}
