//! The language menu in the site header.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use super::lang::query_with_lang;
use super::{lang, msg, switch_language, t, Lang};

/// A labelled `<select>` of the four languages: choosing one re-renders the page in it
/// at once, without a reload, and remembers it.
///
/// The closed menu shows two letters ("ES") to fit a phone's header; each option has
/// its language's own name for screen readers, after the two letters ("ES Español": a
/// spoken name that starts with what is shown, as WCAG's "label in name" asks). When
/// the address has `?lang=`, the address follows the choice, so a reload keeps it.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let navigate = use_navigate();
    let location = use_location();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) else {
            return;
        };
        switch_language(chosen);
        let search = location.search.get_untracked();
        if let Some(query) = query_with_lang(&search, chosen.tag()) {
            let href = format!(
                "{}{query}{}",
                location.pathname.get_untracked(),
                location.hash.get_untracked()
            );
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            };
            navigate(&href, options);
        }
    };
    view! {
        <div class="language-select">
            <label for="site-language" class="visually-hidden">
                {t(msg::LANGUAGE_LABEL)}
            </label>
            <svg class="language-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <circle cx="12" cy="12" r="9" />
                <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
            </svg>
            <select
                id="site-language"
                name="language"
                title=move || lang().native_name()
                on:change=on_change
            >
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option
                                value=option.tag()
                                lang=option.tag()
                                aria-label=format!("{} {}", option.short_name(), option.native_name())
                                prop:selected=move || lang() == option
                            >
                                {option.short_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
