//! A date as people read it, from the API's RFC 3339 times.

use leptos::prelude::*;

/// "23 November 2025" (`long`) or "12 Nov" (not `long`) from an RFC 3339 time, in the
/// reader's time zone; empty when the time cannot be read.
pub fn format_date(rfc3339: &str, long: bool) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = js_sys::Object::new();
    let fields: &[(&str, &str)] = if long {
        &[("day", "numeric"), ("month", "long"), ("year", "numeric")]
    } else {
        &[("day", "numeric"), ("month", "short")]
    };
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    date.to_locale_date_string("en-GB", &options).into()
}

/// `<time datetime="...">23 November 2025</time>`: the date for eyes, the exact time
/// for machines.
#[component]
pub fn DateText(
    /// The time, RFC 3339.
    #[prop(into)]
    at: String,
    /// "12 Nov" instead of "12 November 2025" (hanger tags have little room).
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    let words = format_date(&at, !short);
    view! { <time datetime=at>{words}</time> }
}
