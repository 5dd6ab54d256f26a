//! The store a shopper is visiting: the `?store=CODE` of the hanger tag's QR code,
//! kept for the whole visit so that every like made on this phone counts for that
//! store, through the sign-in and sign-up detour and after a pause in the fitting room.
//!
//! The code is remembered in `localStorage` with the time it was last used; it lasts
//! [`VISIT_LASTS_MS`] after the scan or the last like made with it.

use cocrea_api::events::store_code;
use leptos::prelude::window;

/// Where the visit is remembered: `CODE TIMESTAMP_MS`.
const STORAGE_KEY: &str = "cocrea-store-visit";

/// How long a visit lasts after the scan or its last like: two hours.
pub const VISIT_LASTS_MS: f64 = 2.0 * 60.0 * 60.0 * 1000.0;

/// Remembers the store named by `?store=` in the page's address, if it is a valid code.
/// Called once when the app starts (a QR scan always opens a fresh page).
pub fn remember_from_address() {
    let search = window().location().search().unwrap_or_default();
    if let Some(code) = store_in_search(&search) {
        remember(&code);
    }
}

/// The store of the visit, if the shopper scanned a store's QR code within the last
/// two hours (or liked something since).
pub fn current_store() -> Option<String> {
    let storage = storage()?;
    let saved = storage.get_item(STORAGE_KEY).ok().flatten()?;
    if let Some(code) = parse_visit(&saved, js_sys::Date::now()) {
        Some(code)
    } else {
        let _ = storage.remove_item(STORAGE_KEY);
        None
    }
}

/// Keeps the visit going: called when a like counted for its store.
pub fn touch() {
    if let Some(code) = current_store() {
        remember(&code);
    }
}

fn remember(code: &str) {
    if let Some(storage) = storage() {
        // Private modes may refuse: the store then lasts as long as the page.
        // Whole milliseconds: formatting (and parsing) an f64 would pull Rust's float
        // code into the shoppers' bundle.
        let now = js_sys::Date::now() as u64;
        let _ = storage.set_item(STORAGE_KEY, &format!("{code} {now}"));
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The valid store code in a query string such as `?store=madrid-01&lang=es`.
pub fn store_in_search(search: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "store")
        .map(|(_, value)| value.trim().to_owned())
        .filter(|code| store_code::is_valid(code))
}

/// The code of a remembered visit (`CODE TIMESTAMP_MS`) that is still on at `now_ms`.
pub fn parse_visit(saved: &str, now_ms: f64) -> Option<String> {
    let (code, at) = saved.split_once(' ')?;
    // Whole milliseconds (a fraction, if any, is dropped): parsing an f64 would pull
    // Rust's float parser into the shoppers' bundle.
    let at = at.split('.').next()?.parse::<u64>().ok()? as f64;
    let age = now_ms - at;
    ((0.0..VISIT_LASTS_MS).contains(&age) && store_code::is_valid(code)).then(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_store_comes_from_the_qr_codes_address() {
        assert_eq!(
            store_in_search("?store=madrid-01"),
            Some("madrid-01".into())
        );
        assert_eq!(store_in_search("?lang=es&store=lx-2"), Some("lx-2".into()));
        assert_eq!(store_in_search("?store=Madrid"), None);
        assert_eq!(store_in_search("?like=3"), None);
        assert_eq!(store_in_search(""), None);
    }

    #[wasm_bindgen_test]
    fn a_visit_lasts_two_hours() {
        let hour = 60.0 * 60.0 * 1000.0;
        assert_eq!(
            parse_visit("madrid-01 1000", 1000.0 + 1.9 * hour),
            Some("madrid-01".into())
        );
        assert_eq!(parse_visit("madrid-01 1000", 1000.0 + 2.1 * hour), None);
        assert_eq!(parse_visit("madrid-01", 1000.0), None);
        assert_eq!(parse_visit("BAD 1000", 1000.0), None);
    }
}
