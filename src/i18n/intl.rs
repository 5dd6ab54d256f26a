//! The browser's `Intl`: plural categories, grouped numbers and dates for a language,
//! so the app ships no CLDR data of its own.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::pattern::LanguageRules;
use super::Lang;

/// A language's rules as the browser knows them.
#[derive(Debug, Clone, Copy)]
pub struct IntlRules(pub Lang);

/// A language's `Intl` objects, made once and kept.
struct Formatters {
    plurals: Intl::PluralRules,
    /// `Intl.NumberFormat.prototype.format`, bound to its formatter.
    number: Function,
}

thread_local! {
    static FORMATTERS: RefCell<[Option<Formatters>; 4]> = const { RefCell::new([None, None, None, None]) };
}

/// `[tag]`, the locales argument of every `Intl` constructor.
fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.tag()))
}

/// An options object from string pairs.
fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    options
}

fn with_formatters<T>(lang: Lang, read: impl FnOnce(&Formatters) -> T) -> T {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let slot = &mut cache[lang.index()];
        let formatters = slot.get_or_insert_with(|| Formatters {
            plurals: Intl::PluralRules::new(&locales(lang), &Object::new()),
            // "always": 1.234 in Spanish too, where Intl's default leaves four digits
            // ungrouped; counts on tags and screens read alike in every language.
            number: Intl::NumberFormat::new(&locales(lang), &options(&[("useGrouping", "always")]))
                .format(),
        });
        read(formatters)
    })
}

impl LanguageRules for IntlRules {
    fn plural_category(&self, n: i64) -> String {
        with_formatters(self.0, |f| f.plurals.select(n as f64).into())
    }

    fn format_number(&self, n: i64) -> String {
        // Below a thousand there is nothing to group, and every language of the app
        // writes the digits 0-9: no need to wake Intl (its first formatter is slow to
        // make, and a page's first counts are small).
        if n.abs() < 1000 {
            return n.to_string();
        }
        with_formatters(self.0, |f| {
            f.number
                .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n as f64))
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_else(|| n.to_string())
        })
    }
}

/// "23 November 2025" / "23 de noviembre de 2025" (`long`), or "12 Nov" / "12 nov"
/// (not `long`), from an RFC 3339 time, in the reader's time zone; empty when the
/// time cannot be read.
pub fn format_date_in(lang: Lang, rfc3339: &str, long: bool) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = if long {
        options(&[("day", "numeric"), ("month", "long"), ("year", "numeric")])
    } else {
        options(&[("day", "numeric"), ("month", "short")])
    };
    // The app's English is British ("colour", "trousers"): so are its dates.
    let locale = match lang {
        Lang::En => "en-GB",
        other => other.tag(),
    };
    date.to_locale_date_string(locale, &options).into()
}
