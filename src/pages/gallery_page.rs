//! `/`: the gallery of designs, with sort, category filter, search and "Load more".

use std::collections::HashSet;

use cocrea_api::{Design, DesignPage};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use crate::api;
use crate::components::gallery::gallery_controls::FilterChange;
use crate::components::{DesignCard, ErrorNotice, GalleryControls, Spinner};
use crate::contexts::use_auth;
use crate::filters::Filters;
use crate::first_paint::{drop_first_paint, take_inlined};
use crate::i18n::{live_text, msg, page_title, t, text};

/// The id of the script element in which the server inlines the first page (the
/// server's `routes::gallery_page::GALLERY_SCRIPT_ID`).
const INLINED_GALLERY_ID: &str = "cocrea-gallery";

/// Cards whose thumbnails load at once: those a phone (two columns) shows first.
const FIRST_SCREEN_CARDS: usize = 4;

/// The pages loaded after the first one, for one set of filters.
#[derive(Debug, Clone, Default)]
struct MorePages {
    /// The filters these pages belong to; `None` until "Load more" is first used.
    filters: Option<Filters>,
    /// Their designs, in order, without any already shown.
    items: Vec<Design>,
    /// The cursor of the page after them.
    next_cursor: Option<String>,
    /// Whether a page is on its way.
    loading: bool,
    /// What went wrong with the last attempt.
    error: Option<String>,
}

/// The gallery page; its filters live in the URL (`?sort=&category=&q=`).
#[component]
pub fn GalleryPage() -> impl IntoView {
    page_title(msg::GALLERY_TITLE);
    let query = use_query_map();
    let filters = Memo::new(move |_| query.with(Filters::from_query));
    let navigate = use_navigate();
    let on_change = Callback::new(move |(filters, replace): FilterChange| {
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&filters.to_href(), options);
    });

    let auth = use_auth();
    let first = LocalResource::new(move || {
        let current = filters.get();
        let query = current.to_api_query(None);
        auth.changes(); // `liked_by_me` depends on who is looking
                        // The server put the unfiltered first page into `/` (once: later loads ask).
        let inlined = (current == Filters::default())
            .then(|| take_inlined::<DesignPage>(INLINED_GALLERY_ID))
            .flatten();
        async move {
            match inlined {
                Some(page) => Ok(page),
                None => api::list_designs(&query).await,
            }
        }
    });
    let (refreshing, set_refreshing) = signal(false);
    let more = RwSignal::new(MorePages::default());
    Effect::watch(
        move || (filters.get(), auth.changes()),
        move |_, _, _| more.set(MorePages::default()),
        false,
    );

    // The cursor of the next page to load, if there is one.
    let next_cursor = move || -> Option<String> {
        let current = filters.get();
        let from_more =
            more.with(|m| (m.filters.as_ref() == Some(&current)).then(|| m.next_cursor.clone()));
        match from_more {
            Some(cursor) => cursor,
            None => first.with(|page| {
                page.as_ref()
                    .and_then(|page| page.as_ref().ok())
                    .and_then(|page| page.next_cursor.clone())
            }),
        }
    };
    let load_more = move || {
        if refreshing.get_untracked() || more.with_untracked(|m| m.loading) {
            return;
        }
        let Some(cursor) = untrack(next_cursor) else {
            return;
        };
        let current = filters.get_untracked();
        more.update(|m| {
            if m.filters.as_ref() != Some(&current) {
                *m = MorePages {
                    filters: Some(current.clone()),
                    ..MorePages::default()
                };
            }
            m.next_cursor = Some(cursor.clone());
            m.loading = true;
            m.error = None;
        });
        let shown: HashSet<i64> = first.with_untracked(|page| {
            page.as_ref()
                .and_then(|page| page.as_ref().ok())
                .map(|page| page.items.iter().map(|d| d.id).collect())
                .unwrap_or_default()
        });
        spawn_local(async move {
            let result = api::list_designs(&current.to_api_query(Some(cursor))).await;
            more.try_update(|m| {
                if m.filters.as_ref() != Some(&current) {
                    return; // the filters changed while this page was on its way
                }
                m.loading = false;
                match result {
                    Ok(page) => {
                        let mut seen: HashSet<i64> = m.items.iter().map(|d| d.id).collect();
                        seen.extend(shown);
                        m.items
                            .extend(page.items.into_iter().filter(|d| seen.insert(d.id)));
                        m.next_cursor = page.next_cursor;
                    }
                    Err(error) => m.error = Some(error.user_message()),
                }
            });
        });
    };
    let more_items = move || {
        let current = filters.get();
        more.with(|m| {
            if m.filters.as_ref() == Some(&current) {
                m.items.clone()
            } else {
                Vec::new()
            }
        })
    };
    let has_more = move || !refreshing.get() && next_cursor().is_some();
    let loading_more = move || more.with(|m| m.loading);
    let more_error = move || {
        let current = filters.get();
        more.with(|m| {
            (m.filters.as_ref() == Some(&current))
                .then(|| m.error.clone())
                .flatten()
        })
    };

    let sentinel = NodeRef::<leptos::html::Div>::new();
    observe_sentinel(sentinel, load_more);

    view! {
        <div class="gallery-page">
            <header class="page-intro gallery-intro">
                <h1>{t(msg::GALLERY_HEADING)}</h1>
                <p>{t(msg::GALLERY_INTRO)}</p>
            </header>
            <GalleryControls filters=filters on_change=on_change />
            <div class="gallery-results" aria-busy=move || refreshing.get().to_string()>
                <Transition
                    fallback=|| view! { <Spinner label=t(msg::GALLERY_LOADING) /> }
                    set_pending=set_refreshing
                >
                    {move || Suspend::new(async move {
                        let loaded = first.await;
                        drop_first_paint();
                        match loaded {
                            Err(error) => {
                                view! {
                                    <ErrorNotice
                                        message=error.user_message()
                                        on_retry=Callback::new(move |_| first.refetch())
                                    />
                                }
                                    .into_any()
                            }
                            Ok(page) if page.items.is_empty() => {
                                empty_gallery(filters.get_untracked().is_narrowed()).into_any()
                            }
                            Ok(page) => {
                                view! {
                                    <div class="design-grid">
                                        {page
                                            .items
                                            .into_iter()
                                            .enumerate()
                                            .map(|(n, design)| {
                                                view! {
                                                    <DesignCard design=design eager=n < FIRST_SCREEN_CARDS />
                                                }
                                            })
                                            .collect_view()}
                                        <For
                                            each=more_items
                                            key=|design| design.id
                                            children=|design| view! { <DesignCard design=design /> }
                                        />
                                    </div>
                                }
                                    .into_any()
                            }
                        }
                    })}
                </Transition>
                // Shown over the previous results while new ones load (the first load has the fallback).
                <Show when=move || refreshing.get() && first.with(std::option::Option::is_some)>
                    <div class="refreshing">
                        <Spinner label=t(msg::GALLERY_UPDATING) />
                    </div>
                </Show>
            </div>
            <div class="load-more-row" node_ref=sentinel>
                {move || more_error().map(|message| view! { <p class="load-more-error" role="alert">{message}</p> })}
                <Show when=has_more>
                    <button
                        type="button"
                        class="button load-more"
                        disabled=loading_more
                        on:click=move |_| load_more()
                    >
                        {live_text(move || {
                            text(if loading_more() {
                                msg::LOADING
                            } else if more_error().is_some() {
                                msg::TRY_AGAIN
                            } else {
                                msg::GALLERY_LOAD_MORE
                            })
                        })}
                    </button>
                </Show>
            </div>
        </div>
    }
}

