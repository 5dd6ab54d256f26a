//! A count that moves live, with a short bump each time it changes.

use leptos::prelude::*;

use crate::i18n::{format_number, live_text};

/// A number grouped by thousands for the reader's language ("1,234", "1.234") that
/// bumps when it changes, so a shopper
/// sees a like land; the bump is a CSS animation that reduced motion turns off.
#[component]
pub fn LiveNumber(
    /// The count; each change after the first showing bumps it.
    #[prop(into)]
    value: Signal<i64>,
) -> impl IntoView {
    // Two animation names, taken in turn: switching between them restarts the
    // animation, where re-adding the same class would not.
    let bumps = RwSignal::new(0u32);
    // Effects first run a moment after mounting: compare with the value shown at once.
    let shown_first = value.get_untracked();
    Effect::new(move |previous: Option<i64>| {
        let now = value.get();
        if previous.unwrap_or(shown_first) != now {
            bumps.update(|n| *n = n.wrapping_add(1));
        }
        now
    });
    view! {
        <span
            class="live-number"
            class:bump-a=move || !bumps.get().is_multiple_of(2)
            class:bump-b=move || { let n = bumps.get(); n > 0 && n.is_multiple_of(2) }
        >
            {live_text(move || format_number(value.get()))}
        </span>
    }
}
