//! The language the app shows now: one signal for the whole app, so any component,
//! handler or error message can read it without a provider.

use std::time::Duration;

use leptos::prelude::*;

use super::lang::{choose_language, lang_in_query};
use super::{network_message, tables, Lang};

/// Where the visitor's choice is remembered in `localStorage`.
pub const STORAGE_KEY: &str = "cocrea.lang";

thread_local! {
    // An Arc signal: not owned by any component, so it lives as long as the page.
    static CURRENT: ArcRwSignal<Lang> = ArcRwSignal::new(Lang::default());
}

/// The language shown now; read inside a reactive closure, it re-runs on a switch.
pub fn lang() -> Lang {
    CURRENT.with(|current| current.get())
}

/// The language shown now, without subscribing to changes (for event handlers).
pub fn lang_untracked() -> Lang {
    CURRENT.with(|current| current.get_untracked())
}

/// Chooses the first language before anything renders: `?lang=` in the address (then
/// remembered), else the remembered choice, else the browser's languages; and loads its
/// words. When they cannot be loaded (offline), the page starts in English.
pub async fn start() {
    let search = window().location().search().unwrap_or_default();
    let from_url = lang_in_query(&search).filter(|tag| Lang::from_tag(tag).is_some());
    let remembered = remembered();
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let lang = choose_language(from_url, remembered.as_deref(), &browser);
    if from_url.is_some() {
        remember(lang);
    }
    if tables::load(lang).await.is_ok() {
        show(lang);
    } else {
        show(Lang::En);
        load_later(lang);
    }
}

/// How long an unattended screen waits before it asks again for its language's words.
const RETRY_AFTER: Duration = Duration::from_secs(15);

/// Keeps trying to load `lang`'s words (a store screen that started while the server
/// was away), then shows them, unless someone has chosen a language meanwhile.
fn load_later(lang: Lang) {
    set_timeout(
        move || {
            wasm_bindgen_futures::spawn_local(async move {
                if tables::load(lang).await.is_err() {
                    load_later(lang);
                } else if lang_untracked() == Lang::En && remembered().as_deref() != Some("en") {
                    show(lang);
                }
            });
        },
        RETRY_AFTER,
    );
}

/// Switches the app to `lang` once its words are loaded (at once when they are here):
/// every translated text re-renders, and the choice is remembered for the next visit.
/// When they cannot be loaded, the page stays as it is and says so.
pub fn switch_language(lang: Lang) {
    if tables::is_loaded(lang) {
        set_lang(lang);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match tables::load(lang).await {
            Ok(()) => set_lang(lang),
            Err(_) => {
                let _ = window().alert_with_message(&network_message());
            }
        }
    });
}

/// Shows `lang` now and remembers it; its words must be loaded ([`switch_language`]
/// loads them), else its texts read in English.
pub fn set_lang(lang: Lang) {
    remember(lang);
    show(lang);
}

/// Shows `lang`: the signal and `<html lang>`.
fn show(lang: Lang) {
    CURRENT.with(|current| {
        if current.get_untracked() != lang {
            current.set(lang);
        }
    });
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        // Private modes may refuse: the choice then lasts as long as the page.
        let _ = storage.set_item(STORAGE_KEY, lang.tag());
    }
}

/// The language chosen on an earlier visit, as its tag.
fn remembered() -> Option<String> {
    storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
