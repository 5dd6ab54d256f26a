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
//! - `format_number`, `format_date`, `category_name`, `status_name`, `sort_name`,
//!   `error_message`: numbers, dates and the contract's ids in the current language.
//! - `lang()`, `set_lang(..)`; `<LanguageSelect/>` switches; `<UrlLanguage/>` follows `?lang=`.
//!
//! Read inside a reactive closure (`move || text(..)`), each of these re-runs on a switch.

pub mod current;
pub mod errors;
pub mod intl;
pub mod lang;
pub mod language_select;
pub mod msg;
pub mod names;
pub mod pattern;
pub mod url_language;

pub use current::{lang, lang_untracked, set_lang, start};
pub use errors::{error_message, network_message};
pub use lang::Lang;
pub use language_select::LanguageSelect;
pub use names::{category_name, sort_name, status_name};
pub use pattern::{Arg, Msg};
pub use url_language::UrlLanguage;

use intl::IntlRules;

/// The message in the current language, now (tracked inside reactive closures).
pub fn text(id: Msg) -> String {
    text_with(id, &[])
}

/// The message with its variables, in the current language.
pub fn text_with(id: Msg, args: &[(&str, Arg)]) -> String {
    let lang = lang();
    pattern::render(id.pattern(lang), args, &IntlRules(lang))
}

/// The message as a reactive string for views: `{t(msg::NAV_GALLERY)}`.
pub fn t(id: Msg) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || text(id)
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
    intl::format_date_in(lang(), rfc3339)
}

/// Sets the browser tab's title to the message, now and after each switch of language
/// (for pages whose title is fixed words).
pub fn page_title(id: Msg) {
    use leptos::prelude::Effect;
    crate::set_page_title(&text(id));
    Effect::new(move |_| crate::set_page_title(&text(id)));
}
