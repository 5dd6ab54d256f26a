//! The app in English, Spanish, Portuguese (Brazil) and Italian.
//!
//! Words live in `locales/*.ftl` (Fluent); build.rs checks that every language has every
//! message and turns them into one constant per message in [`msg`]. The language is
//! one app-wide signal: no provider, and any component, handler or error can read it.
//!
//! - `{t(msg::NAV_GALLERY)}` in a view (or `attr=t(...)`): the words, re-rendered when
//!   the language changes. `text(id)` gives them now as a `String`.
//! - `move || text_with(msg::LIKES_COUNT, &[("count", likes.get().into())])`: with
//!   variables; numbers are formatted and choose plurals by the language's rules.
//! - `text_around(id, args, "name")`: the words before and after `{ $name }`, to put an
//!   element (a `<strong>`, a live number) between them.
//! - `format_number`, `format_date` (`format_short_date`), `category_name`,
//!   `status_name`, `report_reason_name`, `sort_name`, `error_message`: numbers, dates
//!   and the contract's ids in the current language.
//! - `lang()`, `switch_language(..)` (loads the language's words, then switches);
//!   `<LanguageSelect/>` switches; `<UrlLanguage/>` follows `?lang=`.
//!
//! English is built into the app; the other languages' words are loaded from
//! `/locales/LANG-HASH.txt` when first needed (see [`tables`]), so a shopper's first
//! download carries one language.
//!
//! Read inside a reactive closure (`move || text(..)`), each of these re-runs on a switch.

pub mod codec;
pub mod current;
pub mod errors;
pub mod intl;
pub mod lang;
pub mod language_select;
pub mod msg;
pub mod names;
pub mod pattern;
pub mod tables;
pub mod url_language;

pub use current::{lang, lang_untracked, set_lang, start, switch_language};
pub use errors::{error_message, network_message};
pub use lang::Lang;
pub use language_select::LanguageSelect;
pub use names::{category_name, report_reason_name, sort_name, status_name};
pub use pattern::{Arg, Msg};
pub use url_language::UrlLanguage;

use intl::IntlRules;
use leptos::prelude::{Memo, Signal, With};

/// The message in the current language, now (tracked inside reactive closures).
pub fn text(id: Msg) -> String {
    text_with(id, &[])
}

/// The message with its variables, in the current language.
pub fn text_with(id: Msg, args: &[(&str, Arg)]) -> String {
    let lang = lang();
    pattern::render(id.pattern(lang), args, &IntlRules(lang))
}

/// The message as a reactive string for views and attributes: `{t(msg::NAV_GALLERY)}`.
pub fn t(id: Msg) -> Signal<String> {
    Signal::derive(move || text(id))
}

/// Any text made of messages and signals, for a view: `{live_text(move || ...)}`.
///
/// Views take it as a `Signal<String>`, one type for every such text, which keeps the
/// `.wasm` much smaller than a closure of its own type in each place.
pub fn live_text(words: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(words)
}

/// The words before and after the variable `hole`, as two reactive texts, so a view can
/// put an element between them: `{before} <strong>{name}</strong> {after}`.
pub fn around(id: Msg, hole: &'static str) -> (Signal<String>, Signal<String>) {
    around_with(id, hole, &[])
}

/// [`around`] for a message with other, numeric, variables (`goal` in "N of GOAL likes").
pub fn around_with(
    id: Msg,
    hole: &'static str,
    numbers: &[(&'static str, i64)],
) -> (Signal<String>, Signal<String>) {
    let numbers = numbers.to_vec();
    let both = Memo::new(move |_| {
        let args: Vec<(&str, Arg)> = numbers
            .iter()
            .map(|(name, n)| (*name, Arg::Num(*n)))
            .collect();
        text_around(id, &args, hole)
    });
    (
        Signal::derive(move || both.with(|(before, _)| before.clone())),
        Signal::derive(move || both.with(|(_, after)| after.clone())),
    )
}

/// The words before and after the variable `hole` (given no value in `args`), so a
/// view can put an element between them in the order the language wants.
pub fn text_around(id: Msg, args: &[(&str, Arg)], hole: &str) -> (String, String) {
    /// A character no translation uses, to find where the hole was.
    const MARK: &str = "\u{E000}";
    let mut with_mark = args.to_vec();
    with_mark.push((hole, Arg::Str(MARK)));
    let words = text_with(id, &with_mark);
    match words.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (words, String::new()),
    }
}

/// `n` as the current language writes it: "1,234" in English, "1.234" in the others.
pub fn format_number(n: i64) -> String {
    use pattern::LanguageRules;
    IntlRules(lang()).format_number(n)
}

/// "23 November 2025", "23 de noviembre de 2025"... from an RFC 3339 time, in the
/// current language and the reader's time zone; empty when it cannot be read.
pub fn format_date(rfc3339: &str) -> String {
    intl::format_date_in(lang(), rfc3339, true)
}

/// "12 Nov", "12 nov"...: [`format_date`] without the year, where room is short (tags).
pub fn format_short_date(rfc3339: &str) -> String {
    intl::format_date_in(lang(), rfc3339, false)
}

/// Sets the browser tab's title to the message, now and after each switch of language
/// (for pages whose title is fixed words).
pub fn page_title(id: Msg) {
    use leptos::prelude::Effect;
    crate::set_page_title(&text(id));
    Effect::new(move |_| crate::set_page_title(&text(id)));
}
