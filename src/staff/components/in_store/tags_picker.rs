//! `/tags` without ids: staff search designs, tick them, choose the store and open
//! the printable sheets, instead of typing ids into the address bar.

use cocrea_api::events::store_code;
use cocrea_api::{Design, DesignQuery, SortOrder};
use leptos::prelude::*;

use crate::api;
use crate::i18n::{msg, t};

/// A search box, the matching designs with a tick box each, a store code and a button
/// that opens `/tags?ids=...&store=...` with the ticked designs, ready to print.
#[component]
pub fn TagsPicker() -> impl IntoView {
    let search = RwSignal::new(String::new());
    let store = RwSignal::new(String::new());
    let ticked = RwSignal::new(Vec::<i64>::new());
    let found = LocalResource::new(move || {
        let q = search.get();
        async move {
            let query = DesignQuery {
                sort: Some(SortOrder::New),
                q: Some(q).filter(|q| !q.trim().is_empty()),
                limit: Some(48),
                ..DesignQuery::default()
            };
            api::list_designs(&query)
                .await
                .map(|page| page.items)
                .unwrap_or_default()
        }
    });
    let store_ok = move || store.with(|code| code.is_empty() || store_code::is_valid(code.trim()));
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ids = ticked.get_untracked();
        if ids.is_empty() || !store_ok() {
            return;
        }
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        let mut href = format!("/tags?ids={}", ids.join(","));
        let code = store.get_untracked();
        if !code.trim().is_empty() {
            href.push_str("&store=");
            href.push_str(code.trim());
        }
        // The sheets page reads its address once: open it as a new page.
        let _ = window().location().set_href(&href);
    };
    let row = move |design: Design| {
        let id = design.id;
        let title = design.title.clone();
        let checked = move || ticked.with(|t| t.contains(&id));
        view! {
            <li class="tags-pick">
                <label>
                    <input
                        type="checkbox"
                        name="design"
                        value=id
                        prop:checked=checked
                        on:change=move |_| {
                            ticked.update(|t| {
                                if let Some(at) = t.iter().position(|x| *x == id) {
                                    t.remove(at);
                                } else {
                                    t.push(id);
                                }
                            });
                        }
                    />
                    <img src=design.image.thumb_url alt=title width="48" height="48" />
                    <span class="tags-pick-title">{design.title}</span>
                    <span class="tags-pick-id">{format!("#{id}")}</span>
                </label>
            </li>
        }
    };

    view! {
        <form class="tags-help tags-picker" on:submit=open>
            <h1>{t(msg::TAGS_HELP_HEADING)}</h1>
            <div class="field">
                <label for="tags-search">{t(msg::TAGS_PICK_SEARCH)}</label>
                <input
                    id="tags-search"
                    type="search"
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </div>
            <Suspense fallback=|| ()>
                <ul class="tags-pick-list">
                    {move || {
                        found.get().map(|designs| designs.into_iter().map(row).collect_view())
                    }}
                </ul>
            </Suspense>
            <div class="field" class:has-error=move || !store_ok()>
                <label for="tags-store">{t(msg::TAGS_PICK_STORE)}</label>
                <input
                    id="tags-store"
                    type="text"
                    name="store"
                    placeholder="madrid-01"
                    aria-invalid=move || (!store_ok()).then_some("true")
                    on:input=move |ev| store.set(event_target_value(&ev))
                />
            </div>
            <button
                type="submit"
                class="button tags-pick-open"
                disabled=move || ticked.with(Vec::is_empty) || !store_ok()
            >
                {t(msg::TAGS_PICK_OPEN)}
            </button>
        </form>
    }
}
