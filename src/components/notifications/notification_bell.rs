//! The bell in the header (signed-in people only): the unread count, kept live by the
//! event stream's `notification` events (sent only to the account they are for), and
//! a button that opens the list ([`NotificationPanel`], loaded only when opened).

use cocrea_api::NotificationEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{EventSource, MessageEvent};

use crate::components::notifications::notification_panel::NotificationPanel;
use crate::i18n::{format_number, live_text, msg, text_with};
use crate::{api_notify, page_cache};

/// The event stream the bell listens to (the server's `GET /api/events`).
const EVENTS_URL: &str = "/api/events";

/// The bell: a button with the unread count that opens the list of notifications.
#[component]
pub fn NotificationBell() -> impl IntoView {
    let unread = RwSignal::new(0_i64);
    let open = RwSignal::new(false);
    // Bumped by each live notification, so an open list loads again.
    let arrived = RwSignal::new(0_u32);

    listen_for_notifications(unread, arrived);

    let label =
        live_text(move || text_with(msg::NOTIF_BELL_LABEL, &[("count", unread.get().into())]));
    view! {
        <div class="notif">
            <button
                type="button"
                class="notif-bell"
                aria-label=label
                aria-expanded=move || open.get().to_string()
                aria-controls="notif-panel"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                    <path
                        fill="currentColor"
                        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6v-5a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
                    />
                </svg>
                <span class="notif-count" aria-hidden="true" hidden=move || unread.get() == 0>
                    {move || format_number(unread.get())}
                </span>
            </button>
            {move || {
                open.get().then(|| view! { <NotificationPanel unread=unread open=open arrived=arrived /> })
            }}
        </div>
    }
}

/// Opens the event stream: each new stream (`ready`) loads the unread count, and each
/// `notification` event sets it. The stream closes when the bell goes (signing out);
/// the browser reconnects by itself, resuming with `Last-Event-ID`.
fn listen_for_notifications(unread: RwSignal<i64>, arrived: RwSignal<u32>) {
    let Ok(source) = EventSource::new(EVENTS_URL) else {
        return;
    };
    page_cache::track(&source);
    let listener = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if event.type_() == "ready" {
            spawn_local(async move {
                if let Ok(count) = api_notify::unread_notifications().await {
                    unread.try_set(count.unread);
                }
            });
            return;
        }
        let data = event.data().as_string().unwrap_or_default();
        if let Ok(event) = serde_json::from_str::<NotificationEvent>(&data) {
            unread.try_set(event.unread);
            arrived.try_update(|n| *n += 1);
        }
    });
    for kind in ["ready", "notification"] {
        let _ = source.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    let kept = SendWrapper::new((source, listener));
    on_cleanup(move || kept.0.close());
}
