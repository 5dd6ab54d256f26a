//! `/tags?ids=1,2,3&store=CODE`: hanger tags laid out on A4 sheets, ready to print.

use cocrea_api::Design;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::Spinner;
use crate::i18n::{live_text, msg, page_title, t, text_with};
use crate::staff::components::{TagCard, TagsPicker};
use crate::staff::live::{store_from_query, use_reloader, Ticket};

/// Tags on one A4 sheet: three across, three down.
pub const TAGS_PER_SHEET: usize = 9;

/// The most tags one address asks for (six sheets).
pub const MAX_TAGS: usize = 54;

/// The design ids of `?ids=1,2,3`: positive numbers in the order given, each once,
/// at most [`MAX_TAGS`]; anything else is left out.
pub fn parse_ids(value: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for id in value
        .split([',', ' '])
        .filter_map(|part| part.trim().parse::<i64>().ok())
    {
        if id > 0 && !ids.contains(&id) && ids.len() < MAX_TAGS {
            ids.push(id);
        }
    }
    ids
}

/// One tag's place on the sheet: the design, or why it is missing.
#[derive(Debug, Clone)]
enum Slot {
    Ready(Design),
    Missing(i64),
}

/// Printable sheets of paper hanger tags, each with its QR code (carrying the store's
/// code when given) and cut lines; a "Print" button above them on screen.
///
/// The address is read once: a sheet is opened, printed and closed.
#[component]
pub fn TagsPage() -> impl IntoView {
    page_title(msg::TAGS_TITLE);
    let (ids, store) = use_query_map().with_untracked(|q| {
        (
            parse_ids(q.get_str("ids").unwrap_or("")),
            store_from_query(q.get_str("store")),
        )
    });
    if ids.is_empty() {
        return view! {
            <div class="tags-page kiosk">
                <TagsPicker />
            </div>
        }
        .into_any();
    }
    let count = ids.len();
    let sheet_count = count.div_ceil(TAGS_PER_SHEET);
    let summary = {
        let store = store.clone();
        live_text(move || {
            let counts = [("tags", count.into()), ("sheets", sheet_count.into())];
            match store.as_deref() {
                Some(code) => text_with(
                    msg::TAGS_SUMMARY_STORE,
                    &[counts[0], counts[1], ("store", code.into())],
                ),
                None => text_with(msg::TAGS_SUMMARY, &counts),
            }
        })
    };

    let slots = RwSignal::new(None::<Vec<Slot>>);
    let reloader = use_reloader(move |ticket: Ticket| {
        let ids = ids.clone();
        Box::pin(async move {
            let mut loaded = Vec::with_capacity(ids.len());
            for id in ids {
                // Paper shows no counts: the store's is not needed. Staff chose these
                // designs themselves: any design of the gallery gets its tag.
                match crate::api::get_design(id).await {
                    Ok(design) => loaded.push(Slot::Ready(design)),
                    Err(error) if error.is_not_found() => loaded.push(Slot::Missing(id)),
                    // Tried again by the reloader; what is shown stays.
                    Err(_) => return false,
                }
            }
            if ticket.is_current() {
                slots.try_set(Some(loaded));
            }
            true
        })
    });
    reloader.reload();

    let sheets = move || {
        let Some(loaded) = slots.get() else {
            return view! { <Spinner label=t(msg::TAGS_LOADING) /> }.into_any();
        };
        loaded
            .chunks(TAGS_PER_SHEET)
            .map(|sheet| {
                let cells = sheet
                    .iter()
                    .map(|slot| match slot {
                        Slot::Ready(design) => view! {
                            <div class="tag-cell">
                                <TagCard
                                    design=Signal::stored(design.clone())
                                    store=store.clone()
                                    printed=true
                                />
                            </div>
                        }
                        .into_any(),
                        Slot::Missing(id) => {
                            let id = *id;
                            view! {
                            <div class="tag-cell tag-cell-missing">
                                <p>
                                    {live_text(move || {
                                        let id = id.to_string();
                                        text_with(msg::TAGS_MISSING, &[("id", id.as_str().into())])
                                    })}
                                </p>
                            </div>
                            }
                            .into_any()
                        }
                    })
                    .collect_view();
                view! { <section class="tag-sheet">{cells}</section> }
            })
            .collect_view()
            .into_any()
    };

    view! {
        <div class="tags-page kiosk">
            <div class="tags-toolbar">
                <div>
                    <h1 class="tags-heading">{t(msg::TAGS_HEADING)}</h1>
                    <p class="tags-summary">{summary}</p>
                </div>
                <button type="button" class="button tags-print" on:click=|_| {
                    let _ = window().print();
                }>{t(msg::TAGS_PRINT)}</button>
            </div>
            {sheets}
        </div>
    }
    .into_any()
}
