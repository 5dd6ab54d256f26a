//! The list of notifications under the bell, newest first: each says what happened in
//! the reader's language and leads to the design (marking it read); one button marks
//! all read. Loaded when opened, and again when a notification arrives meanwhile.

use cocrea_api::{Notification, NotificationKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api_notify;
use crate::components::DateText;
use crate::i18n::{msg, t, text, text_with, Msg};

/// The open list; `unread` is the bell's count, `open` closes it, `arrived` counts
/// live notifications.
#[component]
pub fn NotificationPanel(
    /// The bell's unread count, set from each answer.
    unread: RwSignal<i64>,
    /// Whether the list is open (Escape and following a link close it).
    open: RwSignal<bool>,
    /// Live notifications so far: a change loads the list again.
    arrived: RwSignal<u32>,
) -> impl IntoView {
    // None while loading; then the notifications, or why they could not be had.
    let list = RwSignal::new(None::<Result<Vec<Notification>, String>>);
    let load = move || {
        spawn_local(async move {
            let answer = api_notify::notifications().await.map(|answer| {
                unread.try_set(answer.unread);
                answer.items
            });
            list.try_set(Some(answer.map_err(|error| error.user_message())));
        });
    };
    Effect::new(move |_| {
        arrived.track();
        load();
    });
    let mark_all = move |_| {
        spawn_local(async move {
            if let Ok(count) = api_notify::mark_all_read().await {
                unread.try_set(count.unread);
                load();
            }
        });
    };
    let body = move || match list.get() {
        None => note(text(msg::NOTIF_LOADING)),
        Some(Err(message)) => note(message),
        Some(Ok(items)) if items.is_empty() => note(text(msg::NOTIF_EMPTY)),
        Some(Ok(items)) => view! {
            <ul class="notif-list">
                {items
                    .into_iter()
                    .map(|item| view! { <NotificationItem item=item unread=unread open=open /> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section
            id="notif-panel"
            class="notif-panel"
            aria-labelledby="notif-heading"
            on:keydown=move |event| {
                if event.key() == "Escape" {
                    open.set(false);
                }
            }
        >
            <div class="notif-head">
                <h2 id="notif-heading">{t(msg::NOTIF_HEADING)}</h2>
                <button
                    type="button"
                    class="notif-mark-all"
                    hidden=move || unread.get() == 0
                    on:click=mark_all
                >
                    {t(msg::NOTIF_MARK_ALL)}
                </button>
            </div>
            {body}
        </section>
    }
}

/// A line in place of the list (loading, nothing yet, or what went wrong).
fn note(words: String) -> AnyView {
    view! { <p class="notif-note" role="status">{words}</p> }.into_any()
}

/// One notification: its sentence, when, and a link to its design.
#[component]
fn NotificationItem(
    /// The notification.
    item: Notification,
    /// The bell's unread count.
    unread: RwSignal<i64>,
    /// Whether the list is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let id = item.id;
    let was_read = item.read;
    let sentence = sentence(&item);
    let follow = move |_| {
        open.set(false);
        if !was_read {
            spawn_local(async move {
                if let Ok(count) = api_notify::mark_read(id).await {
                    unread.try_set(count.unread);
                }
            });
        }
    };
    view! {
        <li class="notif-item" class:notif-unread=!was_read>
            <a href=format!("/designs/{}", item.design_id) on:click=follow>
                {(!was_read)
                    .then(|| view! { <span class="visually-hidden">{t(msg::NOTIF_UNREAD)}": "</span> })}
                <span class="notif-text">{sentence}</span>
                <span class="notif-when">
                    <DateText at=item.created_at />
                </span>
            </a>
        </li>
    }
}

/// What a notification says, in the reader's language.
fn sentence(item: &Notification) -> String {
    let title = item.design_title.as_str();
    let with = |id: Msg, extra: Option<(&'static str, &str)>| {
        let mut args = vec![("title", title.into())];
        if let Some((name, value)) = extra {
            args.push((name, value.into()));
        }
        text_with(id, &args)
    };
    match item.kind {
        NotificationKind::Approved => with(msg::NOTIF_APPROVED, None),
        NotificationKind::Rejected => with(
            msg::NOTIF_REJECTED,
            Some(("reason", item.reason.as_deref().unwrap_or_default())),
        ),
        NotificationKind::Comment => with(
            msg::NOTIF_COMMENT,
            Some(("author", item.author.as_deref().unwrap_or_default())),
        ),
        NotificationKind::GoalReached => with(msg::NOTIF_GOAL_REACHED, None),
        NotificationKind::LikedInProduction => with(msg::NOTIF_LIKED_IN_PRODUCTION, None),
        NotificationKind::LikedInStore => match item.store.as_deref() {
            Some(store) => with(msg::NOTIF_LIKED_IN_YOUR_STORE, Some(("store", store))),
            None => with(msg::NOTIF_LIKED_IN_STORE, None),
        },
        NotificationKind::WantedInStore => with(msg::NOTIF_WANTED_IN_STORE, None),
    }
}
