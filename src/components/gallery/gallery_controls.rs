//! The gallery's search box, sort and category filter.

use std::time::Duration;

use cocrea_api::{Category, SortOrder};
use leptos::prelude::*;

use crate::filters::Filters;
use crate::i18n::{category_name, live_text, msg, sort_name, t};

/// How long typing must pause before the search applies by itself.
const SEARCH_DEBOUNCE: Duration = Duration::from_millis(400);

/// A new set of filters, and whether it replaces the current history entry
/// (typing does, so Back does not step through every pause).
pub type FilterChange = (Filters, bool);

/// Search, sort and category controls; each change is reported, the URL is the page's job.
#[component]
pub fn GalleryControls(
    /// The filters the gallery shows now (from the URL).
    #[prop(into)]
    filters: Signal<Filters>,
    /// Runs with the new filters when the person changes one.
    on_change: Callback<FilterChange>,
) -> impl IntoView {
    let q_text = RwSignal::new(filters.get_untracked().q);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending
            .try_update_value(std::option::Option::take)
            .flatten()
        {
            handle.clear();
        }
    };
    on_cleanup(cancel_pending);

    // Follow the URL when it changes from elsewhere (Back, "Clear filters"), but
    // never rewrite what is being typed when it only differs by spaces.
    let url_q = Memo::new(move |_| filters.get().q);
    Effect::new(move |_| {
        let url_q = url_q.get();
        if q_text.get_untracked().trim() != url_q {
            q_text.set(url_q);
        }
    });

    // Every change starts from the controls' current state, so a pending search is kept.
    let current = move || Filters {
        q: q_text.get_untracked().trim().to_owned(),
        ..filters.get_untracked()
    };
    let apply = move |next: Filters, replace: bool| {
        cancel_pending();
        if next != filters.get_untracked() {
            on_change.run((next, replace));
        }
    };

    let on_search_input = move |ev: leptos::ev::Event| {
        q_text.set(event_target_value(&ev));
        cancel_pending();
        let handle = set_timeout_with_handle(move || apply(current(), true), SEARCH_DEBOUNCE).ok();
        pending.set_value(handle);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        apply(current(), false);
    };
    let on_sort = move |ev: leptos::ev::Event| {
        let sort = SortOrder::parse(&event_target_value(&ev)).unwrap_or_default();
        apply(Filters { sort, ..current() }, false);
    };
    let on_category = move |ev: leptos::ev::Event| {
        let category = Category::from_slug(&event_target_value(&ev));
        apply(
            Filters {
                category,
                ..current()
            },
            false,
        );
    };

    view! {
        <form class="gallery-controls" role="search" on:submit=on_submit>
            <div class="control control-search">
                <label for="gallery-q">{t(msg::SEARCH_LABEL)}</label>
                <div class="search-row">
                    <input
                        type="search"
                        id="gallery-q"
                        name="q"
                        placeholder=t(msg::SEARCH_PLACEHOLDER)
                        autocomplete="off"
                        enterkeyhint="search"
                        prop:value=move || q_text.get()
                        on:input=on_search_input
                    />
                    <button type="submit" class="button search-button">
                        {t(msg::SEARCH_BUTTON)}
                    </button>
                </div>
            </div>
            <div class="control">
                <label for="gallery-sort">{t(msg::SORT_LABEL)}</label>
                <select id="gallery-sort" name="sort" on:change=on_sort>
                    {SortOrder::ALL
                        .into_iter()
                        .map(|sort| {
                            view! {
                                <option
                                    value=sort.as_str()
                                    prop:selected=move || filters.get().sort == sort
                                >
                                    {live_text(move || sort_name(sort))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="control">
                <label for="gallery-category">{t(msg::CATEGORY_LABEL)}</label>
                <select id="gallery-category" name="category" on:change=on_category>
                    <option value="" prop:selected=move || filters.get().category.is_none()>
                        {t(msg::CATEGORY_ALL)}
                    </option>
                    {Category::ALL
                        .into_iter()
                        .map(|category| {
                            view! {
                                <option
                                    value=category.slug()
                                    prop:selected=move || filters.get().category == Some(category)
                                >
                                    {live_text(move || category_name(category))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </form>
    }
}
