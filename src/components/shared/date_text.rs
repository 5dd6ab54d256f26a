//! A date as people read it, from the API's RFC 3339 times.

use leptos::prelude::*;

use crate::i18n::{format_date, format_short_date, live_text};

/// `<time datetime="...">23 November 2025</time>`: the date for eyes, in the reader's
/// language and time zone (re-written on a switch of language), the exact time for
/// machines; empty words when the time cannot be read.
#[component]
pub fn DateText(
    /// The time, RFC 3339.
    #[prop(into)]
    at: String,
    /// "12 Nov" instead of "12 November 2025" (hanger tags have little room).
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    let words = live_text({
        let at = at.clone();
        move || {
            if short {
                format_short_date(&at)
            } else {
                format_date(&at)
            }
        }
    });
    view! { <time datetime=at>{words}</time> }
}