/// What the gallery says when there is nothing to show.
fn empty_gallery(narrowed: bool) -> impl IntoView {
    if narrowed {
        view! {
            <div class="empty-state">
                <h2>{t(msg::GALLERY_NO_MATCH_HEADING)}</h2>
                <p>{t(msg::GALLERY_NO_MATCH_TEXT)}</p>
                <a class="button" href="/">
                    {t(msg::GALLERY_CLEAR_FILTERS)}
                </a>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="empty-state">
                <h2>{t(msg::GALLERY_EMPTY_HEADING)}</h2>
                <p>{t(msg::GALLERY_EMPTY_TEXT)}</p>
                <a class="button button-primary" href="/submit">
                    {t(msg::NAV_SUBMIT)}
                </a>
            </div>
        }
        .into_any()
    }
}

/// Loads the next page when the end of the grid comes into view, once the person has scrolled.
fn observe_sentinel(sentinel: NodeRef<leptos::html::Div>, load_more: impl Fn() + Copy + 'static) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let scrolled = window().scroll_y().unwrap_or(0.0) > 0.0;
        let visible = entries.iter().any(|entry| {
            entry
                .dyn_into::<IntersectionObserverEntry>()
                .is_ok_and(|entry| entry.is_intersecting())
        });
        if scrolled && visible {
            load_more();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("600px 0px");
    let Ok(observer) =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    else {
        return; // no IntersectionObserver: the "Load more" button still works
    };
    sentinel.on_load({
        let observer = observer.clone();
        move |element| observer.observe(&element)
    });
    // The callback must live as long as the observer; both go with the page.
    let owned = SendWrapper::new((observer, callback));
    on_cleanup(move || owned.0.disconnect());
}
