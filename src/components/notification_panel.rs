//! The list of notifications under the bell, newest first: each says what happened in
//! the reader's language and leads to the design (marking it read); one button marks
//! all read. Loaded when opened, and again when a notification arrives meanwhile.

use cocrea_api::{Notification, NotificationKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api_notify;
use crate::components::DateText;
use crate::i18n::{msg, t, text_with, Msg};

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
    let list = LocalResource::new(move || {
        arrived.track();
        api_notify::notifications()
    });
    let mark_all = move |_| {
        spawn_local(async move {
            if let Ok(count) = api_notify::mark_all_read().await {
                unread.try_set(count.unread);
                list.refetch();
            }
        });
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
            <Transition fallback=|| view! { <p class="notif-note">{t(msg::NOTIF_LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(answer) => {
                            unread.try_set(answer.unread);
                            if answer.items.is_empty() {
                                view! { <p class="notif-note">{t(msg::NOTIF_EMPTY)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="notif-list">
                                        {answer
                                            .items
                                            .into_iter()
                                            .map(|item| view! { <NotificationItem item=item unread=unread open=open /> })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }
                        }
                        Err(error) => view! { <p class="notif-note" role="alert">{error.user_message()}</p> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
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
